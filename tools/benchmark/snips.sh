#!/usr/bin/env bash
# Measures the built-in summariser of snips (summaries.control.ExtractiveSummariser) over every excerpt of 60 s and 180 s
# that a tap can save of the demo's conversations (ExtractiveSummariserBenchmark). Target: under 50 ms per snip.
# The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/snips.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=ExtractiveSummariserBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat "${TMPDIR:-/tmp}/earmark-snips-benchmark.txt"
