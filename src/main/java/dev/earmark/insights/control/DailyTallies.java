package dev.earmark.insights.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this server knows of each episode's day against the cap on its events: how many the database held at the
 * last look plus what this server wrote since ("stored", unknown until the first write), how many wait in the queue,
 * and how many were refused and are not yet counted in the database. A report for a day that this server knows to be
 * full is refused at once, so that a flood beyond the cap never fills the queue; the database's count decides every
 * write all the same (another server writes too), so this is only ever an early "no", never a wrong "yes".
 */
public final class DailyTallies {

    /** An episode's day. */
    public record Key(LocalDate day, long episodeId) {
    }

    private record Tally(long stored, long queued, long refused) {

        static final Tally UNKNOWN = new Tally(-1, 0, 0);
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
            return new Tally(tally.stored(), tally.queued() + admitted[0], tally.refused() + events - admitted[0]);
        });
        return admitted[0];
    }

    /** Admitted events that were not written after all (the queue was full, the database failed): dropped instead. */
    public void withdraw(Key key, int events) {
        tallies.computeIfPresent(key, (day, tally) ->
                new Tally(tally.stored(), Math.max(0, tally.queued() - events), tally.refused()));
    }

    /**
     * A batch was written.
     *
     * @param stored   how many events of the key the database holds now, as far as the batch's transaction saw
     * @param dequeued how many of the key's events the batch took from the queue
     * @param refused  how many of those the database's count refused
     */
    public void settle(Key key, long stored, int dequeued, int refused) {
        tallies.compute(key, (day, kept) -> {
            Tally tally = kept == null ? Tally.UNKNOWN : kept;
            return new Tally(stored, Math.max(0, tally.queued() - dequeued), tally.refused() + refused);
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
                return new Tally(tally.stored(), tally.queued(), 0);
            });
        }
        return taken;
    }

    /** Forgets the days before {@code day} that have nothing queued and nothing left to count. */
    public void forgetBefore(LocalDate day) {
        for (Key key : tallies.keySet()) {
            if (key.day().isBefore(day)) {
                tallies.computeIfPresent(key, (past, tally) -> tally.queued() == 0 && tally.refused() == 0 ? null : tally);
            }
        }
    }

    /** How many episode days are known here. */
    public int size() {
        return tallies.size();
    }
}
