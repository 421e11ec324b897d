#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs Switchyard with switchyard.yaml against the private brokers.
# Extra arguments go to `switchyard run`. NATS_URL, AMQP_URL and SWITCHYARD_LISTEN already set are kept.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/setup.sh
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
eval "$(bash scripts/brokers.sh env)"
export SWITCHYARD_LISTEN=${SWITCHYARD_LISTEN:-127.0.0.1:8080}

echo "== switchyard run (NATS_URL=$NATS_URL AMQP_URL=$AMQP_URL SWITCHYARD_LISTEN=$SWITCHYARD_LISTEN)"
# The bin path as SwiftPM reports it (.build/debug is a symlink to it, made only by a successful build).
exec "$(swift build --show-bin-path)/switchyard" run --config switchyard.yaml "$@"
