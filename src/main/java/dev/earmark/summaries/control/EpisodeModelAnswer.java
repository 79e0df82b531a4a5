package dev.earmark.summaries.control;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.transcripts.control.Cue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A chat-completions answer read as an episode's suggested summary, topics and chapters, or refused. The answer must be
 * what {@link ChatAnswer} requires of every answer, its object the one {@link EpisodePrompt} asks for.
 *
 * <p>Refused as a whole (a model that breaks these did not follow the prompt, and the rest of what it says is not to be
 * trusted either): a missing or wrong summary, topic or chapter title (no text, empty, too long, markup, line breaks);
 * no topics at all; a chapter start that is no time, or one at or after the transcript's end (a time the model made
 * up).
 *
 * <p>Repaired, as they are a matter of placing, not of what the model understood: topics named twice (ignoring case)
 * are kept once, and beyond {@value EpisodeSuggestion#TOPICS_MAX} the least telling (the last) are left out; fewer than
 * {@value EpisodeSuggestion#TOPICS_MIN} are kept, for the curator to add to. Chapters are sorted; each start moves to
 * the start of the cue being said at that second (the transcript shows whole seconds, so a cue starting within the
 * second counts as there); the first chapter starts at 0; a chapter less than {@link EpisodeSuggestion#MIN_CHAPTER_MILLIS}
 * after the one kept before it is left out. An untimed transcript gets no chapters, whatever the model answers.
 * Whether the summary has 2 to 4 sentences is not counted: sentence ends differ between languages, and the length
 * bound is what the pages need.
 */
public final class EpisodeModelAnswer {

    private EpisodeModelAnswer() {
    }

    /** The suggestion the answer holds for the episode, as written by {@code model}. */
    public static EpisodeSuggestion read(String body, EpisodeToSummarise episode, String model) throws SummaryFailure {
        JsonObject answer = ChatAnswer.object(body);
        String summary = ChatAnswer.text(answer.get("summary"), "summary", EpisodeSuggestion.SUMMARY_MAX);
        List<String> topics = topics(ChatAnswer.list(answer, "topics"), episode);
        List<SuggestedChapter> chapters = episode.timed()
                ? chapters(ChatAnswer.list(answer, "chapters"), episode)
                : List.of();
        return new EpisodeSuggestion(summary, topics, chapters, TextSource.MODEL, model);
    }

    private static List<String> topics(JsonArray named, EpisodeToSummarise episode) throws SummaryFailure {
        Map<String, String> topics = new LinkedHashMap<>();
        for (JsonValue value : named) {
            String topic = ChatAnswer.text(value, "topic", EpisodeSuggestion.TOPIC_MAX);
            topics.putIfAbsent(topic.toLowerCase(episode.language()), topic);
        }
        if (topics.isEmpty()) {
            throw new SummaryFailure("The answer has no topics");
        }
        return topics.values().stream().limit(EpisodeSuggestion.TOPICS_MAX).toList();
    }

    private static List<SuggestedChapter> chapters(JsonArray named, EpisodeToSummarise episode) throws SummaryFailure {
        List<SuggestedChapter> placed = new ArrayList<>(named.size());
        for (JsonValue value : named) {
            if (!(value instanceof JsonObject chapter)) {
                throw new SummaryFailure("The answer's chapter is no object: "
                        + SummaryFailure.quoted(value.toString()));
            }
            String title = ChatAnswer.text(chapter.get("title"), "chapter title", EpisodeSuggestion.CHAPTER_TITLE_MAX);
            placed.add(new SuggestedChapter(cueStart(start(chapter.get("start"), episode), episode.cues()), title));
        }
        placed.sort(Comparator.comparingLong(SuggestedChapter::startMillis));
        List<SuggestedChapter> kept = new ArrayList<>(placed.size());
        for (SuggestedChapter chapter : placed) {
            if (kept.isEmpty()) {
                kept.add(new SuggestedChapter(0, chapter.title()));
            } else if (chapter.startMillis() - kept.get(kept.size() - 1).startMillis()
                    >= EpisodeSuggestion.MIN_CHAPTER_MILLIS) {
                kept.add(chapter);
            }
        }
        return kept;
    }

    /** The second the chapter's start names, within the transcript. */
    private static long start(JsonValue start, EpisodeToSummarise episode) throws SummaryFailure {
        OptionalLong millis = start instanceof JsonString text
                ? ClockTime.millis(text.getString())
                : OptionalLong.empty();
        if (millis.isEmpty()) {
            throw new SummaryFailure("The answer's chapter start is no time: "
                    + SummaryFailure.quoted(String.valueOf(start)));
        }
        if (millis.getAsLong() >= episode.endMillis()) {
            throw new SummaryFailure("The answer's chapter start " + ClockTime.of(millis.getAsLong())
                    + " is not before the transcript's end at " + ClockTime.of(episode.endMillis()));
        }
        return millis.getAsLong();
    }

    /** The start of the last cue that starts within the second or before it; 0 when none does. */
    private static long cueStart(long second, List<Cue> cues) {
        return cues.stream().mapToLong(Cue::startMillis).filter(start -> start < second + 1000).max().orElse(0);
    }
}
