-- Earmark schema, version 16: a snip's moment page (/m/{code}): its share code, who may open it and whether it shows
-- the listener's note (snips.entity.Snip, sharing). Portable SQL for H2 2.x and PostgreSQL 13+.
-- The code is ten random characters of base32, which neither database makes portably in SQL: snips saved before this
-- version get theirs at deployment (snips.boundary.SnipShareCodes), so the column takes NULL until then. Both databases
-- let a unique column hold several NULLs.

ALTER TABLE snip ADD COLUMN share_code VARCHAR(10);
ALTER TABLE snip ADD CONSTRAINT uq_snip_share_code UNIQUE (share_code);
-- Private by default: the link works for signed-in colleagues.
ALTER TABLE snip ADD COLUMN sharing VARCHAR(10) DEFAULT 'SIGNED_IN' NOT NULL;
ALTER TABLE snip ADD COLUMN share_note BOOLEAN DEFAULT FALSE NOT NULL;
