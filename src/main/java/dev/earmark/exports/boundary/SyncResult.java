package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ExportFailure;
import java.util.Optional;

/**
 * What a sync did: snips sent (new or changed), snips the service already had as they are, snips not sent because of
 * the failure that stopped it.
 */
public record SyncResult(int sent, int unchanged, int failed, Optional<ExportFailure> failure) {

    public static SyncResult done(int sent, int unchanged) {
        return new SyncResult(sent, unchanged, 0, Optional.empty());
    }

    public static SyncResult stopped(int sent, int unchanged, int failed, ExportFailure failure) {
        return new SyncResult(sent, unchanged, failed, Optional.of(failure));
    }
}
