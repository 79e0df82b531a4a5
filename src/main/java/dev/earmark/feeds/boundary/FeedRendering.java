package dev.earmark.feeds.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.control.FeedAddresses;
import dev.earmark.feeds.control.FeedContent;
import dev.earmark.feeds.control.FeedEpisode;
import dev.earmark.feeds.control.FeedWriter;
import dev.earmark.feeds.control.Soundbite;
import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.highlights.entity.Highlight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a show's whole feed and writes it, in one transaction: a fixed number of queries however many episodes
 * (the episodes with their files, then the chapters, the people and the highlights of all of them), and the XML is
 * written while the episodes' show is still in the persistence context.
 */
@ApplicationScoped
@Transactional
public class FeedRendering {

    /** Podcast apps show a few soundbites, not ten. */
    static final int SOUNDBITES_PER_EPISODE = 3;

    @Inject
    Catalogue catalogue;

    @Inject
    Highlights highlights;

    /** The feed's XML, empty when there is no such show. */
    public Optional<byte[]> render(String slug, String feedGuid, FeedAddresses addresses) {
        return catalogue.findShow(slug).map(show -> new FeedWriter(addresses).write(content(show, feedGuid)));
    }

    private FeedContent content(Show show, String feedGuid) {
        List<Episode> episodes = catalogue.allEpisodes(show);
        Map<Long, List<Chapter>> chapters = catalogue.chaptersOfAll(show);
        Map<Long, List<Person>> people = catalogue.peopleOfAll(show);
        Map<Long, List<Highlight>> moments = highlights.shownOfShow(show, SOUNDBITES_PER_EPISODE);
        return new FeedContent(show, feedGuid, episodes.stream().map(episode -> new FeedEpisode(episode,
                chapters.getOrDefault(episode.getId(), List.of()), people.getOrDefault(episode.getId(), List.of()),
                moments.getOrDefault(episode.getId(), List.of()).stream().map(moment -> soundbite(episode, moment))
                        .toList())).toList());
    }

    private static Soundbite soundbite(Episode episode, Highlight moment) {
        long length = episode.getDurationSeconds() == null ? 0 : episode.getDurationSeconds() * 1000L;
        return Soundbite.of(moment.getStartMillis(), moment.getEndMillis(), moment.getTitle(), length);
    }

    /** The chapters of a visible episode of the show, empty when it is none. */
    public Optional<List<Chapter>> chapters(String slug, long episodeId) {
        return catalogue.findEpisode(episodeId).filter(episode -> episode.getShow().getSlug().equals(slug))
                .map(Episode::getChapters);
    }
}
