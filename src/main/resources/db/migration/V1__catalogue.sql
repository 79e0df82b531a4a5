-- Earmark schema, version 1: media files, shows, episodes, chapters and snips.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- EclipseLink preallocates ids in blocks of 50 and reads the block's last value from NEXTVAL.
CREATE SEQUENCE earmark_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE media_file (
    id           BIGINT                   NOT NULL,
    version      BIGINT                   NOT NULL,
    storage_key  VARCHAR(64)              NOT NULL,
    file_name    VARCHAR(255)             NOT NULL,
    media_type   VARCHAR(100)             NOT NULL,
    length_bytes BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_media_file PRIMARY KEY (id),
    CONSTRAINT uq_media_file_storage_key UNIQUE (storage_key)
);

CREATE TABLE podcast_show (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    slug         VARCHAR(100)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    author       VARCHAR(200),
    owner_email  VARCHAR(254),
    language     VARCHAR(35)   NOT NULL,
    artwork_file_id BIGINT,
    explicit     BOOLEAN       NOT NULL,
    show_type    VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_podcast_show PRIMARY KEY (id),
    CONSTRAINT uq_podcast_show_slug UNIQUE (slug),
    CONSTRAINT fk_podcast_show_artwork FOREIGN KEY (artwork_file_id) REFERENCES media_file (id)
);

CREATE TABLE show_category (
    show_id        BIGINT       NOT NULL,
    category_order INTEGER      NOT NULL,
    category       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_show_category PRIMARY KEY (show_id, category_order),
    CONSTRAINT fk_show_category_show FOREIGN KEY (show_id) REFERENCES podcast_show (id) ON DELETE CASCADE
);

CREATE TABLE episode (
    id                 BIGINT         NOT NULL,
    version            BIGINT         NOT NULL,
    show_id            BIGINT         NOT NULL,
    guid               VARCHAR(500)   NOT NULL,
    slug               VARCHAR(120)   NOT NULL,
    title              VARCHAR(300)   NOT NULL,
    season_number      INTEGER,
    episode_number     INTEGER,
    episode_type       VARCHAR(10)    NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE,
    duration_seconds   INTEGER,
    description        VARCHAR(20000),
    audio_url          VARCHAR(2000),
    audio_media_type   VARCHAR(100),
    audio_length_bytes BIGINT,
    audio_file_id      BIGINT,
    transcript_file_id BIGINT,
    status             VARCHAR(20)    NOT NULL,
    CONSTRAINT pk_episode PRIMARY KEY (id),
    CONSTRAINT uq_episode_guid UNIQUE (guid),
    CONSTRAINT uq_episode_show_slug UNIQUE (show_id, slug),
    CONSTRAINT fk_episode_show FOREIGN KEY (show_id) REFERENCES podcast_show (id),
    CONSTRAINT fk_episode_audio_file FOREIGN KEY (audio_file_id) REFERENCES media_file (id),
    CONSTRAINT fk_episode_transcript_file FOREIGN KEY (transcript_file_id) REFERENCES media_file (id)
);
-- The catalogue lists a show's episodes newest first.
CREATE INDEX ix_episode_show_published ON episode (show_id, published_at, id);

CREATE TABLE chapter (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    episode_id BIGINT        NOT NULL,
    start_ms   BIGINT        NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    url        VARCHAR(2000),
    CONSTRAINT pk_chapter PRIMARY KEY (id),
    CONSTRAINT fk_chapter_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_chapter_episode ON chapter (episode_id, start_ms);

CREATE TABLE snip (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    episode_id  BIGINT                   NOT NULL,
    listener    VARCHAR(200)             NOT NULL,
    position_ms BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_snip PRIMARY KEY (id),
    CONSTRAINT fk_snip_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_snip_episode ON snip (episode_id);
