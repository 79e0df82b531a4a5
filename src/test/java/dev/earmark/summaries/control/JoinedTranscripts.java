package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Transcripts made by joining passages of the ten demo conversations (each about one topic, 3:17 to 3:35 of speech),
 * one after the other, so that where one topic gives way to another is known: the start of each passage but the
 * first. The same every time (seeded).
 */
final class JoinedTranscripts {

    /** Between two joined passages, as between two sentences. */
    static final long PAUSE_MILLIS = 1_000;
    static final int EVALUATION_SET_SIZE = 20;
    /** The seed of the evaluation set's first transcript; each next one has the next seed. */
    private static final int EVALUATION_SEED = 1600;
    /** The seed of the held-out set's first transcript, far enough from the evaluation set's to share none. */
    private static final int HELD_OUT_SEED = 2600;
    private static final long SHORTEST_PASSAGE_MILLIS = Duration.ofMinutes(2).toMillis();
    private static final long LATEST_CUT_START_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

    /**
     * @param passages   which conversation each passage is from, in order
     * @param boundaries where each passage but the first starts
     */
    record Joined(String name, List<String> passages, List<Cue> cues, List<Long> boundaries) {

        long endMillis() {
            return cues.get(cues.size() - 1).endMillis();
        }
    }

    private JoinedTranscripts() {
    }

    /**
     * The evaluation set: {@link #EVALUATION_SET_SIZE} transcripts of 3 to 6 passages from as many different
     * conversations, each passage either a whole conversation (greeting, questions, thanks) or, as often, a stretch
     * from within one (from 0 to 60 s in, about 2 minutes long or more, cut at cues), which starts and ends
     * mid-conversation.
     */
    static List<Joined> evaluationSet() {
        return set(EVALUATION_SEED);
    }

    /**
     * Another set made in the same way from other seeds, which the segmenter was not tuned on: how much of its score
     * on the evaluation set is fitted to that set.
     */
    static List<Joined> heldOutSet() {
        return set(HELD_OUT_SEED);
    }

    private static List<Joined> set(int firstSeed) {
        List<String> episodes = DemoExcerpts.episodes();
        List<Joined> set = new ArrayList<>();
        for (int t = 0; t < EVALUATION_SET_SIZE; t++) {
            Random random = new Random(firstSeed + t);
            List<String> shuffled = new ArrayList<>(episodes);
            Collections.shuffle(shuffled, random);
            List<List<Cue>> passages = new ArrayList<>();
            for (String episode : shuffled.subList(0, 3 + t % 4)) {
                List<Cue> whole = DemoExcerpts.conversation(episode);
                passages.add(random.nextBoolean() ? whole : stretch(whole, random));
            }
            set.add(joined(String.format(Locale.ROOT, "joined-%d", firstSeed + t), shuffled.subList(0, passages.size()),
                    passages));
        }
        return set;
    }

    /** The demo conversations one after the other, from the first again after the last, for an hour of speech. */
    static Joined oneHour() {
        List<String> episodes = DemoExcerpts.episodes();
        Map<String, List<Cue>> conversations = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<List<Cue>> passages = new ArrayList<>();
        long speech = 0;
        for (int next = 0; speech < HOUR_MILLIS; next++) {
            String episode = episodes.get(next % episodes.size());
            List<Cue> conversation = conversations.computeIfAbsent(episode, DemoExcerpts::conversation);
            names.add(episode);
            passages.add(conversation);
            speech += conversation.get(conversation.size() - 1).endMillis() + PAUSE_MILLIS;
        }
        return joined("one-hour", names, passages);
    }

    /** The passages one after the other, each moved to start a pause after the one before ends. */
    static Joined joined(String name, List<String> episodes, List<List<Cue>> passages) {
        List<Cue> cues = new ArrayList<>();
        List<Long> boundaries = new ArrayList<>();
        long start = 0;
        for (List<Cue> passage : passages) {
            if (!cues.isEmpty()) {
                start = cues.get(cues.size() - 1).endMillis() + PAUSE_MILLIS;
                boundaries.add(start);
            }
            long shift = start - passage.get(0).startMillis();
            passage.forEach(cue -> cues.add(new Cue(cue.startMillis() + shift, cue.endMillis() + shift, cue.speaker(),
                    cue.text())));
        }
        return new Joined(name, List.copyOf(episodes), List.copyOf(cues), List.copyOf(boundaries));
    }

    /** A stretch of the conversation that starts within its first minute and lasts at least two. */
    private static List<Cue> stretch(List<Cue> conversation, Random random) {
        long end = conversation.get(conversation.size() - 1).endMillis();
        long from = random.nextLong(LATEST_CUT_START_MILLIS);
        long to = from + SHORTEST_PASSAGE_MILLIS + random.nextLong(end - from - SHORTEST_PASSAGE_MILLIS + 1);
        return conversation.stream().filter(cue -> cue.startMillis() >= from && cue.endMillis() <= to).toList();
    }
}
