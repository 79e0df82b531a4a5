package dev.earmark.highlights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.highlights.control.Period;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.SnipEdit;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlCounter;
import dev.earmark.testing.server.WebClient;
import dev.earmark.testing.server.WebClient.Reply;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Highlights made from real snips in the server: how many listeners make one, what makes it again, what keeps it (its
 * share code, a curator's hiding), and how listeners and curators get them (page, API, sharing).
 */
class HighlightsIT extends ServerTest {

    private static final Instant PUBLISHED = Instant.parse("2024-03-01T10:00:00Z");
    /** The Highlights page's length (highlights.web.HighlightsBacking.PAGE_SIZE). */
    private static final int PAGE_SIZE = 20;

    @Inject
    Snips snips;

    @Inject
    Highlights highlights;

    @Inject
    AuditTrail audit;

    @Inject
    HighlightsOfSnips making;

    @Inject
    SqlCounter sql;

    private final String prefix = "hl-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private Episode episode(String title) {
        Show show = fixtures.show("Highlights " + prefix + title);
        return fixtures.episode(show, title, EpisodeStatus.PUBLISHED, PUBLISHED);
    }

    /** A listener's snip of the {@code lengthSeconds} before {@code atSeconds}. */
    private Snip snip(Episode episode, String listener, long atSeconds, long lengthSeconds) {
        return snips.earmark(prefix + listener, new NewSnip(episode.getId(), atSeconds * 1000, lengthSeconds * 1000,
                prefix + UUID.randomUUID())).snip();
    }

    /** Three listeners' snips of the minute before {@code atSeconds}; the third's. */
    private Snip savedByThree(Episode episode, long atSeconds) {
        snip(episode, "ann", atSeconds, 60);
        snip(episode, "bob", atSeconds, 60);
        return snip(episode, "cai", atSeconds, 60);
    }

    /** Waits until the episode's moments are made with every change so far: they are made in the background. */
    private void made(Episode episode) {
        Eventually.await("the highlights of " + episode.getTitle(), making.changes(),
                () -> making.isMade(episode.getId()) ? true : null);
    }

    private List<Highlight> shown(Episode episode) {
        made(episode);
        return highlights.ofEpisode(episode.getId(), false);
    }

    @Test
    void threeListenersOverlappingMakeAMomentTwoDoNot() {
        Episode episode = episode("Three make one");
        snip(episode, "ann", 120, 60);
        snip(episode, "bob", 130, 60);
        assertEquals(List.of(), shown(episode), "two listeners are no highlight: the third's snip would show");

        snip(episode, "cai", 140, 60);

        List<Highlight> moments = shown(episode);
        assertEquals(1, moments.size());
        Highlight moment = moments.get(0);
        assertEquals(80_000, moment.getStartMillis());
        assertEquals(120_000, moment.getEndMillis());
        assertEquals(3, moment.getListeners());
        assertFalse(moment.getTitle().isBlank(), "named after its chapter or episode without words");
        assertEquals(moment.getShareCode(), highlights.findShared(moment.getShareCode()).orElseThrow().getShareCode());
    }

    @Test
    void aListenersManySnipsOfOneMomentCountOnce() {
        Episode episode = episode("One counts once");
        for (int i = 0; i < 5; i++) {
            snip(episode, "ann", 120 + i, 60);
        }
        snip(episode, "bob", 120, 60);
        assertEquals(List.of(), shown(episode));

        snip(episode, "cai", 120, 60);
        assertEquals(List.of(3), shown(episode).stream().map(Highlight::getListeners).toList());
    }

    @Test
    void aDeletedSnipRetiresTheMomentItsRestoreBringsItBackWithItsShareCode() {
        Episode episode = episode("Deleted and restored");
        Snip third = savedByThree(episode, 300);
        String code = shown(episode).get(0).getShareCode();

        snips.delete(prefix + "cai", third.getId());
        assertEquals(List.of(), shown(episode));
        assertTrue(highlights.findShared(code).isEmpty(), "a retired moment's link shows nothing");
        assertTrue(highlights.holdsShareCode(code), "but its code stays taken, so that no snip takes it");

        snips.restore(prefix + "cai", third.getId());
        assertEquals(List.of(code), shown(episode).stream().map(Highlight::getShareCode).toList());
    }

    @Test
    void aDeletionWhoseMakingNeverRanIsMadeByTheTimerSoNoMomentStaysWithTooFewListeners() {
        Episode episode = episode("Made later");
        Snip third = savedByThree(episode, 500);
        assertEquals(1, shown(episode).size());

        fixtures.deleteSnipUnnoticed(third.getId(), now());
        assertFalse(making.isMade(episode.getId()), "due");
        making.makeThoseStillDue();
        assertFalse(making.isMade(episode.getId()), "not at once: its own making may still be running");

        advanceClock(Duration.ofMinutes(2));
        making.makeThoseStillDue();
        assertEquals(List.of(), shown(episode), "two listeners are no highlight");
    }

    @Test
    void aMomentKeepsItsShareCodeWhileItsRangeAndListenersChange() {
        Episode episode = episode("Stable share code");
        snip(episode, "ann", 600, 60);
        snip(episode, "bob", 610, 60);
        Snip cai = snip(episode, "cai", 620, 60);
        Highlight before = shown(episode).get(0);

        snip(episode, "dan", 615, 60);
        snips.nudge(prefix + "cai", cai.getId(), snips.getOwn(prefix + "cai", cai.getId()).getVersion(), -5_000, 0);

        Highlight after = shown(episode).get(0);
        assertEquals(before.getShareCode(), after.getShareCode());
        assertEquals(4, after.getListeners());
        assertNotEquals(before.getStartMillis() + "-" + before.getEndMillis(),
                after.getStartMillis() + "-" + after.getEndMillis(), "the range moved: " + after.getStartMillis());
    }

    @Test
    void withATranscriptAMomentHasWholeSentencesItsWordsAndTakeawaysFromThemNeverAListenersTitle() {
        Episode episode = fixtures.demoTranscript(episode("With words"));
        // The transcript's talk runs 3:17–3:30; each snip ends in it.
        for (String listener : List.of("ann", "bob", "cai")) {
            Snip snip = snip(episode, listener, 206, 30);
            snips.edit(prefix + listener, snip.getId(), snips.getOwn(prefix + listener, snip.getId()).getVersion(),
                    new SnipEdit(listener + "'s own title", "secret note of " + listener,
                            List.of()));
        }

        Highlight moment = shown(episode).get(0);
        assertFalse(moment.getExcerpt().isEmpty(), "the transcript's words");
        assertTrue(moment.getStartMillis() <= moment.getExcerpt().get(0).getStartMillis(), "whole cues");
        assertTrue(moment.getExcerpt().get(moment.getExcerpt().size() - 1).getEndMillis() <= moment.getEndMillis());
        assertFalse(moment.getTakeaways().isEmpty());
        assertFalse(moment.getTitle().contains("own title"), moment.getTitle());
        assertTrue(moment.getTakeaways().stream().noneMatch(takeaway -> takeaway.contains("secret")));
    }

    @Test
    void aCuratorHidesAMomentAuditedItStaysHiddenWhenMadeAgainAndShowsItAgain() {
        Episode episode = episode("Hidden by a curator");
        savedByThree(episode, 900);
        Highlight moment = shown(episode).get(0);
        String hidden = "api/admin/highlights/" + moment.getId() + "/hidden";
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");

        assertEquals(403, WebClient.signIn(base, "listener", "listener-demo").put(hidden, "").status());
        assertEquals(204, editor.put(hidden, "").status());
        assertEquals(List.of(), shown(episode));
        assertEquals(List.of(moment.getShareCode()), highlights.ofEpisode(episode.getId(), true).stream()
                .map(Highlight::getShareCode).toList(), "curators still see it, to show it again");
        assertTrue(highlights.findShared(moment.getShareCode()).isEmpty());

        snip(episode, "dan", 905, 60);
        made(episode);
        Highlight again = highlights.ofEpisode(episode.getId(), true).get(0);
        assertEquals(4, again.getListeners(), "made again");
        assertTrue(again.isHidden(), "and still hidden");

        assertEquals(204, editor.delete(hidden).status());
        assertEquals(List.of(moment.getShareCode()), shown(episode).stream().map(Highlight::getShareCode).toList());
        List<AuditEntry> history = audit.history(AuditSubject.EPISODE, episode.getId());
        assertEquals(List.of(AuditAction.HIGHLIGHT_SHOWN, AuditAction.HIGHLIGHT_HIDDEN),
                history.stream().map(AuditEntry::getAction).toList());
        assertTrue(history.stream().allMatch(entry -> "editor".equals(entry.getActor())
                && entry.getDetails().contains(moment.getShareCode())), history.toString());
        assertEquals(404, editor.put("api/admin/highlights/1/hidden", "").status());
    }

    @Test
    void aSharedMomentIsOneOnlyWhileItsEpisodeIsVisible() {
        Episode episode = episode("Shared while visible");
        savedByThree(episode, 200);
        String code = shown(episode).get(0).getShareCode();
        assertEquals(episode.getId(), highlights.findShared(code).orElseThrow().getEpisode().getId());

        Episode draft = fixtures.reload(episode);
        draft.setStatus(EpisodeStatus.DRAFT);
        fixtures.save(draft);
        assertTrue(highlights.findShared(code).isEmpty(), "not while its episode is a draft");
        assertTrue(highlights.holdsShareCode(code));
        assertTrue(highlights.findShared("aaaaaaaaaa").isEmpty());
        assertFalse(highlights.holdsShareCode("aaaaaaaaaa"));
        assertTrue(highlights.findShared("no such code").isEmpty());
        assertTrue(highlights.findShared(null).isEmpty());
    }

    @Test
    void theApiGivesTheMomentsWithoutListenersRevalidatedByTheCataloguesRevision() {
        Episode episode = episode("In the API");
        snip(episode, "ann", 400, 60);
        snip(episode, "bob", 400, 60);
        snip(episode, "cai", 410, 60);
        // Made in the background: until then the revision may still move under the first answer's validator.
        made(episode);
        WebClient http = WebClient.anonymous(base);
        String path = "api/episodes/" + episode.getId() + "/highlights";

        Reply first = http.get(path);
        assertEquals(200, first.status(), first.body());
        JsonObject moment = first.object().getJsonArray("items").getJsonObject(0);
        assertEquals(350.0, moment.getJsonNumber("start").doubleValue());
        assertEquals(400.0, moment.getJsonNumber("end").doubleValue());
        assertEquals(3, moment.getInt("listeners"));
        assertFalse(first.body().contains(prefix), "no listener is named: " + first.body());
        String tag = first.header("ETag");
        assertTrue(tag != null && first.header("Cache-Control").contains("no-cache"), first.headers().toString());
        assertEquals(304, http.send(http.request(path).header("If-None-Match", tag).GET()).status());

        long id = shown(episode).get(0).getId();
        assertEquals(204, WebClient.signIn(base, "editor", "editor-demo")
                .put("api/admin/highlights/" + id + "/hidden", "").status());
        Reply changed = http.send(http.request(path).header("If-None-Match", tag).GET());
        assertEquals(200, changed.status(), "a curator hid the moment: the catalogue's revision moved");
        assertEquals(0, changed.object().getJsonArray("items").size());
        assertEquals(404, http.get("api/episodes/999999999/highlights").status());
    }

    @Test
    void theHighlightsPageCostsTheSameQueriesForTwoMomentsAsForAFullPage() {
        Episode few = episode("Few moments");
        Episode many = episode("Many moments");
        for (int moment = 0; moment < 2; moment++) {
            savedByThree(few, 100 * moment + 60);
        }
        for (int moment = 0; moment < PAGE_SIZE + 2; moment++) {
            savedByThree(many, 100 * moment + 60);
        }
        long last = 100 * (PAGE_SIZE + 1);
        snip(many, "dan", last + 60, 60);
        made(few);
        made(many);
        WebClient http = WebClient.anonymous(base);
        String fewPage = "highlights?period=all&show=" + few.getShow().getSlug();
        String manyPage = "highlights?period=all&show=" + many.getShow().getSlug();

        List<String> forFew = sql.record(() -> assertEquals(200, http.get(fewPage, "text/html").status()));
        List<String> forMany = sql.record(() -> {
            Reply page = http.get(manyPage, "text/html");
            assertEquals(200, page.status());
            assertTrue(page.body().contains(PAGE_SIZE + 2 + " highlights"), page.body());
        });

        List<Highlight> ofEpisode = highlights.ofEpisode(many.getId(), false);
        assertEquals(Highlights.PER_EPISODE, ofEpisode.size(), "the episode shows its most saved only");
        assertEquals(List.of(4, last * 1000), List.of(ofEpisode.get(0).getListeners(), ofEpisode.get(0).getStartMillis()));
        assertEquals(Highlights.PER_EPISODE, WebClient.anonymous(base).get("api/episodes/" + many.getId() + "/highlights")
                .object().getJsonArray("items").size());
        assertEquals(forFew.size(), forMany.size(), "20 moments cost what 2 cost: " + forMany);
        assertTrue(forMany.size() <= 4, "shows, count, page: " + forMany);
        assertEquals(2, highlights.current(new HighlightFilter(Period.WEEK, many.getShow().getId()),
                new PageRequest(2, PAGE_SIZE), false).items().size(), "saved this week");
        String thisWeek = "highlights?period=week&show=" + many.getShow().getSlug();
        String tag = http.get(thisWeek, "text/html").header("ETag");
        advanceClock(Duration.ofDays(8));
        Reply weekLater = http.send(http.request(thisWeek).header("Accept", "text/html").header("If-None-Match", tag).GET());
        assertEquals(200, weekLater.status(), "its moments left this week, with no change of the catalogue");
        assertEquals(0, highlights.current(new HighlightFilter(Period.WEEK, many.getShow().getId()),
                new PageRequest(1, PAGE_SIZE), false).totalItems(), "a week later, no longer");
        assertEquals(PAGE_SIZE + 2, highlights.current(new HighlightFilter(Period.MONTH,
                many.getShow().getId()), new PageRequest(1, PAGE_SIZE), false).totalItems());
    }
}
