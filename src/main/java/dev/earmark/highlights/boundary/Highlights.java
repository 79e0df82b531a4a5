package dev.earmark.highlights.boundary;

import dev.earmark.highlights.entity.Highlight;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** PLACEHOLDER of the highlights helper: the contract the sharing helper builds on; replaced whole at the merge. */
@ApplicationScoped
public class Highlights {

    /**
     * The highlight with this share code, if it is one now (enough listeners, not hidden by a curator) and its
     * episode is visible to listeners now.
     */
    public Optional<Highlight> findShared(String shareCode) {
        return Optional.empty();
    }
}
