package dev.earmark.exports.boundary;

import dev.earmark.exports.entity.ExportService;

/**
 * A token the service accepted just now ({@link TokenChecks}), and for Notion the parent page it may write under: only
 * such a token is stored ({@link ServiceConnections#connect}).
 */
public final class CheckedToken {

    private final ExportService service;
    private final String token;
    private final String parentPageId;

    CheckedToken(ExportService service, String token, String parentPageId) {
        this.service = service;
        this.token = token;
        this.parentPageId = parentPageId;
    }

    public ExportService service() {
        return service;
    }

    String token() {
        return token;
    }

    String parentPageId() {
        return parentPageId;
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "CheckedToken[" + service + "]";
    }
}
