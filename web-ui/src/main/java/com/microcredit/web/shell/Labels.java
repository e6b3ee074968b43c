package com.microcredit.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Labels for the codes the services return (paths, rules, reason codes, cost items): the text in
 * the user's language when the bundle has one, else the code itself, so a new code never shows
 * as a missing-key marker.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String text = Messages.text(key);
        return text.equals(key) ? code : text;
    }

    public String all(String prefix, Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(c -> of(prefix, c)).collect(Collectors.joining(", "));
    }
}
