package dev.earmark.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends while a piece of work runs (the server must be otherwise idle). The
 * catalogue's revision is left out: it is read at most twice a second and after a save, by whichever request comes
 * then, not by each (CatalogueRevision), so counting it would make counts depend on the timing. So are the listening
 * insights' tables: their timers write, sweep and aggregate in the background whenever they are due (a salt swept after
 * another test moved the clock, events of an earlier test written late), never for a listener's request; and the job
 * leases, which the aggregation takes in the background. Nor is anything the server's own background threads send
 * (EJB timers, managed executors: queues polled, moments made), as one deployment serves every test class and an
 * earlier class's work may still run: what is counted is what requests and the test itself send.
 */
@ApplicationScoped
public class SqlCounter {

    @PersistenceContext
    EntityManager em;

    private static final String REVISION_TABLE = "catalogue_revision";
    private static final List<String> BACKGROUND_TABLES = List.of("insights_salt", "listening_event", "download_event",
            "insights_refusal", "insights_aggregation", "episode_day", "show_day", "listening_day", "download_day",
            "audience_minute", "job_lease");

    /** Thread names of WildFly's and Payara's EJB timers and managed executors. */
    private static final List<String> BACKGROUND_THREADS = List.of("EJB default", "ManagedExecutorService",
            "ManagedScheduledExecutorService", "__ejb-thread-pool");

    private final List<String> statements = new CopyOnWriteArrayList<>();

    private final SessionEventAdapter listener = new SessionEventAdapter() {
        @Override
        public void postExecuteCall(SessionEvent event) {
            String statement = event.getCall() instanceof DatabaseCall call ? call.getSQLString() : event.getCall().toString();
            String lower = statement.toLowerCase(Locale.ROOT);
            String thread = Thread.currentThread().getName();
            if (!lower.contains(REVISION_TABLE) && BACKGROUND_TABLES.stream().noneMatch(lower::contains)
                    && BACKGROUND_THREADS.stream().noneMatch(thread::contains)) {
                statements.add(statement);
            }
        }
    };

    /** The SQL statements sent while {@code work} ran, in order. */
    public List<String> record(Runnable work) {
        ServerSession session = serverSession();
        session.getEventManager().addListener(listener);
        statements.clear();
        try {
            work.run();
            return List.copyOf(statements);
        } finally {
            session.getEventManager().removeListener(listener);
        }
    }

    @Transactional
    ServerSession serverSession() {
        return em.unwrap(JpaEntityManager.class).getServerSession();
    }
}
