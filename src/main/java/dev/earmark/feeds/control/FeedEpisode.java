package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Person;
import java.util.List;

/**
 * An episode as its feed item needs it: the chapters and people read for the whole feed at once, rather than
 * through the episode's own lists (a query each).
 *
 * @param people the episode's own, empty when the show's stand for it
 * @param soundbites its most saved moments, most saved first
 */
public record FeedEpisode(Episode episode, List<Chapter> chapters, List<Person> people, List<Soundbite> soundbites) {
}
