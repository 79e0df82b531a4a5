package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.NotionPageId;
import dev.earmark.exports.control.ServiceClients;
import dev.earmark.exports.entity.ExportService;
import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.platform.control.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A token is asked of its service before it is stored, outside any transaction, once and briefly (the listener's page
 * waits; {@link ServiceClients#readwiseCheck}):
 * Readwise's auth endpoint, or for Notion the parent page itself, which also tells whether it is shared with the
 * integration.
 */
@ApplicationScoped
public class TokenChecks {

    @Inject
    ServiceClients clients;

    /**
     * @throws InvalidParameterException {@code exports.error.tokenMissing} for an empty or overlong token
     * @throws ExportFailure             when Readwise refuses it or cannot be asked
     */
    public CheckedToken readwise(String token) throws ExportFailure, InterruptedException {
        String checked = wellFormed(token);
        clients.readwiseCheck(checked).checkToken();
        return new CheckedToken(ExportService.READWISE, checked, null);
    }

    /**
     * @param parentPage the page's link or id, as the listener pasted it
     * @throws InvalidParameterException {@code exports.error.tokenMissing}, or {@code exports.error.pageUnreadable}
     *                                   for a page that is neither a Notion link nor an id
     * @throws ExportFailure             when Notion refuses the token, does not show the page to it, or cannot be asked
     */
    public CheckedToken notion(String token, String parentPage) throws ExportFailure, InterruptedException {
        String checked = wellFormed(token);
        NotionPageId parent = NotionPageId.parse(parentPage)
                .orElseThrow(() -> new InvalidParameterException("exports.error.pageUnreadable"));
        clients.notionCheck(checked).checkParent(parent);
        return new CheckedToken(ExportService.NOTION, checked, parent.value());
    }

    /** A token is one line of printable characters; anything else is no token, and goes into no header. */
    private static String wellFormed(String token) {
        String stripped = token == null ? "" : token.strip();
        if (stripped.isEmpty() || stripped.length() > ServiceConnection.TOKEN_MAX / 2 || !stripped.matches("[\\x21-\\x7e]+")) {
            throw new InvalidParameterException("exports.error.tokenMissing");
        }
        return stripped;
    }
}
