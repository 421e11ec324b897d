#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), runs `swift test` against the private brokers, then each
# tests/scripts/*.sh (each must exit 0). Ends with the line "N passed, N failed" for those scripts and exits
# non-zero if swift test or any script failed.
#
# Tests find the brokers through NATS_URL, AMQP_URL and the SWITCHYARD_* port variables (scripts/brokers.sh env),
# and may stop/start one broker with "$SWITCHYARD_BROKERS_SH" stop nats (or start rabbitmq, ...).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

SWITCHYARD_BUILD_TESTS=1 bash scripts/setup.sh
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
eval "$(bash scripts/brokers.sh env)"
export SWITCHYARD_LISTEN=${SWITCHYARD_LISTEN:-127.0.0.1:8080}
export SWITCHYARD_BROKERS_SH=$repo/scripts/brokers.sh

# Plain `swift test`, not --parallel: integration tests share the two brokers and manage their own use of them.
echo "== swift test"
swift_rc=0
swift test --skip-build || swift_rc=$?

passed=0
failed=0
if [ -d tests/scripts ]; then
  for script in tests/scripts/*.sh; do
    [ -e "$script" ] || continue # the folder exists but holds no script
    echo "== $script"
    if bash "$script"; then
      passed=$((passed + 1))
    else
      echo "FAILED: $script (exit $?)"
      failed=$((failed + 1))
    fi
  done
fi

[ "$swift_rc" -eq 0 ] || echo "swift test failed (exit $swift_rc)"
echo "$passed passed, $failed failed"
if [ "$swift_rc" -ne 0 ]; then exit "$swift_rc"; fi
[ "$failed" -eq 0 ]
