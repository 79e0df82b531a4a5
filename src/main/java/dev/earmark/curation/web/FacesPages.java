package dev.earmark.curation.web;

import dev.earmark.platform.control.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the curation pages do alike: messages from the bundle, and "not found" for unknown shows and episodes. */
final class FacesPages {

    static final String FORM = "editor";

    private FacesPages() {
    }

    /** An error next to the form's field of that name, or for the whole page when {@code field} is null. */
    static void error(String field, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        errorText(field, Messages.format(context.getViewRoot().getLocale(), key, arguments));
    }

    /** {@link #error} for a text already in the curator's language, such as a Bean Validation message. */
    static void errorText(String field, String text) {
        FacesContext.getCurrentInstance().addMessage(field == null ? null : FORM + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A message that survives the redirect after a successful post. */
    static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
