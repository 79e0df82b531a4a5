-- Earmark schema, version 13 on H2: nothing. PostgreSQL's V13 (db/vendor/postgresql) adds an episode's summary and
-- topics to its full-text column; on H2, Earmark's Lucene index (search.control.LuceneIndex) indexes them. This script
-- keeps the schema's version the same on both databases.
SELECT 1;
