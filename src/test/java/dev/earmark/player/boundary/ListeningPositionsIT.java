package dev.earmark.player.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.boundary.EpisodeNotFoundException;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Positions of signed-in listeners, through the boundary with a listener's name (sign-in itself comes
 * with the login feature), and the REST endpoint's answer to someone not signed in.
 */
class ListeningPositionsIT extends ServerTest {

    @Inject
    ListeningPositions positions;

    @Test
    void remembersOnePositionPerListenerAndEpisode() {
        Show show = fixtures.show("Positions");
        Episode episode = fixtures.episode(show, "Resumable", EpisodeStatus.PUBLISHED, Instant.parse("2024-01-01T10:00:00Z"));
        Episode other = fixtures.episode(show, "Other", EpisodeStatus.PUBLISHED, Instant.parse("2024-01-02T10:00:00Z"));

        assertTrue(positions.findPosition("ada", episode.getId()).isEmpty());
        positions.save("ada", episode.getId(), 751_000);
        positions.save("ada", episode.getId(), 812_500);
        positions.save("grace", episode.getId(), 5_000);
        positions.save("ada", other.getId(), 1_000);

        assertEquals(812_500, positions.findPosition("ada", episode.getId()).orElseThrow().getPositionMillis());
        assertEquals(5_000, positions.findPosition("grace", episode.getId()).orElseThrow().getPositionMillis());
        assertEquals(1_000, positions.findPosition("ada", other.getId()).orElseThrow().getPositionMillis());
        assertTrue(positions.findPosition("ada", episode.getId()).orElseThrow().getUpdatedAt() != null);
    }

    @Test
    void onlyForEpisodesListenersCanSee() {
        Show show = fixtures.show("Hidden positions");
        Episode draft = fixtures.episode(show, "Draft", EpisodeStatus.DRAFT, Instant.parse("2024-01-01T10:00:00Z"));
        assertThrows(EpisodeNotFoundException.class, () -> positions.save("ada", draft.getId(), 1_000));
    }

    @Test
    void aPositionBeyondTheEpisodesEndIsRefused() {
        Show show = fixtures.show("Bounded positions");
        Episode episode = fixtures.episode(show, "Half an hour", EpisodeStatus.PUBLISHED, Instant.parse("2024-01-01T10:00:00Z"));
        long end = episode.getDurationSeconds() * 1000L;

        assertEquals(end, positions.save("ada", episode.getId(), end).getPositionMillis());
        InvalidParameterException beyond = assertThrows(InvalidParameterException.class,
                () -> positions.save("ada", episode.getId(), end + 60_000));
        assertEquals("player.error.positionBeyondEnd", beyond.messageKey());
        assertEquals(end, positions.findPosition("ada", episode.getId()).orElseThrow().getPositionMillis());
    }

    @Test
    void nonsenseFromTheApiIsA400WithTheReason() {
        Show show = fixtures.show("Nonsense positions");
        Episode episode = fixtures.episode(show, "Short", EpisodeStatus.PUBLISHED, Instant.parse("2024-01-01T10:00:00Z"));
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");

        WebClient.Reply huge = listener.put("api/positions/" + episode.getId(), "{\"positionSeconds\": 1e300}");
        assertEquals(400, huge.status());
        assertTrue(huge.object().getString("message").contains(String.valueOf(episode.getDurationSeconds() + 1)),
                huge.body());
        assertEquals(400, listener.put("api/positions/" + episode.getId(), "{\"positionSeconds\": -1}").status());
        assertEquals(204, listener.get("api/positions/" + episode.getId()).status());
    }

    @Test
    void nobodySignedInGets401InJson() {
        WebClient anonymous = WebClient.anonymous(base);
        WebClient.Reply get = anonymous.get("api/positions/1");
        assertEquals(401, get.status());
        JsonObject body = get.object();
        assertEquals(401, body.getInt("status"));
        assertEquals("Sign in first.", body.getString("message"));

        WebClient.Reply put = anonymous.put("api/positions/1", "{\"positionSeconds\": 12}");
        assertEquals(401, put.status());
    }
}
