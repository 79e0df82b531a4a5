-- Each episode keeps how many snips listeners saved of it, so lists of episodes need no count per row.
ALTER TABLE episode ADD COLUMN snip_count BIGINT DEFAULT 0 NOT NULL;
UPDATE episode SET snip_count = (SELECT COUNT(*) FROM snip WHERE snip.episode_id = episode.id);
