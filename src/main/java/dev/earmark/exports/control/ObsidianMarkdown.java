package dev.earmark.exports.control;

import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.control.ExcerptTurns.Said;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Snips as Markdown for Obsidian: a file per episode with YAML front matter (show, episode, date, link, tags) and each
 * snip as a quote callout whose heading links its time to the moment, its takeaways as bullets and the listener's note
 * (their own Markdown, kept as written) in a note callout below, where even an unclosed code fence ends with the
 * callout. Everything else is escaped ({@link MarkdownText}), so no transcript or title becomes markup.
 */
public final class ObsidianMarkdown {

    private static final Pattern NOT_IN_TAG = Pattern.compile("[^\\p{L}\\p{N}_/-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final MomentLinks links;

    public ObsidianMarkdown(MomentLinks links) {
        this.links = links;
    }

    /** One episode's file. */
    public String file(EpisodeSnips episode) {
        StringBuilder file = new StringBuilder("---\n");
        property(file, "show", YamlText.quoted(episode.episode().getShow().getTitle()));
        property(file, "episode", YamlText.quoted(episode.episode().getTitle()));
        LocalDate date = episode.date();
        if (date != null) {
            property(file, "date", date.toString());
        }
        property(file, "link", YamlText.quoted(links.episode(episode.episode())));
        tags(file, episode.tags());
        file.append("---\n\n# ").append(MarkdownText.escape(episode.episode().getTitle())).append("\n\n");
        episode.snips().forEach(snip -> snip(file, snip));
        return endOf(file);
    }

    /**
     * Several episodes in one file: its front matter names the shows and gathers the tags, and each episode is a
     * section with its show, date and link.
     */
    public String oneFile(List<EpisodeSnips> episodes) {
        if (episodes.size() == 1) {
            return file(episodes.get(0));
        }
        StringBuilder file = new StringBuilder("---\nshows:\n");
        episodes.stream().map(episode -> episode.episode().getShow().getTitle()).distinct()
                .forEach(show -> file.append("  - ").append(YamlText.quoted(show)).append('\n'));
        tags(file, episodes.stream().flatMap(episode -> episode.tags().stream()).distinct().sorted().toList());
        file.append("---\n");
        for (EpisodeSnips episode : episodes) {
            file.append("\n# [").append(MarkdownText.escape(episode.episode().getTitle())).append("](")
                    .append(links.episode(episode.episode())).append(")\n\n")
                    .append(MarkdownText.escape(episode.episode().getShow().getTitle()));
            if (episode.date() != null) {
                file.append(" · ").append(episode.date());
            }
            file.append("\n\n");
            episode.snips().forEach(snip -> snip(file, snip));
        }
        return endOf(file);
    }

    /** The file ending with one line break, not with the blank line after its last snip. */
    private static String endOf(StringBuilder file) {
        return file.toString().stripTrailing() + "\n";
    }

    private void snip(StringBuilder file, Snip snip) {
        file.append("> [!quote] [").append(SnipText.range(snip)).append("](").append(links.moment(snip)).append(") ")
                .append(MarkdownText.escape(snip.getTitle())).append('\n');
        List<Said> turns = SnipText.turns(snip);
        for (int i = 0; i < turns.size(); i++) {
            file.append(i == 0 ? "" : ">\n").append("> ").append(SnipText.markdown(turns.get(i))).append('\n');
        }
        file.append('\n');
        if (!snip.getTakeaways().isEmpty()) {
            snip.getTakeaways().forEach(takeaway -> file.append("- ").append(MarkdownText.escape(takeaway)).append('\n'));
            file.append('\n');
        }
        if (!snip.getNote().isBlank()) {
            file.append("> [!note]\n");
            snip.getNote().strip().lines().forEach(line -> file.append(line.isBlank() ? ">" : "> " + line).append('\n'));
            file.append('\n');
        }
    }

    private static void property(StringBuilder file, String key, String value) {
        file.append(key).append(": ").append(value).append('\n');
    }

    private static void tags(StringBuilder file, List<String> tags) {
        List<String> obsidianTags = tags.stream().map(ObsidianMarkdown::obsidianTag)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        if (obsidianTags.isEmpty()) {
            file.append("tags: []\n");
        } else {
            file.append("tags:\n");
            obsidianTags.forEach(tag -> file.append("  - ").append(YamlText.quoted(tag)).append('\n'));
        }
    }

    /**
     * A tag as Obsidian takes one: letters, digits, "_", "-" and "/" only (each run of anything else a "-"), and not
     * digits alone ("2024" would be no tag there, so it is "y2024"). Earmark's tags allow more ("q&a", "c++").
     */
    static String obsidianTag(String tag) {
        String kept = NOT_IN_TAG.matcher(tag).replaceAll("-").replaceAll("^-+|-+$", "");
        return DIGITS.matcher(kept).matches() ? "y" + kept : kept;
    }
}
