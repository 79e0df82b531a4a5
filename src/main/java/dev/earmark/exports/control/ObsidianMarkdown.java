package dev.earmark.exports.control;

import dev.earmark.snips.entity.Snip;
import java.time.LocalDate;
import java.util.List;

/**
 * Snips as Markdown for Obsidian: a file per episode with YAML front matter (show, episode, date, link, tags) and each
 * snip as a quote callout whose heading links its time to the moment, its takeaways as bullets and the listener's note
 * (their own Markdown, kept as written) in a note callout below, where even an unclosed code fence ends with the
 * callout. Everything else is escaped ({@link MarkdownText}), so no transcript or title becomes markup.
 */
public final class ObsidianMarkdown {

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
        List<SnipText.Turn> turns = SnipText.turns(snip);
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
        if (tags.isEmpty()) {
            file.append("tags: []\n");
        } else {
            file.append("tags:\n");
            tags.forEach(tag -> file.append("  - ").append(YamlText.quoted(tag)).append('\n'));
        }
    }
}
