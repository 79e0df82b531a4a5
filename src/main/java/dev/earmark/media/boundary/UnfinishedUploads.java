package dev.earmark.media.boundary;

import dev.earmark.media.control.MediaStorage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Deletes the uploads that a crash or a killed server left unfinished in the media directory: at deployment, and
 * every hour after, for those that a crash followed by a quick restart left too young for the first sweep.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnfinishedUploads {

    /**
     * An upload in progress writes to its file many times a second (the container has received the whole request
     * before Earmark copies it), so one untouched for an hour was abandoned. The margin is what makes the sweep safe
     * on a media volume that several servers share (a cluster): a sweep on one never deletes an upload that another
     * is still writing, even with their clocks minutes apart.
     */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(UnfinishedUploads.class.getName());

    @Inject
    MediaStorage storage;

    @Inject
    Clock clock;

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweepAtDeployment() {
        sweepAndReport(true);
    }

    /** Quiet when there was nothing to delete, as there mostly is. */
    @Schedule(hour = "*", persistent = false)
    void sweepHourly() {
        sweepAndReport(false);
    }

    /** @return how many abandoned uploads were deleted */
    public int sweep() {
        return storage.deleteUnfinishedUploads(clock.instant().minus(ABANDONED_AFTER));
    }

    /** A media directory that cannot be swept now is no reason to stop Earmark: the next sweep tries again. */
    private void sweepAndReport(boolean reportNone) {
        try {
            int deleted = sweep();
            if (deleted > 0 || reportNone) {
                LOG.info(() -> "Deleted " + deleted + " unfinished uploads abandoned for more than " + ABANDONED_AFTER);
            }
        } catch (UncheckedIOException unreadable) {
            LOG.warning(() -> "Could not sweep the unfinished uploads: " + unreadable.getCause());
        }
    }
}
