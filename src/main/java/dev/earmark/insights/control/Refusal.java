package dev.earmark.insights.control;

import java.time.LocalDate;

/** A day on which events over the daily cap were refused, so its figures are incomplete. */
public record Refusal(LocalDate day, long refused) {
}
