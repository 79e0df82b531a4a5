package dev.earmark.catalogue.entity;

import java.util.List;

/** As in the podcast RSS namespace: episodic shows are listened to newest first, serial ones in order. */
public enum ShowType {
    EPISODIC,
    SERIAL;

    /** Every one in order, for lists and forms (a view imports it with f:importConstants). */
    public static final List<ShowType> ALL = List.of(values());
}
