package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.curation.boundary.EpisodeDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The editor sends the summary and topics only when the curator changed them: a summary that a job stored while the
 * editor was open stays when the curator saves over it ("Save anyway") without touching those fields.
 */
class EpisodeFormTest {

    private final EpisodeForm form = EpisodeForm.of(episode());

    @Test
    void summaryAndTopicsAsLoadedAreNotSent() {
        form.getAbout().setTopics("first\r\nsecond");

        EpisodeDraft draft = form.toDraft(List.of());

        assertNull(draft.summary(), "left as stored");
        assertNull(draft.topics(), "the same lines, whatever the line ends");
    }

    @Test
    void whatTheCuratorChangedIsSentAndAnEmptyFieldRemoves() {
        form.getAbout().setSummary("");
        form.getAbout().setTopics("first\nthird");

        EpisodeDraft draft = form.toDraft(List.of());

        assertEquals("", draft.summary());
        assertEquals(List.of("first", "third"), draft.topics());
    }

    private static Episode episode() {
        Episode episode = new Episode(new Show(), "urn:uuid:form");
        episode.setTitle("Loaded");
        episode.setSummary(EpisodeSummary.NONE.withText("As loaded.", TextSource.EXTRACT, null)
                .withTopics(List.of("first", "second"), TextSource.EXTRACT, null));
        return episode;
    }
}
