package dev.earmark.insights.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this server knows of each episode's day against the cap on its events: how many the database held when this
 * server last counted them plus what it wrote since ("stored"), how many wait in the queue, and how many were refused
 * and are not yet counted in the database.
 * <p>
 * The database's count decides, as other servers write too; counting a day of many thousand events costs time, so a
 * server counts a day when it first writes to it and again only before its own writes since the last count would pass
 * a quarter of the room the count left under the cap, or once that count is {@link #RECOUNT_AFTER} old. Servers
 * sharing the database thus pass the cap only if more than four of them fill the same episode's day at once. A report
 * for a day this server knows to be full is refused at once, so that a flood beyond the cap never fills the queue:
 * an early "no", never a wrong "yes".
 */
public final class DailyTallies {

    /** How long a count of a day's events stands for this server's estimate. */
    public static final Duration RECOUNT_AFTER = Duration.ofSeconds(30);

    /** An episode's day. */
    public record Key(LocalDate day, long episodeId) {
    }

    /**
     * @param counted   the database's count at the last look, -1 before the first
     * @param countedAt when it was counted, null before the first count
     */
    private record Tally(long stored, long queued, long refused, long counted, Instant countedAt) {

        static final Tally UNKNOWN = new Tally(-1, 0, 0, -1, null);
    }

    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();

    /**
     * Takes {@code events} new events of the key into account.
     *
     * @return how many of them may be queued; the rest count as refused
     */
    public int admit(Key key, int events, long cap) {
        int[] admitted = new int[1];
        tallies.compute(key, (day, kept) -> {
            Tally tally = kept == null ? Tally.UNKNOWN : kept;
            admitted[0] = tally.stored() < 0 ? events
                    : (int) Math.max(0, Math.min(events, cap - tally.stored() - tally.queued()));
            return new Tally(tally.stored(), tally.queued() + admitted[0], tally.refused() + events - admitted[0],
                    tally.counted(), tally.countedAt());
        });
        return admitted[0];
    }

    /** Admitted events that were not written after all (the queue was full, the database failed): dropped instead. */
    public void withdraw(Key key, int events) {
        tallies.computeIfPresent(key, (day, tally) -> new Tally(tally.stored(), Math.max(0, tally.queued() - events),
                tally.refused(), tally.counted(), tally.countedAt()));
    }

    /**
     * How many events of the key the database holds, as far as this server can tell without counting before it writes
     * {@code events} more; empty when the database must count them.
     */
    public OptionalLong storedWithoutCounting(Key key, int events, long cap, Instant now) {
        Tally tally = tallies.get(key);
        if (tally == null || tally.countedAt() == null || !now.isBefore(tally.countedAt().plus(RECOUNT_AFTER))
                || now.isBefore(tally.countedAt())) {
            return OptionalLong.empty();
        }
        long roomAtCount = cap - tally.counted();
        long writtenSince = tally.stored() - tally.counted();
        return (writtenSince + events) * 4 > roomAtCount ? OptionalLong.empty() : OptionalLong.of(tally.stored());
    }

    /**
     * A batch was written.
     *
     * @param stored    how many events of the key the database holds now, as far as the batch's transaction knew
     * @param dequeued  how many of the key's events the batch took from the queue
     * @param refused   how many of those the cap refused
     * @param countedAt when the database counted them for the batch, null when it wrote by the estimate
     * @param counted   what the database counted (before the batch's writes), ignored without {@code countedAt}
     */
    public void settle(Key key, long stored, int dequeued, int refused, Instant countedAt, long counted) {
        tallies.compute(key, (day, kept) -> {
            Tally tally = kept == null ? Tally.UNKNOWN : kept;
            return new Tally(stored, Math.max(0, tally.queued() - dequeued), tally.refused() + refused,
                    countedAt == null ? tally.counted() : counted, countedAt == null ? tally.countedAt() : countedAt);
        });
    }

    /** The refusals not yet counted in the database, per key; from now on they count as counted. */
    public Map<Key, Long> takeRefused() {
        Map<Key, Long> taken = new HashMap<>();
        for (Key key : tallies.keySet()) {
            tallies.computeIfPresent(key, (day, tally) -> {
                if (tally.refused() == 0) {
                    return tally;
                }
                taken.put(key, tally.refused());
                return new Tally(tally.stored(), tally.queued(), 0, tally.counted(), tally.countedAt());
            });
        }
        return taken;
    }

    /** Forgets the days before {@code day} that have nothing queued and nothing left to count. */
    public void forgetBefore(LocalDate day) {
        for (Key key : tallies.keySet()) {
            if (key.day().isBefore(day)) {
                tallies.computeIfPresent(key,
                        (past, tally) -> tally.queued() == 0 && tally.refused() == 0 ? null : tally);
            }
        }
    }

    /** How many episode days are known here. */
    public int size() {
        return tallies.size();
    }
}
