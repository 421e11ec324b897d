# Sourced by the benchmark scripts: the raw C bridge AMQP → JetStream with the one command line physical-limit.sh
# measures, so every figure set beside "the raw bridge" (physical-limit.sh, the drain pairs of scenarios.sh,
# profile-drain.sh raw) runs the same thing.
# raw_bridge_forward LOADGEN_BIN_DIR N PREFETCH: q.whatsapp.outbound → wa.send.session-0, window = prefetch.
raw_bridge_forward() {
  "$1/raw-bridge" --queue q.whatsapp.outbound --subject wa.send.session-0 --count "$2" \
    --prefetch "$3" --window "$3" --idle 15
}
