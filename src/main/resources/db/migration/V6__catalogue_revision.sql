-- One row: how often and when listeners' view of the catalogue last changed by a save. Every node of a cluster
-- reads it, so a page cached on one node is known to be stale on the other (CatalogueRevision).
CREATE TABLE catalogue_revision (
    id         INTEGER PRIMARY KEY,
    revision   BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO catalogue_revision (id, revision, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
