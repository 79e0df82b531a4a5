#!/usr/bin/env bash
# The embedded default's demo accounts on Payara, in the domain's "file" realm:
#   admin / admin-demo (group earmark-admin), editor / editor-demo (group earmark-editor),
#   listener / listener-demo (no group: any signed-in user is a listener).
# Never for production. The domain must be running.   bash demo-users.sh [path/to/asadmin]
set -euo pipefail
asadmin=${1:-asadmin}
passwords=$(mktemp)
trap 'rm -f "$passwords"' EXIT
add() {
    printf 'AS_ADMIN_USERPASSWORD=%s\n' "$2" > "$passwords"
    if "$asadmin" list-file-users | grep -qx "$1"; then
        "$asadmin" delete-file-user "$1"
    fi
    "$asadmin" --passwordfile "$passwords" create-file-user ${3:+--groups "$3"} "$1"
}
add admin admin-demo earmark-admin
add editor editor-demo earmark-editor
add listener listener-demo
