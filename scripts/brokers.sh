#!/usr/bin/env bash
# Starts, stops and reports on Switchyard's private brokers: one nats-server (JetStream) and one RabbitMQ node,
# both on 127.0.0.1 only, with every file they write (data, logs, pid files, configs, Erlang cookie) under
# <repo>/.run/, so they never touch or depend on a system-wide broker.
#
#   scripts/brokers.sh start|stop|restart|status [nats|rabbitmq]   (no name: both)
#   scripts/brokers.sh env        print `export NATS_URL=...` lines for the current ports (for eval)
#   scripts/brokers.sh ctl ARGS   rabbitmqctl against our node, with the node's environment
#   scripts/brokers.sh clean      stop both and delete .run/ (fresh streams, queues and logs)
#
# Ports (all on 127.0.0.1) come from the environment:
#   SWITCHYARD_NATS_PORT (4222)   SWITCHYARD_NATS_HTTP_PORT (8222)   SWITCHYARD_AMQP_PORT (5672)
#   SWITCHYARD_RABBIT_DIST_PORT (AMQP port + 20000, RabbitMQ's own convention)
#   SWITCHYARD_EPMD_PORT (14369: not 4369, so a system Erlang's epmd is neither used nor disturbed)
# A second, independent set of brokers (for a test) needs other ports and its own SWITCHYARD_RUN_DIR;
# the RabbitMQ node name then defaults to switchyard_<amqp port>@localhost so both can share the epmd.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
run_dir=${SWITCHYARD_RUN_DIR:-$repo/.run}
run_dir=$(mkdir -p "$run_dir" && cd "$run_dir" && pwd) # absolute: the paths go into config files

nats_port=${SWITCHYARD_NATS_PORT:-4222}
nats_http_port=${SWITCHYARD_NATS_HTTP_PORT:-8222}
amqp_port=${SWITCHYARD_AMQP_PORT:-5672}
dist_port=${SWITCHYARD_RABBIT_DIST_PORT:-$((amqp_port + 20000))}
epmd_port=${SWITCHYARD_EPMD_PORT:-14369}
if [ "$amqp_port" = 5672 ]; then default_node=switchyard@localhost; else default_node=switchyard_${amqp_port}@localhost; fi
rabbit_node=${SWITCHYARD_RABBIT_NODENAME:-$default_node}

nats_dir=$run_dir/nats
nats_conf=$nats_dir/nats.conf
nats_pidfile=$nats_dir/nats.pid
nats_log=$nats_dir/nats.log
nats_out=$nats_dir/nats.out # stdout/stderr: only non-empty when the server cannot even open its log

rabbit_dir=$run_dir/rabbitmq
rabbit_home=$rabbit_dir/home
rabbit_pidfile=$rabbit_dir/rabbitmq.pid         # written by the Erlang VM itself: the beam.smp pid
rabbit_launcher_pidfile=$rabbit_dir/launcher.pid # the rabbitmq-server sh wrapper that waits on the VM
rabbit_log=$rabbit_dir/log/rabbit.log
rabbit_out=$rabbit_dir/log/server.out

rabbitmq_bin=/usr/lib/rabbitmq/bin # not /usr/sbin: as root those wrappers re-run themselves as user rabbitmq

ready_timeout=${SWITCHYARD_BROKER_TIMEOUT:-120} # seconds, per broker

# Everything a RabbitMQ process of ours must see, server and CLI alike. Passed with `env` to each call rather than
# exported, so nats-server and the caller's shell never inherit a HOME or epmd port meant for Erlang.
rabbit_env=(
  HOME="$rabbit_home" # the Erlang cookie lives in $HOME/.erlang.cookie; server and CLI must share it
  RABBITMQ_NODENAME="$rabbit_node"
  RABBITMQ_USE_LONGNAME=false
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  RABBITMQ_NODE_PORT="$amqp_port"
  RABBITMQ_DIST_PORT="$dist_port"
  ERL_EPMD_ADDRESS=127.0.0.1
  ERL_EPMD_PORT="$epmd_port"
  RABBITMQ_CONF_ENV_FILE="$rabbit_dir/rabbitmq-env.conf" # else /etc/rabbitmq/rabbitmq-env.conf is sourced
  RABBITMQ_CONFIG_FILE="$rabbit_dir/rabbitmq.conf"
  RABBITMQ_CONFIG_FILES="$rabbit_dir/conf.d" # else /etc/rabbitmq/conf.d/*.conf would be read
  RABBITMQ_ADVANCED_CONFIG_FILE="$rabbit_dir/advanced.config"
  RABBITMQ_ENABLED_PLUGINS_FILE="$rabbit_dir/enabled_plugins"
  RABBITMQ_MOTD_FILE="$rabbit_dir/motd"
  RABBITMQ_MNESIA_BASE="$rabbit_dir/mnesia"
  RABBITMQ_LOG_BASE="$rabbit_dir/log"
  RABBITMQ_LOGS="$rabbit_log"
  RABBITMQ_PID_FILE="$rabbit_pidfile"
  # Erlang distribution (server and CLI) listens on loopback only; the AMQP listener is set above.
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  RABBITMQ_CTL_DIST_PORT_MIN="$((dist_port + 10000))"
)

log() { printf '%s\n' "$*"; }
err() { printf 'brokers.sh: %s\n' "$*" >&2; }
now() { printf '%s' "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
past() { awk -v d="$1" -v t="$EPOCHREALTIME" 'BEGIN { exit !(t > d) }'; } # is deadline $1 over?
deadline() { awk -v s="$1" -v t="$EPOCHREALTIME" 'BEGIN { printf "%.3f", t + s }'; }

# rabbitmqctl against our node with the node's environment (cookie, node name, epmd port).
rabbitctl() { env "${rabbit_env[@]}" "$rabbitmq_bin/rabbitmqctl" "$@"; }

# The pid stored in a pid file, or nothing (missing, empty or garbage file).
read_pid() { local p=""; [ -s "$1" ] && read -r p <"$1" || true; [[ "$p" =~ ^[0-9]+$ ]] && printf '%s' "$p" || true; }

# Is pid $1 alive and one of ours? A stale pid file can name a recycled pid: check the process itself, by one
# exact NUL-separated entry of its command line (nats: our config path) or environment (Erlang: our pid file
# path), before trusting or signalling it. (The process can exit meanwhile: hence the silenced errors.)
alive_with_arg() { [ -n "$1" ] && grep -qzxF -- "$2" "/proc/$1/cmdline" 2>/dev/null; }
alive_with_env() { [ -n "$1" ] && grep -qzxF -- "$2" "/proc/$1/environ" 2>/dev/null; }

nats_pid() { local p; p=$(read_pid "$nats_pidfile"); alive_with_arg "$p" "$nats_conf" && printf '%s' "$p" || true; }
rabbit_pid() {
  local p; p=$(read_pid "$rabbit_pidfile")
  alive_with_env "$p" "RABBITMQ_PID_FILE=$rabbit_pidfile" && printf '%s' "$p" || true
}
rabbit_launcher_pid() {
  local p; p=$(read_pid "$rabbit_launcher_pidfile")
  alive_with_env "$p" "RABBITMQ_PID_FILE=$rabbit_pidfile" && printf '%s' "$p" || true
}

nats_healthy() { curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$nats_http_port/healthz?js-enabled-only=true" 2>/dev/null; }

# A real AMQP 0-9-1 handshake as guest/guest on vhost "/": protocol header, Start/Start-Ok, Tune/Tune-Ok,
# Open/Open-Ok, Close/Close-Ok. An open port alone is not enough: the listener opens before boot has finished,
# and this also proves the guest user is accepted from loopback.
amqp_ping() {
  python3 - "$amqp_port" <<'PY'
import socket, struct, sys

def frame(ftype, payload):
    return struct.pack(">BHI", ftype, 0, len(payload)) + payload + b"\xce"

def method(cls, mth, args=b""):
    return frame(1, struct.pack(">HH", cls, mth) + args)

def shortstr(s):
    return struct.pack(">B", len(s)) + s

def longstr(s):
    return struct.pack(">I", len(s)) + s

def read_method(sock):
    buf = b""
    while len(buf) < 7:
        chunk = sock.recv(7 - len(buf))
        if not chunk:
            sys.exit("connection closed by server")
        buf += chunk
    ftype, _, size = struct.unpack(">BHI", buf)
    body = b""
    while len(body) < size + 1:
        chunk = sock.recv(size + 1 - len(body))
        if not chunk:
            sys.exit("connection closed by server")
        body += chunk
    if ftype != 1:
        sys.exit("unexpected frame type %d" % ftype)
    return struct.unpack(">HH", body[:4]), body[4:-1]

def expect(sock, want):
    got, args = read_method(sock)
    if got == (10, 50):
        sys.exit("server closed the connection (refused login or vhost?)")
    if got != want:
        sys.exit("expected method %s, got %s" % (want, got))
    return args

s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"AMQP\x00\x00\x09\x01")
expect(s, (10, 10))  # connection.start
s.sendall(method(10, 11, struct.pack(">I", 0) + shortstr(b"PLAIN") + longstr(b"\x00guest\x00guest") + shortstr(b"en_US")))
tune = expect(s, (10, 30))  # connection.tune: channel_max, frame_max, heartbeat
s.sendall(method(10, 31, tune[:6] + struct.pack(">H", 0)))  # accept the server's limits, no heartbeats
s.sendall(method(10, 40, shortstr(b"/") + shortstr(b"") + b"\x00"))
expect(s, (10, 41))  # connection.open-ok
s.sendall(method(10, 50, struct.pack(">H", 200) + shortstr(b"bye") + struct.pack(">HH", 0, 0)))
expect(s, (10, 51))  # connection.close-ok
PY
}

# Fail early, and say who holds it, when a port we are about to use is taken: else a foreign broker on the same
# port (a system one, another checkout's) could answer our readiness checks in place of ours.
ports_free() {
  local what=$1 port holder busy=0; shift
  for port in "$@"; do
    holder=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:.*' | head -n 1 || true)
    if [ -n "$holder" ] || ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
      err "$what: port $port is already in use ${holder:-(by another process)}"
      busy=1
    fi
  done
  return "$busy"
}

# On a failed start: where the logs are and their ends, so CI output alone explains the failure.
show_logs() {
  local f
  err "logs:"
  for f in "$@"; do err "  $f"; done
  for f in "$@"; do
    [ -s "$f" ] || continue
    printf '\n==> %s (last 40 lines) <==\n' "$f" >&2
    tail -n 40 "$f" >&2
  done
}

# ---------------------------------------------------------------------------------------------------------- nats

write_nats_config() {
  mkdir -p "$nats_dir/store"
  cat >"$nats_conf" <<EOF
# Generated by scripts/brokers.sh at each start: edit the script, not this file.
server_name: "switchyard"
listen: "127.0.0.1:$nats_port"
http: "127.0.0.1:$nats_http_port"
pid_file: "$nats_pidfile"
log_file: "$nats_log"
jetstream {
  store_dir: "$nats_dir/store"
}
EOF
}

# Poll until nats answers the JetStream health check, giving up early if process $1 dies.
wait_nats() {
  local pid=$1 until; until=$(deadline "$ready_timeout")
  until nats_healthy; do
    if ! kill -0 "$pid" 2>/dev/null; then err "nats-server (pid $pid) exited during start"; return 1; fi
    if past "$until"; then err "nats-server not healthy after ${ready_timeout}s"; return 1; fi
    sleep 0.1
  done
}

start_nats() {
  local t0 pid; t0=$(now)
  pid=$(nats_pid)
  if [ -n "$pid" ]; then
    if ! wait_nats "$pid"; then show_logs "$nats_log" "$nats_out"; return 1; fi
    log "nats: already running (pid $pid)"
    return 0
  fi
  command -v nats-server >/dev/null || { err "nats-server is not installed (run scripts/install-deps.sh)"; return 1; }
  ports_free nats "$nats_port" "$nats_http_port" || return 1
  write_nats_config
  rm -f "$nats_pidfile"
  # setsid: its own session, so it outlives this script and a Ctrl-C in the caller's terminal.
  # All three std streams and the lock fd are redirected/closed, or a caller reading our output through a pipe
  # would wait for the broker to exit, and the lock would stay held for as long as the broker runs.
  setsid nats-server -c "$nats_conf" </dev/null >"$nats_out" 2>&1 9>&- &
  pid=$!
  if ! wait_nats "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    show_logs "$nats_log" "$nats_out"
    return 1
  fi
  log "nats: started in $(since "$t0")s (pid $(nats_pid)), nats://127.0.0.1:$nats_port, monitoring http://127.0.0.1:$nats_http_port"
}

# Has pid $1 not exited yet? A zombie has exited: `kill -0` still succeeds on it until its parent reaps it, and
# RabbitMQ's launcher (an orphan once the brokers.sh that started it exits) stays a zombie for as long as the
# process it was reparented to does not reap it: a subreaper such as a test runner. Waiting for that zombie made
# every stop wait the whole timeout and "KILL" it.
running() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# terminate NAME TIMEOUT PID [PID...]: TERM to the first pid (nats and RabbitMQ both shut down cleanly on it),
# then wait for all the pids to exit; KILL whatever is left at the deadline.
terminate() {
  local what=$1 timeout=$2; shift 2
  local pids=() p until
  for p in "$@"; do [ -n "$p" ] && pids+=("$p"); done
  [ ${#pids[@]} -gt 0 ] || return 0
  kill -TERM "${pids[0]}" 2>/dev/null || true
  until=$(deadline "$timeout")
  while :; do
    local left=()
    for p in "${pids[@]}"; do running "$p" && left+=("$p"); done
    [ ${#left[@]} -gt 0 ] || return 0
    if past "$until"; then
      err "$what: still running after ${timeout}s, sending KILL to ${left[*]}"
      kill -KILL "${left[@]}" 2>/dev/null || true
      return 0
    fi
    sleep 0.1
  done
}

stop_nats() {
  local pid; pid=$(nats_pid)
  if [ -z "$pid" ]; then
    rm -f "$nats_pidfile"
    log "nats: not running"
    return 0
  fi
  terminate nats 30 "$pid"
  rm -f "$nats_pidfile"
  log "nats: stopped (pid $pid)"
}

status_nats() {
  local pid; pid=$(nats_pid)
  if [ -z "$pid" ]; then log "nats: not running"; return 1; fi
  if ! nats_healthy; then log "nats: pid $pid alive but not healthy (log: $nats_log)"; return 1; fi
  log "nats: running (pid $pid), nats://127.0.0.1:$nats_port, monitoring http://127.0.0.1:$nats_http_port, log $nats_log"
}

# ------------------------------------------------------------------------------------------------------ rabbitmq

write_rabbit_config() {
  mkdir -p "$rabbit_home" "$rabbit_dir/conf.d" "$rabbit_dir/mnesia" "$rabbit_dir/log"
  # The cookie must exist, owner-only, before the server or any CLI call, or each would make its own.
  if [ ! -s "$rabbit_home/.erlang.cookie" ]; then
    (umask 077; head -c 64 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c 32 >"$rabbit_home/.erlang.cookie")
  fi
  chmod 400 "$rabbit_home/.erlang.cookie"
  : >"$rabbit_dir/rabbitmq-env.conf" # empty on purpose: everything is in rabbit_env above
  printf '[].\n' >"$rabbit_dir/enabled_plugins" # no management plugin: a faster boot and one port less
  cat >"$rabbit_dir/rabbitmq.conf" <<EOF
# Generated by scripts/brokers.sh at each start: edit the script, not this file.
# Listener address and port come from RABBITMQ_NODE_IP_ADDRESS/RABBITMQ_NODE_PORT (127.0.0.1:$amqp_port).
# guest/guest is accepted only over loopback (RabbitMQ's default, stated here so nobody widens it by accident).
loopback_users.guest = true
log.console = false
log.file.level = info
EOF
}

# Until the node is up: its pid file appears (launcher must stay alive meanwhile), then `rabbitmqctl wait`
# (boot finished), then a real AMQP handshake succeeds.
wait_rabbit() {
  local launcher=$1 until; until=$(deadline "$ready_timeout")
  # rabbitmqctl wait would itself wait for the pid file, but for its whole timeout even if the server died
  # before writing it: this loop notices the death at once.
  until [ -n "$(rabbit_pid)" ]; do
    if [ -n "$launcher" ] && ! kill -0 "$launcher" 2>/dev/null; then err "rabbitmq-server exited during start"; return 1; fi
    if past "$until"; then err "rabbitmq: no pid file after ${ready_timeout}s"; return 1; fi
    sleep 0.2
  done
  if ! rabbitctl wait --quiet --timeout "$ready_timeout" "$rabbit_pidfile" >>"$rabbit_out" 2>&1; then
    err "rabbitmqctl wait failed"
    return 1
  fi
  until amqp_ping 2>/dev/null; do
    if [ -z "$(rabbit_pid)" ]; then err "rabbitmq node exited during start"; return 1; fi
    if past "$until"; then
      err "rabbitmq: AMQP handshake on 127.0.0.1:$amqp_port failing after ${ready_timeout}s: $(amqp_ping 2>&1 | tail -n 1)"
      return 1
    fi
    sleep 0.2
  done
}

start_rabbit() {
  local t0 pid launcher; t0=$(now)
  pid=$(rabbit_pid); launcher=$(rabbit_launcher_pid)
  if [ -n "$pid" ] || [ -n "$launcher" ]; then
    # Ours and alive: answering already, or still booting from an earlier start; either way, no second node.
    if amqp_ping 2>/dev/null || wait_rabbit "$launcher"; then
      log "rabbitmq: already running (pid $(rabbit_pid), node $rabbit_node)"
      return 0
    fi
    show_logs "$rabbit_log" "$rabbit_out"
    return 1
  fi
  [ -x "$rabbitmq_bin/rabbitmq-server" ] || { err "rabbitmq-server is not installed (run scripts/install-deps.sh)"; return 1; }
  ports_free rabbitmq "$amqp_port" "$dist_port" || return 1
  write_rabbit_config
  rm -f "$rabbit_pidfile" "$rabbit_launcher_pidfile"
  # Run through the sh launcher (not `erl` directly): it turns TERM into a clean node shutdown. setsid and the
  # redirections as for nats above.
  env "${rabbit_env[@]}" setsid "${clean_signals[@]}" "$rabbitmq_bin/rabbitmq-server" </dev/null >"$rabbit_out" 2>&1 9>&- &
  launcher=$!
  echo "$launcher" >"$rabbit_launcher_pidfile"
  if ! wait_rabbit "$launcher"; then
    stop_rabbit >/dev/null 2>&1 || true
    show_logs "$rabbit_log" "$rabbit_out"
    return 1
  fi
  log "rabbitmq: started in $(since "$t0")s (pid $(rabbit_pid), node $rabbit_node), amqp://guest:guest@127.0.0.1:$amqp_port/"
}

# Runs its arguments with no signal blocked and TERM/INT/HUP at their defaults. A caller that blocks or ignores
# signals (a test runner spawning brokers.sh from a thread with TERM blocked did: every signal but one blocked)
# passes that mask on through exec to the launcher and the Erlang VM, which then never see the TERM of a stop
# (and a shell cannot trap a signal ignored at its start).
clean_signals=(python3 -c 'import os, signal, sys
signal.pthread_sigmask(signal.SIG_SETMASK, [])
for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(s, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])')

# Our epmd, found by its port: `epmd -kill` first (it refuses while another node is registered, which is what we
# want when a second instance shares it), then wait for that process to exit (it closes its socket a moment
# before it exits), TERM at the deadline.
stop_epmd() {
  local names pid until
  names=$(env ERL_EPMD_PORT="$epmd_port" epmd -names 2>/dev/null) || return 0 # nothing listening there
  if grep -q '^name ' <<<"$names"; then
    log "epmd: port $epmd_port still has registered nodes, left running"
    return 0
  fi
  pid=$(ss -Hltnp "sport = :$epmd_port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
  env ERL_EPMD_PORT="$epmd_port" epmd -kill >/dev/null 2>&1 || true
  if [ -n "$pid" ] && grep -qx epmd "/proc/$pid/comm" 2>/dev/null; then
    until=$(deadline 5)
    while kill -0 "$pid" 2>/dev/null; do
      if past "$until"; then kill -TERM "$pid" 2>/dev/null || true; break; fi
      sleep 0.05
    done
  fi
  log "epmd: stopped (port $epmd_port${pid:+, pid $pid})"
}

stop_rabbit() {
  local pid launcher; pid=$(rabbit_pid); launcher=$(rabbit_launcher_pid)
  if [ -z "$pid" ] && [ -z "$launcher" ]; then
    log "rabbitmq: not running"
  else
    # `rabbitmqctl shutdown` first: it asks the node over Erlang distribution, so it also stops a node that was
    # started with TERM blocked (before clean_signals, or by another copy of this script). Then TERM to the VM
    # (a clean shutdown too; the launcher exits by itself) for a node the CLI cannot reach, e.g. one still
    # booting; if the VM has not written its pid file yet, TERM the launcher: its trap forwards it.
    if [ -n "$pid" ]; then rabbitctl shutdown --timeout 60 >>"$rabbit_out" 2>&1 || true; fi
    terminate rabbitmq 60 "${pid:-$launcher}" "$launcher"
    log "rabbitmq: stopped (pid ${pid:-none}, launcher ${launcher:-none})"
  fi
  rm -f "$rabbit_pidfile" "$rabbit_launcher_pidfile"
  stop_epmd
}

status_rabbit() {
  local pid; pid=$(rabbit_pid)
  if [ -z "$pid" ]; then
    if [ -n "$(rabbit_launcher_pid)" ]; then log "rabbitmq: starting (no node pid yet)"; else log "rabbitmq: not running"; fi
    return 1
  fi
  if ! amqp_ping >/dev/null 2>&1; then log "rabbitmq: pid $pid alive but AMQP not answering (log: $rabbit_log)"; return 1; fi
  log "rabbitmq: running (pid $pid, node $rabbit_node), amqp://guest:guest@127.0.0.1:$amqp_port/, log $rabbit_log"
}

# ---------------------------------------------------------------------------------------------------------- main

# For `eval "$(scripts/brokers.sh env)"`. NATS_URL/AMQP_URL already set by the caller are kept: pointing
# Switchyard at other brokers stays possible.
print_env() {
  local name value
  for name in NATS_URL AMQP_URL SWITCHYARD_NATS_PORT SWITCHYARD_NATS_HTTP_PORT SWITCHYARD_AMQP_PORT \
    SWITCHYARD_RABBIT_DIST_PORT SWITCHYARD_EPMD_PORT SWITCHYARD_RABBIT_NODENAME SWITCHYARD_RUN_DIR; do
    case $name in
      NATS_URL) value=${NATS_URL:-nats://127.0.0.1:$nats_port} ;;
      AMQP_URL) value=${AMQP_URL:-amqp://guest:guest@127.0.0.1:$amqp_port/} ;;
      SWITCHYARD_NATS_PORT) value=$nats_port ;;
      SWITCHYARD_NATS_HTTP_PORT) value=$nats_http_port ;;
      SWITCHYARD_AMQP_PORT) value=$amqp_port ;;
      SWITCHYARD_RABBIT_DIST_PORT) value=$dist_port ;;
      SWITCHYARD_EPMD_PORT) value=$epmd_port ;;
      SWITCHYARD_RABBIT_NODENAME) value=$rabbit_node ;;
      SWITCHYARD_RUN_DIR) value=$run_dir ;;
    esac
    printf 'export %s=%q\n' "$name" "$value"
  done
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

cmd=${1:-}
case "$cmd" in
  env) print_env; exit 0 ;;
  ctl) shift; rabbitctl "$@"; exit 0 ;; # a failing rabbitmqctl exits through set -e, with its status
  start | stop | restart | status | clean) ;;
  *) usage ;;
esac
case "${2:-all}" in
  all) brokers=(nats rabbit) ;;
  nats) brokers=(nats) ;;
  rabbitmq | rabbit) brokers=(rabbit) ;;
  *) usage ;;
esac

# One brokers.sh at a time per run dir (run.sh and test.sh may be started together): serialize on a lock.
exec 9>"$run_dir/.lock"
if ! flock -w "$((ready_timeout * 2 + 60))" 9; then err "another brokers.sh holds $run_dir/.lock"; exit 1; fi

rc=0
case "$cmd" in
  start)
    for b in "${brokers[@]}"; do "start_$b" || rc=1; done ;;
  stop)
    for b in "${brokers[@]}"; do "stop_$b" || rc=1; done ;;
  restart)
    for b in "${brokers[@]}"; do "stop_$b" && "start_$b" || rc=1; done ;;
  status)
    for b in "${brokers[@]}"; do "status_$b" || rc=3; done ;;
  clean)
    stop_nats; stop_rabbit
    rm -rf "$nats_dir" "$rabbit_dir"
    log "removed $nats_dir and $rabbit_dir" ;;
esac
exit "$rc"
