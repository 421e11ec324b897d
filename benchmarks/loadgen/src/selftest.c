/* loadgen-selftest: checks the pieces every tool relies on, without brokers: template rendering, the seq/ts_ns
 * scanner (reordered, nested, escaped, quoted, absent), the tally (distinct, duplicates, out of range, percentiles),
 * AMQP URL parsing, and http-pub's HTTP pieces (URLs, request bytes, the response parser fed every split of its
 * input, chunked decoding, HMAC-SHA256 hex). Exits non-zero after reporting every failed check. */
#include "common.h"
#include "http.h"

#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond)) { fprintf(stderr, "selftest: %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; }            \
    } while (0)

/* Feeds a whole response in pieces of at most `step` bytes (0: split once at `split`); returns the last rc and
 * the bytes left over after the response. */
static int feed_split(http_resp_t *r, const char *resp, size_t step, size_t split, size_t *left) {
    size_t n = strlen(resp), off = 0, used = 0;
    int rc = 0;
    http_resp_init(r);
    while (off < n && rc == 0) {
        size_t k = step ? step : (off < split ? split - off : n - off);
        if (k > n - off) k = n - off;
        rc = http_resp_feed(r, resp + off, k, &used);
        off += used;
        if (rc == 0 && used != k) return -2; /* it must take everything while it needs more */
    }
    *left = n - off;
    return rc;
}

/* Every split point and byte-by-byte feeding give the same result. */
static bool parses_everywhere(const char *resp, int status, const char *body, bool close, size_t left_expected) {
    http_resp_t *r = malloc(sizeof *r);
    size_t n = strlen(resp), left = 0;
    bool good = true;
    for (size_t split = 0; split <= n + 1 && good; split++) {
        int rc = split == n + 1 ? feed_split(r, resp, 1, 0, &left) : feed_split(r, resp, 0, split, &left);
        good = rc == 1 && r->status == status && r->body_len == strlen(body) && strcmp(r->snippet, body) == 0 &&
               r->conn_close == close && left == left_expected;
        if (!good)
            fprintf(stderr, "selftest: response split at %zu: rc %d status %d body '%s' close %d left %zu\n", split,
                    rc, r->status, r->snippet, r->conn_close, left);
    }
    free(r);
    return good;
}

static const char *parse_error(const char *resp) {
    static http_resp_t r;
    size_t left;
    int rc = feed_split(&r, resp, 0, 0, &left);
    return rc == -1 ? r.error : NULL;
}

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

    /* http-pub: URLs */
    http_url_t hu;
    CHECK(http_url_parse(&hu, "http://127.0.0.1:18871/bench/events?x=1") == NULL);
    CHECK(strcmp(hu.ip, "127.0.0.1") == 0 && hu.port == 18871 && strcmp(hu.path, "/bench/events?x=1") == 0);
    CHECK(strcmp(hu.hostport, "127.0.0.1:18871") == 0);
    CHECK(http_url_parse(&hu, "http://localhost") == NULL);
    CHECK(strcmp(hu.ip, "127.0.0.1") == 0 && hu.port == 80 && strcmp(hu.path, "/") == 0);
    CHECK(strcmp(hu.hostport, "localhost") == 0);
    CHECK(http_url_parse(&hu, "https://127.0.0.1/x") != NULL);
    CHECK(http_url_parse(&hu, "http://example.com/x") != NULL);
    CHECK(http_url_parse(&hu, "http://[::1]:80/x") != NULL);
    CHECK(http_url_parse(&hu, "http://127.0.0.1:0/x") != NULL);
    CHECK(http_url_parse(&hu, "http://127.0.0.1:99999/x") != NULL);
    CHECK(http_url_parse(&hu, "http://127.0.0.1:80/a b") != NULL);
    CHECK(http_url_parse(&hu, "127.0.0.1:80/x") != NULL);

    /* http-pub: request headers and bytes */
    CHECK(http_header_check("X-Tenant: acme") == NULL);
    CHECK(http_header_check("X-Empty:") == NULL);
    CHECK(http_header_check("no colon") != NULL);
    CHECK(http_header_check(": v") != NULL);
    CHECK(http_header_check("Bad Name: v") != NULL);
    CHECK(http_header_check("X: a\r\nInjected: b") != NULL);
    char req[512];
    const char *head = "POST /p HTTP/1.1\r\nHost: h\r\n";
    size_t rl = http_request_build(req, head, strlen(head), "X-Sig", "sha256=", "ab", "{}", 2);
    req[rl] = '\0';
    CHECK(strcmp(req, "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nX-Sig: sha256=ab\r\n\r\n{}") == 0);
    rl = http_request_build(req, head, strlen(head), NULL, NULL, NULL, "", 0);
    req[rl] = '\0';
    CHECK(strcmp(req, "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n") == 0);

    /* http-pub: responses, fed split at every byte and byte by byte */
    CHECK(parses_everywhere("HTTP/1.1 200 OK\r\nContent-Length: 11\r\nContent-Type: application/json\r\n\r\n"
                            "{\"ok\":true}", 200, "{\"ok\":true}", false, 0));
    CHECK(parses_everywhere("HTTP/1.1 503 Service Unavailable\r\ncontent-length:4\r\nRetry-After: 1\r\n"
                            "Connection: close\r\n\r\nbusy", 503, "busy", true, 0));
    /* chunked, with an extension, upper-case hex, a trailer, and a bare-LF line */
    CHECK(parses_everywhere("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5;ext=1\r\nhello\r\nA\r\n, chunked!\r\n0\r\nX-Trailer: t\nbye: 1\r\n\r\n",
                            200, "hello, chunked!", false, 0));
    /* chunked wins over Content-Length, also at the end of a list (gzip alone is refused below); tokens are
     * case-insensitive; "Connection: keep-alive, close" closes */
    CHECK(parses_everywhere("HTTP/1.1 401 Unauthorized\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, Chunked\r\n"
                            "Connection: keep-alive, Close\r\n\r\n3\r\nbad\r\n0\r\n\r\n", 401, "bad", true, 0));
    CHECK(parses_everywhere("HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n", 204, "", false, 0));
    CHECK(parses_everywhere("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 200, "", false, 0));
    /* an interim 100 Continue, then the answer; bytes after it are left over */
    CHECK(parses_everywhere("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nokEXTRA",
                            202, "ok", false, 5));
    /* HTTP/1.0 without keep-alive closes; with it, it stays */
    CHECK(parses_everywhere("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx", 200, "x", true, 0));
    CHECK(parses_everywhere("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx", 200, "x",
                            false, 0));
    /* the snippet keeps the first HTTP_SNIPPET bytes, body_len counts all */
    {
        char big[1024], expect[HTTP_SNIPPET + 1];
        int hl = sprintf(big, "HTTP/1.1 500 Oops\r\nContent-Length: 600\r\n\r\n");
        for (int i = 0; i < 600; i++) big[hl + i] = (char)('a' + i % 26);
        big[hl + 600] = '\0';
        memcpy(expect, big + hl, HTTP_SNIPPET);
        expect[HTTP_SNIPPET] = '\0';
        http_resp_t *r = malloc(sizeof *r);
        size_t left;
        CHECK(feed_split(r, big, 7, 0, &left) == 1 && r->body_len == 600 && r->snippet_len == HTTP_SNIPPET);
        CHECK(strcmp(r->snippet, expect) == 0 && left == 0);
        free(r);
    }
    /* no length, not chunked: the body runs to the close */
    {
        http_resp_t *r = malloc(sizeof *r);
        size_t used;
        http_resp_init(r);
        const char *s1 = "HTTP/1.1 200 OK\r\nServer: old\r\n\r\npart one ";
        CHECK(http_resp_feed(r, s1, strlen(s1), &used) == 0 && used == strlen(s1));
        CHECK(http_resp_feed(r, "part two", 8, &used) == 0);
        CHECK(http_resp_eof(r) == 1 && r->conn_close && strcmp(r->snippet, "part one part two") == 0);
        /* cut short: before any byte, and in the middle */
        http_resp_init(r);
        CHECK(!http_resp_started(r) && http_resp_eof(r) == -1 && strstr(r->error, "before any answer"));
        http_resp_init(r);
        CHECK(http_resp_feed(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", 40, &used) == 0);
        CHECK(http_resp_eof(r) == -1 && strstr(r->error, "middle"));
        http_resp_init(r);
        CHECK(http_resp_feed(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", 51, &used) == 0);
        CHECK(http_resp_eof(r) == -1);
        free(r);
    }
    /* protocol errors */
    CHECK(parse_error("HTTP/2 200 OK\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 20 OK\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 2000 OK\r\n\r\n") != NULL);
    CHECK(parse_error("SSH-2.0-OpenSSH\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") != NULL);
    CHECK(parse_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY\r\n") != NULL);
    {
        static char longline[HTTP_LINE_MAX + 64];
        strcpy(longline, "HTTP/1.1 200 OK\r\nX-Long: ");
        size_t l = strlen(longline);
        memset(longline + l, 'a', HTTP_LINE_MAX);
        longline[l + HTTP_LINE_MAX] = '\0';
        const char *e = parse_error(longline);
        CHECK(e && strstr(e, "too long"));
    }

    /* HMAC-SHA256, lowercase hex; the key is reused for every message */
    hmac_sha256_t *h = hmac_sha256_new("key", 3);
    char hex[65];
    const char *fox = "The quick brown fox jumps over the lazy dog";
    CHECK(h && hmac_sha256_hex(h, fox, strlen(fox), hex));
    CHECK(strcmp(hex, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8") == 0);
    CHECK(hmac_sha256_hex(h, fox, strlen(fox), hex) &&
          strcmp(hex, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8") == 0);
    CHECK(hmac_sha256_hex(h, "", 0, hex) && /* expected values from Python's hmac module */
          strcmp(hex, "5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0") == 0);
    hmac_sha256_free(h);
    h = hmac_sha256_new("", 0); /* an empty key is valid */
    CHECK(h && hmac_sha256_hex(h, "", 0, hex) &&
          strcmp(hex, "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad") == 0);
    hmac_sha256_free(h);

    if (failures) { fprintf(stderr, "selftest: %d failure(s)\n", failures); return 1; }
    printf("loadgen-selftest: all checks passed\n");
    return 0;
}
