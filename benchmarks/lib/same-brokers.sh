# Sourced by the benchmark scripts before they declare, purge or recreate anything: refuses to go on unless
# NATS_URL and AMQP_URL point at the brokers that scripts/brokers.sh runs from this SWITCHYARD_RUN_DIR.
# Why: `brokers.sh status` judges by the pid files of the run dir, `brokers.sh env` by the port variables; called
# with a run dir whose brokers were started on other ports (e.g. the private ports left out of the environment),
# the two disagree and a benchmark would recreate streams and purge queues on somebody else's brokers.
require_same_brokers() { # repo
  local run_dir=${SWITCHYARD_RUN_DIR:-$1/.run} nats_port amqp_port pid
  nats_port=$(printf '%s' "$NATS_URL" | sed -n 's|.*:\([0-9][0-9]*\)/*$|\1|p')
  amqp_port=$(printf '%s' "$AMQP_URL" | sed -n 's|^amqp://[^/]*:\([0-9][0-9]*\)\(/.*\)\{0,1\}$|\1|p')
  if ! grep -qF "listen: \"127.0.0.1:${nats_port:-?}\"" "$run_dir/nats/nats.conf" 2>/dev/null; then
    echo "NATS_URL=$NATS_URL is not the nats-server of $run_dir: run with the SWITCHYARD_* environment its" \
      "brokers were started with (see scripts/brokers.sh); nothing was touched" >&2
    return 1
  fi
  pid=$(cat "$run_dir/rabbitmq/rabbitmq.pid" 2>/dev/null || true)
  if [ -z "$pid" ] || ! tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "RABBITMQ_NODE_PORT=${amqp_port:-?}"; then
    echo "AMQP_URL=$AMQP_URL is not the RabbitMQ node of $run_dir: run with the SWITCHYARD_* environment its" \
      "brokers were started with (see scripts/brokers.sh); nothing was touched" >&2
    return 1
  fi
}
