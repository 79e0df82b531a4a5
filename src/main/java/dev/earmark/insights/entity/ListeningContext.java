package dev.earmark.insights.entity;

/** Where a play happened: one of Earmark's own pages, a portal's embed (iframe or element), a shared moment's page. */
public enum ListeningContext {
    EARMARK, EMBED, MOMENT
}
