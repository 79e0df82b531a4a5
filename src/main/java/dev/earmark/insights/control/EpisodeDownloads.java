package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One episode's downloads of one day, counted as the podcast measurement guideline (IAB Tech Lab v2.x, section 5) has
 * it: per client (the day's hash of address and user agent), the union of the byte ranges it was sent counts as one
 * download when it reaches a minute of audio ({@link DownloadThreshold}), and a client counts at most once a day, however
 * often it asks. The guideline's 24 hours are Earmark's calendar day, the day of the salt the clients are hashed with:
 * a rolling window would need one client's hash across two days, which the daily salt makes impossible on purpose. So a
 * client that fetches a minute before midnight and again after counts on both days, where a rolling window counts it
 * once (the guideline allows a fixed day).
 * <p>
 * A probe of {@link #PROBE_BYTES} is no request. Requests are given one client after another (ordered by client hash), each client's in any order.
 */
public final class EpisodeDownloads {

    /**
     * Apple's players first ask for bytes 0-1 to learn a file's length and whether ranges work: no listening, so a
     * request of at most two bytes adds nothing (download counting does not even record it).
     */
    public static final long PROBE_BYTES = 2;

    private final long threshold;
    private final long fileBytes;
    private final SpanUnion bytes = new SpanUnion();
    private final Map<Source, Integer> bySource = new HashMap<>();
    private final Set<String> clients = new HashSet<>();
    private String client;
    private Source source;
    private int downloads;

    /** Without a stored file's length (the file is gone), nothing can be counted. */
    public EpisodeDownloads(OptionalLong fileBytes, OptionalInt durationSeconds) {
        this.fileBytes = fileBytes.orElse(0);
        this.threshold = fileBytes.isPresent() ? DownloadThreshold.bytes(this.fileBytes, durationSeconds) : Long.MAX_VALUE;
    }

    public void request(String clientHash, String app, ClientClass clientClass, long firstByte, long byteCount) {
        if (!clientHash.equals(client)) {
            clientEnds();
            client = clientHash;
            source = new Source(app, clientClass);
        }
        if (byteCount <= PROBE_BYTES) {
            return;
        }
        long start = Math.max(0, firstByte);
        // Saturating: a count near Long.MAX_VALUE must not wrap around to a negative end.
        long end = Math.min(fileBytes, start + Math.min(Math.max(0, byteCount), Long.MAX_VALUE - start));
        bytes.add(start, end);
    }

    /** Ends the last client: call once after the last request, before reading the figures. */
    public void finish() {
        clientEnds();
    }

    public int downloads() {
        return downloads;
    }

    /** Downloads per podcast app and device class. */
    public Map<Source, Integer> bySource() {
        return Map.copyOf(bySource);
    }

    /** The clients whose requests counted as a download. */
    public Set<String> clients() {
        return clients;
    }

    private void clientEnds() {
        if (client != null && threshold > 0 && bytes.length() >= threshold) {
            downloads++;
            bySource.merge(source, 1, Integer::sum);
            clients.add(client);
        }
        client = null;
        bytes.clear();
    }

    /** Where downloads came from: the podcast app ("" when none is known) and the class of device. */
    public record Source(String app, ClientClass clientClass) {

        public Source {
            Objects.requireNonNull(app);
            Objects.requireNonNull(clientClass);
        }
    }
}
