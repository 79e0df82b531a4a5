package dev.earmark.summaries.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.summaries.control.BuiltInSuggestions;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.summaries.control.EpisodeToSummarise;
import dev.earmark.summaries.control.ModelSummariser;
import dev.earmark.summaries.control.ModelSummarisers;
import dev.earmark.summaries.control.SummaryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Episodes' summaries, topics and chapters suggested from their transcripts: by the site's language model when one is
 * set, by the built-in engine otherwise and whenever the model fails. A curator reviews a suggestion in the episode
 * editor and saves what they take of it; a show may take the summaries and topics of its episodes without review
 * (never chapters), which {@link #takeUnreviewed} stores.
 */
@ApplicationScoped
public class EpisodeSummaries {

    private static final Logger LOG = Logger.getLogger(EpisodeSummaries.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EpisodeTexts texts;

    @Inject
    CatalogueTerms terms;

    @Inject
    ModelSummarisers models;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogueRevision revision;

    /**
     * A suggestion for the episode. Outside any transaction: a model may take a minute to answer.
     *
     * @throws NothingToSummariseException when the episode has no transcript with words
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public Suggested suggest(long episodeId) {
        EpisodeToSummarise episode = texts.find(episodeId).orElseThrow(() -> new NothingToSummariseException(episodeId));
        Optional<ModelSummariser> model = models.configured();
        String failure = null;
        if (model.isPresent()) {
            try {
                return new Suggested(model.get().suggest(episode), null);
            } catch (SummaryFailure failed) {
                failure = failed.getMessage();
                LOG.warning(() -> "Episode " + episodeId + " gets the built-in suggestion: " + failed.getMessage());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failure = interrupted.toString();
            }
        }
        return new Suggested(BuiltInSuggestions.suggest(episode.cues(), episode.language(), terms.frequencies()), failure);
    }

    /**
     * Stores the suggestion's summary and topics as written by its source, unless the episode has a summary or topics
     * already (a curator's, or an earlier suggestion's, stay): what a show that takes summaries without review, and a
     * curator's bulk request, store. Raises the episode's version, so a curator editing it meanwhile is told before
     * saving over it.
     *
     * @return whether anything was stored
     */
    @Transactional
    public boolean takeUnreviewed(long episodeId, EpisodeSuggestion suggestion) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            return false;
        }
        EpisodeSummary summary = episode.getSummary();
        List<String> taken = new ArrayList<>();
        if (summary.findText().isEmpty() && !suggestion.summary().isBlank()) {
            summary = summary.withText(suggestion.summary(), suggestion.source(), suggestion.model());
            taken.add(suggestion.source().audited("summary", suggestion.model()));
        }
        if (summary.getTopics().isEmpty() && !suggestion.topics().isEmpty()) {
            summary = summary.withTopics(suggestion.topics(), suggestion.source(), suggestion.model());
            taken.add(suggestion.source().audited("topics", suggestion.model()));
        }
        if (taken.isEmpty()) {
            return false;
        }
        em.lock(episode, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        episode.setSummary(summary);
        audit.record(AuditAction.SUGGESTION_TAKEN, AuditSubject.EPISODE, episodeId, String.join(", ", taken));
        revision.bump();
        return true;
    }
}
