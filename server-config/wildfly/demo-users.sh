#!/usr/bin/env bash
# The embedded default's demo accounts on WildFly, in its ApplicationRealm (properties files):
#   admin / admin-demo (group earmark-admin), editor / editor-demo (group earmark-editor),
#   listener / listener-demo (no group: any signed-in user is a listener).
# Never for production: there the container's realm (LDAP, OIDC, …) supplies the users.
#   bash demo-users.sh $JBOSS_HOME        (safe to run again: it resets these three passwords)
set -euo pipefail
jboss_home=${1:?usage: demo-users.sh JBOSS_HOME}
add() { JBOSS_HOME="$jboss_home" "$jboss_home/bin/add-user.sh" -a -s -u "$1" -p "$2" ${3:+-g "$3"}; }
add admin admin-demo earmark-admin
add editor editor-demo earmark-editor
add listener listener-demo
