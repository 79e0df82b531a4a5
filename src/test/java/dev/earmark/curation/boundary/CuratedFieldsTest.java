package dev.earmark.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.notes.control.ChapterMark;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedFieldsTest {

    @Test
    void takingOverAShowsDetailsNamesWhatChanged() {
        Show show = new Show();
        ShowCuration.apply(draft("Tea Talks", List.of("Food"), false), "tea-talks", show);
        ShowDraft before = ShowDraft.of(show);

        ShowCuration.apply(draft("Tea Talks Weekly", List.of("Food", "Culture"), true), "tea-talks", show);

        assertEquals("title, categories, explicit", CuratedFields.changed(before, ShowDraft.of(show)));
        assertEquals("Tea Talks Weekly", show.getTitle());
        assertEquals(List.of("Food", "Culture"), show.getCategories());
    }

    @Test
    void nothingChangedNamesNothing() {
        Show show = new Show();
        ShowCuration.apply(draft("Tea Talks", List.of("Food"), false), "tea-talks", show);
        ShowDraft before = ShowDraft.of(show);

        ShowCuration.apply(draft("Tea Talks", List.of("Food"), false), "tea-talks", show);

        assertEquals("", CuratedFields.changed(before, ShowDraft.of(show)));
    }

    @Test
    void aNewEpisodeNamesTheFieldsThatHaveAValue() {
        EpisodeDraft created = new EpisodeDraft("Pilot", null, null, 1, null, EpisodeStatus.PUBLISHED, null, null, null, null, null,
                List.of(new ChapterMark(0, "Intro")));
        EpisodeDraft bare = new EpisodeDraft("Pilot", "pilot", null, null, null, null, null, null, null, null, null, null);

        assertEquals("title, number, episodeType, status, chapters", CuratedFields.set(created));
        assertEquals("title, slug, episodeType, status", CuratedFields.set(bare));
    }

    @Test
    void takingSummariesWithoutReviewIsAChangeOfItsOwn() {
        Show show = new Show();
        ShowCuration.apply(draft("Tea Talks", List.of("Food"), false), "tea-talks", show);
        ShowDraft before = ShowDraft.of(show);

        ShowCuration.apply(draft("Tea Talks", List.of("Food"), false, true), "tea-talks", show);

        assertEquals("acceptSummaries", CuratedFields.changed(before, ShowDraft.of(show)));
        assertTrue(show.isAcceptSummaries());
    }

    private static ShowDraft draft(String title, List<String> categories, boolean explicit) {
        return draft(title, categories, explicit, false);
    }

    private static ShowDraft draft(String title, List<String> categories, boolean explicit, boolean acceptSummaries) {
        return new ShowDraft(null, title, null, null, null, "en", categories, explicit, true, ShowType.EPISODIC,
                acceptSummaries);
    }
}
