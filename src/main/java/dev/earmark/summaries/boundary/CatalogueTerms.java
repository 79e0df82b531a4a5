package dev.earmark.summaries.boundary;

import dev.earmark.summaries.control.DocumentFrequencies;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many of the catalogue's transcripts hold each term: what makes a term distinctive of one episode rather than of
 * the catalogue. Made from every transcript when first needed and again whenever the transcripts have changed since
 * (a cheap statistic of the table tells, so every server sharing the database notices another's change).
 */
@ApplicationScoped
@Transactional
public class CatalogueTerms {

    /** Transcripts read between two clearings of the persistence context, so that reading all holds few at once. */
    private static final int BATCH = 20;

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;

    public DocumentFrequencies frequencies() {
        List<Object> state = Arrays.asList(em.createNamedQuery(EpisodeTranscript.STATISTICS, Object[].class)
                .getSingleResult());
        Snapshot current = snapshot;
        if (current == null || !current.state().equals(state)) {
            current = new Snapshot(state, count());
            snapshot = current;
        }
        return current.frequencies();
    }

    private DocumentFrequencies count() {
        Map<String, Integer> counts = new HashMap<>();
        List<Object[]> transcripts = em.createNamedQuery(EpisodeTranscript.FIND_IDS_WITH_LANGUAGE, Object[].class)
                .getResultList();
        int read = 0;
        for (Object[] row : transcripts) {
            EpisodeTranscript transcript = em.find(EpisodeTranscript.class, row[0]);
            if (transcript != null) {
                Locale language = Locale.forLanguageTag((String) row[1]);
                DocumentFrequencies.terms(transcript.toTranscript().cues(), language)
                        .forEach(term -> counts.merge(term, 1, Integer::sum));
            }
            if (++read % BATCH == 0) {
                em.clear();
            }
        }
        return DocumentFrequencies.of(transcripts.size(), counts);
    }

    private record Snapshot(List<Object> state, DocumentFrequencies frequencies) {
    }
}
