# Shared by the end-to-end scripts in tests/scripts (sourced, not run: the runner only runs tests/scripts/*.sh).
# Gives: $repo, $bin (the built switchyard), $py (a venv Python with pika and nats-py), $work (a temporary folder),
# fail, say, start_switchyard CONFIG [VAR=VALUE ...] (sets $base), stop_switchyard, cleanup_hooks (run at exit).
# Brokers come from the environment exactly as scripts/test.sh exports them (NATS_URL, AMQP_URL); with no
# NATS_URL/AMQP_URL, from `scripts/brokers.sh env` with the SWITCHYARD_* ports of the caller.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
test_name=$(basename "${BASH_SOURCE[1]:-$0}" .sh)
cd "$repo"

fail() { echo "$test_name: FAIL: $*" >&2; exit 1; }
say() { echo "-- $*"; }

command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
if [ -z "${NATS_URL:-}" ] || [ -z "${AMQP_URL:-}" ]; then eval "$(bash "$repo/scripts/brokers.sh" env)"; fi
export NATS_URL AMQP_URL

# SWITCHYARD_BIN: another build of switchyard to test (default: this checkout's debug build, built when missing).
bin=${SWITCHYARD_BIN:-$(swift build --show-bin-path)/switchyard}
[ -x "$bin" ] || swift build --product switchyard >/dev/null || fail "switchyard does not build"

work=$(mktemp -d)
switchyard_pid=""
switchyard_log=$work/switchyard.log
cleanup_hooks=()
e2e_cleanup() {
  local rc=$?
  if declare -F stop_switchyard >/dev/null; then stop_switchyard || true; fi
  for hook in "${cleanup_hooks[@]}"; do eval "$hook" >/dev/null 2>&1 || true; done
  if [ "$rc" -ne 0 ] && [ -s "$switchyard_log" ]; then
    echo "$test_name: last lines of the switchyard log:" >&2
    tail -n 30 "$switchyard_log" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap e2e_cleanup EXIT

# The Python clients live in a venv under the run folder, created once and reused (pinned versions).
venv=${SWITCHYARD_RUN_DIR:-$repo/.run}/e2e-venv
pins="pika==1.3.2 nats-py==2.9.0"
if [ "$(cat "$venv/.pins" 2>/dev/null)" != "$pins" ]; then
  say "creating the Python venv for the broker clients ($venv: $pins)"
  rm -rf "$venv"
  python3 -m venv "$venv" || fail "python3 -m venv failed (Debian: apt-get install python3-venv)"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install --quiet --disable-pip-version-check $pins || fail "pip install $pins failed"
  echo "$pins" >"$venv/.pins"
fi
py=$venv/bin/python
export PYTHONPATH=$repo/tests/scripts/lib${PYTHONPATH:+:$PYTHONPATH}

# Both brokers must be up: a test that cannot reach one fails, saying how to start it.
"$py" -m brokerkit probe || fail "brokers not reachable (NATS_URL=$NATS_URL, AMQP_URL=$AMQP_URL): start them with scripts/brokers.sh start (with the same SWITCHYARD_* env)"

# A free port for the HTTP listener: E2E_HTTP_PORTS (default 28060-28079), first one nobody listens on. Below
# the ephemeral range (32768-60999): a port there can be the local end of some client connection at that moment,
# which the listener probe cannot see and bind() refuses (a fresh-clone CI run hit it on 48080).
free_port() {
  local range=${E2E_HTTP_PORTS:-28060-28079} p
  for p in $(seq "${range%-*}" "${range#*-}"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  fail "no free port in $range"
}

# start_switchyard CONFIG [VAR=VALUE ...]: runs `switchyard run` on a free port, waits until /readyz says ready.
start_switchyard() {
  local config=$1; shift
  port=$(free_port)
  listen=127.0.0.1:$port
  base=http://$listen
  env "$@" SWITCHYARD_LISTEN="$listen" "$bin" run --config "$config" >"$switchyard_log" 2>&1 &
  switchyard_pid=$!
  local i
  for i in $(seq 1 300); do # 30 s
    kill -0 "$switchyard_pid" 2>/dev/null || fail "switchyard run exited at start: $(tail -n 20 "$switchyard_log")"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")" = 200 ]; then
      say "switchyard ready on $listen (pid $switchyard_pid)"
      return 0
    fi
    sleep 0.1
  done
  fail "switchyard not ready after 30 s: $(curl -s "$base/readyz")"
}

stop_switchyard() {
  [ -n "$switchyard_pid" ] || return 0
  local pid=$switchyard_pid i
  switchyard_pid=""
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
  echo "$test_name: switchyard did not stop in 15 s: kill -9" >&2
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
