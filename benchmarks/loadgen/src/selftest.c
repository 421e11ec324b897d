/* loadgen-selftest: checks the pieces every tool relies on, without brokers: template rendering, the seq/ts_ns
 * scanner (reordered, nested, escaped, quoted, absent), the tally (distinct, duplicates, out of range, percentiles)
 * and AMQP URL parsing. Exits non-zero on the first failure. */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond)) { fprintf(stderr, "selftest: %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; }            \
    } while (0)

static bool scan(const char *body, const char *key, uint64_t *v) { return scan_uint_field(body, strlen(body), key, v); }

int main(void) {
    g_tool = "loadgen-selftest";
    /* templates */
    tmpl_t t;
    tmpl_compile(&t, strdup("{\"seq\":{seq},\"ts_ns\":{ts_ns},\"s\":\"session-{session}\",\"x\":\"{nope}\"}"));
    char buf[256];
    size_t n = tmpl_render(&t, buf, 42, 1700000000123456789LL, 8);
    CHECK(strcmp(buf, "{\"seq\":42,\"ts_ns\":1700000000123456789,\"s\":\"session-2\",\"x\":\"{nope}\"}") == 0);
    CHECK(n == strlen(buf));
    CHECK(n <= tmpl_max_len(&t));
    tmpl_compile(&t, strdup("wa.send.{seq}"));
    tmpl_render(&t, buf, 7, 0, 0);
    CHECK(strcmp(buf, "wa.send.7") == 0);

    /* scanner */
    uint64_t v = 0;
    CHECK(scan("{\"a\":1,\"seq\":12,\"ts_ns\":99}", "seq", &v) && v == 12);
    CHECK(scan("{\"ts_ns\" : 99 , \"seq\" :\n 5}", "ts_ns", &v) && v == 99);
    CHECK(scan("{\"subseq\":3,\"seq\":4}", "seq", &v) && v == 4);            /* not a suffix of another key */
    CHECK(scan("{\"text\":\"seq 9\",\"seq\":10}", "seq", &v) && v == 10);     /* not inside a string value */
    CHECK(scan("{\"payload\":\"{\\\"seq\\\":77}\"}", "seq", &v) && v == 77);  /* JSON embedded as a string */
    CHECK(scan("{\"data\":{\"meta\":{\"seq\":\"31\"}}}", "seq", &v) && v == 31); /* nested, numeric string */
    CHECK(!scan("{\"seq\":null}", "seq", &v));
    CHECK(!scan("{\"other\":1}", "seq", &v));
    CHECK(!scan("seq", "seq", &v));

    /* tally */
    tally_t ty;
    tally_init(&ty, 3);
    int64_t now = now_realtime_ns();
    char body[128];
    snprintf(body, sizeof body, "{\"seq\":1,\"ts_ns\":%lld}", (long long)(now - 1000000));
    CHECK(tally_add(&ty, body, strlen(body), now));
    CHECK(!tally_add(&ty, body, strlen(body), now)); /* duplicate */
    CHECK(!tally_add(&ty, "{\"seq\":4}", 9, now));   /* out of range */
    CHECK(!tally_add(&ty, "{}", 2, now));             /* unparsed */
    CHECK(tally_add(&ty, "{\"seq\":3}", 9, now));     /* no ts: counted, no latency */
    CHECK(ty.distinct == 2 && ty.duplicates == 1 && ty.out_of_range == 1 && ty.unparsed == 1 && ty.no_ts == 1);
    CHECK(ty.lat_count == 1 && ty.lat_ns[0] == 1000000);
    CHECK(!tally_done(&ty));

    /* AMQP URLs */
    amqp_url_t u;
    amqp_url_parse(&u, "amqp://bob:secret@10.0.0.1:5999/prod");
    CHECK(strcmp(u.user, "bob") == 0 && strcmp(u.pass, "secret") == 0 && strcmp(u.host, "10.0.0.1") == 0);
    CHECK(u.port == 5999 && strcmp(u.vhost, "prod") == 0);
    amqp_url_parse(&u, "amqp://127.0.0.1:5675/%2f");
    CHECK(strcmp(u.user, "guest") == 0 && u.port == 5675 && strcmp(u.vhost, "/") == 0);
    amqp_url_parse(&u, "amqp://localhost");
    CHECK(strcmp(u.host, "localhost") == 0 && u.port == 5672 && strcmp(u.vhost, "/") == 0);

    if (failures) { fprintf(stderr, "selftest: %d failure(s)\n", failures); return 1; }
    printf("loadgen-selftest: all checks passed\n");
    return 0;
}
