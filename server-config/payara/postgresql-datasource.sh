#!/usr/bin/env bash
# Earmark on PostgreSQL (production) with Payara Server. Before the domain starts, copy the
# driver (org.postgresql:postgresql 42.7.x) into glassfish/domains/domain1/lib; then, with the
# domain running:
#   EARMARK_DB_HOST=db.example EARMARK_DB_NAME=earmark EARMARK_DB_USER=earmark \
#   EARMARK_DB_PASSWORD=… bash postgresql-datasource.sh [path/to/asadmin]
# Earmark's migrations create and upgrade the schema at deployment.
set -euo pipefail
asadmin=${1:-asadmin}
: "${EARMARK_DB_PASSWORD:?set EARMARK_DB_PASSWORD}"
host=${EARMARK_DB_HOST:-localhost}
port=${EARMARK_DB_PORT:-5432}
name=${EARMARK_DB_NAME:-earmark}
user=${EARMARK_DB_USER:-earmark}
# asadmin property lists separate with ':' and escape '=' and ':' with a backslash.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

if ! "$asadmin" list-jdbc-connection-pools | grep -qx 'earmark-postgresql'; then
    "$asadmin" create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
        --isconnectvalidatereq=true --validationmethod=auto-commit \
        --property "serverName=$(escape "$host"):portNumber=$port:databaseName=$(escape "$name"):user=$(escape "$user"):password=$(escape "$EARMARK_DB_PASSWORD")" \
        earmark-postgresql
fi
if "$asadmin" list-jdbc-resources | grep -qx 'jdbc/earmark'; then
    "$asadmin" set resources.jdbc-resource.jdbc/earmark.pool-name=earmark-postgresql
else
    "$asadmin" create-jdbc-resource --connectionpoolid earmark-postgresql jdbc/earmark
fi
