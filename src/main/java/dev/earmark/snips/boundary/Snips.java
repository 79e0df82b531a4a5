package dev.earmark.snips.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Moments listeners saved. Each save is counted on its episode in the same transaction. */
@ApplicationScoped
@Transactional
public class Snips {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    public Snip save(Episode episode, String listener, long positionMillis, Instant createdAt) {
        Snip snip = new Snip(em.getReference(Episode.class, episode.getId()), listener, positionMillis, createdAt);
        em.persist(snip);
        catalogue.countSnips(episode.getId(), 1);
        return snip;
    }
}
