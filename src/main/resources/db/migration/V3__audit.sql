-- Who changed what and when, for shows and episodes (kept by id: it outlives a deletion).
CREATE TABLE audit_entry (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    action      VARCHAR(30)              NOT NULL,
    subject     VARCHAR(20)              NOT NULL,
    subject_id  BIGINT                   NOT NULL,
    details     VARCHAR(1000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject, subject_id, occurred_at);
