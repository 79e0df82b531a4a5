package dev.earmark.snips.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnipsBackingTest {

    @Test
    void anotherPageKeepsEveryFilter() {
        SnipsBacking list = filtered("7", "42", "key transparency", "trains & stories");
        assertEquals("/snips?show=7&episode=42&tag=key+transparency&q=trains+%26+stories&page=3", list.pagePath(3));
        assertEquals("/snips?show=7&episode=42&tag=key+transparency&q=trains+%26+stories", list.pagePath(1),
                "the first page has no number");
    }

    @Test
    void leavingTheEpisodeKeepsTheOtherFilters() {
        assertEquals("/snips?show=7&q=nora", filtered("7", "42", null, "nora").withoutEpisodePath());
        assertEquals("/snips", filtered(null, "42", " ", null).withoutEpisodePath());
    }

    @Test
    void exportTakesTheFiltersOrJustTheEpisode() {
        SnipsBacking list = filtered("7", "42", "mobile", "nora");
        assertEquals("/snips/export?show=7&episode=42&tag=mobile&q=nora", list.exportPath());
        assertEquals("/snips/export?episode=42", list.episodeExportPath());
        assertEquals("/snips/export", filtered(null, null, null, null).exportPath());
    }

    @Test
    void whatIsNoIdOrIsBlankFiltersNothing() {
        SnipsBacking list = filtered("seven", "0", "  ", "");
        assertFalse(list.isFiltered());
        assertNull(list.getShowId());
        assertNull(list.getEpisodeId());
        assertEquals("/snips?page=2", list.pagePath(2));
        assertTrue(filtered(null, null, "mobile", null).isFiltered());
    }

    private static SnipsBacking filtered(String show, String episode, String tag, String q) {
        SnipsBacking list = new SnipsBacking();
        list.setShow(show);
        list.setEpisode(episode);
        list.setTag(tag);
        list.setQ(q);
        return list;
    }
}
