package dev.earmark.catalogue.control;

import java.time.Instant;

/**
 * Everything listeners can see of the catalogue, reduced to what tells one state from another: answers built
 * from the catalogue are validated against it (ETag, Last-Modified), and caches of it are kept per state.
 *
 * @param revision goes up with every save listeners could see and with every scheduled episode that falls due,
 *        so equal revisions mean equal catalogues
 * @param lastModified when the catalogue last changed, in whole seconds as HTTP dates count
 */
public record CatalogueState(long revision, Instant lastModified) {
}
