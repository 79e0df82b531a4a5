package dev.earmark.insights.entity;

/** The coarse kind of device a user agent names, nothing finer. */
public enum ClientClass {
    DESKTOP, MOBILE, TABLET
}
