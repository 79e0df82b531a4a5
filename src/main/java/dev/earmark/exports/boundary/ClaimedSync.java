package dev.earmark.exports.boundary;

import dev.earmark.exports.entity.ExportService;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.snips.boundary.SnipFilter;
import java.util.Optional;

/**
 * A sync as the server that claimed it runs it: the connection's owner and service, the token (empty when the stored
 * one cannot be read with the server's key), Notion's parent page, the snips to send and the base of the links.
 */
public record ClaimedSync(long connectionId, String claim, String listener, ExportService service,
        Optional<String> token, String parentPageId, SnipFilter filter, BaseUrl base) {

    /** Never the token: records print themselves in logs. */
    @Override
    public String toString() {
        return "ClaimedSync[" + connectionId + ", " + service + ", " + listener + "]";
    }
}
