#!/usr/bin/env bash
# Measures the derivation of show notes at deployment (catalogue.boundary.OutdatedNotes) for 10,000 episodes on a
# managed WildFly (embedded H2): each with the notes of the demo's ARCHIVE episode, their derived notes cleared as the
# migration to derived notes leaves them. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/notes.sh [maven options, e.g. -Dearmark.port-offset=100 -Dearmark.management-port=10090]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q verify -Dno-payara "$@" -Dit.test=NotesDerivationBenchmark -Dtest=NoUnitTests \
    -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-notes-benchmark.txt"
