package dev.earmark.snips.boundary;

import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives snips saved without words the words of their episode's transcript: when a transcript is stored, after its
 * transaction (a curator's upload or a transcription job never waits for, nor fails with, the listeners' snips), and at
 * deployment for snips whose transcript came before (those of Earmark versions before snips had words).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "UnreadTranscripts"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnipsAwaitingWords {

    private static final Logger LOG = Logger.getLogger(SnipsAwaitingWords.class.getName());

    @Inject
    Snips snips;

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void completeAtDeployment() {
        complete(snips.awaitingWithTranscript());
    }

    public void transcriptChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptChanged change) {
        complete(snips.awaitingTranscript(change.episodeId()));
    }

    private void complete(List<Long> snipIds) {
        for (long snipId : snipIds) {
            try {
                snips.completeFromTranscript(snipId);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, failed, () -> "Snip " + snipId + " stays without words until its episode's "
                        + "transcript changes again");
            }
        }
    }
}
