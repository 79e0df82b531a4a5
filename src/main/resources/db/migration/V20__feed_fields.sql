-- Earmark schema, version 20: what podcast feeds carry beyond the catalogue's fields, written into Earmark's own feeds
-- and read from imported ones (catalogue.entity.Show, Episode, Person). Portable SQL for H2 2.x and PostgreSQL 13+.

-- podcast:guid, a UUID assigned once (from the feed's address, or kept from an imported feed) and never changed.
ALTER TABLE podcast_show ADD COLUMN feed_guid VARCHAR(36);
ALTER TABLE podcast_show ADD CONSTRAINT uq_podcast_show_feed_guid UNIQUE (feed_guid);
-- itunes:owner's name (its e-mail is owner_email), the channel's link and copyright.
ALTER TABLE podcast_show ADD COLUMN owner_name VARCHAR(200);
ALTER TABLE podcast_show ADD COLUMN link VARCHAR(2000);
ALTER TABLE podcast_show ADD COLUMN copyright VARCHAR(500);
-- podcast:locked (other platforms may not import the feed) and itunes:block (directories leave the show out).
ALTER TABLE podcast_show ADD COLUMN feed_locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE podcast_show ADD COLUMN feed_blocked BOOLEAN DEFAULT FALSE NOT NULL;
-- itunes:new-feed-url of an imported feed: where its publisher moved it.
ALTER TABLE podcast_show ADD COLUMN new_feed_url VARCHAR(2000);

-- An item's link (a page of its own) and image, as a feed gives them.
ALTER TABLE episode ADD COLUMN link VARCHAR(2000);
ALTER TABLE episode ADD COLUMN image_url VARCHAR(2000);
CREATE INDEX ix_episode_show_link ON episode (show_id, link);
CREATE INDEX ix_episode_show_audio_url ON episode (show_id, audio_url);

-- podcast:person: the people of a show, and of an episode (whose list replaces the show's).
CREATE TABLE show_person (
    show_id      BIGINT        NOT NULL,
    person_order INTEGER       NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    person_role  VARCHAR(64),
    person_group VARCHAR(64),
    image_url    VARCHAR(2000),
    href         VARCHAR(2000),
    CONSTRAINT pk_show_person PRIMARY KEY (show_id, person_order),
    CONSTRAINT fk_show_person_show FOREIGN KEY (show_id) REFERENCES podcast_show (id) ON DELETE CASCADE
);
CREATE TABLE episode_person (
    episode_id   BIGINT        NOT NULL,
    person_order INTEGER       NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    person_role  VARCHAR(64),
    person_group VARCHAR(64),
    image_url    VARCHAR(2000),
    href         VARCHAR(2000),
    CONSTRAINT pk_episode_person PRIMARY KEY (episode_id, person_order),
    CONSTRAINT fk_episode_person_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
