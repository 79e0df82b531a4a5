package dev.earmark.sharing.boundary;

import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.snips.boundary.ShareCodesInUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps snips off the codes of highlights, hidden, retired or not yet visible ones too (they may be shown again), so
 * that a moment's address names one thing: {@link Moments} looks a code up among snips first, and a snip with a
 * highlight's code would hide the highlight.
 */
@ApplicationScoped
public class HighlightShareCodes implements ShareCodesInUse {

    @Inject
    Highlights highlights;

    @Override
    public boolean isInUse(String shareCode) {
        return highlights.holdsShareCode(shareCode);
    }
}
