#include "common.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

const char *g_tool = "loadgen";

/* ---------------------------------------------------------------- clocks */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
int64_t now_realtime_ns(void) { return clock_ns(CLOCK_REALTIME); }
int64_t now_mono_ns(void) { return clock_ns(CLOCK_MONOTONIC); }

int64_t cpu_used_us(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL + ru.ru_utime.tv_usec +
           ru.ru_stime.tv_usec;
}

void sleep_until_mono_ns(int64_t deadline) {
    struct timespec ts = {.tv_sec = deadline / 1000000000LL, .tv_nsec = deadline % 1000000000LL};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
}

/* ---------------------------------------------------------------- errors */

void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", g_tool);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void warnf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", g_tool);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---------------------------------------------------------------- options */

bool arg_is(args_t *a, const char *name) { return strcmp(a->argv[a->i], name) == 0; }

const char *arg_value(args_t *a) {
    const char *name = a->argv[a->i];
    if (a->i + 1 >= a->argc) die("option %s needs a value", name);
    a->i++;
    return a->argv[a->i];
}

int64_t arg_int(args_t *a, int64_t min, int64_t max) {
    const char *name = a->argv[a->i];
    const char *v = arg_value(a);
    char *end = NULL;
    errno = 0;
    long long x = strtoll(v, &end, 10);
    if (errno || end == v || *end != '\0' || x < min || x > max)
        die("option %s: '%s' is not an integer in [%lld, %lld]", name, v, (long long)min, (long long)max);
    return x;
}

double arg_double(args_t *a, double min, double max) {
    const char *name = a->argv[a->i];
    const char *v = arg_value(a);
    char *end = NULL;
    errno = 0;
    double x = strtod(v, &end);
    if (errno || end == v || *end != '\0' || x < min || x > max)
        die("option %s: '%s' is not a number in [%g, %g]", name, v, min, max);
    return x;
}

/* ---------------------------------------------------------------- templates */

void tmpl_compile(tmpl_t *t, char *src) {
    static const struct { const char *name; part_kind kind; } holders[] = {
        {"{seq}", PART_SEQ}, {"{ts_ns}", PART_TS_NS}, {"{session}", PART_SESSION}};
    memset(t, 0, sizeof *t);
    t->source = src;
    size_t cap = 8;
    t->parts = malloc(cap * sizeof *t->parts);
    const char *p = src, *lit = src;
    while (*p) {
        int hit = -1;
        if (*p == '{')
            for (int k = 0; k < 3; k++)
                if (strncmp(p, holders[k].name, strlen(holders[k].name)) == 0) hit = k;
        if (hit < 0) { p++; continue; }
        if (t->count + 2 > cap) { cap *= 2; t->parts = realloc(t->parts, cap * sizeof *t->parts); }
        if (p > lit) {
            t->parts[t->count++] = (tmpl_part){PART_TEXT, lit, (size_t)(p - lit)};
            t->fixed_len += (size_t)(p - lit);
        }
        t->parts[t->count++] = (tmpl_part){holders[hit].kind, NULL, 0};
        if (holders[hit].kind == PART_TS_NS) t->has_ts = true;
        p += strlen(holders[hit].name);
        lit = p;
    }
    if (t->count + 1 > cap) { cap += 1; t->parts = realloc(t->parts, cap * sizeof *t->parts); }
    if (p > lit) {
        t->parts[t->count++] = (tmpl_part){PART_TEXT, lit, (size_t)(p - lit)};
        t->fixed_len += (size_t)(p - lit);
    }
}

void tmpl_from_file(tmpl_t *t, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open body file %s: %s", path, strerror(errno));
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) { cap *= 2; buf = realloc(buf, cap); }
    }
    fclose(f);
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) len--;
    buf[len] = '\0';
    if (strlen(buf) != len) die("body file %s contains a NUL byte", path);
    tmpl_compile(t, buf);
}

size_t tmpl_max_len(const tmpl_t *t) { return t->fixed_len + t->count * 24 + 16; }

size_t tmpl_render(const tmpl_t *t, char *buf, uint64_t seq, int64_t ts_ns, uint64_t sessions) {
    char *o = buf;
    for (size_t i = 0; i < t->count; i++) {
        const tmpl_part *p = &t->parts[i];
        switch (p->kind) {
        case PART_TEXT: memcpy(o, p->text, p->len); o += p->len; break;
        case PART_SEQ: o += sprintf(o, "%llu", (unsigned long long)seq); break;
        case PART_TS_NS: o += sprintf(o, "%lld", (long long)ts_ns); break;
        case PART_SESSION:
            o += sprintf(o, "%llu", (unsigned long long)(sessions ? seq % sessions : 0));
            break;
        }
    }
    *o = '\0';
    return (size_t)(o - buf);
}

/* ---------------------------------------------------------------- body scanning */

/* Finds the first `"key"` (or `\"key\"` when the JSON was embedded as a string) followed by ':' and a number
 * (optionally quoted). Transforms may reorder or nest fields, so position does not matter. */
bool scan_uint_field(const char *body, size_t len, const char *key, uint64_t *out) {
    size_t klen = strlen(key);
    const char *end = body + len;
    const char *p = body;
    while (p < end) {
        const char *hit = memmem(p, (size_t)(end - p), key, klen);
        if (!hit) return false;
        p = hit + klen;
        if (hit == body || hit[-1] != '"') continue;
        const char *q = hit + klen;
        if (q < end && *q == '\\') q++;
        if (q >= end || *q != '"') continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) q++;
        if (q >= end || *q != ':') continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) q++;
        if (q < end && *q == '\\') q++;
        if (q < end && *q == '"') q++;
        if (q >= end || *q < '0' || *q > '9') continue;
        uint64_t v = 0;
        while (q < end && *q >= '0' && *q <= '9') v = v * 10 + (uint64_t)(*q++ - '0');
        *out = v;
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------- tally */

void tally_init(tally_t *t, uint64_t expected) {
    memset(t, 0, sizeof *t);
    t->expected = expected;
    t->seen = calloc(expected / 8 + 2, 1);
    t->lat_ns = malloc((expected + 1) * sizeof *t->lat_ns);
    if (!t->seen || !t->lat_ns) die("out of memory for %llu messages", (unsigned long long)expected);
}

bool tally_add(tally_t *t, const char *body, size_t len, int64_t arrival) {
    int64_t mono = now_mono_ns();
    if (t->received == 0) t->first_mono = mono;
    t->last_mono = mono;
    t->received++;
    uint64_t seq = 0, ts = 0;
    if (!scan_uint_field(body, len, "seq", &seq)) { t->unparsed++; return false; }
    if (seq < 1 || seq > t->expected) { t->out_of_range++; return false; }
    uint8_t bit = (uint8_t)(1u << (seq & 7));
    if (t->seen[seq >> 3] & bit) { t->duplicates++; return false; }
    t->seen[seq >> 3] |= bit;
    t->distinct++;
    if (scan_uint_field(body, len, "ts_ns", &ts)) t->lat_ns[t->lat_count++] = arrival - (int64_t)ts;
    else t->no_ts++;
    return true;
}

bool tally_done(const tally_t *t) { return t->distinct >= t->expected; }

int lat_cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

double lat_pct_us(const int64_t *sorted, uint64_t n, double q) {
    if (n == 0) return 0;
    uint64_t idx = (uint64_t)(q * (double)(n - 1) + 0.5);
    return (double)sorted[idx] / 1000.0;
}

void tally_print(tally_t *t, const char *tool, int64_t cpu_us, const char *extra) {
    qsort(t->lat_ns, t->lat_count, sizeof *t->lat_ns, lat_cmp_i64);
    double secs = t->received > 1 ? (double)(t->last_mono - t->first_mono) / 1e9 : 0;
    double rate = secs > 0 ? (double)(t->distinct > 1 ? t->distinct - 1 : 0) / secs : 0;
    printf("{\"tool\":\"%s\",\"expected\":%llu,\"received\":%llu,\"distinct\":%llu,\"duplicates\":%llu,"
           "\"missing\":%llu,\"unparsed\":%llu,\"out_of_range\":%llu,\"seconds\":%.3f,\"msgs_per_s\":%.0f,"
           "\"lat_p50_us\":%.0f,\"lat_p99_us\":%.0f,\"lat_p999_us\":%.0f,\"lat_max_us\":%.0f,"
           "\"cpu_us_per_msg\":%.2f%s}\n",
           tool, (unsigned long long)t->expected, (unsigned long long)t->received,
           (unsigned long long)t->distinct, (unsigned long long)t->duplicates,
           (unsigned long long)(t->expected - t->distinct), (unsigned long long)t->unparsed,
           (unsigned long long)t->out_of_range, secs, rate, lat_pct_us(t->lat_ns, t->lat_count, 0.50),
           lat_pct_us(t->lat_ns, t->lat_count, 0.99), lat_pct_us(t->lat_ns, t->lat_count, 0.999),
           t->lat_count ? (double)t->lat_ns[t->lat_count - 1] / 1000.0 : 0,
           t->received ? (double)cpu_us / (double)t->received : 0, extra ? extra : "");
    fflush(stdout);
}

/* ---------------------------------------------------------------- AMQP */

const char *default_amqp_url(void) {
    const char *u = getenv("AMQP_URL");
    return (u && *u) ? u : "amqp://guest:guest@127.0.0.1:5672/";
}

static void copy_part(char *dst, size_t cap, const char *src, size_t len) {
    if (len >= cap) die("AMQP URL part too long");
    memcpy(dst, src, len);
    dst[len] = '\0';
}

void amqp_url_parse(amqp_url_t *u, const char *url) {
    strcpy(u->host, "127.0.0.1");
    u->port = 5672;
    strcpy(u->user, "guest");
    strcpy(u->pass, "guest");
    strcpy(u->vhost, "/");
    const char *p = url;
    if (strncmp(p, "amqp://", 7) == 0) p += 7;
    else die("AMQP URL must start with amqp:// (got '%s')", url);
    const char *slash = strchr(p, '/');
    const char *hostpart_end = slash ? slash : p + strlen(p);
    const char *at = memchr(p, '@', (size_t)(hostpart_end - p));
    if (at) {
        const char *colon = memchr(p, ':', (size_t)(at - p));
        if (colon) {
            copy_part(u->user, sizeof u->user, p, (size_t)(colon - p));
            copy_part(u->pass, sizeof u->pass, colon + 1, (size_t)(at - colon - 1));
        } else {
            copy_part(u->user, sizeof u->user, p, (size_t)(at - p));
        }
        p = at + 1;
    }
    const char *colon = memchr(p, ':', (size_t)(hostpart_end - p));
    if (colon) {
        copy_part(u->host, sizeof u->host, p, (size_t)(colon - p));
        u->port = atoi(colon + 1);
        if (u->port <= 0 || u->port > 65535) die("bad port in AMQP URL '%s'", url);
    } else if (hostpart_end > p) {
        copy_part(u->host, sizeof u->host, p, (size_t)(hostpart_end - p));
    }
    if (slash && slash[1]) {
        /* %2f is the usual encoding of the default vhost "/" */
        if (strcasecmp(slash + 1, "%2f") == 0) strcpy(u->vhost, "/");
        else copy_part(u->vhost, sizeof u->vhost, slash + 1, strlen(slash + 1));
    }
}

void amqp_check(amqp_rpc_reply_t r, const char *what) {
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL: return;
    case AMQP_RESPONSE_NONE: die("%s: missing RPC reply", what);
    case AMQP_RESPONSE_LIBRARY_EXCEPTION: die("%s: %s", what, amqp_error_string2(r.library_error));
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *m = r.reply.decoded;
            die("%s: server closed the connection: %d %.*s", what, m->reply_code, (int)m->reply_text.len,
                (char *)m->reply_text.bytes);
        }
        if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *m = r.reply.decoded;
            die("%s: server closed the channel: %d %.*s", what, m->reply_code, (int)m->reply_text.len,
                (char *)m->reply_text.bytes);
        }
        die("%s: unexpected server method 0x%08X", what, r.reply.id);
    }
}

void amqp_check_status(int status, const char *what) {
    if (status != AMQP_STATUS_OK) die("%s: %s", what, amqp_error_string2(status));
}

amqp_connection_state_t amqp_open(const char *url, int frame_max) {
    amqp_url_t u;
    amqp_url_parse(&u, url);
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn);
    if (!sock) die("cannot create a TCP socket");
    int st = amqp_socket_open(sock, u.host, u.port);
    if (st != AMQP_STATUS_OK)
        die("cannot connect to RabbitMQ at %s:%d (%s): is it running? start it with scripts/brokers.sh start",
            u.host, u.port, amqp_error_string2(st));
    amqp_check(amqp_login(conn, u.vhost, 0, frame_max, 0, AMQP_SASL_METHOD_PLAIN, u.user, u.pass), "login");
    amqp_channel_open(conn, 1);
    amqp_check(amqp_get_rpc_reply(conn), "channel.open");
    return conn;
}

void amqp_close_all(amqp_connection_state_t conn) {
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
}

/* ---------------------------------------------------------------- NATS */

const char *default_nats_url(void) {
    const char *u = getenv("NATS_URL");
    return (u && *u) ? u : "nats://127.0.0.1:4222";
}

void nats_check(natsStatus s, const char *what) {
    if (s != NATS_OK) die("%s: %s (%s)", what, natsStatus_GetText(s), nats_GetLastError(NULL));
}

void nats_check_js(natsStatus s, jsErrCode jerr, const char *what) {
    if (s != NATS_OK)
        die("%s: %s, JetStream error %d (%s)", what, natsStatus_GetText(s), (int)jerr, nats_GetLastError(NULL));
}

natsConnection *nats_open(const char *url) {
    natsOptions *o = NULL;
    natsConnection *nc = NULL;
    nats_check(natsOptions_Create(&o), "options");
    nats_check(natsOptions_SetURL(o, url), "NATS URL");
    /* large buffers: these connections carry tens of thousands of messages per second */
    natsOptions_SetIOBufSize(o, 1 << 20);
    natsOptions_SetMaxPendingMsgs(o, 1 << 20);
    natsStatus s = natsConnection_Connect(&nc, o);
    natsOptions_Destroy(o);
    if (s != NATS_OK)
        die("cannot connect to NATS at %s (%s): is it running? start it with scripts/brokers.sh start", url,
            natsStatus_GetText(s));
    return nc;
}
