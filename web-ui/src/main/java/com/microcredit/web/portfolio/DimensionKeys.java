package com.microcredit.web.portfolio;

import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.web.shell.Labels;
import com.microcredit.web.shell.ProductNames;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #{dimensionKeys.of(dimension, key)}}: the key of a limit or of a breakdown row as a reader
 * knows it – a product's name instead of its code, an information path's label, a borrower's name
 * instead of its internal number (issue 26; names only, through {@link BorrowerDirectory}, once per
 * borrower and request) – and other keys (hub, region, industry) as they are.
 */
@Named
@RequestScoped
public class DimensionKeys {

    @Inject private ProductNames products;

    @Inject private Labels labels;

    @EJB private BorrowerDirectory borrowers;

    @EJB private HubService hubs;

    private final Map<String, String> borrowerNames = new HashMap<>();

    /** Hub id → name, read once per request when a hub key is first shown. */
    private Map<String, String> hubNames;

    public String of(Object dimension, String key) {
        if (key == null) {
            return "";
        }
        return switch (String.valueOf(dimension)) {
            case "PRODUCT" -> products.of(key);
            case "INFORMATION_PATH" -> labels.of("path.", key);
            case "BLIND_LENDING_CEILING" -> labels.of("limit.key.", key);
            case "BORROWER" -> borrowerNames.computeIfAbsent(key, this::borrowerName);
            case "HUB_CHAIN" -> hubNames().getOrDefault(key.strip(), key);
            default -> key;
        };
    }

    private Map<String, String> hubNames() {
        if (hubNames == null) {
            hubNames = new HashMap<>();
            try {
                hubs.listHubs().forEach(h -> hubNames.put(String.valueOf(h.id()), h.name()));
            } catch (EJBAccessException e) {
                // a reader who may not list hubs sees their numbers
            }
        }
        return hubNames;
    }

    /** The borrower's name, or the key as it is when it names no borrower. */
    private String borrowerName(String key) {
        try {
            long id = Long.parseLong(key.strip());
            String name = borrowers.names(List.of(id)).get(id);
            return name == null ? key : name;
        } catch (NumberFormatException | EJBAccessException e) {
            return key; // not a borrower's number, or a reader who may not see names
        }
    }
}
