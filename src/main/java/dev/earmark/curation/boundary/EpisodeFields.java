package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.platform.entity.PersistentEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The values a curator edits, by field name, so that the audit trail can name what a save changed. */
final class EpisodeFields {

    private EpisodeFields() {
    }

    static Map<String, Object> of(Episode episode) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", episode.getTitle());
        fields.put("slug", episode.getSlug());
        fields.put("season", episode.getSeason());
        fields.put("number", episode.getNumber());
        fields.put("episodeType", episode.getEpisodeType());
        fields.put("status", episode.getStatus());
        fields.put("publishedAt", episode.getPublishedAt());
        fields.put("description", episode.getDescription());
        fields.put("audioUrl", episode.getAudio() == null ? null : episode.getAudio().getUrl());
        fields.put("audioFile", Optional.ofNullable(episode.getAudioFile()).map(PersistentEntity::getId).orElse(null));
        fields.put("transcript", Optional.ofNullable(episode.getTranscript()).map(PersistentEntity::getId).orElse(null));
        fields.put("chapters", chapters(episode));
        return fields;
    }

    static List<ChapterMark> chapters(Episode episode) {
        return episode.getChapters().stream()
                .map(chapter -> new ChapterMark(chapter.getStartMillis(), chapter.getTitle(), chapter.getUrl()))
                .toList();
    }

    /** The names of the fields whose values differ, in the editor's order; empty for nothing changed. */
    static String changed(Map<String, Object> before, Map<String, Object> after) {
        List<String> names = after.keySet().stream()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .toList();
        return String.join(", ", names);
    }

    /** The names of the fields that have a value, for a new episode. */
    static String set(Map<String, Object> fields) {
        return String.join(", ", fields.entrySet().stream()
                .filter(field -> field.getValue() != null && !List.of().equals(field.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }
}
