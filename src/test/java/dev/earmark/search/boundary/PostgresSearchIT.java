package dev.earmark.search.boundary;

import dev.earmark.search.control.SearchEngine;
import dev.earmark.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The search cases on PostgreSQL, which searches itself (migration V10 in db/vendor/postgresql). */
class PostgresSearchIT extends SearchCases {

    private PostgresServer postgres;
    private final PostgresSearch search = new PostgresSearch();

    @BeforeAll
    void start() {
        postgres = PostgresServer.start();
        prepare(postgres.jdbcUrl(), PostgresServer.USER, "org.postgresql.Driver", "PostgreSQL");
        search.em = em;
    }

    @Override
    SearchEngine engine() {
        return search;
    }

    @AfterAll
    void stop() {
        postgres.close();
    }
}
