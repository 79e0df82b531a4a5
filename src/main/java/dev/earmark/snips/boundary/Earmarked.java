package dev.earmark.snips.boundary;

import dev.earmark.snips.entity.Snip;

/** A saved snip, and whether this request saved it or an earlier one with the same request key. */
public record Earmarked(Snip snip, boolean created) {
}
