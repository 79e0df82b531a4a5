#!/usr/bin/env bash
# The player widget's weight and speed. Size: widget.js + widget.css as a browser downloads them,
# gzip -9 (what the budget of 10 KB counts), and what loads later (together within 16 KB): widget-transcript.js when a
# listener first opens a transcript, widget-snips.js after the first play or at the first snip, widget-highlights.js
# (the most saved moments' marks) and widget-insights.js (the listening reports) with it after the first play, widget-share.js at the first "Share snip". Speed: WidgetBenchmark loads the embed page, a portal
# page with <earmark-player> and the episode page in headless Chromium against a managed WildFly and
# reports the time from navigation start to ready-to-play. The numbers go to docs/performance.md by hand.
# Usage: tools/benchmark/widget.sh [extra Maven arguments, e.g. -Dearmark.port-offset=100 -Dearmark.management-port=10090 -Dearmark.portal-port=18865]
set -euo pipefail
cd "$(dirname "$0")/../.."
web=src/main/webapp
size() { gzip -9 -n -c "$@" | wc -c; }
printf 'widget.js   %6d bytes, %5d gzipped\n' "$(cat $web/widget.js | wc -c)" "$(size $web/widget.js)"
printf 'widget.css  %6d bytes, %5d gzipped\n' "$(cat $web/widget.css | wc -c)" "$(size $web/widget.css)"
printf 'together    %6d bytes, %5d gzipped (budget 10240)\n' "$(cat $web/widget.js $web/widget.css | wc -c)" \
    "$(size $web/widget.js $web/widget.css)"
printf 'widget-transcript.js %6d bytes, %5d gzipped (loaded on opening a transcript)\n' \
    "$(cat $web/widget-transcript.js | wc -c)" "$(size $web/widget-transcript.js)"
printf 'widget-snips.js      %6d bytes, %5d gzipped (loaded after the first play or at the first snip)\n' \
    "$(cat $web/widget-snips.js | wc -c)" "$(size $web/widget-snips.js)"
printf 'widget-highlights.js %6d bytes, %5d gzipped (loaded with the snips'"'"' code after the first play)\n' \
    "$(cat $web/widget-highlights.js | wc -c)" "$(size $web/widget-highlights.js)"
printf 'widget-insights.js   %6d bytes, %5d gzipped (loaded with the snips'"'"' code after the first play)\n' \
    "$(cat $web/widget-insights.js | wc -c)" "$(size $web/widget-insights.js)"
printf 'widget-share.js      %6d bytes, %5d gzipped (loaded at the first "Share snip")\n' \
    "$(cat $web/widget-share.js | wc -c)" "$(size $web/widget-share.js)"
printf 'loaded later        %6d gzipped, each file on its own (budget 16384)\n' \
    "$(( $(size $web/widget-transcript.js) + $(size $web/widget-snips.js) + $(size $web/widget-highlights.js) \
        + $(size $web/widget-insights.js) + $(size $web/widget-share.js) ))"
printf 'with snips to send  %6d gzipped: widget.js, widget.css, widget-snips.js before the first play (budget 16384)\n' \
    "$(( $(size $web/widget.js) + $(size $web/widget.css) + $(size $web/widget-snips.js) ))"
[ "${1:-}" = "--size-only" ] && exit 0
./mvnw -B -q verify -Dno-payara -Dit.test=WidgetBenchmark -Dtest=NoUnitTests \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" >/dev/null
cat "${TMPDIR:-/tmp}/earmark-widget-benchmark.txt"
