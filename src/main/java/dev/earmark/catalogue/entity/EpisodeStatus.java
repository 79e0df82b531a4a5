package dev.earmark.catalogue.entity;

import java.util.List;
import java.util.Set;

public enum EpisodeStatus {
    DRAFT,
    /** Becomes visible to listeners once its published-at time has passed. */
    SCHEDULED,
    PUBLISHED,
    /** Still listed and playable, marked as coming from the archive. */
    ARCHIVED;

    /** Visible whatever the time; a SCHEDULED episode joins them when its time comes. */
    public static final Set<EpisodeStatus> ALWAYS_VISIBLE = Set.of(PUBLISHED, ARCHIVED);

    /** Every one in order, for lists and forms (a view imports it with f:importConstants). */
    public static final List<EpisodeStatus> ALL = List.of(values());
}
