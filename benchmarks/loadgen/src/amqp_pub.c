/* amqp-pub: publishes N persistent, mandatory messages with publisher confirms kept in a bounded window.
 * Delivery tags are tracked as a set (confirms may come out of order and with `multiple`); unroutable messages
 * come back as basic.return before their ack and are counted as returned. Closed loop by default (as fast as
 * confirms allow), or open loop at --rate msg/s. Prints one JSON summary line. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static void usage(void) {
    fprintf(stderr,
            "usage: amqp-pub --body FILE [--count N] [--exchange EX] [--routing-key KEY] [--window W]\n"
            "                [--rate MSG_PER_S] [--url amqp://user:pass@host:port/vhost] [--sessions K] [--first-seq S]\n"
            "  body placeholders: {seq} (S..S+N-1, S = 1 by default), {ts_ns} (CLOCK_REALTIME ns at send),\n"
            "  {session} (seq mod K); --first-seq lets several runs fill one seq range for one sink\n"
            "  --exchange \"\" (default) publishes to the queue named by --routing-key\n");
    exit(2);
}

typedef struct {
    uint8_t *state;      /* per delivery tag: 0 unsent, 1 outstanding, 2 settled */
    uint64_t low;        /* lowest tag that may still be outstanding */
    uint64_t outstanding, confirmed, nacked, returned;
} confirms_t;

static void settle(confirms_t *c, uint64_t tag, bool ack) {
    if (c->state[tag] != 1) return; /* an ack for a tag already settled: ignore */
    c->state[tag] = 2;
    c->outstanding--;
    if (ack) c->confirmed++;
    else c->nacked++;
}

static void on_confirm(confirms_t *c, uint64_t tag, bool multiple, bool ack, uint64_t sent) {
    if (tag > sent) die("confirm for delivery tag %llu that was never sent", (unsigned long long)tag);
    if (multiple) {
        for (uint64_t t = c->low; t <= tag; t++) settle(c, t, ack);
    } else {
        settle(c, tag, ack);
    }
    while (c->low <= sent && c->state[c->low] == 2) c->low++;
}

/* Reads one frame (waiting up to timeout_us; 0 = do not wait) and handles confirms and returns.
 * Returns false on timeout. */
static bool pump(amqp_connection_state_t conn, confirms_t *c, uint64_t sent, int64_t timeout_us) {
    amqp_frame_t f;
    struct timeval tv = {.tv_sec = timeout_us / 1000000, .tv_usec = timeout_us % 1000000};
    int st = amqp_simple_wait_frame_noblock(conn, &f, &tv);
    if (st == AMQP_STATUS_TIMEOUT) return false;
    amqp_check_status(st, "waiting for confirms");
    if (f.frame_type != AMQP_FRAME_METHOD) return true; /* heartbeats */
    switch (f.payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        amqp_basic_ack_t *m = f.payload.method.decoded;
        on_confirm(c, m->delivery_tag, m->multiple, true, sent);
        break;
    }
    case AMQP_BASIC_NACK_METHOD: {
        amqp_basic_nack_t *m = f.payload.method.decoded;
        on_confirm(c, m->delivery_tag, m->multiple, false, sent);
        break;
    }
    case AMQP_BASIC_RETURN_METHOD: {
        amqp_basic_return_t *m = f.payload.method.decoded;
        if (c->returned == 0)
            warnf("message returned: %d %.*s (is the queue declared and bound?)", m->reply_code,
                  (int)m->reply_text.len, (char *)m->reply_text.bytes);
        amqp_message_t msg;
        amqp_check(amqp_read_message(conn, f.channel, &msg, 0), "reading a returned message");
        amqp_destroy_message(&msg);
        c->returned++; /* its basic.ack follows and settles the tag */
        break;
    }
    case AMQP_CHANNEL_CLOSE_METHOD: {
        amqp_channel_close_t *m = f.payload.method.decoded;
        die("server closed the channel: %d %.*s", m->reply_code, (int)m->reply_text.len,
            (char *)m->reply_text.bytes);
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        amqp_connection_close_t *m = f.payload.method.decoded;
        die("server closed the connection: %d %.*s", m->reply_code, (int)m->reply_text.len,
            (char *)m->reply_text.bytes);
    }
    default: break;
    }
    return true;
}

int main(int argc, char **argv) {
    g_tool = "amqp-pub";
    const char *url = default_amqp_url(), *body_path = NULL, *exchange = "", *rkey = NULL;
    int64_t count = 50000, window = 512, sessions = 0, first_seq = 1;
    double rate = 0;
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--url")) url = arg_value(&a);
        else if (arg_is(&a, "--body")) body_path = arg_value(&a);
        else if (arg_is(&a, "--count")) count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--exchange")) exchange = arg_value(&a);
        else if (arg_is(&a, "--routing-key")) rkey = arg_value(&a);
        else if (arg_is(&a, "--window")) window = arg_int(&a, 1, 1000000);
        else if (arg_is(&a, "--rate")) rate = arg_double(&a, 0, 1e9);
        else if (arg_is(&a, "--sessions")) sessions = arg_int(&a, 0, 1000000000);
        else if (arg_is(&a, "--first-seq")) first_seq = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!body_path || !rkey) usage();
    tmpl_t body;
    tmpl_from_file(&body, body_path);
    char *buf = malloc(tmpl_max_len(&body));

    amqp_connection_state_t conn = amqp_open(url, 131072);
    amqp_confirm_select(conn, 1);
    amqp_check(amqp_get_rpc_reply(conn), "confirm.select");

    confirms_t c = {.state = calloc((size_t)count + 2, 1), .low = 1};
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof props);
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG |
                   AMQP_BASIC_TIMESTAMP_FLAG;
    props.delivery_mode = 2; /* persistent */
    props.content_type = amqp_cstring_bytes("application/json");
    char idbuf[24];
    amqp_bytes_t ex = amqp_cstring_bytes(exchange), rk = amqp_cstring_bytes(rkey);

    int64_t cpu0 = cpu_used_us(), t0 = now_mono_ns();
    int64_t interval = rate > 0 ? (int64_t)(1e9 / rate) : 0;
    int64_t max_lag_ns = 0;
    uint64_t sent = 0;
    while (sent < (uint64_t)count) {
        while (c.outstanding >= (uint64_t)window) pump(conn, &c, sent, 1000000);
        if (interval) {
            int64_t due = t0 + (int64_t)sent * interval, now = now_mono_ns();
            if (now < due) {
                /* drain confirms while waiting for the send time */
                for (;;) { /* computed once per round: a preempted thread must not pass a negative timeout */
                    int64_t left_us = (due - now_mono_ns()) / 1000 - 100;
                    if (left_us < 100 || !pump(conn, &c, sent, left_us)) break;
                }
                sleep_until_mono_ns(due);
            } else if (now - due > max_lag_ns) {
                max_lag_ns = now - due;
            }
        }
        uint64_t tag = ++sent, seq = (uint64_t)first_seq + tag - 1; /* tags count from 1 per channel */
        int64_t ts = now_realtime_ns();
        size_t len = tmpl_render(&body, buf, seq, ts, (uint64_t)sessions);
        snprintf(idbuf, sizeof idbuf, "%llu", (unsigned long long)seq);
        props.message_id = amqp_cstring_bytes(idbuf);
        props.timestamp = (uint64_t)(ts / 1000000000LL);
        c.state[tag] = 1;
        c.outstanding++;
        int st = amqp_basic_publish(conn, 1, ex, rk, 1 /* mandatory */, 0, &props, (amqp_bytes_t){len, buf});
        amqp_check_status(st, "basic.publish");
        /* pick up confirms that have already arrived without waiting (cheap when nothing is buffered) */
        if ((tag & 31) == 0 || amqp_data_in_buffer(conn))
            while (pump(conn, &c, sent, 0)) {
            }
    }
    int64_t deadline = now_mono_ns() + 30000000000LL;
    while (c.outstanding > 0) {
        if (now_mono_ns() > deadline) {
            warnf("%llu confirms still missing after 30 s", (unsigned long long)c.outstanding);
            break;
        }
        pump(conn, &c, sent, 1000000);
    }
    double secs = (double)(now_mono_ns() - t0) / 1e9;
    int64_t cpu = cpu_used_us() - cpu0;
    printf("{\"tool\":\"amqp-pub\",\"sent\":%llu,\"confirmed\":%llu,\"nacked\":%llu,\"returned\":%llu,"
           "\"unconfirmed\":%llu,\"seconds\":%.3f,\"msgs_per_s\":%.0f,\"window\":%lld,\"rate\":%.0f,"
           "\"max_lag_ms\":%.1f,\"body_bytes\":%zu,\"cpu_us_per_msg\":%.2f}\n",
           (unsigned long long)sent, (unsigned long long)c.confirmed, (unsigned long long)c.nacked,
           (unsigned long long)c.returned, (unsigned long long)c.outstanding, secs,
           secs > 0 ? (double)c.confirmed / secs : 0, (long long)window, rate, (double)max_lag_ns / 1e6,
           tmpl_render(&body, buf, 1, now_realtime_ns(), (uint64_t)sessions), (double)cpu / (double)sent);
    amqp_close_all(conn);
    return (c.confirmed == sent && c.returned == 0) ? 0 : 1;
}
