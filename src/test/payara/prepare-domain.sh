#!/usr/bin/env bash
# Test set-up: give the unpacked Payara's domain1 the same configuration an admin would,
# with the scripts in server-config/payara, then stop it again for Arquillian to manage.
set -euo pipefail
payara_home=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$here/../../../server-config/payara
asadmin=$payara_home/bin/asadmin
marker=$payara_home/.earmark-configured

[ -f "$marker" ] && exit 0
"$asadmin" start-domain domain1
trap '"$asadmin" stop-domain domain1' EXIT
bash "$config/h2-datasource.sh" "$asadmin"
bash "$config/demo.sh" "$asadmin"
# The player's browser tests serve a portal page from this origin (PortalServer's default port).
"$asadmin" create-system-properties 'earmark.embed-origins=http\://127.0.0.1\:18765'
touch "$marker"
