package dev.earmark.insights.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The recording's clock on every server: the queued events are written every {@value #WRITE_SECONDS} s (and at once
 * when a batch's worth waits, {@link EventRecorder}), and every {@value #SWEEP_SECONDS} s each server looks whether
 * the day has ended, to forget its salt ({@link ClientHashes}). EJB timers rather than periodic tasks of the managed
 * scheduled executor: WildFly refuses to run those while it is suspended (as every graceful shutdown begins), which
 * ends a periodic task for good, whereas a timer only skips while suspended.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightsTimer {

    static final int WRITE_SECONDS = 2;
    static final int SWEEP_SECONDS = 10;

    @Inject
    EventRecorder recorder;

    @Inject
    ClientHashes clientHashes;

    @Schedule(hour = "*", minute = "*", second = "*/" + WRITE_SECONDS, persistent = false)
    public void writeQueuedEvents() {
        recorder.writeQueued();
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + SWEEP_SECONDS, persistent = false)
    public void forgetPastSalts() {
        clientHashes.forgetPastDaysOnceTheDayHasEnded();
    }
}
