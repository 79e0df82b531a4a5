package dev.earmark.feeds.boundary;

import dev.earmark.feeds.entity.RefreshOutcome;
import java.util.Optional;

/**
 * What one refresh of a followed feed did: imported (with the import's report), not modified, or failed (the reason
 * is recorded on the source, as a bundle key {@code feeds.fetch.*} or {@code feeds.import.*} with arguments).
 */
public record RefreshResult(RefreshOutcome outcome, Optional<ImportReport> report, String failureKey, Object[] failureArguments) {

    static RefreshResult imported(ImportReport report) {
        return new RefreshResult(RefreshOutcome.OK, Optional.of(report), null, new Object[0]);
    }

    static RefreshResult notModified() {
        return new RefreshResult(RefreshOutcome.NOT_MODIFIED, Optional.empty(), null, new Object[0]);
    }

    static RefreshResult failed(String key, Object... arguments) {
        return new RefreshResult(RefreshOutcome.FAILED, Optional.empty(), key, arguments.clone());
    }
}
