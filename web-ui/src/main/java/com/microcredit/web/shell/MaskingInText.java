package com.microcredit.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * {@code converter="mcrc.maskInText"}: a free text shown with the identity, mobile and account
 * numbers in it masked ({@link Masking#maskNumbersIn}) – for texts that arrive from elsewhere, such
 * as the reasons and business keys of refused inbound messages. Output only.
 */
@FacesConverter("mcrc.maskInText")
public class MaskingInText implements Converter<Object> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : Masking.maskNumbersIn(String.valueOf(value));
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("masked values are shown, never read back");
    }
}
