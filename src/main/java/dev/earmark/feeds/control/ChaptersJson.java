package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ShowNotes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Podcasting 2.0 JSON chapters ({@code {"version":"1.2","chapters":[{"startTime":…,"title":…,"url":…}]}}): read as
 * the catalogue's chapter marks, written from its chapters (starts in seconds, ascending). Read, chapters marked
 * {@code "toc": false} are silent ones and left out, as are chapters without a title or with a start another has.
 */
public final class ChaptersJson {

    public static final String VERSION = "1.2.0";
    public static final long MAX_BYTES = 1024L * 1024;

    private ChaptersJson() {
    }

    /** @throws FeedRefusedException with {@code feeds.import.warn.badChapters} when the file is no chapters JSON */
    public static List<ChapterMark> read(byte[] json) {
        JsonArray chapters;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT
                    || !(value.asJsonObject().get("chapters") instanceof JsonArray array)) {
                throw new FeedRefusedException("feeds.import.warn.badChapters");
            }
            chapters = array;
        } catch (jakarta.json.JsonException notJson) {
            throw new FeedRefusedException("feeds.import.warn.badChapters");
        }
        List<ChapterMark> marks = new ArrayList<>();
        Set<Long> starts = new HashSet<>();
        for (JsonValue value : chapters) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject chapter = value.asJsonObject();
            if (chapter.get("toc") == JsonValue.FALSE || !(chapter.get("startTime") instanceof JsonNumber start)
                    || !(chapter.get("title") instanceof JsonString title)) {
                continue;
            }
            long millis = Math.round(start.doubleValue() * 1000);
            String plain = PlainText.line(title.getString());
            if (millis < 0 || plain.isBlank() || !starts.add(millis)) {
                continue;
            }
            String url = chapter.get("url") instanceof JsonString address ? FeedReader.http(address.getString()) : null;
            marks.add(new ChapterMark(millis, ShowNotes.shortened(plain, Chapter.TITLE_MAX), url));
        }
        marks.sort(Comparator.comparingLong(ChapterMark::startMillis));
        return marks;
    }

    public static String of(List<Chapter> chapters) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Chapter chapter : chapters) {
            JsonObjectBuilder object = Json.createObjectBuilder()
                    .add("startTime", seconds(chapter.getStartMillis()))
                    .add("title", chapter.getTitle());
            if (chapter.getUrl() != null && !chapter.getUrl().isBlank()) {
                object.add("url", chapter.getUrl());
            }
            array.add(object);
        }
        return Json.createObjectBuilder().add("version", VERSION).add("chapters", array).build().toString();
    }

    /** Plain seconds ("2485", "62.5"), never an exponent as a stripped 2485.000 would be ("2.485E+3"). */
    private static BigDecimal seconds(long millis) {
        BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }
}
