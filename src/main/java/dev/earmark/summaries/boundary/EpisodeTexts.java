package dev.earmark.summaries.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.summaries.control.EpisodeToSummarise;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** An episode's transcript with what a summary of it needs to know, whatever the episode's status. */
@ApplicationScoped
@Transactional
public class EpisodeTexts {

    @PersistenceContext
    EntityManager em;

    @Inject
    EpisodeTranscripts transcripts;

    /** Empty when there is no such episode or it has no transcript with words. */
    public Optional<EpisodeToSummarise> find(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            return Optional.empty();
        }
        return transcripts.findByEpisode(episodeId)
                .map(stored -> stored.toTranscript().cues())
                .filter(cues -> !cues.isEmpty())
                .map(cues -> new EpisodeToSummarise(episode.getShow().getTitle(), episode.getTitle(),
                        Locale.forLanguageTag(episode.getShow().getLanguage()), cues));
    }
}
