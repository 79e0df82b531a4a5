package dev.earmark.insights.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** A CSV address that names no chart of the dashboard. */
public class UnknownChartException extends NoSuchEntityException {

    public UnknownChartException(String chart) {
        super("insights.dashboard.error.noChart", chart);
    }
}
