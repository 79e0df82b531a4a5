#!/usr/bin/env bash
# Test set-up: give the unpacked Payara's domain1 the same configuration an admin would,
# with the scripts in server-config/payara, then stop it again for Arquillian to manage.
# Runs again only when a script changed (the scripts themselves are safe to repeat).
set -euo pipefail
payara_home=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$here/../../../server-config/payara
asadmin=$payara_home/bin/asadmin
marker=$payara_home/.earmark-configured
scripts=("$config/h2-datasource.sh" "$config/demo.sh" "$config/demo-users.sh")
fingerprint=$(cat "$0" "${scripts[@]}" | sha256sum | cut -d' ' -f1)

[ "$(cat "$marker" 2>/dev/null)" = "$fingerprint" ] && exit 0
"$asadmin" start-domain domain1
# On a busy machine a graceful stop can outlast asadmin's patience: then the domain is killed.
trap '"$asadmin" stop-domain domain1 || "$asadmin" stop-domain --kill=true domain1' EXIT
for script in "${scripts[@]}"; do
    bash "$script" "$asadmin"
done
echo "$fingerprint" > "$marker"
