package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogseqMarkdownTest {

    private static final Episode EPISODE = ExportedSnips.episode(ExportedSnips.show("The #1 Show", "the-show"),
            "Ep [[one]]", "episode-one", Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void aPageHasTheEpisodesPropertiesAndABulletPerParagraphNestedByTabs() {
        String page = new LogseqMarkdown(ExportedSnips.LINKS).file(new EpisodeSnips(EPISODE, List.of(
                ExportedSnips.snip(EPISODE, 754, 810, "Trains", List.of("Late."), "First paragraph\nsame one.\n\n"
                        + "```\ncode\n\nmore code\n```\n\n- a list", Set.of("b,c", "security"), "Nora", "We took it.",
                        "Sam", "Always."))));
        assertEquals("""
                show:: The \\#1 Show
                episode:: Ep \\[\\[one\\]\\]
                date:: 2026-05-01
                link:: https://podcasts.example.com/earmark/shows/the-show/episodes/episode-one
                tags:: [[b c]], [[security]]

                - [12:34–13:30](https://podcasts.example.com/earmark/shows/the-show/episodes/episode-one#t=754,810) Trains
                \t- > **Nora:** We took it.
                \t- > **Sam:** Always.
                \t- Late.
                \t- First paragraph
                \t  same one.
                \t- ```
                \t  code

                \t  more code
                \t  ```
                \t- - a list
                """, page);
    }

    @Test
    void severalEpisodesInOneFileAreBulletsWithTheirPropertiesAndTheirSnipsBelow() {
        Episode other = ExportedSnips.episode(EPISODE.getShow(), "- Two", "two", null);
        String page = new LogseqMarkdown(ExportedSnips.LINKS).oneFile(List.of(
                new EpisodeSnips(EPISODE, List.of(ExportedSnips.snip(EPISODE, 1, 2, "A", List.of(), "", Set.of()))),
                new EpisodeSnips(other, List.of(ExportedSnips.snip(other, 3, 4, "> B", List.of(), "", Set.of())))));
        assertTrue(page.startsWith("- Ep \\[\\[one\\]\\]\n  show:: The \\#1 Show\n"), page);
        assertTrue(page.contains("\n- \\- Two\n  show:: The \\#1 Show\n  episode:: \\- Two\n  link:: "), page);
        assertTrue(page.contains("/two\n\t- [0:03–0:04](https://podcasts.example.com/earmark/shows/the-show/episodes/two"
                + "#t=3,4) \\> B\n"), page);
    }

    @Test
    void wordsWithTwoColonsMakeNoPropertyOfABlock() {
        String page = new LogseqMarkdown(ExportedSnips.LINKS).file(new EpisodeSnips(EPISODE, List.of(
                ExportedSnips.snip(EPISODE, 1, 2, "A", List.of("Rule:: never ship on Fridays"), "", Set.of()))));
        assertTrue(page.contains("\n\t- Rule:\\: never ship on Fridays\n"), page);
        assertFalse(page.contains("Rule::"), page);
    }
}
