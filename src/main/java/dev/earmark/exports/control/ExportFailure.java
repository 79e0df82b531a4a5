package dev.earmark.exports.control;

/**
 * Why a service did not take what was sent, or refused a token: a bundle key with the service's name and details (a
 * status, the service's own words), never the token. The English message is for the log.
 */
public class ExportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String service;
    private final String detail;

    public ExportFailure(String messageKey, String service, String detail) {
        super(service + ": " + messageKey + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.messageKey = messageKey;
        this.service = service;
        this.detail = detail;
    }

    /** The service refused the token (401): nothing can be sent until the listener connects again. */
    public static ExportFailure invalidToken(String service) {
        return new ExportFailure("exports.failure.invalidToken", service, "");
    }

    public String messageKey() {
        return messageKey;
    }

    public String service() {
        return service;
    }

    public String detail() {
        return detail;
    }
}
