package dev.earmark.insights.control;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md, run by tools/benchmark/user-agents.sh. How long telling a
 * user agent takes the first time (every example of the bots' list, the apps of UserAgentsTest and common browsers,
 * each new to a fresh instance) and when it is known (the kept answer), after rounds of the same for the JIT.
 */
class UserAgentsBenchmark {

    /** Rounds before the measured ones, for the JIT compiler: a server has told many user agents before. */
    private static final int WARM_UP_ROUNDS = 15;
    private static final int ROUNDS = 5;

    @Test
    void measure() throws Exception {
        List<String> userAgents = new ArrayList<>(List.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
                "AppleCoreMedia/1.0.0.20E247 (iPhone; U; CPU OS 16_4_1 like Mac OS X; en_us)",
                "Podcasts/1570.3 CFNetwork/1404.0.5 Darwin/22.3.0", "AntennaPod/3.2.0",
                "Spotify/8.8.20 iOS/16.5 (iPhone14,2)", "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)"));
        try (InputStream in = UserAgents.class.getResourceAsStream("crawler-user-agents.json");
                JsonReader reader = Json.createReader(in)) {
            for (JsonValue entry : reader.readArray()) {
                entry.asJsonObject().getJsonArray("instances").forEach(ua -> userAgents.add(((JsonString) ua).getString()));
            }
        }
        long loading = System.nanoTime();
        UserAgents.vendored();
        loading = System.nanoTime() - loading;
        List<String> report = new ArrayList<>();
        report.add("lists read and compiled in " + loading / 1_000_000 + " ms (first time in this JVM)");
        for (int round = 1 - WARM_UP_ROUNDS; round <= ROUNDS; round++) {
            UserAgents agents = UserAgents.vendored();
            long start = System.nanoTime();
            int bots = 0;
            for (String userAgent : userAgents) {
                bots += agents.describe(userAgent).bot() ? 1 : 0;
            }
            long first = System.nanoTime() - start;
            start = System.nanoTime();
            for (String userAgent : userAgents) {
                agents.describe(userAgent);
            }
            long known = System.nanoTime() - start;
            if (round < 1) {
                continue;
            }
            report.add("round " + round + ": " + userAgents.size() + " user agents (" + bots + " bots): "
                    + String.format("%.2f", first / 1000.0 / userAgents.size()) + " µs each the first time, "
                    + String.format("%.3f", known / 1000.0 / userAgents.size()) + " µs each when known");
        }
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "earmark-user-agents-benchmark.txt"), report);
        report.forEach(System.out::println);
    }
}
