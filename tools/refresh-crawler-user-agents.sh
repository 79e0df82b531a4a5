#!/usr/bin/env bash
# Refreshes the list of bots' and crawlers' user agents that download counting leaves out
# (dev.earmark.insights.control.UserAgents): the npm package crawler-user-agents (MIT, Martin Monperrus and
# contributors), its JSON file and licence copied as they are into src/main/resources/dev/earmark/insights/control/,
# with the version noted beside them. Run it, run UserAgentsTest (a pattern that now names a podcast app shows there),
# look at the diff and commit.
# Usage: tools/refresh-crawler-user-agents.sh [version]   (default: the newest)
set -euo pipefail
cd "$(dirname "$0")/.."
target=src/main/resources/dev/earmark/insights/control
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "crawler-user-agents@${1:-latest}" >/dev/null && tar xzf crawler-user-agents-*.tgz)
version=$(node -p "require('$work/package/package.json').version")
licence=$(node -p "require('$work/package/package.json').license")
cp "$work/package/crawler-user-agents.json" "$target/crawler-user-agents.json"
cp "$work/package/LICENSE" "$target/crawler-user-agents.LICENSE"
cat > "$target/crawler-user-agents.properties" <<PROPERTIES
# The vendored list of bots' user agents: npm package crawler-user-agents, copied by tools/refresh-crawler-user-agents.sh
package=crawler-user-agents
version=$version
licence=$licence
PROPERTIES
echo "crawler-user-agents $version ($licence): $(node -p "require('./$target/crawler-user-agents.json').length") patterns"
