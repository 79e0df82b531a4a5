-- Earmark schema, version 15: highlights, the moments of an episode that several listeners saved (highlights.entity.
-- Highlight), made from the snips' ranges by the server, never by a listener. Portable SQL for H2 2.x and PostgreSQL 13+.

-- A moment: its range, how many listeners saved it (a count, never who), its words copied from the transcript with a
-- summary of them, a share code for its short link, whether a curator hid it (and who, when). A moment that no longer
-- reaches the settings' number of listeners is retired, not deleted: its share code stays taken, its link says it is
-- gone, and the moment takes its row (and code) back if enough listeners save it again.
CREATE TABLE highlight (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    episode_id  BIGINT                   NOT NULL,
    share_code  VARCHAR(10)              NOT NULL,
    start_ms    BIGINT                   NOT NULL,
    end_ms      BIGINT                   NOT NULL,
    listeners   INTEGER                  NOT NULL,
    title       VARCHAR(80)              NOT NULL,
    -- Up to three takeaways, one a line: read and written whole.
    takeaways   VARCHAR(1000)            NOT NULL,
    -- The latest time one of its snips was saved: what the periods of the Highlights page look at.
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    -- Hidden by a curator (who, when); both null while not hidden.
    hidden_by   VARCHAR(200),
    hidden_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_highlight PRIMARY KEY (id),
    CONSTRAINT uq_highlight_share_code UNIQUE (share_code),
    CONSTRAINT fk_highlight_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
-- An episode's moments (its page, the widget, each recomputation).
CREATE INDEX ix_highlight_episode ON highlight (episode_id, start_ms);
-- The Highlights page: the shown ones, most saved first.
CREATE INDEX ix_highlight_listeners ON highlight (listeners, saved_at, id);

-- The excerpt: the transcript's cues of the moment's range, as snip_cue is a snip's; replaced whole when the range moves.
CREATE TABLE highlight_cue (
    highlight_id BIGINT        NOT NULL,
    start_ms     BIGINT        NOT NULL,
    end_ms       BIGINT        NOT NULL,
    speaker      VARCHAR(200),
    text         VARCHAR(5000) NOT NULL,
    CONSTRAINT fk_highlight_cue_highlight FOREIGN KEY (highlight_id) REFERENCES highlight (id) ON DELETE CASCADE
);
CREATE INDEX ix_highlight_cue_highlight ON highlight_cue (highlight_id, start_ms);

-- How the stored moments were made: the least number of listeners (earmark.highlights.min-listeners) and the version of
-- the clustering. One row, changed under a lock; a deployment with other values makes every episode's moments again
-- (the row's first values match no deployment, so the first one makes the moments of the snips saved before).
CREATE TABLE highlight_clustering (
    id            INTEGER PRIMARY KEY,
    min_listeners INTEGER NOT NULL,
    method        INTEGER NOT NULL
);
INSERT INTO highlight_clustering (id, min_listeners, method) VALUES (1, 0, 0);
