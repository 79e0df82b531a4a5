#!/usr/bin/env bash
# Measures the insights aggregation (insights.boundary.ListeningAggregation) of one day of 1,000,000 listening ranges
# of four episodes on a managed WildFly with the embedded H2: seeded by one INSERT … SELECT over a generated series,
# then the day aggregated three times over. Target: under 60 s. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/aggregation.sh [maven options, e.g. -Dearmark.port-offset=100 -Dearmark.management-port=10090]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q verify -Dno-payara "$@" -Dit.test=ListeningAggregationBenchmark -Dtest=NoUnitTests \
    -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-aggregation-benchmark.txt"
