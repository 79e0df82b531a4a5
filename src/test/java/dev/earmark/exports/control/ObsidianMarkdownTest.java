package dev.earmark.exports.control;

import static dev.earmark.exports.control.ExportedSnips.HOSTILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.snips.entity.Snip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class ObsidianMarkdownTest {

    private static final Episode EPISODE = ExportedSnips.episode(ExportedSnips.show("Show: \"The\" #1", "the-show"),
            "Episode *one*: [x]", "episode-one", Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void frontMatterNamesShowEpisodeDateLinkAndTagsAsYaml() {
        String file = new ObsidianMarkdown(ExportedSnips.LINKS).file(new EpisodeSnips(EPISODE, List.of(
                snip(754, 810, "First"), ExportedSnips.snip(EPISODE, 900, 930, "Second", List.of(), "", Set.of("a: b")))));
        List<String> lines = file.lines().toList();
        assertEquals("---", lines.get(0));
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        List<String> frontMatter = lines.subList(1, end);
        assertEquals("Show: \"The\" #1", DoubleQuotedYaml.read(value(frontMatter, "show")));
        assertEquals("Episode *one*: [x]", DoubleQuotedYaml.read(value(frontMatter, "episode")));
        assertEquals("2026-05-01", value(frontMatter, "date"));
        assertEquals("https://podcasts.example.com/earmark/shows/the-show/episodes/episode-one",
                DoubleQuotedYaml.read(value(frontMatter, "link")));
        assertEquals(List.of("tags:", "  - \"a-b\"", "  - \"security\""),
                frontMatter.subList(frontMatter.indexOf("tags:"), frontMatter.size()));
    }

    @Test
    void eachSnipIsAQuoteCalloutLinkingItsTimeToTheMomentWithTakeawaysAndTheNoteBelow() {
        String file = new ObsidianMarkdown(ExportedSnips.LINKS).file(new EpisodeSnips(EPISODE, List.of(snip(754, 810,
                "Trains"))));
        assertTrue(file.contains("\n> [!quote] [12:34–13:30](https://podcasts.example.com/earmark/shows/the-show/"
                + "episodes/episode-one#t=754,810) Trains\n> **Nora:** We took the train. It was late.\n>\n"
                + "> **Sam:** Always.\n\n- Trains are late.\n- Nobody minds.\n\n> [!note]\n> My **own** note\n"), file);

        Node document = Parser.builder().build().parse(body(file));
        assertInstanceOf(Heading.class, document.getFirstChild());
        BlockQuote callout = (BlockQuote) document.getFirstChild().getNext();
        Link moment = links(callout).get(0);
        assertEquals("https://podcasts.example.com/earmark/shows/the-show/episodes/episode-one#t=754,810",
                moment.getDestination());
        assertInstanceOf(BulletList.class, callout.getNext());
    }

    @Test
    void hostileTitlesAndWordsBecomeNoMarkupWhileTheNoteStaysMarkdownAndEndsWithItsCallout() {
        Snip hostile = ExportedSnips.snip(EPISODE, 60, 90, HOSTILE, List.of(HOSTILE, "- 1. > # takeaway"),
                "```\nan unclosed fence", Set.of(), "<b>Speaker</b>", "> " + HOSTILE, null, "1. # | not a table |");
        String file = new ObsidianMarkdown(ExportedSnips.LINKS).file(
                new EpisodeSnips(EPISODE, List.of(hostile, snip(754, 810, "After"))));
        Node document = Parser.builder().build().parse(body(file));
        List<Link> links = links(document);
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline inline) {
                html.add(inline);
            }
        });
        assertEquals(2, links.size(), "only the two moments are links: " + file);
        assertTrue(links.stream().allMatch(link -> link.getDestination().startsWith("https://podcasts.example.com/")));
        assertTrue(html.isEmpty(), file);
        assertFalse(file.contains("<script>"));

        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        BlockQuote note = (BlockQuote) blocks.get(3);
        assertInstanceOf(FencedCodeBlock.class, note.getFirstChild().getNext(), "the note's fence, inside its callout");
        assertInstanceOf(BlockQuote.class, blocks.get(4), "the next snip's callout is no code: " + file);
    }

    @Test
    void oneFileOfSeveralEpisodesHasASectionForEach() {
        Episode other = ExportedSnips.episode(EPISODE.getShow(), "Two", "two", null);
        String file = new ObsidianMarkdown(ExportedSnips.LINKS).oneFile(List.of(
                new EpisodeSnips(EPISODE, List.of(snip(754, 810, "A"))),
                new EpisodeSnips(other, List.of(ExportedSnips.snip(other, 1, 2, "B", List.of(), "", Set.of("x"))))));
        assertTrue(file.startsWith("---\nshows:\n  - \"Show: \\\"The\\\" #1\"\ntags:\n  - \"security\"\n  - \"x\"\n---\n"),
                file);
        assertTrue(file.contains("\n# [Two](https://podcasts.example.com/earmark/shows/the-show/episodes/two)\n"), file);
        assertTrue(file.contains("\n# [Episode \\*one\\*: \\[x\\]]("), file);
    }

    @Test
    void tagsBecomeWhatObsidianTakesAsTags() {
        assertEquals("q-a", ObsidianMarkdown.obsidianTag("q&a"));
        assertEquals("c", ObsidianMarkdown.obsidianTag("c++"));
        assertEquals("1-0", ObsidianMarkdown.obsidianTag("1.0"));
        assertEquals("y2024", ObsidianMarkdown.obsidianTag("2024"));
        assertEquals("team/säkerhet", ObsidianMarkdown.obsidianTag("team/säkerhet"));
        assertEquals("", ObsidianMarkdown.obsidianTag("?!"));
        String file = new ObsidianMarkdown(ExportedSnips.LINKS).file(new EpisodeSnips(EPISODE, List.of(
                ExportedSnips.snip(EPISODE, 1, 2, "B", List.of(), "", Set.of("?!")))));
        assertTrue(file.contains("\ntags: []\n"), "no tag left is no tags, not a null: " + file);
    }

    static Snip snip(int start, int end, String title) {
        return ExportedSnips.snip(EPISODE, start, end, title, List.of("Trains are late.", "Nobody minds."),
                "My **own** note", Set.of("security"), "Nora", "We took the train.", "Nora", "It was late.", "Sam",
                "Always.");
    }

    private static List<Link> links(Node node) {
        List<Link> links = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
            }
        });
        return links;
    }

    private static String value(List<String> frontMatter, String key) {
        return frontMatter.stream().filter(line -> line.startsWith(key + ": ")).findFirst().orElseThrow()
                .substring(key.length() + 2);
    }

    private static String body(String file) {
        return file.substring(file.indexOf("\n---\n") + 5);
    }
}
