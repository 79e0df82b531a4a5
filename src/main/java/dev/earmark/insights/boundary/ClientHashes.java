package dev.earmark.insights.boundary;

import dev.earmark.insights.control.ClientHash;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who a client is for one day only: a hash of its address and user agent with the day's secret salt
 * ({@code DailySalt}), which is deleted when the day is over, so that no hash can be matched across days and no
 * address is ever stored. A day is a calendar day in the display zone. The first server that needs a day's salt makes
 * it; the table's unique constraint on the day lets only one of two servers (or threads) at once store theirs, and the
 * other reads it, so every server hashes alike. Each server keeps the day's salt in memory for that day, and every
 * {@link #SWEEP} looks whether the day has ended: then it forgets the salt and deletes the past days' rows (any server
 * may be the first), so yesterday's salt is gone within seconds of midnight even on a day nobody listens.
 * <p>
 * The address is the request's as the server sees it ({@code getRemoteAddr()}); behind a reverse proxy the server's
 * own means make it the client's (WildFly's {@code proxy-address-forwarding}, Payara's network listener), never a
 * header that Earmark would have to trust.
 */
@ApplicationScoped
public class ClientHashes {

    private static final Logger LOG = Logger.getLogger(ClientHashes.class.getName());
    /** How often each server looks whether the day has ended. */
    static final Duration SWEEP = Duration.ofSeconds(10);

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    DailySalts salts;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final AtomicReference<DayHash> current = new AtomicReference<>();
    /** The day whose past days were last deleted here. */
    private volatile LocalDate sweptFor;
    private ScheduledFuture<?> sweeping;

    private record DayHash(LocalDate day, ClientHash hash) {
    }

    /** Started with the application, so that a server nobody asks still deletes the past days' salts. */
    void atDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the start makes the bean, and making it schedules the sweep.
    }

    @PostConstruct
    void scheduleSweep() {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweepWhenTheDayHasEnded, SWEEP.toMillis(), SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The container's executor outlives the application: its task must not. */
    @PreDestroy
    void stopSweeping() {
        sweeping.cancel(false);
    }

    /** The client's hash for today (in the display zone), 64 characters at most. */
    public String today(String address, String userAgent) {
        LocalDate day = today();
        DayHash kept = current.get();
        if (kept == null || !kept.day().equals(day)) {
            kept = new DayHash(day, new ClientHash(saltOf(day)));
            current.set(kept);
        }
        return kept.hash().of(address, userAgent);
    }

    /** Forgets the salts of the days before today, in memory and in the database. */
    public void forgetPastDays() {
        LocalDate day = today();
        DayHash kept = current.get();
        if (kept != null && kept.day().isBefore(day)) {
            current.compareAndSet(kept, null);
        }
        int deleted = salts.forgetBefore(day);
        sweptFor = day;
        LOG.fine(() -> "Insights: " + deleted + " past days' salts deleted");
    }

    private void sweepWhenTheDayHasEnded() {
        if (today().equals(sweptFor)) {
            return;
        }
        try {
            forgetPastDays();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not delete the past days' salts; trying again in " + SWEEP.toSeconds() + " s",
                    failed);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.displayZone());
    }

    private String saltOf(LocalDate day) {
        return salts.find(day).orElseGet(() -> {
            String salt = ClientHash.newSalt();
            try {
                salts.create(day, salt);
                return salt;
            } catch (RuntimeException taken) {
                if (!DatabaseErrors.isUniqueViolation(taken)) {
                    throw taken;
                }
                return salts.find(day).orElseThrow(() -> taken);
            }
        });
    }
}
