package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ContentHash;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.ReadwiseClient;
import dev.earmark.exports.control.SnipExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sync to Readwise: each picked snip whose highlight differs from what was sent (or was never sent) goes in batches
 * of {@value ReadwiseClient#BATCH}; each batch Readwise took is recorded at once, so a failure half-way leaves the rest
 * to the next sync and nothing is sent twice. A changed snip keeps its highlight_url, so Readwise updates it.
 */
@ApplicationScoped
public class ReadwiseSending {

    @Inject
    ServiceConnections connections;

    @Inject
    SnipExports exports;

    private record Highlight(SnipExport snip, JsonObject json, String hash) {

        SentContent sent() {
            return new SentContent(snip.snipId(), snip.episodeId(), hash);
        }
    }

    public SyncResult send(ClaimedSync sync, ReadwiseClient readwise) throws InterruptedException {
        Map<Long, String> sent = connections.sentHashes(sync.connectionId());
        List<Highlight> changed = new ArrayList<>();
        int unchanged = 0;
        for (SnipExport snip : exports.of(sync.listener(), sync.filter(), sync.base())) {
            JsonObject json = ReadwiseClient.highlight(snip);
            String hash = ContentHash.of(json);
            if (hash.equals(sent.get(snip.snipId()))) {
                unchanged++;
            } else {
                changed.add(new Highlight(snip, json, hash));
            }
        }
        int done = 0;
        connections.progress(sync, done, changed.size());
        for (int from = 0; from < changed.size(); from += ReadwiseClient.BATCH) {
            List<Highlight> batch = changed.subList(from, Math.min(changed.size(), from + ReadwiseClient.BATCH));
            try {
                readwise.send(batch.stream().map(Highlight::json).toList());
            } catch (ExportFailure failure) {
                return SyncResult.stopped(done, unchanged, changed.size() - done, failure);
            }
            if (!connections.recordSent(sync, batch.stream().map(Highlight::sent).toList())) {
                break;
            }
            done += batch.size();
            if (!connections.progress(sync, done, changed.size())) {
                break;
            }
        }
        return SyncResult.done(done, unchanged);
    }
}
