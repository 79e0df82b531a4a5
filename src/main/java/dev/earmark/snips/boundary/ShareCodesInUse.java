package dev.earmark.snips.boundary;

/**
 * The share codes that other features' shared things hold (a highlight's): a moment's address {@code /m/{code}} names
 * a snip or one of them, so a snip is never given one of theirs. Implemented by a feature above snips and found through
 * CDI, as snips may not know it.
 */
public interface ShareCodesInUse {

    boolean isInUse(String shareCode);
}
