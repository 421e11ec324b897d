/* Shared helpers of the Switchyard load generators: clocks, option parsing, body templates, the seq/ts_ns
 * scanner, latency percentiles, JSON summary lines, and AMQP/NATS connection set-up. */
#ifndef LOADGEN_COMMON_H
#define LOADGEN_COMMON_H

#define _GNU_SOURCE 1
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <nats/nats.h>

/* ---- clocks and CPU ---- */
int64_t now_realtime_ns(void);  /* the clock put into bodies ({ts_ns}) and compared at the sink */
int64_t now_mono_ns(void);      /* for durations and pacing */
int64_t cpu_used_us(void);      /* user + system CPU of this process (getrusage) */
void sleep_until_mono_ns(int64_t deadline);

/* ---- errors ---- */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern const char *g_tool; /* program name for messages */

/* ---- option parsing: --name value / --flag ---- */
typedef struct {
    int argc;
    char **argv;
    int i;
} args_t;
bool arg_is(args_t *a, const char *name);               /* current argument equals name */
const char *arg_value(args_t *a);                       /* consumes and returns the value after the name */
int64_t arg_int(args_t *a, int64_t min, int64_t max);   /* value parsed as an integer in [min, max] */
double arg_double(args_t *a, double min, double max);

/* ---- body and subject templates: {seq}, {ts_ns}, {session} ---- */
typedef enum { PART_TEXT, PART_SEQ, PART_TS_NS, PART_SESSION } part_kind;
typedef struct {
    part_kind kind;
    const char *text;
    size_t len;
} tmpl_part;
typedef struct {
    tmpl_part *parts;
    size_t count;
    char *source;      /* owns the text the parts point into */
    size_t fixed_len;  /* total length of the literal parts */
    bool has_ts;
} tmpl_t;
void tmpl_compile(tmpl_t *t, char *source_owned);
void tmpl_from_file(tmpl_t *t, const char *path); /* a trailing newline is dropped */
/* Renders into buf (at least tmpl_max_len bytes); returns the length. sessions 0 leaves {session} as "0". */
size_t tmpl_render(const tmpl_t *t, char *buf, uint64_t seq, int64_t ts_ns, uint64_t sessions);
size_t tmpl_max_len(const tmpl_t *t);

/* ---- scanning a received body for "seq" and "ts_ns" (first occurrence, quoted or escaped key, number or
 * numeric string value) ---- */
bool scan_uint_field(const char *body, size_t len, const char *key, uint64_t *out);

/* ---- receive-side accounting shared by the sinks ---- */
typedef struct {
    uint64_t expected;       /* N: seqs 1..N */
    uint8_t *seen;           /* bitmap over 1..N */
    uint64_t received, distinct, duplicates, unparsed, out_of_range, no_ts;
    int64_t *lat_ns;         /* one latency per distinct seq that carried ts_ns */
    uint64_t lat_count;
    int64_t first_mono, last_mono;
} tally_t;
void tally_init(tally_t *t, uint64_t expected);
/* Records one arrival; returns true when it was a new seq. */
bool tally_add(tally_t *t, const char *body, size_t len, int64_t arrival_realtime_ns);
bool tally_done(const tally_t *t);
/* Prints the JSON summary line with the extra fields (already formatted, starting with ',') appended. */
void tally_print(tally_t *t, const char *tool, int64_t cpu_us, const char *extra);
/* Latency percentiles over nanosecond samples: qsort comparator, then the q-quantile (0..1) in microseconds. */
int lat_cmp_i64(const void *a, const void *b);
double lat_pct_us(const int64_t *sorted, uint64_t n, double q);

/* ---- AMQP ---- */
typedef struct {
    char host[256];
    int port;
    char user[128];
    char pass[128];
    char vhost[128];
} amqp_url_t;
void amqp_url_parse(amqp_url_t *u, const char *url);  /* amqp://user:pass@host:port/vhost */
const char *default_amqp_url(void);                   /* $AMQP_URL or amqp://guest:guest@127.0.0.1:5672/ */
amqp_connection_state_t amqp_open(const char *url, int frame_max);
void amqp_check(amqp_rpc_reply_t r, const char *what);
void amqp_check_status(int status, const char *what);
void amqp_close_all(amqp_connection_state_t conn);

/* ---- NATS ---- */
const char *default_nats_url(void); /* $NATS_URL or nats://127.0.0.1:4222 */
natsConnection *nats_open(const char *url);
void nats_check(natsStatus s, const char *what);
void nats_check_js(natsStatus s, jsErrCode jerr, const char *what);

#endif
