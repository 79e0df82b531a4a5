package dev.earmark.catalogue.entity;

import java.util.List;

public enum EpisodeType {
    FULL,
    TRAILER,
    BONUS;

    /** Every one in order, for lists and forms (a view imports it with f:importConstants). */
    public static final List<EpisodeType> ALL = List.of(values());
}
