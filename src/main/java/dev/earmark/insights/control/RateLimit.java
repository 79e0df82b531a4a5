package dev.earmark.insights.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many requests a period per client, in bursts of at most as many: a token bucket per client, kept as the
 * time at which it will be full again (the generic cell rate algorithm: whole milliseconds, no fractions of tokens).
 * The buckets are bounded: one that is full again is the same as none and goes first; when even then too many
 * clients are kept (a flood from ever new ones), all are forgotten, so memory stays bounded and such a sweep happens
 * at most once per quarter of the bound's new clients.
 */
public final class RateLimit {

    private final long interval;
    private final long burst;
    private final int maxClients;
    /** Per client, when its bucket is full again (milliseconds of the clock). */
    private final Map<String, Long> fullAt = new ConcurrentHashMap<>();

    public RateLimit(int requests, Duration period, int maxClients) {
        this.interval = period.toMillis() / requests;
        this.burst = interval * requests;
        this.maxClients = maxClients;
    }

    /**
     * Takes one request of the client's allowance, if it has one left.
     *
     * @param nowMillis the clock's time
     * @return 0 when the request may go on, else how many seconds until the client may send one again (at least 1)
     */
    public long take(String client, long nowMillis) {
        if (!fullAt.containsKey(client) && fullAt.size() >= maxClients) {
            forgetIdle(nowMillis);
        }
        long[] waitMillis = new long[1];
        fullAt.compute(client, (key, kept) -> {
            // A clock that went back leaves the bucket empty, not empty for longer than a burst takes to refill.
            long full = kept == null ? nowMillis : Math.min(Math.max(kept, nowMillis), nowMillis + burst);
            long afterThis = full + interval;
            if (afterThis - nowMillis <= burst) {
                return afterThis;
            }
            waitMillis[0] = afterThis - nowMillis - burst;
            return full;
        });
        return waitMillis[0] == 0 ? 0 : Math.max(1, (waitMillis[0] + 999) / 1000);
    }

    /** How many clients are kept now. */
    public int clients() {
        return fullAt.size();
    }

    private void forgetIdle(long nowMillis) {
        fullAt.values().removeIf(full -> full <= nowMillis);
        if (fullAt.size() > maxClients * 3 / 4) {
            fullAt.clear();
        }
    }
}
