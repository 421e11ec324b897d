#!/usr/bin/env bash
# replicas-nats-kv-dedup.sh with one replica killed with -9 mid-load (10,000 distinct events + 10% duplicates):
# every distinct event still stored exactly once. See that script for what is checked.
set -euo pipefail
REPLICAS_KILL=1 REPLICAS_N=${REPLICAS_N:-10000} exec bash "$(dirname "${BASH_SOURCE[0]}")/replicas-nats-kv-dedup.sh"
