-- Earmark schema, version 18: episodes whose highlights are due to be made again (highlights.entity.HighlightDue).
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- One row per change of an episode's snips or transcript, written in the transaction of the change itself (a row of
-- its own each time, so that two listeners saving at once never collide on it). Making the episode's moments deletes
-- the rows it read under the episode's lock; a failure leaves them, and a timer makes the moments of episodes with
-- rows again, so that no change is forgotten (a moment never stays shown with too few listeners).
CREATE TABLE highlight_due (
    id         BIGINT                   NOT NULL,
    version    BIGINT                   NOT NULL,
    episode_id BIGINT                   NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_highlight_due PRIMARY KEY (id),
    CONSTRAINT fk_highlight_due_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_highlight_due_episode ON highlight_due (episode_id);
