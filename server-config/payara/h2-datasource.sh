#!/usr/bin/env bash
# Earmark's embedded default database on Payara Server: H2 in file mode in the domain's
# lib/databases folder, as the JDBC resource jdbc/earmark. The domain must be running.
#   bash h2-datasource.sh [path/to/asadmin]
# Safe to run again: existing resources are left alone.
set -euo pipefail
asadmin=${1:-asadmin}

if ! "$asadmin" list-jdbc-connection-pools | grep -qx 'earmark-h2'; then
    "$asadmin" create-jdbc-connection-pool \
        --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
        --property 'URL=jdbc\:h2\:${com.sun.aas.instanceRoot}/lib/databases/earmark;AUTO_SERVER\=TRUE:user=sa:password=sa' \
        earmark-h2
fi
if ! "$asadmin" list-jdbc-resources | grep -qx 'jdbc/earmark'; then
    "$asadmin" create-jdbc-resource --connectionpoolid earmark-h2 jdbc/earmark
fi
