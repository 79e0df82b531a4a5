package dev.earmark.curation.web;

import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Messages for the curator, in their language: next to a field, above the form, or after a redirect. */
final class Feedback {

    private Feedback() {
    }

    static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void fieldError(String clientId, LocalizedException failure) {
        fieldError(clientId, failure.localizedMessage(locale()));
    }

    static void formError(LocalizedException failure) {
        fieldError(null, failure);
    }

    /** Shown on the page the action redirects to. */
    static void afterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(locale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
