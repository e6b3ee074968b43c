package com.microcredit.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Page messages in the user's language: next to a field, or for the whole page. */
public final class Messages {

    private static final String BUNDLE = "com.microcredit.web.messages";

    private Messages() {}

    /** The text for a key in the view's locale; the key itself if it is missing. */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String pattern =
                    ResourceBundle.getBundle(
                                    BUNDLE,
                                    faces.getViewRoot().getLocale(),
                                    Thread.currentThread().getContextClassLoader())
                            .getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An error shown next to the field with this client id (e.g. "limitForm:amount"). */
    public static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * A refused input from a service: next to the field when the form has it ({@code form:field}),
     * otherwise for the whole page.
     */
    public static void inputError(
            String form, String field, java.util.Collection<String> formFields, String text) {
        if (field != null && formFields.contains(field)) {
            fieldError(form + ":" + field, text);
        } else {
            pageError(text);
        }
    }

    /** A service's refused input in the view's language (its code rendered through the bundle). */
    public static String refusal(com.microcredit.origination.api.InvalidInputException e) {
        return Refusals.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public static void pageError(String text) {
        fieldError(null, text);
    }

    public static void pageInfo(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * The business reason of a refused service call (the innermost message), never a stack trace.
     */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
