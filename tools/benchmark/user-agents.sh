#!/usr/bin/env bash
# Measures how long download counting takes to tell a user agent (bot? podcast app? device class?) with the vendored
# lists (dev.earmark.insights.control.UserAgents): the first time a user agent is seen, and when its answer is kept.
# No server: a JUnit class run by Surefire. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/user-agents.sh [maven options]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test "$@" -Dtest=UserAgentsBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-user-agents-benchmark.txt"
