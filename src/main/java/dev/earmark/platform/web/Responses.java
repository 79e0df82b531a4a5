package dev.earmark.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a Faces request with an HTTP error, so the container shows its error page (WEB-INF/errors), or with a redirect
 * to the sign-in.
 */
public final class Responses {

    private Responses() {
    }

    public static void notFound() {
        sendError(404);
    }

    public static void forbidden() {
        sendError(403);
    }

    /** To the sign-in, which brings the visitor back to {@code next} (an app path) once signed in. */
    public static void signIn(String next) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + SignInRequiredFilter.signIn(next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
