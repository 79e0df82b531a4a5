#!/usr/bin/env bash
# Measures the built-in suggestion of an episode's summary, topics and chapters (summaries.control.BuiltInSuggestions)
# for a one-hour transcript, the demo conversations joined over and over (BuiltInSuggestionsBenchmark). Target: under
# 1 s. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/summaries.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=BuiltInSuggestionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-summaries-benchmark.txt"
