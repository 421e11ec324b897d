/* amqp-sink: consumes an AMQP queue (prefetch, acks batched with `multiple`), reads "seq" and "ts_ns" from each
 * body, counts distinct seqs and duplicates, and stops when N distinct seqs arrived or after --idle seconds
 * without a message. Prints one JSON line with throughput and end-to-end latency percentiles. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static void usage(void) {
    fprintf(stderr, "usage: amqp-sink --queue Q [--count N] [--prefetch P] [--ack-every B] [--idle SECONDS]\n"
                    "                 [--url amqp://user:pass@host:port/vhost]\n");
    exit(2);
}

int main(int argc, char **argv) {
    g_tool = "amqp-sink";
    const char *url = default_amqp_url(), *queue = NULL;
    int64_t count = 50000, prefetch = 1000, ack_every = 0;
    double idle = 10;
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--url")) url = arg_value(&a);
        else if (arg_is(&a, "--queue")) queue = arg_value(&a);
        else if (arg_is(&a, "--count")) count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--prefetch")) prefetch = arg_int(&a, 1, 65535);
        else if (arg_is(&a, "--ack-every")) ack_every = arg_int(&a, 1, 65535);
        else if (arg_is(&a, "--idle")) idle = arg_double(&a, 0.1, 86400);
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!queue) usage();
    if (!ack_every) ack_every = prefetch / 4 > 0 ? prefetch / 4 : 1;
    if (ack_every > prefetch) ack_every = prefetch;

    amqp_connection_state_t conn = amqp_open(url, 131072);
    amqp_basic_qos(conn, 1, 0, (uint16_t)prefetch, 0);
    amqp_check(amqp_get_rpc_reply(conn), "basic.qos");
    amqp_basic_consume(conn, 1, amqp_cstring_bytes(queue), amqp_empty_bytes, 0, 0 /* manual ack */, 0,
                       amqp_empty_table);
    amqp_check(amqp_get_rpc_reply(conn), "basic.consume");

    tally_t t;
    tally_init(&t, (uint64_t)count);
    uint64_t last_tag = 0, acked_tag = 0;
    int64_t cpu0 = cpu_used_us();
    int64_t idle_ns = (int64_t)(idle * 1e9), last_activity = now_mono_ns();
    while (!tally_done(&t)) {
        amqp_envelope_t env;
        amqp_maybe_release_buffers(conn);
        struct timeval tv = {0, 100000};
        amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &tv, 0);
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_TIMEOUT) {
            if (last_tag > acked_tag) { /* quiet moment: settle what we hold */
                amqp_check_status(amqp_basic_ack(conn, 1, last_tag, 1), "basic.ack");
                acked_tag = last_tag;
            }
            if (now_mono_ns() - last_activity > idle_ns) break;
            continue;
        }
        amqp_check(r, "consuming");
        int64_t arrival = now_realtime_ns();
        last_activity = now_mono_ns();
        tally_add(&t, env.message.body.bytes, env.message.body.len, arrival);
        last_tag = env.delivery_tag;
        amqp_destroy_envelope(&env);
        if (last_tag - acked_tag >= (uint64_t)ack_every || tally_done(&t)) {
            amqp_check_status(amqp_basic_ack(conn, 1, last_tag, 1), "basic.ack");
            acked_tag = last_tag;
        }
    }
    if (last_tag > acked_tag) amqp_check_status(amqp_basic_ack(conn, 1, last_tag, 1), "basic.ack");
    char extra[128];
    snprintf(extra, sizeof extra, ",\"prefetch\":%lld,\"ack_every\":%lld", (long long)prefetch,
             (long long)ack_every);
    tally_print(&t, "amqp-sink", cpu_used_us() - cpu0, extra);
    amqp_close_all(conn);
    return tally_done(&t) ? 0 : 1;
}
