#!/usr/bin/env bash
# The test command: prepares the host (packages, JDK 25 check), then builds and runs every unit
# and integration test. Integration tests need root; without it they are skipped with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/setup-host.sh
exec mvn -B verify "$@"
