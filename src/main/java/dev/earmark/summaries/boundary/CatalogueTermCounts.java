package dev.earmark.summaries.boundary;

import dev.earmark.summaries.control.DocumentFrequencies;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the catalogue's transcripts for {@link CatalogueTerms}, each reading in a transaction of its own. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class CatalogueTermCounts {

    /** Transcripts read between two clearings of the persistence context, so that reading all holds few at once. */
    private static final int BATCH = 20;

    @PersistenceContext
    EntityManager em;

    /** A statistic of the transcripts that any new, replaced or removed transcript changes. */
    public List<Object> state() {
        return Arrays.asList(em.createNamedQuery(EpisodeTranscript.STATISTICS, Object[].class).getSingleResult());
    }

    /** How many transcripts hold each term, read from every transcript. */
    public DocumentFrequencies count() {
        Map<String, Integer> counts = new HashMap<>();
        List<Object[]> transcripts = em.createNamedQuery(EpisodeTranscript.FIND_IDS_WITH_LANGUAGE, Object[].class)
                .getResultList();
        int read = 0;
        for (Object[] row : transcripts) {
            EpisodeTranscript transcript = em.find(EpisodeTranscript.class, row[0]);
            if (transcript != null) {
                DocumentFrequencies.terms(transcript.toTranscript().cues(), Locale.forLanguageTag((String) row[1]))
                        .forEach(term -> counts.merge(term, 1, Integer::sum));
            }
            if (++read % BATCH == 0) {
                em.clear();
            }
        }
        return DocumentFrequencies.of(transcripts.size(), counts);
    }
}
