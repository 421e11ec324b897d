/* js-admin: the JetStream declarations the benchmarks need.
 *   js-admin [--url URL] add-stream NAME SUBJECT workqueue|limits | delete-stream NAME | purge-stream NAME
 *            | recreate-stream NAME SUBJECT workqueue|limits | count NAME (prints messages)
 * Several verbs may follow each other. Streams are file-backed with a 2-minute duplicate window. */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static void usage(void) {
    fprintf(stderr, "usage: js-admin [--url URL] VERB ARGS [VERB ARGS ...]\n"
                    "  add-stream NAME SUBJECT workqueue|limits   recreate-stream NAME SUBJECT workqueue|limits\n"
                    "  delete-stream NAME   purge-stream NAME   count NAME\n");
    exit(2);
}

static const char *need(int argc, char **argv, int i) {
    if (i >= argc) usage();
    return argv[i];
}

static void add_stream(jsCtx *js, const char *name, const char *subject, const char *retention) {
    jsStreamConfig sc;
    jsStreamConfig_Init(&sc);
    sc.Name = name;
    const char *subjects[1] = {subject};
    sc.Subjects = subjects;
    sc.SubjectsLen = 1;
    if (strcmp(retention, "workqueue") == 0) sc.Retention = js_WorkQueuePolicy;
    else if (strcmp(retention, "limits") == 0) sc.Retention = js_LimitsPolicy;
    else die("retention must be workqueue or limits, not '%s'", retention);
    sc.Storage = js_FileStorage;
    sc.Duplicates = 120LL * 1000000000LL; /* ns */
    jsStreamInfo *si = NULL;
    jsErrCode jerr = 0;
    { natsStatus st_ = js_AddStream(&si, js, &sc, NULL, &jerr); nats_check_js(st_, jerr, "add stream"); }
    jsStreamInfo_Destroy(si);
}

int main(int argc, char **argv) {
    g_tool = "js-admin";
    const char *url = default_nats_url();
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "--url") == 0) { url = argv[i + 1]; i += 2; }
    if (i >= argc) usage();
    natsConnection *nc = nats_open(url);
    jsCtx *js = NULL;
    nats_check(natsConnection_JetStream(&js, nc, NULL), "JetStream context");
    while (i < argc) {
        const char *verb = argv[i++];
        jsErrCode jerr = 0;
        if (strcmp(verb, "add-stream") == 0 || strcmp(verb, "recreate-stream") == 0) {
            const char *name = need(argc, argv, i++), *subj = need(argc, argv, i++), *ret = need(argc, argv, i++);
            if (verb[0] == 'r') {
                natsStatus s = js_DeleteStream(js, name, NULL, &jerr);
                if (s != NATS_OK && s != NATS_NOT_FOUND && jerr != JSStreamNotFoundErr)
                    nats_check_js(s, jerr, "delete stream");
            }
            add_stream(js, name, subj, ret);
        } else if (strcmp(verb, "delete-stream") == 0) {
            const char *name = need(argc, argv, i++);
            natsStatus s = js_DeleteStream(js, name, NULL, &jerr);
            if (s != NATS_OK && s != NATS_NOT_FOUND && jerr != JSStreamNotFoundErr)
                nats_check_js(s, jerr, "delete stream");
        } else if (strcmp(verb, "purge-stream") == 0) {
            const char *name = need(argc, argv, i++);
            { natsStatus st_ = js_PurgeStream(js, name, NULL, &jerr); nats_check_js(st_, jerr, "purge stream"); }
        } else if (strcmp(verb, "count") == 0) {
            const char *name = need(argc, argv, i++);
            jsStreamInfo *si = NULL;
            { natsStatus st_ = js_GetStreamInfo(&si, js, name, NULL, &jerr); nats_check_js(st_, jerr, "stream info"); }
            printf("%llu\n", (unsigned long long)si->State.Msgs);
            jsStreamInfo_Destroy(si);
        } else {
            warnf("unknown verb %s", verb);
            usage();
        }
    }
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return 0;
}
