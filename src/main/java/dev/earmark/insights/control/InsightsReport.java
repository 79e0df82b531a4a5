package dev.earmark.insights.control;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a dashboard shows of a show or one of its episodes over a range of days, read from the daily figures.
 *
 * @param days a point per day of the range (days without figures at zero)
 * @param episodes the show's episodes with figures in the range, most played first (the episode alone, for an episode)
 * @param episode what only an episode has: its drop-off curve, chapters and most saved moments
 * @param refusals the days on which events over the daily cap were refused
 */
public record InsightsReport(DayRange range, List<DayCounts> days, List<EpisodeFigures> episodes,
        List<Place> places, List<ClientFigures> clients, Optional<EpisodeDetail> episode, List<Refusal> refusals) {

    /** What only an episode's dashboard has. */
    public record EpisodeDetail(Integer durationSeconds, DropOff dropOff, List<ChapterStart> chapters,
            List<TopMoment> moments) {
    }

    public long plays() {
        return days.stream().mapToLong(DayCounts::plays).sum();
    }

    public long downloads() {
        return days.stream().mapToLong(DayCounts::downloads).sum();
    }

    /** The days' listeners summed: a listener is known for one day only, so one who came twice counts twice. */
    public long listenerDays() {
        return days.stream().mapToLong(DayCounts::listeners).sum();
    }

    public long listenedSeconds() {
        return episodes.stream().mapToLong(EpisodeFigures::listenedSeconds).sum();
    }

    public OptionalDouble completion() {
        return Completion.ofAll(episodes);
    }

    /** Nothing played and nothing downloaded in the range. */
    public boolean isEmpty() {
        return plays() == 0 && downloads() == 0;
    }

    /** The episodes ranked by completion, highest first; those whose completion is unknown are left out. */
    public List<EpisodeFigures> byCompletion() {
        return episodes.stream().filter(episode -> episode.completion().isPresent())
                .sorted((one, other) -> Double.compare(other.completion().getAsDouble(), one.completion().getAsDouble()))
                .toList();
    }
}
