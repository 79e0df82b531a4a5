package dev.earmark.insights.control;

import java.util.OptionalInt;

/**
 * How many bytes of an episode's file make a download, after the podcast industry's measurement guideline (IAB Tech
 * Lab, Podcast Measurement Technical Guidelines v2.1/v2.2, section 5, "Recommended Process for Measurement"): a
 * client's requests count only when they add up to at least one minute of audio, and an episode shorter than a minute
 * must be fetched whole. Earmark knows no bit rate per byte, so a minute is the file's average: length × 60 / duration,
 * rounded up; the file's tags (ID3, artwork) count as audio, which for a file with large embedded artwork makes the
 * minute a little shorter than the guideline's.
 */
public final class DownloadThreshold {

    static final int ONE_MINUTE = 60;

    private DownloadThreshold() {
    }

    /** The bytes that make a download: a minute's worth, or the whole file when the duration is unknown or short. */
    public static long bytes(long fileBytes, OptionalInt durationSeconds) {
        if (durationSeconds.isEmpty() || durationSeconds.getAsInt() < ONE_MINUTE) {
            return fileBytes;
        }
        long duration = durationSeconds.getAsInt();
        // fileBytes × 60 fits a long for any file under 150 petabytes; ceiling division.
        return Math.min(fileBytes, (fileBytes * ONE_MINUTE + duration - 1) / duration);
    }
}
