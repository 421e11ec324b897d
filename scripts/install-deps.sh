#!/usr/bin/env bash
# Installs the Debian packages Switchyard builds and tests against, only those missing.
# The brokers' packages would start system-wide brokers on 0.0.0.0 from their postinst: a policy-rc.d that
# denies service starts keeps them off (we run private brokers on loopback, see scripts/brokers.sh).
set -euo pipefail

packages=(libnats-dev librabbitmq-dev libssl-dev libyaml-dev libjemalloc-dev nats-server rabbitmq-server wrk pkg-config openssl curl python3
  build-essential python3-venv jq) # libjemalloc-dev: the switchyard binary's allocator; build-essential, python3-venv: the C load generators and the Python peer under benchmarks/; libssl-dev: libcrypto for http-pub; jq: test scripts
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
policy=/usr/sbin/policy-rc.d
added_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod +x "$policy"
  added_policy=1
fi
cleanup() { if [ "$added_policy" -eq 1 ]; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
