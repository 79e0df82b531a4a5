package dev.earmark.exports.control;

import dev.earmark.snips.entity.Snip;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Snips as Markdown for Logseq, an outliner: properties as {@code key:: value}, every paragraph a bullet ("- "),
 * what belongs to it nested below by a tab, as Logseq writes its own files. A page per episode has the episode's
 * properties at its top and a bullet per snip (its time linked to the moment, its title) with the excerpt's turns
 * quoted, the takeaways and each block of the listener's note as bullets below; in one file for several episodes each
 * episode is a bullet with its properties, its snips nested below it.
 */
public final class LogseqMarkdown {

    private static final String INDENT = "\t";
    /** Logseq's bullet, and the indent of a bullet's further lines below its text. */
    private static final String BULLET = "- ";
    private static final String CONTINUATION = "  ";
    private static final Pattern TAG_BREAKERS = Pattern.compile("[\\[\\],]+");
    private static final Parser NOTE_BLOCKS = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final MomentLinks links;

    public LogseqMarkdown(MomentLinks links) {
        this.links = links;
    }

    /** One episode's page. */
    public String file(EpisodeSnips episode) {
        StringBuilder page = new StringBuilder();
        properties(page, "", episode);
        page.append('\n');
        episode.snips().forEach(snip -> snip(page, 0, snip));
        return page.toString();
    }

    /** Several episodes in one page, each a bullet with its properties; one episode is its own page. */
    public String oneFile(List<EpisodeSnips> episodes) {
        if (episodes.size() == 1) {
            return file(episodes.get(0));
        }
        StringBuilder page = new StringBuilder();
        for (EpisodeSnips episode : episodes) {
            page.append(BULLET).append(text(episode.episode().getTitle())).append('\n');
            properties(page, CONTINUATION, episode);
            episode.snips().forEach(snip -> snip(page, 1, snip));
        }
        return page.toString();
    }

    private void properties(StringBuilder page, String indent, EpisodeSnips episode) {
        property(page, indent, "show", text(episode.episode().getShow().getTitle()));
        property(page, indent, "episode", text(episode.episode().getTitle()));
        if (episode.date() != null) {
            property(page, indent, "date", episode.date().toString());
        }
        property(page, indent, "link", links.episode(episode.episode()));
        if (!episode.tags().isEmpty()) {
            // Each tag a page reference, named as the listener wrote it; brackets would end the reference and Logseq
            // splits tags:: at commas, so those become spaces.
            property(page, indent, "tags", String.join(", ", episode.tags().stream()
                    .map(tag -> "[[" + TAG_BREAKERS.matcher(tag).replaceAll(" ").strip() + "]]").toList()));
        }
    }

    /**
     * Text escaped as for any Markdown, and "::" broken too: in Logseq, "word:: value" in a block's text would make
     * the words a property of the block.
     */
    static String text(String text) {
        return MarkdownText.escape(text).replace("::", ":\\:");
    }

    private static void property(StringBuilder page, String indent, String key, String value) {
        page.append(indent).append(key).append(":: ").append(value).append('\n');
    }

    private void snip(StringBuilder page, int depth, Snip snip) {
        bullet(page, depth, "[" + SnipText.range(snip) + "](" + links.moment(snip) + ") "
                + text(snip.getTitle()));
        SnipText.turns(snip).forEach(turn -> bullet(page, depth + 1, "> " + SnipText.markdown(turn)));
        snip.getTakeaways().forEach(takeaway -> bullet(page, depth + 1, text(takeaway)));
        noteBlocks(snip.getNote()).forEach(block -> bullet(page, depth + 1, block));
    }

    /** A bullet at {@code depth}; a text of several lines continues below its first, indented to its text. */
    private static void bullet(StringBuilder page, int depth, String text) {
        String indent = INDENT.repeat(depth);
        List<String> lines = text.lines().toList();
        page.append(indent).append(BULLET).append(lines.get(0)).append('\n');
        lines.stream().skip(1).forEach(line ->
                page.append(line.isEmpty() ? "" : indent + CONTINUATION + line).append('\n'));
    }

    /**
     * The note's top-level blocks (paragraphs, lists, code, quotes) as CommonMark reads them, each as its lines in the
     * note: a bullet each, so a code block with blank lines inside stays one.
     */
    static List<String> noteBlocks(String note) {
        List<String> lines = note.strip().lines().toList();
        List<String> blocks = new ArrayList<>();
        for (Node block = NOTE_BLOCKS.parse(note.strip()).getFirstChild(); block != null; block = block.getNext()) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (!spans.isEmpty()) {
                int first = spans.get(0).getLineIndex();
                int last = spans.get(spans.size() - 1).getLineIndex();
                blocks.add(String.join("\n", lines.subList(first, last + 1)));
            }
        }
        return blocks;
    }
}
