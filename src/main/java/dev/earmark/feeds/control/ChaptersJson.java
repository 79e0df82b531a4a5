package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Chapter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** An episode's chapters as Podcasting 2.0 JSON chapters, version 1.2: starts in seconds, ascending. */
public final class ChaptersJson {

    public static final String VERSION = "1.2.0";

    private ChaptersJson() {
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
