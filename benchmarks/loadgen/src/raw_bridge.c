/* raw-bridge: the physical limit of an AMQP <-> JetStream route on this machine: the same broker work as
 * Switchyard's route (consume, publish with confirmation, settle at the source only after the sink confirmed),
 * with no parsing and no transforms.
 *
 * Forward (default): rabbitmq-c consumes --queue (prefetch P) -> nats.c js_PublishMsgAsync to --subject (window W)
 *   -> basic.ack only once the PubAck of that message and of every earlier one arrived (one ack with `multiple`
 *   per --ack-every settled messages). A failed PubAck becomes a basic.nack with requeue.
 * Reverse (--reverse): JetStream push consumer (MaxAckPending = W) on --stream/--subject -> AMQP publish to --exchange/--routing-key
 *   with confirms (window W) -> JetStream ack of each message after its confirm; a nack becomes a JetStream nak.
 *
 * Stops after N messages settled or --idle seconds without traffic; prints msgs/s and CPU µs per message. */
#include "common.h"

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static void usage(void) {
    fprintf(stderr,
            "usage: raw-bridge --queue Q --subject SUBJECT [--count N] [--prefetch P] [--window W]\n"
            "                  [--ack-every B] [--idle SECONDS] [--amqp-url URL] [--nats-url URL]\n"
            "       raw-bridge --reverse --stream NAME --subject FILTER --exchange EX --routing-key KEY\n"
            "                  [--count N] [--window W] [--idle SECONDS] [--amqp-url URL] [--nats-url URL]\n"
            "  --routing-key '{subject}' uses each message's NATS subject as the routing key\n");
    exit(2);
}

typedef struct {
    const char *amqp_url, *nats_url, *queue, *subject, *stream, *exchange, *rkey;
    int64_t count, prefetch, window, ack_every, batch;
    double idle;
} opts_t;

/* ------------------------------------------------------------------------------------------ forward */

enum { TAG_FREE = 0, TAG_INFLIGHT = 1, TAG_OK = 2, TAG_FAILED = 3 };
static uint8_t *g_state; /* per delivery tag (mod g_mask+1), written by the PubAck thread */
static uint64_t g_mask;
/* The main thread sleeps in poll() on the AMQP socket and this pipe; a PubAck wakes it only when it said it sleeps
 * (no write per message while it is busy). */
static int g_wake[2];
static int g_sleeping;

static void on_puback(jsCtx *js, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae, void *closure) {
    (void)js;
    (void)pae;
    (void)closure;
    const char *v = NULL;
    if (natsMsgHeader_Get(msg, "Bridge-Tag", &v) == NATS_OK && v) {
        uint64_t tag = strtoull(v, NULL, 10);
        __atomic_store_n(&g_state[tag & g_mask], pa ? TAG_OK : TAG_FAILED, __ATOMIC_SEQ_CST);
        if (__atomic_exchange_n(&g_sleeping, 0, __ATOMIC_SEQ_CST)) {
            char c = 1;
            if (write(g_wake[1], &c, 1) < 0) { /* full pipe: a wake-up is pending anyway */ }
        }
    }
    natsMsg_Destroy(msg);
}

static int forward(const opts_t *o) {
    uint64_t cap = 1;
    while (cap < (uint64_t)(o->prefetch * 2)) cap <<= 1;
    g_mask = cap - 1;
    g_state = calloc(cap, 1);
    if (pipe2(g_wake, O_NONBLOCK | O_CLOEXEC) != 0) die("pipe: cannot create the wake-up pipe");

    natsConnection *nc = nats_open(o->nats_url);
    jsCtx *js = NULL;
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.PublishAsync.MaxPending = o->window;
    jo.PublishAsync.AckHandler = on_puback;
    jo.PublishAsync.StallWait = 30000; /* ms */
    nats_check(natsConnection_JetStream(&js, nc, &jo), "JetStream context");

    amqp_connection_state_t conn = amqp_open(o->amqp_url, 131072);
    amqp_basic_qos(conn, 1, 0, (uint16_t)o->prefetch, 0);
    amqp_check(amqp_get_rpc_reply(conn), "basic.qos");
    amqp_basic_consume(conn, 1, amqp_cstring_bytes(o->queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
    amqp_check(amqp_get_rpc_reply(conn), "basic.consume");

    uint64_t received = 0, settled = 0, failed = 0, last_tag = 0;
    uint64_t done_through = 0; /* every tag <= this has its PubAck (ok or failed and nacked) */
    uint64_t acked_through = 0; /* basic.ack multiple sent up to here */
    int64_t cpu0 = cpu_used_us(), t_first = 0, t_last = 0;
    int64_t idle_ns = (int64_t)(o->idle * 1e9), last_activity = now_mono_ns();
    char tagbuf[24];
    while (settled < (uint64_t)o->count) {
        /* advance over contiguous PubAcks */
        while (done_through < last_tag) {
            uint64_t t = done_through + 1;
            uint8_t s = __atomic_load_n(&g_state[t & g_mask], __ATOMIC_ACQUIRE);
            if (s == TAG_INFLIGHT) break;
            if (s == TAG_FAILED) {
                if (done_through > acked_through) {
                    amqp_check_status(amqp_basic_ack(conn, 1, done_through, 1), "basic.ack");
                    acked_through = done_through;
                }
                amqp_check_status(amqp_basic_nack(conn, 1, t, 0, 1 /* requeue */), "basic.nack");
                acked_through = t;
                failed++;
            } else {
                settled++;
            }
            g_state[t & g_mask] = TAG_FREE;
            done_through = t;
        }
        bool idle_pipe = done_through == last_tag;
        if (done_through > acked_through &&
            (done_through - acked_through >= (uint64_t)o->ack_every || idle_pipe || settled >= (uint64_t)o->count)) {
            amqp_check_status(amqp_basic_ack(conn, 1, done_through, 1), "basic.ack");
            acked_through = done_through;
            t_last = now_mono_ns();
        }
        if (settled >= (uint64_t)o->count) break;

        if (!amqp_data_in_buffer(conn) && !amqp_frames_enqueued(conn)) {
            /* nothing buffered: sleep until the socket is readable or a PubAck arrives */
            __atomic_store_n(&g_sleeping, 1, __ATOMIC_SEQ_CST);
            if (done_through < last_tag &&
                __atomic_load_n(&g_state[(done_through + 1) & g_mask], __ATOMIC_SEQ_CST) != TAG_INFLIGHT) {
                __atomic_store_n(&g_sleeping, 0, __ATOMIC_SEQ_CST);
                continue; /* a PubAck came in meanwhile */
            }
            struct pollfd pf[2] = {{amqp_get_sockfd(conn), POLLIN, 0}, {g_wake[0], POLLIN, 0}};
            int pr = poll(pf, 2, 100);
            __atomic_store_n(&g_sleeping, 0, __ATOMIC_SEQ_CST);
            if (pf[1].revents & POLLIN) {
                char drain[64];
                while (read(g_wake[0], drain, sizeof drain) > 0) {
                }
            }
            if (pr == 0) {
                if (idle_pipe && now_mono_ns() - last_activity > idle_ns) break;
                continue;
            }
            if (!(pf[0].revents & (POLLIN | POLLERR | POLLHUP))) continue;
        }
        amqp_envelope_t env;
        amqp_maybe_release_buffers(conn);
        /* zero timeout: once the basic.deliver frame is read, rabbitmq-c reads the header and body blocking */
        struct timeval tv = {0, 0};
        amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &tv, 0);
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_TIMEOUT) continue;
        amqp_check(r, "consuming");
        last_activity = now_mono_ns();
        if (received++ == 0) t_first = last_activity;
        uint64_t tag = env.delivery_tag;
        if (tag != last_tag + 1) die("delivery tags not consecutive (%llu after %llu)", (unsigned long long)tag,
                                     (unsigned long long)last_tag);
        last_tag = tag;
        g_state[tag & g_mask] = TAG_INFLIGHT;
        natsMsg *m = NULL;
        nats_check(natsMsg_Create(&m, o->subject, NULL, env.message.body.bytes, (int)env.message.body.len),
                   "message");
        snprintf(tagbuf, sizeof tagbuf, "%llu", (unsigned long long)tag);
        nats_check(natsMsgHeader_Set(m, "Bridge-Tag", tagbuf), "header");
        amqp_basic_properties_t *p = &env.message.properties;
        if ((p->_flags & AMQP_BASIC_MESSAGE_ID_FLAG) && p->message_id.len < 64) {
            char id[64];
            memcpy(id, p->message_id.bytes, p->message_id.len);
            id[p->message_id.len] = '\0';
            nats_check(natsMsgHeader_Set(m, "Nats-Msg-Id", id), "header");
        }
        amqp_destroy_envelope(&env);
        natsStatus s = js_PublishMsgAsync(js, &m, NULL);
        if (s != NATS_OK) { natsMsg_Destroy(m); nats_check(s, "js_PublishMsgAsync"); }
    }
    int64_t cpu = cpu_used_us() - cpu0;
    double secs = t_last > t_first ? (double)(t_last - t_first) / 1e9 : 0;
    printf("{\"tool\":\"raw-bridge\",\"direction\":\"amqp->jetstream\",\"received\":%llu,\"settled\":%llu,"
           "\"failed\":%llu,\"seconds\":%.3f,\"msgs_per_s\":%.0f,\"cpu_us_per_msg\":%.2f,\"prefetch\":%lld,"
           "\"window\":%lld,\"ack_every\":%lld}\n",
           (unsigned long long)received, (unsigned long long)settled, (unsigned long long)failed, secs,
           secs > 0 ? (double)settled / secs : 0, settled ? (double)cpu / (double)settled : 0,
           (long long)o->prefetch, (long long)o->window, (long long)o->ack_every);
    fflush(stdout);
    amqp_close_all(conn);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return settled >= (uint64_t)o->count ? 0 : 1;
}

/* ------------------------------------------------------------------------------------------ reverse */

typedef struct {
    natsMsg **ring; /* by publish delivery tag mod cap */
    uint64_t mask, low, sent, outstanding, settled, nacked, returned;
} pending_t;

static void settle(pending_t *p, uint64_t tag, bool ack) {
    natsMsg *m = p->ring[tag & p->mask];
    if (!m) return;
    p->ring[tag & p->mask] = NULL;
    if (ack) { nats_check(natsMsg_Ack(m, NULL), "JetStream ack"); p->settled++; }
    else { nats_check(natsMsg_Nak(m, NULL), "JetStream nak"); p->nacked++; }
    natsMsg_Destroy(m);
    p->outstanding--;
}

static void on_confirm(pending_t *p, uint64_t tag, bool multiple, bool ack) {
    if (multiple) for (uint64_t t = p->low; t <= tag; t++) settle(p, t, ack);
    else settle(p, tag, ack);
    while (p->low <= p->sent && p->ring[p->low & p->mask] == NULL) p->low++;
}

/* One frame from the publishing connection (confirms, returns); false on timeout. */
static bool pump(amqp_connection_state_t conn, pending_t *p, int64_t timeout_us) {
    amqp_frame_t f;
    struct timeval tv = {.tv_sec = timeout_us / 1000000, .tv_usec = timeout_us % 1000000};
    int st = amqp_simple_wait_frame_noblock(conn, &f, &tv);
    if (st == AMQP_STATUS_TIMEOUT) return false;
    amqp_check_status(st, "waiting for confirms");
    if (f.frame_type != AMQP_FRAME_METHOD) return true;
    switch (f.payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        amqp_basic_ack_t *m = f.payload.method.decoded;
        on_confirm(p, m->delivery_tag, m->multiple, true);
        break;
    }
    case AMQP_BASIC_NACK_METHOD: {
        amqp_basic_nack_t *m = f.payload.method.decoded;
        on_confirm(p, m->delivery_tag, m->multiple, false);
        break;
    }
    case AMQP_BASIC_RETURN_METHOD: {
        amqp_basic_return_t *m = f.payload.method.decoded;
        if (p->returned++ == 0)
            warnf("message returned: %d %.*s (is a queue bound to the routing key?)", m->reply_code,
                  (int)m->reply_text.len, (char *)m->reply_text.bytes);
        amqp_message_t msg;
        amqp_check(amqp_read_message(conn, f.channel, &msg, 0), "reading a returned message");
        amqp_destroy_message(&msg);
        break;
    }
    case AMQP_CHANNEL_CLOSE_METHOD:
    case AMQP_CONNECTION_CLOSE_METHOD: die("the server closed the AMQP channel or connection");
    default: break;
    }
    return true;
}

static int reverse(const opts_t *o) {
    natsConnection *nc = nats_open(o->nats_url);
    jsCtx *js = NULL;
    nats_check(natsConnection_JetStream(&js, nc, NULL), "JetStream context");
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = o->stream;
    so.Config.AckPolicy = js_AckExplicit;
    so.Config.MaxAckPending = o->window * 2;
    so.Config.AckWait = 30LL * 1000000000LL; /* ns */
    so.ManualAck = true;
    so.Config.Durable = "raw-bridge";
    /* A push consumer whose MaxAckPending is the window: the server stops delivering while W are unsettled.
     * (Not a pull consumer: nats.c 3.4.1's Fetch writes past its batch array when a late reply of an expired pull
     * request arrives, which short fetch timeouts make frequent; valgrind shows it.) */
    so.Config.MaxAckPending = o->window;
    natsSubscription *sub = NULL;
    jsErrCode jerr = 0;
    natsStatus s = js_SubscribeSync(&sub, js, o->subject, NULL, &so, &jerr);
    nats_check_js(s, jerr, "subscribe");
    natsSubscription_SetPendingLimits(sub, -1, -1);

    amqp_connection_state_t conn = amqp_open(o->amqp_url, 131072);
    amqp_confirm_select(conn, 1);
    amqp_check(amqp_get_rpc_reply(conn), "confirm.select");
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof props);
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG;
    props.delivery_mode = 2;
    props.content_type = amqp_cstring_bytes("application/json");
    amqp_bytes_t ex = amqp_cstring_bytes(o->exchange), fixed_key = amqp_cstring_bytes(o->rkey);
    bool key_from_subject = strcmp(o->rkey, "{subject}") == 0;

    uint64_t cap = 1;
    while (cap < (uint64_t)o->window * 2) cap <<= 1;
    pending_t p = {.ring = calloc(cap, sizeof(natsMsg *)), .mask = cap - 1, .low = 1};
    uint64_t received = 0;
    int64_t cpu0 = cpu_used_us(), t_first = 0, t_last = 0;
    int64_t idle_ns = (int64_t)(o->idle * 1e9), last_activity = now_mono_ns();
    while (p.settled < (uint64_t)o->count) {
        int got = 0;
        while (p.outstanding < (uint64_t)o->window && received < (uint64_t)o->count) {
            int pending = 0;
            natsSubscription_GetPending(sub, &pending, NULL);
            /* block only when there is nothing else to do; otherwise take what is queued and go to confirms */
            if (pending == 0 && (got > 0 || p.outstanding > 0)) break;
            natsMsg *m = NULL;
            s = natsSubscription_NextMsg(&m, sub, 100);
            if (s == NATS_TIMEOUT) break;
            nats_check(s, "next message");
            amqp_bytes_t key = key_from_subject ? amqp_cstring_bytes(natsMsg_GetSubject(m)) : fixed_key;
            int st = amqp_basic_publish(conn, 1, ex, key, 1, 0, &props,
                                        (amqp_bytes_t){(size_t)natsMsg_GetDataLength(m), (void *)natsMsg_GetData(m)});
            amqp_check_status(st, "basic.publish");
            uint64_t tag = ++p.sent;
            p.ring[tag & p.mask] = m;
            p.outstanding++;
            if (received++ == 0) t_first = now_mono_ns();
            got++;
        }
        if (got) last_activity = now_mono_ns();
        /* confirms: drain what is there; wait a little when the window is full or nothing new came */
        bool any = false;
        while (pump(conn, &p, 0)) any = true;
        if (!any && p.outstanding > 0 && (got == 0 || p.outstanding >= (uint64_t)o->window)) pump(conn, &p, 2000);
        if (p.outstanding == 0) t_last = now_mono_ns();
        if (got == 0 && p.outstanding == 0 && now_mono_ns() - last_activity > idle_ns) break;
    }
    natsConnection_FlushTimeout(nc, 10000); /* the JetStream acks */
    int64_t cpu = cpu_used_us() - cpu0;
    double secs = t_last > t_first ? (double)(t_last - t_first) / 1e9 : 0;
    printf("{\"tool\":\"raw-bridge\",\"direction\":\"jetstream->amqp\",\"received\":%llu,\"settled\":%llu,"
           "\"failed\":%llu,\"returned\":%llu,\"seconds\":%.3f,\"msgs_per_s\":%.0f,\"cpu_us_per_msg\":%.2f,"
           "\"window\":%lld}\n",
           (unsigned long long)received, (unsigned long long)p.settled, (unsigned long long)p.nacked,
           (unsigned long long)p.returned, secs, secs > 0 ? (double)p.settled / secs : 0,
           p.settled ? (double)cpu / (double)p.settled : 0, (long long)o->window);
    fflush(stdout);
    natsSubscription_Unsubscribe(sub); /* deletes the durable: the next run starts clean */
    natsSubscription_Destroy(sub);
    amqp_close_all(conn);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return p.settled >= (uint64_t)o->count ? 0 : 1;
}

int main(int argc, char **argv) {
    g_tool = "raw-bridge";
    opts_t o = {.amqp_url = default_amqp_url(), .nats_url = default_nats_url(), .exchange = "",
                .count = 50000, .prefetch = 1000, .window = 1000, .ack_every = 0, .batch = 250, .idle = 10};
    bool rev = false;
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--amqp-url")) o.amqp_url = arg_value(&a);
        else if (arg_is(&a, "--nats-url")) o.nats_url = arg_value(&a);
        else if (arg_is(&a, "--queue")) o.queue = arg_value(&a);
        else if (arg_is(&a, "--subject")) o.subject = arg_value(&a);
        else if (arg_is(&a, "--stream")) o.stream = arg_value(&a);
        else if (arg_is(&a, "--exchange")) o.exchange = arg_value(&a);
        else if (arg_is(&a, "--routing-key")) o.rkey = arg_value(&a);
        else if (arg_is(&a, "--count")) o.count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--prefetch")) o.prefetch = arg_int(&a, 1, 65535);
        else if (arg_is(&a, "--window")) o.window = arg_int(&a, 1, 1000000);
        else if (arg_is(&a, "--ack-every")) o.ack_every = arg_int(&a, 1, 65535);
        else if (arg_is(&a, "--batch")) o.batch = arg_int(&a, 1, 100000);
        else if (arg_is(&a, "--idle")) o.idle = arg_double(&a, 0.1, 86400);
        else if (arg_is(&a, "--reverse")) rev = true;
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!o.ack_every) o.ack_every = o.prefetch / 4 > 0 ? o.prefetch / 4 : 1;
    if (rev) {
        if (!o.stream || !o.subject || !o.rkey) usage();
        return reverse(&o);
    }
    if (!o.queue || !o.subject) usage();
    if (o.window < o.prefetch) o.window = o.prefetch; /* never stall the publish: the prefetch bounds in-flight */
    return forward(&o);
}
