package dev.earmark.catalogue.entity;

public enum EpisodeType {
    FULL,
    TRAILER,
    BONUS
}
