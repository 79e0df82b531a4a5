package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.notes.control.ChapterMark;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One item of a feed as read. Titles are plain text; notes are HTML as the feed gave them (the catalogue sanitises
 * notes when they are stored).
 *
 * @param guid the feed's guid (or Atom id), null when it gave none
 * @param audio the enclosure or {@code media:content}, http(s) only; null when there is none usable
 * @param chaptersUrl a {@code podcast:chapters} JSON file to fetch, null for none
 * @param refusal why the item cannot be imported at all; empty when it can
 * @param warnings what was wrong but left out (a date or duration that could not be read)
 */
public record ParsedItem(int position, String guid, String title, String link, String notes, Instant publishedAt,
        Integer durationSeconds, Integer season, Integer number, EpisodeType episodeType, String imageUrl,
        AudioEnclosure audio, List<ChapterMark> chapters, URI chaptersUrl, List<TranscriptLink> transcripts,
        List<Person> people, Optional<Problem> refusal, List<Problem> warnings) {

    public ParsedItem {
        chapters = List.copyOf(chapters);
        transcripts = List.copyOf(transcripts);
        people = List.copyOf(people);
        warnings = List.copyOf(warnings);
    }

    /** A {@code podcast:transcript}: where it is, its declared media type and language (either may be null). */
    public record TranscriptLink(URI url, String mediaType, String language) {
    }
}
