package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.notes.control.ChapterMark;
import java.time.Instant;
import java.util.List;

/**
 * An episode as a feed's item gives it. Null fields (and no chapters) leave what is stored as it is on re-import:
 * a feed that stopped sending a date, a duration or chapters does not wipe what curators kept.
 *
 * @param description the notes as HTML; the catalogue sanitises them
 */
public record EpisodeFromFeed(String title, Integer season, Integer number, EpisodeType episodeType,
        Instant publishedAt, String description, AudioEnclosure audio, Integer durationSeconds, String link,
        String imageUrl, List<Person> people, List<ChapterMark> chapters) {

    public EpisodeFromFeed {
        people = List.copyOf(people);
        chapters = List.copyOf(chapters);
    }
}
