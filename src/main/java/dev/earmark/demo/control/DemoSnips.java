package dev.earmark.demo.control;

import dev.earmark.notes.control.ChapterMark;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the demo's listeners saved their snips: a little after chapter starts, as people save
 * what they just heard; in an episode without chapters, after the spoken five-minute marks.
 */
public final class DemoSnips {

    private static final long AFTER_START_MILLIS = 20_000;
    private static final long FIVE_MINUTES = 300_000;

    private DemoSnips() {
    }

    public static List<Long> positions(int count, List<ChapterMark> chapters, int durationSeconds) {
        List<Long> anchors = new ArrayList<>();
        chapters.forEach(chapter -> anchors.add(chapter.startMillis()));
        if (anchors.isEmpty()) {
            for (long mark = FIVE_MINUTES; mark < durationSeconds * 1000L; mark += FIVE_MINUTES) {
                anchors.add(mark);
            }
        }
        if (anchors.isEmpty()) {
            anchors.add(0L);
        }
        long end = Math.max(0, durationSeconds * 1000L - 1);
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long anchor = anchors.get(i % anchors.size());
            long round = i / anchors.size();
            positions.add(Math.min(end, anchor + AFTER_START_MILLIS + round * 7_000));
        }
        return positions;
    }
}
