package dev.earmark.demo.control;

import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The demo show as {@code dev/earmark/demo/meta-tech-podcast.json} describes it (see tools/demo-content). */
public record DemoShow(Show show, List<Episode> episodes) {

    public static final String FOLDER = "/dev/earmark/demo/";

    public record Show(String slug, String title, String author, String ownerEmail, String language,
            String description, List<String> categories, boolean explicit, String type, String artwork) {
    }

    public record Episode(String guid, String slug, String title, Integer season, Integer number, String episodeType,
            Instant publishedAt, int durationSeconds, int snips, SharedMoments sharedMoments, String description,
            String audio, String transcript) {
    }

    /**
     * Moments that several demo listeners saved, so that the episode has most saved moments (highlights).
     *
     * @param listeners how many listeners saved each moment, one number a moment
     * @param daysAgo   how many days before the demo was loaded they saved them
     */
    public record SharedMoments(List<Integer> listeners, int daysAgo) {
    }

    public static DemoShow read(String resource) {
        try (InputStream json = resource(resource); var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, DemoShow.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the demo show " + resource, e);
        }
    }

    public static InputStream resource(String name) {
        InputStream stream = DemoShow.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("Missing demo resource " + FOLDER + name);
        }
        return stream;
    }
}
