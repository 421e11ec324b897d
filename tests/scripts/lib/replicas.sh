# Helpers for the replica scripts (sourced): brokers from the caller's environment, free HTTP ports, switchyard
# processes started in the background and stopped by pid, metrics summed per route.
# Needs: repo, work (a scratch folder), bin (the switchyard binary).

# Refuses to run against brokers other than this environment's (a partial env once pointed at the default ports).
replicas_check_env() {
  : "${NATS_URL:?NATS_URL unset: eval \"\$(scripts/brokers.sh env)\" with your SWITCHYARD_* ports, or run scripts/test.sh}"
  if ! curl -sf "http://127.0.0.1:${SWITCHYARD_NATS_HTTP_PORT:-8222}/healthz?js-enabled-only=true" >/dev/null; then
    echo "nats-server is not reachable (monitoring port ${SWITCHYARD_NATS_HTTP_PORT:-8222}): start it with scripts/brokers.sh start nats" >&2
    return 1
  fi
}

# free_port: sets $port to a free 127.0.0.1 port from $REPLICA_PORTS (default 28090..28099 here) not handed out
# before, or, failing that, one the kernel gives. (A variable, not stdout: $(free_port) would forget what it gave.)
used_ports=" "
free_port() {
  local p
  for p in ${REPLICA_PORTS:-$(seq 28090 28099)}; do
    case "$used_ports" in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      used_ports="$used_ports$p "
      port=$p
      return 0
    fi
  done
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  used_ports="$used_ports$port "
}

pids=()
ports=()
# start_replica INDEX CONFIG: one `switchyard run` on its own port, log in $work/replica-INDEX.log.
start_replica() {
  local i=$1 config=$2 port
  free_port
  SWITCHYARD_LISTEN="127.0.0.1:$port" "$bin" run --config "$config" >"$work/replica-$i.log" 2>&1 &
  pids[$i]=$!
  ports[$i]=$port
}

# wait_ready INDEX [SECONDS]: polls /readyz until 200 (and the replica is still alive: the port must be its own).
wait_ready() {
  local i=$1 limit=${2:-60} t=0
  while ! curl -sf "http://127.0.0.1:${ports[$i]}/readyz" >/dev/null; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "replica $i exited before it was ready:" >&2
      tail -20 "$work/replica-$i.log" >&2
      return 1
    fi
    t=$((t + 1))
    if [ "$t" -gt $((limit * 10)) ]; then
      echo "replica $i not ready after ${limit}s" >&2
      tail -20 "$work/replica-$i.log" >&2
      return 1
    fi
    sleep 0.1
  done
  kill -0 "${pids[$i]}" 2>/dev/null || { echo "replica $i exited:" >&2; tail -20 "$work/replica-$i.log" >&2; return 1; }
}

# metric INDEX NAME ROUTE: the value of NAME{route="ROUTE"} on replica INDEX (0 when absent or unreachable).
metric() {
  { curl -sf "http://127.0.0.1:${ports[$1]}/metrics" 2>/dev/null || true; } \
    | awk -v name="$2" -v route="$3" '$1 ~ "^"name"\\{" && $1 ~ "route=\""route"\"" { v = $2 } END { printf "%d\n", v + 0 }'
}

# stop_replicas: TERM to each started pid, then KILL after 15 s.
stop_replicas() {
  local i
  for i in "${!pids[@]}"; do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  for i in "${!pids[@]}"; do
    local t=0
    while kill -0 "${pids[$i]}" 2>/dev/null && [ $t -lt 150 ]; do sleep 0.1; t=$((t + 1)); done
    kill -KILL "${pids[$i]}" 2>/dev/null || true
    wait "${pids[$i]}" 2>/dev/null || true
  done
  pids=()
}

now_ms() { date +%s%3N; }
