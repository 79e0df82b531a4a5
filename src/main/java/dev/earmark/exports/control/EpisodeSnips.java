package dev.earmark.exports.control;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.snips.entity.Snip;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One episode's exported snips, in the order they came (by time): what a Markdown file holds. */
public record EpisodeSnips(Episode episode, List<Snip> snips) {

    /**
     * Snips grouped by episode, in the order given, which keeps each episode's snips together (as
     * {@code Snips.allOwn} does): a group ends where the episode changes.
     */
    public static List<EpisodeSnips> group(List<Snip> snips) {
        List<EpisodeSnips> groups = new ArrayList<>();
        List<Snip> current = new ArrayList<>();
        for (Snip snip : snips) {
            if (!current.isEmpty() && !current.get(0).getEpisode().equals(snip.getEpisode())) {
                groups.add(new EpisodeSnips(current.get(0).getEpisode(), List.copyOf(current)));
                current.clear();
            }
            current.add(snip);
        }
        if (!current.isEmpty()) {
            groups.add(new EpisodeSnips(current.get(0).getEpisode(), List.copyOf(current)));
        }
        return groups;
    }

    /** Every tag of its snips, in alphabetical order. */
    public List<String> tags() {
        return snips.stream().flatMap(snip -> snip.getTags().stream()).distinct().sorted().toList();
    }

    /** The day it was published (UTC), if it was. */
    public LocalDate date() {
        return date(episode.getPublishedAt());
    }

    static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
