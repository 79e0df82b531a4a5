#!/usr/bin/env bash
# Measures the catalogue with a show of 10,000 episodes on a managed WildFly (embedded H2):
# show pages (first, middle, last), the episodes API and the home page, 200 requests each after
# a warm-up, over loopback from inside the server. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/catalogue.sh [maven options, e.g. -Dearmark.port-offset=100 -Dearmark.management-port=10090]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q verify -Dno-payara "$@" -Dit.test=CataloguePageBenchmark -Dtest=NoUnitTests \
    -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-benchmark.txt"
