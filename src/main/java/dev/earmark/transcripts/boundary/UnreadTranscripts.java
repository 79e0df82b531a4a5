package dev.earmark.transcripts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment: reads into cues every transcript file stored before transcripts had cues (schema version 8), so
 * that the player, search and snips see them. A file that cannot be read stays downloadable as it is, and the
 * episode keeps no cues; the log names it. Several servers starting at once may both try an episode: the unique
 * episode of a transcript lets one of them store it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnreadTranscripts {

    private static final Logger LOG = Logger.getLogger(UnreadTranscripts.class.getName());

    @Inject
    TranscriptReading reading;

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void readAtDeployment() {
        int read = 0;
        for (long episodeId : reading.episodesToRead()) {
            try {
                reading.read(episodeId);
                read++;
            } catch (RuntimeException unreadable) {
                LOG.log(Level.WARNING, unreadable, () -> "The transcript of episode " + episodeId
                        + " could not be read into cues; it stays downloadable as it is");
            }
        }
        if (read > 0) {
            int count = read;
            LOG.info(() -> "Read the transcripts of " + count + " episodes into cues");
        }
    }
}
