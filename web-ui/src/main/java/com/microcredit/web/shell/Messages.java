package com.microcredit.web.shell;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputLabel;
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

    /**
     * An error shown next to the field with this client id (e.g. "limitForm:amount"); the page's
     * summary at the top names the field by its label ("Name: a value is required."), so a list of
     * errors never repeats one sentence without saying where.
     */
    public static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String label = clientId == null ? null : labelOf(faces, clientId);
        String summary = label == null ? text : text("field.error", label, text);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, text));
        faces.validationFailed();
    }

    /**
     * The label of a field: its own label attribute, else the text of the output label whose {@code
     * for} names it. Null when the field or its label is not found (inside a table row).
     */
    static String labelOf(FacesContext faces, String clientId) {
        try {
            UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
            if (field == null) {
                return null;
            }
            Object own = field.getAttributes().get("label");
            if (own != null && !String.valueOf(own).isBlank()) {
                return String.valueOf(own);
            }
            UIComponent form = field;
            while (form.getParent() != null && !(form instanceof UIForm)) {
                form = form.getParent();
            }
            return labelFor(form, field.getId());
        } catch (IllegalArgumentException e) {
            return null; // an id inside an iterating component: no label to name
        }
    }

    private static String labelFor(UIComponent parent, String fieldId) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof HtmlOutputLabel label
                    && fieldId.equals(label.getFor())
                    && label.getValue() != null) {
                return String.valueOf(label.getValue()).strip();
            }
            String found = labelFor(child, fieldId);
            if (found != null) {
                return found;
            }
        }
        return null;
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

    /**
     * A service's refusal (any context's {@link CodedRefusal}: refused input, a forbidden step, the
     * one maker-checker) in the view's language, its code rendered through the bundle; the page
     * places it next to {@code e.field()} when it has that field.
     */
    public static String refusal(CodedRefusal e) {
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
