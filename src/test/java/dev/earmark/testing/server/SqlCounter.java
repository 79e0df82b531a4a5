package dev.earmark.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/** Counts the SQL statements EclipseLink sends while a piece of work runs (the server must be otherwise idle). */
@ApplicationScoped
public class SqlCounter {

    @PersistenceContext
    EntityManager em;

    private final List<String> statements = new CopyOnWriteArrayList<>();

    private final SessionEventAdapter listener = new SessionEventAdapter() {
        @Override
        public void postExecuteCall(SessionEvent event) {
            statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : event.getCall().toString());
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
