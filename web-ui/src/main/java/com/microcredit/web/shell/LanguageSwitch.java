package com.microcredit.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's display language for the session: English or Simplified Chinese. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private Locale locale;

    /** The session's language: an explicit ?lang= choice, else the browser's preference. */
    public Locale getLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        String lang =
                context == null
                        ? null
                        : context.getExternalContext().getRequestParameterMap().get("lang");
        if (lang != null) {
            locale = supported(Locale.forLanguageTag(lang));
        } else if (locale == null) {
            locale =
                    supported(
                            context == null
                                    ? Locale.ENGLISH
                                    : context.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    /**
     * Switches to a supported language tag (en or zh-CN) and stays on the current page (and its
     * view parameters).
     */
    public String switchTo(String languageTag) {
        locale = supported(Locale.forLanguageTag(languageTag));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage())
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }
}
