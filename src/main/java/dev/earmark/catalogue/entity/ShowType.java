package dev.earmark.catalogue.entity;

/** As in the podcast RSS namespace: episodic shows are listened to newest first, serial ones in order. */
public enum ShowType {
    EPISODIC,
    SERIAL
}
