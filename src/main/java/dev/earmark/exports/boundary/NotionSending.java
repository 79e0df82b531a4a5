package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ContentHash;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.NotionBlocks;
import dev.earmark.exports.control.NotionClient;
import dev.earmark.exports.control.SnipExport;
import dev.earmark.snips.boundary.SnipFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sync to Notion, one page per episode under the listener's parent page. An episode with a picked snip that is new
 * or changed gets its page written whole: the page Earmark made before (still there and not in the trash) keeps its
 * address, the new blocks are appended and then the old ones archived (a failure half-way leaves blocks twice, never an
 * empty page); else a page is made. The page holds the episode's snips picked now or sent before, so a sync of a filter
 * never drops what an earlier one put there, and writing a page again is safe to repeat: a failure half-way through
 * one (also a request Notion may have done though it timed out or answered 5xx, which is never sent twice) is mended
 * by the next sync. Each written page is recorded
 * at once; episodes whose snips are all unchanged are left alone.
 */
@ApplicationScoped
public class NotionSending {

    @Inject
    ServiceConnections connections;

    @Inject
    SnipExports exports;

    public SyncResult send(ClaimedSync sync, NotionClient notion) throws InterruptedException {
        Map<Long, String> sent = connections.sentHashes(sync.connectionId());
        Map<Long, List<SnipExport>> changedByEpisode = new LinkedHashMap<>();
        int unchanged = 0;
        for (SnipExport snip : exports.of(sync.listener(), sync.filter(), sync.base())) {
            if (hash(snip).equals(sent.get(snip.snipId()))) {
                unchanged++;
            } else {
                changedByEpisode.computeIfAbsent(snip.episodeId(), episode -> new ArrayList<>()).add(snip);
            }
        }
        int total = changedByEpisode.values().stream().mapToInt(List::size).sum();
        int done = 0;
        connections.progress(sync, done, total);
        for (Map.Entry<Long, List<SnipExport>> episode : changedByEpisode.entrySet()) {
            Set<Long> picked = episode.getValue().stream().map(SnipExport::snipId).collect(Collectors.toSet());
            List<SnipExport> onPage = exports.of(sync.listener(), new SnipFilter(null, episode.getKey(), null, null), sync.base())
                    .stream().filter(snip -> picked.contains(snip.snipId()) || sent.containsKey(snip.snipId())).toList();
            if (onPage.isEmpty()) {
                // The episode's snips were deleted since they were read: nothing to write, its page stays as it was.
                total -= episode.getValue().size();
                continue;
            }
            try {
                write(sync, notion, episode.getKey(), onPage);
            } catch (ExportFailure failure) {
                return SyncResult.stopped(done, unchanged, total - done, failure);
            }
            if (!connections.replaceEpisode(sync, episode.getKey(),
                    onPage.stream().map(snip -> new SentContent(snip.snipId(), snip.episodeId(), hash(snip))).toList())) {
                break;
            }
            done += episode.getValue().size();
            if (!connections.progress(sync, done, total)) {
                break;
            }
        }
        return SyncResult.done(done, unchanged);
    }

    private void write(ClaimedSync sync, NotionClient notion, long episodeId, List<SnipExport> snips)
            throws ExportFailure, InterruptedException {
        List<JsonObject> blocks = new ArrayList<>();
        blocks.add(NotionBlocks.episodeLink(snips.get(0)));
        snips.forEach(snip -> blocks.add(NotionBlocks.snip(snip)));
        List<List<JsonObject>> requests = NotionBlocks.requests(blocks);
        String title = NotionBlocks.title(snips.get(0));
        Optional<String> made = connections.findNotionPage(sync.listener(), episodeId);
        if (made.isPresent() && notion.isLive(made.get())) {
            String pageId = made.get();
            notion.retitle(pageId, title);
            List<String> old = notion.childIds(pageId);
            appendAll(notion, pageId, requests);
            for (String block : old) {
                notion.delete(block);
            }
        } else {
            String pageId = notion.createPage(sync.parentPageId(), title, requests.get(0));
            connections.rememberNotionPage(sync.listener(), episodeId, pageId);
            appendAll(notion, pageId, requests.subList(1, requests.size()));
        }
    }

    private static void appendAll(NotionClient notion, String pageId, List<List<JsonObject>> requests)
            throws ExportFailure, InterruptedException {
        for (List<JsonObject> request : requests) {
            notion.append(pageId, request);
        }
    }

    private static String hash(SnipExport snip) {
        return ContentHash.of(NotionBlocks.snip(snip));
    }
}
