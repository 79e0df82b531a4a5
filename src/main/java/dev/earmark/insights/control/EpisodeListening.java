package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.ListeningContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One episode's listening of one day, from the ranges the player reported: a play is one page view (its view key) that
 * played at least a second of the episode; listened seconds are all played seconds, replays included; heard seconds
 * are, per play, the seconds of the episode heard at least once (the union of its ranges); the audience of minute m is
 * the number of plays whose union covers any second of [60 m, 60 m + 60). Ranges are cut to the episode's duration
 * (the beacon allows 2 s beyond it), or to a day when the duration is unknown, so that no play hears more than the
 * episode has.
 * <p>
 * Ranges are given one page view after another (ordered by view key), each view's in any order.
 */
public final class EpisodeListening {

    /** How far ranges may reach when the episode's duration is unknown. */
    static final int LONGEST_SECONDS = 24 * 60 * 60;
    private static final int MINUTE = 60;

    private final int limit;
    private final SpanUnion heard = new SpanUnion();
    private final Map<Audience, Figures> byAudience = new HashMap<>();
    private final Set<String> clients = new HashSet<>();
    private int[] minutes = new int[0];
    private int lastMinute = -1;
    private String view;
    private String client;
    private Audience audience;
    private long viewListened;
    private final Figures total = new Figures();

    public EpisodeListening(OptionalInt durationSeconds) {
        this.limit = durationSeconds.orElse(LONGEST_SECONDS);
    }

    public void range(String viewKey, String clientHash, ListeningContext context, String origin,
            ClientClass clientClass, int startSecond, int endSecond) {
        if (!viewKey.equals(view)) {
            viewEnds();
            view = viewKey;
            client = clientHash;
            audience = new Audience(context, origin, clientClass);
        }
        long start = Math.max(0, startSecond);
        long end = Math.min(limit, endSecond);
        if (end > start) {
            heard.add(start, end);
            viewListened += end - start;
        }
    }

    /** Ends the last page view: call once after the last range, before reading the figures. */
    public void finish() {
        viewEnds();
    }

    public int plays() {
        return total.plays();
    }

    public long listenedSeconds() {
        return total.listenedSeconds();
    }

    public long heardSeconds() {
        return total.heardSeconds();
    }

    /** Plays, listened and heard seconds per context, origin and device class. */
    public Map<Audience, Figures> byAudience() {
        return Map.copyOf(byAudience);
    }

    /** The audience of each minute of the episode, from minute 0 to the last one any play heard. */
    public int[] audienceByMinute() {
        return Arrays.copyOf(minutes, lastMinute + 1);
    }

    /** The clients that played the episode. */
    public Set<String> clients() {
        return clients;
    }

    private void viewEnds() {
        if (view != null && !heard.isEmpty()) {
            long union = heard.length();
            total.add(viewListened, union);
            byAudience.computeIfAbsent(audience, key -> new Figures()).add(viewListened, union);
            clients.add(client);
            countMinutes();
        }
        view = null;
        viewListened = 0;
        heard.clear();
    }

    /** Each minute the union touches counts this play once, also when two of its spans touch the same minute. */
    private void countMinutes() {
        int counted = -1;
        for (int span = 0; span < heard.count(); span++) {
            int first = Math.max(counted + 1, (int) (heard.start(span) / MINUTE));
            int last = (int) ((heard.end(span) - 1) / MINUTE);
            if (last >= minutes.length) {
                minutes = Arrays.copyOf(minutes, Math.max(last + 1, minutes.length * 2));
            }
            for (int minute = first; minute <= last; minute++) {
                minutes[minute]++;
            }
            counted = Math.max(counted, last);
        }
        lastMinute = Math.max(lastMinute, counted);
    }

    /** Where and on what a play happened: as listening_day groups plays. */
    public record Audience(ListeningContext context, String origin, ClientClass clientClass) {

        public Audience {
            Objects.requireNonNull(context);
            Objects.requireNonNull(origin);
            Objects.requireNonNull(clientClass);
        }
    }

    /** Plays and their seconds of one audience. */
    public static final class Figures {

        private int plays;
        private long listenedSeconds;
        private long heardSeconds;

        void add(long listened, long heard) {
            plays++;
            listenedSeconds += listened;
            heardSeconds += heard;
        }

        public int plays() {
            return plays;
        }

        public long listenedSeconds() {
            return listenedSeconds;
        }

        public long heardSeconds() {
            return heardSeconds;
        }
    }
}
