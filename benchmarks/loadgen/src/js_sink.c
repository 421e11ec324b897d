/* js-sink: consumes a JetStream stream through a push consumer over a filter subject (MaxAckPending = 4 x --batch;
 * not a pull consumer: nats.c 3.4.1's Fetch overruns its batch array when a late reply of an expired request comes) (a durable created for the
 * run and deleted at the end, unless --keep), acks every message explicitly (the acks are batched on the wire by
 * the connection's flusher), reads "seq" and "ts_ns" from each body, counts distinct seqs and duplicates, and stops
 * at N distinct or after --idle seconds without a message. One JSON line with throughput and latency. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(void) {
    fprintf(stderr, "usage: js-sink --stream NAME --subject FILTER [--count N] [--batch B] [--durable NAME]\n"
                    "               [--keep] [--ordered] [--idle SECONDS] [--url nats://host:port]\n"
                    "  --ordered: an ordered consumer (ephemeral, no acks) instead of the durable, e.g. on a limits\n"
                    "             stream such as WA_EVENTS that other consumers also read\n");
    exit(2);
}

int main(int argc, char **argv) {
    g_tool = "js-sink";
    const char *url = default_nats_url(), *stream = NULL, *filter = NULL, *durable = NULL;
    int64_t count = 50000, batch = 500;
    double idle = 10;
    bool keep = false, ordered = false;
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--url")) url = arg_value(&a);
        else if (arg_is(&a, "--stream")) stream = arg_value(&a);
        else if (arg_is(&a, "--subject")) filter = arg_value(&a);
        else if (arg_is(&a, "--count")) count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--batch")) batch = arg_int(&a, 1, 100000); /* in-flight = 4 x batch */
        else if (arg_is(&a, "--durable")) durable = arg_value(&a);
        else if (arg_is(&a, "--keep")) keep = true;
        else if (arg_is(&a, "--ordered")) ordered = true;
        else if (arg_is(&a, "--idle")) idle = arg_double(&a, 0.1, 86400);
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!stream || !filter) usage();
    char namebuf[64];
    if (!durable) { snprintf(namebuf, sizeof namebuf, "js-sink-%d", (int)getpid()); durable = namebuf; }

    natsConnection *nc = nats_open(url);
    jsCtx *js = NULL;
    nats_check(natsConnection_JetStream(&js, nc, NULL), "JetStream context");
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = stream;
    if (ordered) {
        so.Ordered = true; /* the library recreates it on a gap; AckNone */
    } else {
        so.Config.AckPolicy = js_AckExplicit;
        so.Config.MaxAckPending = batch * 4;
        so.ManualAck = true;
        so.Config.Durable = durable;
    }
    if (!ordered) so.Config.AckWait = 30LL * 1000000000LL; /* ns */
    natsSubscription *sub = NULL;
    jsErrCode jerr = 0;
    { natsStatus st_ = js_SubscribeSync(&sub, js, filter, NULL, &so, &jerr); nats_check_js(st_, jerr, "subscribe"); }
    natsSubscription_SetPendingLimits(sub, -1, -1);

    tally_t t;
    tally_init(&t, (uint64_t)count);
    int64_t cpu0 = cpu_used_us();
    int64_t idle_ns = (int64_t)(idle * 1e9), last_activity = now_mono_ns();
    while (!tally_done(&t)) {
        natsMsg *m = NULL;
        natsStatus s = natsSubscription_NextMsg(&m, sub, 100);
        if (s == NATS_TIMEOUT) {
            if (now_mono_ns() - last_activity > idle_ns) break;
            continue;
        }
        nats_check(s, "next message");
        int64_t arrival = now_realtime_ns();
        last_activity = now_mono_ns();
        tally_add(&t, natsMsg_GetData(m), (size_t)natsMsg_GetDataLength(m), arrival);
        if (!ordered) nats_check(natsMsg_Ack(m, NULL), "ack");
        natsMsg_Destroy(m);
    }
    natsConnection_FlushTimeout(nc, 10000); /* the acks */
    /* The flush proves the server has the acks, not that the consumer applied them: deleting the consumer now
     * (Unsubscribe below) could leave acked messages in a work-queue stream. Wait until none is pending. */
    if (!ordered && !keep) {
        for (int i = 0; i < 200; i++) {
            jsConsumerInfo *ci = NULL;
            if (natsSubscription_GetConsumerInfo(&ci, sub, NULL, NULL) != NATS_OK || ci == NULL) break;
            int64_t pending = ci->NumAckPending;
            jsConsumerInfo_Destroy(ci);
            if (pending == 0) break;
            nats_Sleep(25);
        }
    }
    char extra[160];
    snprintf(extra, sizeof extra, ",\"batch\":%lld,\"consumer\":\"%s\"", (long long)batch,
             ordered ? "(ordered)" : durable);
    tally_print(&t, "js-sink", cpu_used_us() - cpu0, extra);
    if (keep || ordered) natsSubscription_Destroy(sub);
    else { natsSubscription_Unsubscribe(sub); natsSubscription_Destroy(sub); }
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return tally_done(&t) ? 0 : 1;
}
