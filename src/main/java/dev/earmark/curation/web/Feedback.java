package dev.earmark.curation.web;

import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Messages for the curator, in their language: next to an input of one form, above the form, or on the page an
 * action redirects to. A message for an input the form does not have goes above the form, so that none is lost.
 */
final class Feedback {

    private final String formId;
    /** The entity properties whose input in the form has another name than the property. */
    private final Map<String, String> inputsOfProperties;

    Feedback(String formId) {
        this(formId, Map.of());
    }

    Feedback(String formId, Map<String, String> inputsOfProperties) {
        this.formId = formId;
        this.inputsOfProperties = Map.copyOf(inputsOfProperties);
    }

    /** Why a boundary refused an action: next to the field it names, else above the form. */
    void refused(LocalizedException refusal) {
        error(refusal.field(), refusal.messageKey(), refusal.arguments());
    }

    /**
     * Every constraint the saved entity broke, next to the input of the entity's property that the violation's path
     * starts with ("chapters[2].title" belongs to the chapters).
     */
    void invalid(ConstraintViolationException invalid) {
        invalid.getConstraintViolations().forEach(violation -> add(clientId(inputOf(violation)), violation.getMessage()));
    }

    /** An error next to the input for {@code field}, or above the form when {@code field} is null. */
    void error(String field, String messageKey, Object... arguments) {
        add(clientId(field), Messages.format(locale(), messageKey, arguments));
    }

    /** Shown on the page the action redirects to. */
    static void afterRedirect(String messageKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(locale(), messageKey, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    private String clientId(String field) {
        if (field == null) {
            return null;
        }
        String clientId = formId + ":" + field;
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null ? null : clientId;
    }

    private String inputOf(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                return inputsOfProperties.getOrDefault(node.getName(), node.getName());
            }
        }
        return null;
    }

    private static void add(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
