package com.microcredit.web.portfolio;

import com.microcredit.web.shell.Labels;
import com.microcredit.web.shell.ProductNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code #{dimensionKeys.of(dimension, key)}}: the key of a limit or of a breakdown row as a reader
 * knows it – a product's name instead of its code, an information path's label – and other keys
 * (borrower, hub, region, industry) as they are.
 */
@Named
@RequestScoped
public class DimensionKeys {

    @Inject private ProductNames products;

    @Inject private Labels labels;

    public String of(Object dimension, String key) {
        if (key == null) {
            return "";
        }
        return switch (String.valueOf(dimension)) {
            case "PRODUCT" -> products.of(key);
            case "INFORMATION_PATH" -> labels.of("path.", key);
            case "BLIND_LENDING_CEILING" -> labels.of("limit.key.", key);
            default -> key;
        };
    }
}
