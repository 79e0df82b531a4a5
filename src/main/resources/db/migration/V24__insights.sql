-- Earmark schema, version 24: listening insights (dev.earmark.insights). Portable SQL for H2 2.x and PostgreSQL 13+.
-- Nothing here names a person: no account, no address, no cookie value. A client is a hash of its address and user
-- agent with the day's salt (insights_salt), which is deleted when its day is over, so the hash of one day cannot be
-- matched with another day's. A day is a calendar day in the display zone (earmark.display-zone).

-- The day's salt, made by the first server that needs it and read by every other (so that all nodes hash alike).
CREATE TABLE insights_salt (
    id          BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    calendar_day         DATE        NOT NULL,
    salt        VARCHAR(64) NOT NULL,
    CONSTRAINT pk_insights_salt PRIMARY KEY (id),
    CONSTRAINT uq_insights_salt_day UNIQUE (calendar_day)
);

-- Raw listening, as the player reports it: one row per range of an episode played in one page view (view_key: random,
-- made by the page, forgotten with it), with where (context EARMARK, EMBED or MOMENT; origin: the portal's origin for
-- an embed, '' otherwise) and a coarse client class (DESKTOP, MOBILE, TABLET). Kept for the retention setting, then
-- deleted; aggregated into the daily tables below.
CREATE TABLE listening_event (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    calendar_day           DATE                     NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    episode_id    BIGINT                   NOT NULL,
    view_key      VARCHAR(32)              NOT NULL,
    client_hash   VARCHAR(64)              NOT NULL,
    context       VARCHAR(10)              NOT NULL,
    origin        VARCHAR(255)             NOT NULL,
    client_class  VARCHAR(10)              NOT NULL,
    start_second  INTEGER                  NOT NULL,
    end_second    INTEGER                  NOT NULL,
    CONSTRAINT pk_listening_event PRIMARY KEY (id),
    CONSTRAINT fk_listening_event_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_listening_event_day ON listening_event (calendar_day, episode_id);

-- Raw requests of an episode's audio file at /media/{id} by anything but Earmark's own player (podcast apps, direct
-- links): the bytes served (first_byte, byte_count), the client's day hash, its class and the podcast app's name as
-- the maintained list of user agents names it ('' when none). Bots are never recorded. Counted per the podcast
-- measurement guideline when aggregated: one client's requests of one episode in one day count once, only when they
-- add up to at least one minute of audio.
CREATE TABLE download_event (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    calendar_day            DATE                     NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    episode_id     BIGINT                   NOT NULL,
    client_hash    VARCHAR(64)              NOT NULL,
    client_class   VARCHAR(10)              NOT NULL,
    app            VARCHAR(64)              NOT NULL,
    first_byte     BIGINT                   NOT NULL,
    byte_count     BIGINT                   NOT NULL,
    CONSTRAINT pk_download_event PRIMARY KEY (id),
    CONSTRAINT fk_download_event_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_download_event_day ON download_event (calendar_day, episode_id);

-- Events refused because an episode's day reached the cap (earmark.insights.daily-cap): how many, so the dashboard
-- can say its figures for that day are incomplete.
CREATE TABLE insights_refusal (
    id          BIGINT  NOT NULL,
    version     BIGINT  NOT NULL,
    calendar_day         DATE    NOT NULL,
    episode_id  BIGINT  NOT NULL,
    refused     BIGINT  NOT NULL,
    CONSTRAINT pk_insights_refusal PRIMARY KEY (id),
    CONSTRAINT uq_insights_refusal UNIQUE (calendar_day, episode_id),
    CONSTRAINT fk_insights_refusal_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);

-- The daily figures, made again from the raw events of their day by each aggregation (so late events count) and kept
-- after the raw events are gone. Per episode and day: plays (page views that played it), listeners (distinct client
-- hashes of plays and downloads), listened_seconds (all played time, replays included), heard_seconds (per play, the
-- seconds of the episode heard at least once, summed: completion is heard / (plays × duration)), downloads.
CREATE TABLE episode_day (
    id                BIGINT NOT NULL,
    version           BIGINT NOT NULL,
    calendar_day               DATE   NOT NULL,
    show_id           BIGINT NOT NULL,
    episode_id        BIGINT NOT NULL,
    plays             INTEGER NOT NULL,
    listeners         INTEGER NOT NULL,
    listened_seconds  BIGINT NOT NULL,
    heard_seconds     BIGINT NOT NULL,
    downloads         INTEGER NOT NULL,
    CONSTRAINT pk_episode_day PRIMARY KEY (id),
    CONSTRAINT uq_episode_day UNIQUE (calendar_day, episode_id),
    CONSTRAINT fk_episode_day_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_episode_day_show ON episode_day (show_id, calendar_day);

-- Per show and day: distinct listeners across its episodes (not a sum of the episodes'), plays and downloads.
CREATE TABLE show_day (
    id          BIGINT  NOT NULL,
    version     BIGINT  NOT NULL,
    calendar_day         DATE    NOT NULL,
    show_id     BIGINT  NOT NULL,
    plays       INTEGER NOT NULL,
    listeners   INTEGER NOT NULL,
    downloads   INTEGER NOT NULL,
    CONSTRAINT pk_show_day PRIMARY KEY (id),
    CONSTRAINT uq_show_day UNIQUE (calendar_day, show_id),
    CONSTRAINT fk_show_day_show FOREIGN KEY (show_id) REFERENCES podcast_show (id) ON DELETE CASCADE
);

-- Plays per episode, day, context, origin and client class.
CREATE TABLE listening_day (
    id                BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    calendar_day               DATE         NOT NULL,
    show_id           BIGINT       NOT NULL,
    episode_id        BIGINT       NOT NULL,
    context           VARCHAR(10)  NOT NULL,
    origin            VARCHAR(255) NOT NULL,
    client_class      VARCHAR(10)  NOT NULL,
    plays             INTEGER      NOT NULL,
    listened_seconds  BIGINT       NOT NULL,
    heard_seconds     BIGINT       NOT NULL,
    CONSTRAINT pk_listening_day PRIMARY KEY (id),
    CONSTRAINT uq_listening_day UNIQUE (calendar_day, episode_id, context, origin, client_class),
    CONSTRAINT fk_listening_day_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_listening_day_show ON listening_day (show_id, calendar_day);

-- Downloads per episode, day, podcast app ('' for none known) and client class.
CREATE TABLE download_day (
    id            BIGINT      NOT NULL,
    version       BIGINT      NOT NULL,
    calendar_day           DATE        NOT NULL,
    show_id       BIGINT      NOT NULL,
    episode_id    BIGINT      NOT NULL,
    app           VARCHAR(64) NOT NULL,
    client_class  VARCHAR(10) NOT NULL,
    downloads     INTEGER     NOT NULL,
    CONSTRAINT pk_download_day PRIMARY KEY (id),
    CONSTRAINT uq_download_day UNIQUE (calendar_day, episode_id, app, client_class),
    CONSTRAINT fk_download_day_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_download_day_show ON download_day (show_id, calendar_day);

-- The drop-off curve: per episode, day and minute of the episode, the plays that heard some of that minute.
CREATE TABLE audience_minute (
    id          BIGINT  NOT NULL,
    version     BIGINT  NOT NULL,
    calendar_day         DATE    NOT NULL,
    episode_id  BIGINT  NOT NULL,
    episode_minute INTEGER NOT NULL,
    listeners   INTEGER NOT NULL,
    CONSTRAINT pk_audience_minute PRIMARY KEY (id),
    CONSTRAINT uq_audience_minute UNIQUE (calendar_day, episode_id, episode_minute),
    CONSTRAINT fk_audience_minute_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
