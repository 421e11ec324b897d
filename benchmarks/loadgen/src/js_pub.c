/* js-pub: publishes N messages to JetStream with js_PublishMsgAsync and a bounded window of outstanding PubAcks
 * (Nats-Msg-Id = seq, so the stream de-duplicates retries), or with core NATS publish (--core). Subject and
 * body are templates: {seq}, {ts_ns}, {session}. Closed loop or open loop at --rate. One JSON summary line.
 * --duplicate-every K publishes every K-th message twice: the same body, Nats-Msg-Id "<seq>-dup", so the stream
 * keeps both copies (input for consumer-side dedup). */
#include "common.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void usage(void) {
    fprintf(stderr,
            "usage: js-pub --subject TEMPLATE --body FILE [--count N] [--window W] [--rate MSG_PER_S]\n"
            "              [--core] [--sessions K] [--duplicate-every K] [--url nats://host:port]\n"
            "  placeholders in subject and body: {seq} (1..N), {ts_ns}, {session} (seq mod K)\n");
    exit(2);
}

static uint64_t g_acked, g_failed;
static int g_first_error;

static void on_puback(jsCtx *js, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae, void *closure) {
    (void)js;
    (void)closure;
    if (pa) {
        __atomic_add_fetch(&g_acked, 1, __ATOMIC_RELAXED);
    } else {
        if (__atomic_add_fetch(&g_failed, 1, __ATOMIC_RELAXED) == 1 && pae) g_first_error = (int)pae->ErrCode;
    }
    natsMsg_Destroy(msg);
}

int main(int argc, char **argv) {
    g_tool = "js-pub";
    const char *url = default_nats_url(), *body_path = NULL, *subject_tmpl = NULL;
    int64_t count = 50000, window = 512, sessions = 0, dup_every = 0;
    double rate = 0;
    bool core = false;
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--url")) url = arg_value(&a);
        else if (arg_is(&a, "--body")) body_path = arg_value(&a);
        else if (arg_is(&a, "--subject")) subject_tmpl = arg_value(&a);
        else if (arg_is(&a, "--count")) count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--window")) window = arg_int(&a, 1, 1000000);
        else if (arg_is(&a, "--rate")) rate = arg_double(&a, 0, 1e9);
        else if (arg_is(&a, "--sessions")) sessions = arg_int(&a, 0, 1000000000);
        else if (arg_is(&a, "--duplicate-every")) dup_every = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--core")) core = true;
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!body_path || !subject_tmpl) usage();
    tmpl_t body, subj;
    tmpl_from_file(&body, body_path);
    tmpl_compile(&subj, strdup(subject_tmpl));
    char *buf = malloc(tmpl_max_len(&body)), *sbuf = malloc(tmpl_max_len(&subj));

    natsConnection *nc = nats_open(url);
    jsCtx *js = NULL;
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.PublishAsync.MaxPending = window;
    jo.PublishAsync.AckHandler = on_puback;
    jo.PublishAsync.StallWait = 30000; /* ms: a full window waits for PubAcks, it is not an error */
    if (!core) nats_check(natsConnection_JetStream(&js, nc, &jo), "JetStream context");

    int64_t cpu0 = cpu_used_us(), t0 = now_mono_ns();
    int64_t interval = rate > 0 ? (int64_t)(1e9 / rate) : 0, max_lag_ns = 0;
    char idbuf[32];
    uint64_t sent = 0;
    for (uint64_t seq = 1; seq <= (uint64_t)count; seq++) {
        if (interval) {
            int64_t due = t0 + (int64_t)(seq - 1) * interval, now = now_mono_ns();
            if (now < due) sleep_until_mono_ns(due);
            else if (now - due > max_lag_ns) max_lag_ns = now - due;
        }
        int64_t ts = now_realtime_ns();
        size_t len = tmpl_render(&body, buf, seq, ts, (uint64_t)sessions);
        tmpl_render(&subj, sbuf, seq, ts, (uint64_t)sessions);
        int copies = (dup_every && seq % (uint64_t)dup_every == 0) ? 2 : 1;
        for (int copy = 0; copy < copies; copy++) {
            if (core) {
                nats_check(natsConnection_Publish(nc, sbuf, buf, (int)len), "publish");
            } else {
                natsMsg *m = NULL;
                nats_check(natsMsg_Create(&m, sbuf, NULL, buf, (int)len), "message");
                snprintf(idbuf, sizeof idbuf, copy ? "%llu-dup" : "%llu", (unsigned long long)seq);
                nats_check(natsMsgHeader_Set(m, "Nats-Msg-Id", idbuf), "header");
                natsStatus s = js_PublishMsgAsync(js, &m, NULL);
                if (s != NATS_OK) { natsMsg_Destroy(m); nats_check(s, "js_PublishMsgAsync"); }
            }
            sent++;
        }
    }
    if (core) {
        nats_check(natsConnection_FlushTimeout(nc, 30000), "flush");
    } else {
        jsPubOptions po;
        jsPubOptions_Init(&po);
        po.MaxWait = 30000;
        natsStatus s = js_PublishAsyncComplete(js, &po);
        if (s != NATS_OK) warnf("PubAcks still missing after 30 s: %s", natsStatus_GetText(s));
    }
    double secs = (double)(now_mono_ns() - t0) / 1e9;
    int64_t cpu = cpu_used_us() - cpu0;
    uint64_t acked = core ? sent : __atomic_load_n(&g_acked, __ATOMIC_RELAXED);
    uint64_t failed = __atomic_load_n(&g_failed, __ATOMIC_RELAXED);
    printf("{\"tool\":\"js-pub\",\"mode\":\"%s\",\"sent\":%llu,\"confirmed\":%llu,\"failed\":%llu,"
           "\"first_error\":%d,\"seconds\":%.3f,\"msgs_per_s\":%.0f,\"window\":%lld,\"rate\":%.0f,"
           "\"max_lag_ms\":%.1f,\"body_bytes\":%zu,\"cpu_us_per_msg\":%.2f}\n",
           core ? "core" : "jetstream", (unsigned long long)sent, (unsigned long long)acked,
           (unsigned long long)failed, g_first_error, secs, secs > 0 ? (double)acked / secs : 0,
           (long long)window, rate, (double)max_lag_ns / 1e6,
           tmpl_render(&body, buf, 1, now_realtime_ns(), (uint64_t)sessions), (double)cpu / (double)sent);
    if (js) jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return acked == sent ? 0 : 1;
}
