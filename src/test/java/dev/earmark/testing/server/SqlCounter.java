package dev.earmark.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/** Counts the SQL statements EclipseLink sends while a piece of work runs (the server must be otherwise idle). */
@ApplicationScoped
public class SqlCounter {

    @PersistenceContext
    EntityManager em;

    private final AtomicInteger statements = new AtomicInteger();

    private final SessionEventAdapter listener = new SessionEventAdapter() {
        @Override
        public void postExecuteCall(SessionEvent event) {
            statements.incrementAndGet();
        }
    };

    public int count(Runnable work) {
        ServerSession session = serverSession();
        session.getEventManager().addListener(listener);
        statements.set(0);
        try {
            work.run();
            return statements.get();
        } finally {
            session.getEventManager().removeListener(listener);
        }
    }

    @Transactional
    ServerSession serverSession() {
        return em.unwrap(JpaEntityManager.class).getServerSession();
    }
}
