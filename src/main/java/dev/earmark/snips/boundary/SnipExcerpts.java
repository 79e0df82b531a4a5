package dev.earmark.snips.boundary;

import dev.earmark.summaries.control.ExcerptToSummarise;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Snips' excerpts as a language model is told them, each read in a short transaction of its own: no transaction stays
 * open while the model takes its time.
 */
@ApplicationScoped
@Transactional
public class SnipExcerpts {

    @PersistenceContext
    EntityManager em;

    /** The snip's words, speakers kept, and where they were said; none for a snip deleted or without words. */
    public Optional<SnipExcerpt> find(long snipId) {
        return Optional.ofNullable(em.find(Snip.class, snipId))
                .filter(snip -> !snip.isDeleted() && !snip.getExcerpt().isEmpty())
                .map(snip -> new SnipExcerpt(snip.getStartMillis(), snip.getEndMillis(),
                        new ExcerptToSummarise(snip.getEpisode().getShow().getTitle(), snip.getEpisode().getTitle(),
                                snip.getExcerpt().stream().map(TranscriptCue::toCue).toList())));
    }
}
