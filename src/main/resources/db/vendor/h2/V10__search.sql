-- Earmark schema, version 10 on H2: nothing. H2's own full-text search (FullTextLucene) would need Lucene on the
-- classpath of the server's H2 driver, which cannot see the WAR's; Earmark keeps a Lucene index itself
-- (search.boundary.LuceneSearch, setting earmark.search-index-dir). PostgreSQL's V10 (db/vendor/postgresql) adds
-- its full-text columns and indexes. This script keeps the schema's version the same on both databases.
SELECT 1;
