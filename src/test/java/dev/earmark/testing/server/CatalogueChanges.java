package dev.earmark.testing.server;

import dev.earmark.catalogue.control.CatalogueChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Only in test deployments: the catalogue's changes as its observers see them. */
@ApplicationScoped
public class CatalogueChanges {

    private final List<CatalogueChanged> seen = new CopyOnWriteArrayList<>();

    void record(@Observes CatalogueChanged change) {
        seen.add(change);
    }

    public List<CatalogueChanged> seen() {
        return List.copyOf(seen);
    }
}
