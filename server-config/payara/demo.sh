#!/usr/bin/env bash
# The embedded default's demo on Payara: load the demo show into an empty database.
# Production leaves this out. The domain must be running.   bash demo.sh [path/to/asadmin]
set -euo pipefail
asadmin=${1:-asadmin}
"$asadmin" create-system-properties earmark.demo-content=true
