#!/usr/bin/env bash
# Test set-up: give the unpacked Payara's domain1 the same configuration an admin would, with
# the scripts in server-config/payara (each safe to repeat), drop a deployment an interrupted
# run may have left, then stop the domain again for Arquillian to manage.
set -euo pipefail
payara_home=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$here/../../../server-config/payara
asadmin=$payara_home/bin/asadmin

"$asadmin" start-domain domain1
# On a busy machine a graceful stop can outlast asadmin's patience: then the domain is killed.
trap '"$asadmin" stop-domain domain1 || "$asadmin" stop-domain --kill=true domain1' EXIT
if "$asadmin" list-applications | grep -q '^earmark '; then
    "$asadmin" undeploy earmark
fi
for script in h2-datasource.sh demo.sh demo-users.sh; do
    bash "$config/$script" "$asadmin"
done
# The player's browser tests serve a portal page from this origin (PortalServer's default port).
"$asadmin" create-system-properties 'earmark.embed-origins=http\://127.0.0.1\:18765'
