package dev.earmark.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API caller asked for (Accept-Language), for error messages from the bundle. */
final class RequestLocale {

    private RequestLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> !"*".equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
