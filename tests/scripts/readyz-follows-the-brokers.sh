#!/usr/bin/env bash
# /readyz follows the real brokers: a running `switchyard run` whose routes use a NATS and an AMQP connection is
# ready while both are up, answers 503 naming the NATS connection while nats-server is stopped (and keeps
# running), and is ready again once nats-server is back, without a restart. Run by scripts/test.sh with the
# broker env exported (NATS_URL, AMQP_URL, SWITCHYARD_BROKERS_SH and the port variables).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
: "${NATS_URL:?run through scripts/test.sh, or eval \"\$(scripts/brokers.sh env)\" after scripts/brokers.sh start}"
: "${AMQP_URL:?run through scripts/test.sh, or eval \"\$(scripts/brokers.sh env)\" after scripts/brokers.sh start}"
brokers=${SWITCHYARD_BROKERS_SH:-$repo/scripts/brokers.sh}
bin="$(swift build --show-bin-path)/switchyard"

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  # Never leave the suite without its NATS: start it again if this script stopped it.
  bash "$brokers" status nats >/dev/null 2>&1 || bash "$brokers" start nats >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

queue="switchyard-readyz-$$-$RANDOM"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/switchyard.yaml" <<YAML
connections:
  nats: { type: nats, url: "\${NATS_URL}" }
  rabbit:
    type: amqp
    url: "\${AMQP_URL}"
    queues:
      - { name: "$queue", durable: false, arguments: { x-expires: 60000 } }
    bindings:
      - { queue: "$queue", exchange: amq.topic, routing_key: "$queue" }
http:
  listen: "127.0.0.1:$port"
settings: { drain_timeout: 2s, log_level: info }
routes:
  - name: events-to-nats
    from: { webhook: { path: /webhooks/events } }
    to:
      - nats: { connection: nats, subject: "switchyard.readyz-test.{event:-none}" }
  - name: events-to-amqp
    from: { webhook: { path: /webhooks/amqp } }
    to:
      - amqp: { connection: rabbit, exchange: "amq.topic", routing_key: "$queue" }
YAML
"$bin" validate --config "$work/switchyard.yaml"
# SWITCHYARD_LISTEN overrides http.listen, and scripts/test.sh exports one: name our port there.
SWITCHYARD_LISTEN="127.0.0.1:$port" "$bin" run --config "$work/switchyard.yaml" 2>"$work/log" >/dev/null &
pid=$!

# Polls /readyz until it answers $1 (bounded by $2 seconds); prints the last body.
wait_ready() {
  local want=$1 deadline=$((SECONDS + $2)) code=""
  while [ $SECONDS -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || { { echo "FAIL: switchyard exited"; tail -20 "$work/log"; } >&2; exit 1; }
    code=$(curl -s --max-time 5 -o "$work/body" -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)
    [ "$code" = "$want" ] && { cat "$work/body"; echo; return 0; }
    sleep 0.1
  done
  # stderr: this runs inside $(...), whose output is the body
  { echo "FAIL: /readyz answered ${code:-nothing}, not $want, within $2 s: $(cat "$work/body" 2>/dev/null)"
    tail -20 "$work/log"; } >&2
  exit 1
}

post() { # $1 = path; prints the status code, keeps the body in $work/post
  curl -s --max-time 30 -o "$work/post" -w "%{http_code}" -XPOST "http://127.0.0.1:$port$1" -d '{"event":"ping"}' || true
}

echo "-- both brokers up: ready, and both sinks confirm"
body=$(wait_ready 200 30)
grep -q '"ready":true' <<<"$body" || { echo "FAIL: ready body: $body"; exit 1; }
for path in /webhooks/events /webhooks/amqp; do
  code=$(post "$path")
  [ "$code" = 200 ] || { echo "FAIL: POST $path answered $code: $(cat "$work/post")"; tail -20 "$work/log"; exit 1; }
done

echo "-- nats-server stopped: 503 naming the nats connection, and switchyard keeps running"
bash "$brokers" stop nats >/dev/null
body=$(wait_ready 503 30)
echo "$body"
grep -q '"down":\["nats"\]' <<<"$body" || { echo "FAIL: /readyz did not name the nats connection: $body"; exit 1; }
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "FAIL: /healthz while NATS is down"; exit 1; }

echo "-- nats-server back: ready again without a restart"
bash "$brokers" start nats >/dev/null
body=$(wait_ready 200 60)
grep -q '"ready":true' <<<"$body" || { echo "FAIL: ready body after the restart: $body"; exit 1; }
code=$(post /webhooks/events)
[ "$code" = 200 ] || { echo "FAIL: a webhook after the NATS restart answered $code: $(cat "$work/post")"; tail -20 "$work/log"; exit 1; }
echo "readyz follows the brokers: ok"
