package dev.earmark.insights.control;

import dev.earmark.platform.control.RejectedContentException;

/** A listening report longer than any the player sends (413); it is not read further. */
public class ReportTooLargeException extends RejectedContentException {

    public ReportTooLargeException(int maxBytes) {
        super(true, "insights.beacon.error.tooLarge", maxBytes);
    }
}
