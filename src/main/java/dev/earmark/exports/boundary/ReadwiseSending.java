package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ContentHash;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.ReadwiseClient;
import dev.earmark.exports.control.SnipExport;
import dev.earmark.exports.entity.SentSnip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sync to Readwise: each picked snip whose highlight differs from what was sent (or was never sent) is sent; each
 * request Readwise took is recorded at once, so a failure half-way leaves the rest to the next sync and nothing is sent
 * twice. A snip sent before is updated by Readwise's id of its highlight (its words may have changed, and Readwise
 * would take changed words for another highlight); one never sent, or whose highlight was deleted in Readwise, is
 * created, in requests of {@value ReadwiseClient#BATCH} at most, one highlight of an episode each (so Readwise's answer
 * tells each one's id).
 */
@ApplicationScoped
public class ReadwiseSending {

    @Inject
    ServiceConnections connections;

    @Inject
    SnipExports exports;

    private record Highlight(SnipExport snip, JsonObject json, String hash) {

        SentContent sent(Long remoteId) {
            return new SentContent(snip.snipId(), snip.episodeId(), hash, remoteId);
        }
    }

    public SyncResult send(ClaimedSync sync, ReadwiseClient readwise) throws InterruptedException {
        Map<Long, SentSnip> sent = connections.sent(sync.connectionId());
        List<Highlight> changed = new ArrayList<>();
        int unchanged = 0;
        for (SnipExport snip : exports.of(sync.listener(), sync.filter(), sync.base())) {
            JsonObject json = ReadwiseClient.highlight(snip);
            String hash = ContentHash.of(json);
            SentSnip before = sent.get(snip.snipId());
            if (before != null && hash.equals(before.getContentHash())) {
                unchanged++;
            } else {
                changed.add(new Highlight(snip, json, hash));
            }
        }
        int done = 0;
        connections.progress(sync, done, changed.size());
        List<Highlight> toCreate = new ArrayList<>();
        try {
            for (Highlight highlight : changed) {
                SentSnip before = sent.get(highlight.snip().snipId());
                if (before == null || before.getRemoteId() == null) {
                    toCreate.add(highlight);
                } else if (!readwise.update(before.getRemoteId(), highlight.json())) {
                    toCreate.add(highlight);
                } else {
                    if (!connections.recordSent(sync, List.of(highlight.sent(before.getRemoteId())))) {
                        return SyncResult.done(done, unchanged);
                    }
                    done++;
                }
            }
            for (List<Highlight> request : ReadwiseClient.requests(toCreate, Highlight::json)) {
                List<Long> ids = readwise.create(request.stream().map(Highlight::json).toList());
                List<SentContent> taken = new ArrayList<>();
                for (int i = 0; i < request.size(); i++) {
                    taken.add(request.get(i).sent(ids.get(i)));
                }
                if (!connections.recordSent(sync, taken)) {
                    return SyncResult.done(done, unchanged);
                }
                done += request.size();
                if (!connections.progress(sync, done, changed.size())) {
                    break;
                }
            }
        } catch (ExportFailure failure) {
            return SyncResult.stopped(done, unchanged, changed.size() - done, failure);
        }
        return SyncResult.done(done, unchanged);
    }
}
