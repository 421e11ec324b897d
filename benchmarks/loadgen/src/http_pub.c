/* http-pub: POSTs N webhook requests to an HTTP/1.1 server (Switchyard's listener) over C keep-alive connections,
 * one request outstanding per connection (no pipelining), and measures throughput and latency. Bodies are
 * templates ({seq}, {ts_ns}, {session}) rendered per request; --hmac-sha256 signs each rendered body
 * (X-Webhook-Signature: sha256=<hex> by default, the wa-rs style).
 *
 * Closed loop by default: a connection sends its next request when the previous one was answered; latency is send
 * -> end of the answer. Open loop with --rate R: request i is due at start + i/R and goes out on the first free
 * connection (in order, waiting when none is free); latency is measured from the DUE time (corrected for
 * coordinated omission), and max_lag_ms says how late the latest send was.
 *
 * Single thread, epoll, non-blocking sockets, a timerfd for the schedule. A connection the server closed is opened
 * again (counted in reconnects). A request that fails (connection refused or reset, timeout, malformed answer) is
 * counted in errors and not retried, so the run always ends. One JSON line; exit 0 only when all N got a 2xx. */
#include "common.h"
#include "http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

static void usage(void) {
    fprintf(stderr,
            "usage: http-pub --url http://HOST:PORT/path --body FILE [--count N] [--connections C] [--rate MSG_PER_S]\n"
            "                [--sessions K] [--first-seq S] [--header 'Name: value']... [--content-type TYPE]\n"
            "                [--hmac-sha256 SECRET [--signature-header NAME] [--signature-prefix P]]\n"
            "                [--timeout-ms MS]\n"
            "  body placeholders: {seq} (S..S+N-1, S = 1 by default), {ts_ns} (CLOCK_REALTIME ns at send),\n"
            "  {session} (seq mod K). Defaults: --count 50000 --connections 32 --content-type application/json\n"
            "  --signature-header X-Webhook-Signature --signature-prefix sha256= --timeout-ms 10000; no --rate:\n"
            "  closed loop. HOST: an IPv4 address or localhost.\n");
    exit(2);
}

typedef enum { C_DOWN, C_CONNECTING, C_IDLE, C_SENDING, C_WAITING } conn_state;

typedef struct {
    int fd;
    int id;
    conn_state state;
    bool ever_up;         /* established at least once: the next establishment is a reconnect */
    uint64_t served;      /* answers on the current socket */
    int64_t req;          /* index 0..N-1 of the request it carries, -1 when free */
    int64_t origin_ns;    /* latency origin: send time (closed loop) or due time (open loop) */
    int64_t deadline_ns;  /* the request's timeout */
    char *out;
    size_t out_len, out_off;
    uint32_t events;      /* registered epoll events */
    http_resp_t resp;
} conn_t;

static struct {
    http_url_t url;
    struct sockaddr_in addr;
    int ep, tfd;
    conn_t *conns;
    int nconns;
    int *free_ring; /* FIFO of free connection ids */
    int free_head, free_count;
    /* requests */
    int64_t count, next, done; /* next: the next index to send */
    int64_t first_seq, sessions;
    double rate;
    int64_t t0, timeout_ns, max_lag_ns, last_done_ns;
    /* request assembly */
    tmpl_t body;
    char *body_buf;
    char *head;
    size_t head_len, out_cap;
    hmac_sha256_t *hmac;
    const char *sig_name, *sig_prefix;
    /* results */
    uint64_t sent, ok, non2xx, errors, timeouts, conn_failures, cut_short, reconnects;
    uint64_t status_counts[1000];
    int64_t *lat_ns;
    uint64_t lat_count;
    bool told_non2xx, told_connect, told_timeout, told_cut;
    int64_t armed_ns;
} g;

static int64_t due_ns(int64_t i) { return g.t0 + (int64_t)((double)i * 1e9 / g.rate); }

static void free_push(conn_t *c) {
    g.free_ring[(g.free_head + g.free_count) % g.nconns] = c->id;
    g.free_count++;
}

static conn_t *free_pop(void) {
    if (g.free_count == 0) return NULL;
    conn_t *c = &g.conns[g.free_ring[g.free_head]];
    g.free_head = (g.free_head + 1) % g.nconns;
    g.free_count--;
    return c;
}

static void ep_set(conn_t *c, uint32_t ev) {
    if (c->events == ev) return;
    struct epoll_event e = {.events = ev, .data.u32 = (uint32_t)c->id};
    if (epoll_ctl(g.ep, EPOLL_CTL_MOD, c->fd, &e) != 0) die("epoll_ctl: %s", strerror(errno));
    c->events = ev;
}

static void conn_close_fd(conn_t *c) {
    if (c->fd >= 0) close(c->fd); /* close removes it from the epoll set */
    c->fd = -1;
    c->state = C_DOWN;
    c->events = 0;
}

/* Starts a non-blocking connect. Returns false (errno set) when it failed at once. */
static bool conn_open(conn_t *c) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) die("socket: %s", strerror(errno));
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->served = 0;
    if (connect(fd, (struct sockaddr *)&g.addr, sizeof g.addr) != 0 && errno != EINPROGRESS) {
        int e = errno;
        close(fd);
        errno = e;
        return false;
    }
    c->fd = fd;
    c->state = C_CONNECTING;
    struct epoll_event e = {.events = EPOLLOUT, .data.u32 = (uint32_t)c->id};
    if (epoll_ctl(g.ep, EPOLL_CTL_ADD, fd, &e) != 0) die("epoll_ctl: %s", strerror(errno));
    c->events = EPOLLOUT;
    return true;
}

static void finish_request(void) {
    g.done++;
    g.last_done_ns = now_mono_ns();
}

/* The connection's request failed (not retried); the connection is closed and free again. */
static void fail_request(conn_t *c, const char *why, int err) {
    int64_t seq = c->req >= 0 ? g.first_seq + c->req : -1;
    switch (err) {
    case 1:
        g.timeouts++;
        if (!g.told_timeout) {
            g.told_timeout = true;
            warnf("request seq %lld timed out after %lld ms (--timeout-ms)", (long long)seq,
                  (long long)(g.timeout_ns / 1000000));
        }
        break;
    case 2:
        g.conn_failures++;
        if (!g.told_connect) {
            g.told_connect = true;
            warnf("cannot connect to %s:%d (%s): is the HTTP server running and listening there?", g.url.ip,
                  g.url.port, why);
        }
        break;
    default:
        g.cut_short++;
        if (!g.told_cut) {
            g.told_cut = true;
            warnf("request seq %lld failed: %s", (long long)seq, why);
        }
    }
    g.errors++;
    conn_close_fd(c);
    c->req = -1;
    finish_request();
    free_push(c);
}

/* Writes what is left of the connection's request; waits for EPOLLOUT when the socket is full. */
static void flush_out(conn_t *c) {
    for (;;) {
        ssize_t w = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
        if (w > 0) {
            c->out_off += (size_t)w;
            if (c->out_off == c->out_len) {
                g.sent++;
                c->state = C_WAITING;
                ep_set(c, EPOLLIN | EPOLLRDHUP);
                return;
            }
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            ep_set(c, EPOLLIN | EPOLLOUT | EPOLLRDHUP);
            return;
        }
        static char msg[160];
        snprintf(msg, sizeof msg, "cannot send the request: %s", w < 0 ? strerror(errno) : "send wrote nothing");
        fail_request(c, msg, 0);
        return;
    }
}

/* The connection is up and carries a rendered request: start it. */
static void start_request(conn_t *c) {
    int64_t now = now_mono_ns();
    c->state = C_SENDING;
    if (g.rate <= 0) c->origin_ns = now; /* closed loop: latency from the send */
    c->deadline_ns = now + g.timeout_ns;
    http_resp_init(&c->resp);
    flush_out(c);
}

/* Renders request i into the connection and sends it (connecting first when the connection is down). */
static void assign(conn_t *c, int64_t i, int64_t now) {
    uint64_t seq = (uint64_t)(g.first_seq + i);
    size_t blen = tmpl_render(&g.body, g.body_buf, seq, now_realtime_ns(), (uint64_t)g.sessions);
    char hex[65] = "";
    if (g.hmac && !hmac_sha256_hex(g.hmac, g.body_buf, blen, hex)) die("HMAC-SHA256 failed (OpenSSL)");
    c->out_len = http_request_build(c->out, g.head, g.head_len, g.hmac ? g.sig_name : NULL, g.sig_prefix, hex,
                                    g.body_buf, blen);
    c->out_off = 0;
    c->req = i;
    c->origin_ns = g.rate > 0 ? due_ns(i) : now;
    c->deadline_ns = now + g.timeout_ns;
    if (c->state == C_IDLE) { start_request(c); return; }
    if (c->state == C_DOWN && !conn_open(c)) { fail_request(c, strerror(errno), 2); return; }
    /* C_CONNECTING: the request goes out once the connection is up */
}

static void dispatch(void) {
    while (g.next < g.count && g.free_count > 0) {
        int64_t now = now_mono_ns();
        if (g.rate > 0) {
            int64_t due = due_ns(g.next);
            if (due > now) break;
            if (now - due > g.max_lag_ns) g.max_lag_ns = now - due;
        }
        conn_t *c = free_pop();
        assign(c, g.next++, now);
    }
}

/* A connection that served answers and was then closed (by the server, by Connection: close, or by us after an
 * error) is opened again at once while requests remain, so an open-loop request does not pay for the handshake.
 * One closed before it served anything is opened again only by the next request given to it: a server that
 * accepts and closes at once must not make us spin. */
static void maybe_reopen(conn_t *c) {
    if (c->state == C_DOWN && c->req < 0 && g.next < g.count && c->ever_up && c->served > 0) conn_open(c);
}

static void on_response(conn_t *c, int64_t now) {
    int st = c->resp.status;
    g.status_counts[st < 1000 ? st : 999]++;
    if (st >= 200 && st < 300) {
        g.ok++;
    } else {
        g.non2xx++;
        if (!g.told_non2xx) {
            g.told_non2xx = true;
            warnf("first non-2xx answer: %d for seq %lld, body (%llu bytes): %.*s", st,
                  (long long)(g.first_seq + c->req), (unsigned long long)c->resp.body_len,
                  (int)c->resp.snippet_len, c->resp.snippet);
        }
    }
    g.lat_ns[g.lat_count++] = now - c->origin_ns;
    c->served++;
    c->req = -1;
    finish_request();
    /* an answer before the whole request was written (e.g. 413): the rest cannot go out on this connection */
    if (c->resp.conn_close || c->out_off < c->out_len) {
        conn_close_fd(c);
        maybe_reopen(c);
    } else {
        c->state = C_IDLE;
        ep_set(c, EPOLLIN | EPOLLRDHUP);
    }
    free_push(c);
}

static void on_readable(conn_t *c) {
    static char buf[65536];
    for (;;) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        if (r <= 0) { /* closed by the server, or reset */
            const char *why = r < 0 ? strerror(errno) : NULL;
            if (c->req < 0) { /* an idle keep-alive connection the server closed */
                conn_close_fd(c);
                maybe_reopen(c);
                return;
            }
            if (r == 0 && http_resp_eof(&c->resp) == 1) { on_response(c, now_mono_ns()); return; }
            if (why) {
                static char msg[160];
                snprintf(msg, sizeof msg, "connection error while waiting for the answer: %s", why);
                why = msg;
            }
            fail_request(c, why ? why : c->resp.error, 0);
            return;
        }
        if (c->req < 0) { /* bytes nobody asked for: the connection is out of step */
            conn_close_fd(c);
            maybe_reopen(c);
            return;
        }
        size_t used = 0;
        int rc = http_resp_feed(&c->resp, buf, (size_t)r, &used);
        if (rc < 0) { fail_request(c, c->resp.error, 0); return; }
        if (rc == 1) {
            bool extra = used < (size_t)r;
            on_response(c, now_mono_ns());
            if (extra && c->fd >= 0) { /* more than one answer to one request: do not trust this connection */
                conn_close_fd(c);
                maybe_reopen(c);
            }
            return;
        }
    }
}

static void on_event(conn_t *c, uint32_t ev) {
    if (c->state == C_CONNECTING) {
        int err = 0;
        socklen_t len = sizeof err;
        if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) err = errno;
        if (err == 0 && !(ev & (EPOLLOUT | EPOLLERR | EPOLLHUP))) return;
        if (err != 0 || (ev & (EPOLLERR | EPOLLHUP))) {
            conn_close_fd(c);
            if (c->req >= 0) fail_request(c, strerror(err ? err : ECONNREFUSED), 2);
            /* else a pre-opened or re-opened connection without a request: the next request on it will tell */
            return;
        }
        if (c->ever_up) g.reconnects++;
        c->ever_up = true;
        if (c->req >= 0) {
            start_request(c);
        } else {
            c->state = C_IDLE;
            ep_set(c, EPOLLIN | EPOLLRDHUP);
        }
        return;
    }
    if (c->state == C_SENDING && (ev & EPOLLOUT)) {
        flush_out(c);
        if (c->fd < 0) return;
    }
    if (ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) on_readable(c);
}

static void check_timeouts(int64_t now) {
    for (int i = 0; i < g.nconns; i++) {
        conn_t *c = &g.conns[i];
        if (c->req < 0 || c->deadline_ns > now) continue;
        if (c->state == C_CONNECTING) fail_request(c, "no answer to the connection attempt within --timeout-ms", 2);
        else fail_request(c, "timeout", 1);
        maybe_reopen(c);
    }
}

static int64_t earliest_deadline(void) {
    int64_t e = INT64_MAX;
    for (int i = 0; i < g.nconns; i++)
        if (g.conns[i].req >= 0 && g.conns[i].deadline_ns < e) e = g.conns[i].deadline_ns;
    return e;
}

/* Arms the timerfd for the next due request when a connection is free to take it. */
static void arm_schedule(int64_t now) {
    int64_t at = 0;
    if (g.rate > 0 && g.next < g.count && g.free_count > 0) {
        at = due_ns(g.next);
        if (at <= now) at = now + 1;
    }
    if (at == g.armed_ns) return;
    struct itimerspec its = {.it_value = {.tv_sec = at / 1000000000LL, .tv_nsec = at % 1000000000LL}};
    if (timerfd_settime(g.tfd, TFD_TIMER_ABSTIME, &its, NULL) != 0) die("timerfd_settime: %s", strerror(errno));
    g.armed_ns = at;
}

static char *append(char *dst, size_t *len, const char *s) {
    size_t n = strlen(s);
    dst = realloc(dst, *len + n + 1);
    memcpy(dst + *len, s, n + 1);
    *len += n;
    return dst;
}

int main(int argc, char **argv) {
    g_tool = "http-pub";
    const char *url = NULL, *body_path = NULL, *content_type = "application/json", *secret = NULL;
    const char *headers[64];
    int nheaders = 0;
    int64_t count = 50000, conns = 32, sessions = 0, first_seq = 1, timeout_ms = 10000;
    double rate = 0;
    g.sig_name = "X-Webhook-Signature";
    g.sig_prefix = "sha256=";
    args_t a = {argc, argv, 1};
    for (; a.i < argc; a.i++) {
        if (arg_is(&a, "--url")) url = arg_value(&a);
        else if (arg_is(&a, "--body")) body_path = arg_value(&a);
        else if (arg_is(&a, "--count")) count = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--connections")) conns = arg_int(&a, 1, 10000);
        else if (arg_is(&a, "--rate")) rate = arg_double(&a, 0, 1e9);
        else if (arg_is(&a, "--sessions")) sessions = arg_int(&a, 0, 1000000000);
        else if (arg_is(&a, "--first-seq")) first_seq = arg_int(&a, 1, 100000000);
        else if (arg_is(&a, "--header")) {
            const char *h = arg_value(&a);
            const char *why = http_header_check(h);
            if (why) die("--header '%s': %s", h, why);
            if (nheaders == 64) die("at most 64 --header options");
            headers[nheaders++] = h;
        } else if (arg_is(&a, "--content-type")) content_type = arg_value(&a);
        else if (arg_is(&a, "--hmac-sha256")) secret = arg_value(&a);
        else if (arg_is(&a, "--signature-header")) g.sig_name = arg_value(&a);
        else if (arg_is(&a, "--signature-prefix")) g.sig_prefix = arg_value(&a);
        else if (arg_is(&a, "--timeout-ms")) timeout_ms = arg_int(&a, 1, 3600000);
        else if (arg_is(&a, "--help") || arg_is(&a, "-h")) usage();
        else { warnf("unknown option %s", argv[a.i]); usage(); }
    }
    if (!url || !body_path) usage();
    const char *why = http_url_parse(&g.url, url);
    if (why) die("--url '%s': %s", url, why);
    if (strchr(content_type, '\r') || strchr(content_type, '\n')) die("--content-type contains CR or LF");
    if (secret) {
        char line[512];
        snprintf(line, sizeof line, "%s: x", g.sig_name);
        if (http_header_check(line) || strlen(g.sig_name) > 256) die("--signature-header '%s' is not a header name", g.sig_name);
        if (strchr(g.sig_prefix, '\r') || strchr(g.sig_prefix, '\n') || strlen(g.sig_prefix) > 128)
            die("--signature-prefix contains CR or LF or is too long");
        if (!(g.hmac = hmac_sha256_new(secret, strlen(secret)))) die("cannot set up HMAC-SHA256 (OpenSSL)");
    }

    g.count = count;
    g.nconns = (int)(conns < count ? conns : count);
    g.first_seq = first_seq;
    g.sessions = sessions;
    g.rate = rate;
    g.timeout_ns = timeout_ms * 1000000LL;
    tmpl_from_file(&g.body, body_path);
    g.body_buf = malloc(tmpl_max_len(&g.body));

    /* request line and the fixed headers, built once */
    size_t hl = 0;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "POST %s HTTP/1.1\r\nHost: %s\r\n", g.url.path, g.url.hostport);
    g.head = append(NULL, &hl, tmp);
    g.head = append(g.head, &hl, "Content-Type: ");
    g.head = append(g.head, &hl, content_type);
    g.head = append(g.head, &hl, "\r\nUser-Agent: switchyard-http-pub\r\n");
    for (int i = 0; i < nheaders; i++) {
        g.head = append(g.head, &hl, headers[i]);
        g.head = append(g.head, &hl, "\r\n");
    }
    g.head_len = hl;
    g.out_cap = hl + tmpl_max_len(&g.body) + (secret ? strlen(g.sig_name) + strlen(g.sig_prefix) + 64 : 0) + 64;

    memset(&g.addr, 0, sizeof g.addr);
    g.addr.sin_family = AF_INET;
    g.addr.sin_port = htons((uint16_t)g.url.port);
    inet_pton(AF_INET, g.url.ip, &g.addr.sin_addr);

    g.ep = epoll_create1(EPOLL_CLOEXEC);
    g.tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (g.ep < 0 || g.tfd < 0) die("epoll/timerfd: %s", strerror(errno));
    struct epoll_event te = {.events = EPOLLIN, .data.u32 = UINT32_MAX};
    if (epoll_ctl(g.ep, EPOLL_CTL_ADD, g.tfd, &te) != 0) die("epoll_ctl: %s", strerror(errno));
    g.lat_ns = malloc((size_t)count * sizeof *g.lat_ns);
    g.conns = calloc((size_t)g.nconns, sizeof *g.conns);
    g.free_ring = malloc((size_t)g.nconns * sizeof *g.free_ring);
    if (!g.lat_ns || !g.conns || !g.free_ring) die("out of memory for %lld requests", (long long)count);

    int64_t cpu0 = cpu_used_us();
    g.t0 = now_mono_ns();
    for (int i = 0; i < g.nconns; i++) {
        conn_t *c = &g.conns[i];
        c->id = i;
        c->fd = -1;
        c->req = -1;
        c->out = malloc(g.out_cap);
        /* open every connection up front (a refusal here is left to the first request on it to report) */
        if (!conn_open(c)) c->state = C_DOWN;
        free_push(c);
    }
    if (rate > 0) g.t0 = now_mono_ns(); /* the schedule starts after the connects were issued */

    struct epoll_event evs[256];
    while (g.done < g.count) {
        check_timeouts(now_mono_ns());
        dispatch();
        if (g.done >= g.count) break;
        int64_t now = now_mono_ns(), earliest = earliest_deadline();
        arm_schedule(now);
        int timeout = -1;
        if (earliest != INT64_MAX) {
            int64_t ms = (earliest - now + 999999) / 1000000;
            timeout = ms < 0 ? 0 : (ms > 60000 ? 60000 : (int)ms);
        }
        int n = epoll_wait(g.ep, evs, 256, timeout);
        if (n < 0 && errno != EINTR) die("epoll_wait: %s", strerror(errno));
        for (int k = 0; k < n; k++) {
            uint32_t id = evs[k].data.u32;
            if (id == UINT32_MAX) {
                uint64_t ticks;
                if (read(g.tfd, &ticks, sizeof ticks) < 0) { /* EAGAIN: re-armed meanwhile */ }
                g.armed_ns = -1; /* fired: any new value must be set again */
                continue;
            }
            conn_t *c = &g.conns[id];
            if (c->fd < 0) continue; /* closed by an earlier event of this batch */
            on_event(c, evs[k].events);
        }
    }
    int64_t end = g.last_done_ns ? g.last_done_ns : now_mono_ns();
    double secs = (double)(end - g.t0) / 1e9;
    int64_t cpu = cpu_used_us() - cpu0;

    char counts[8192];
    size_t cl = 0;
    counts[0] = '\0';
    for (int s = 0; s < 1000; s++)
        if (g.status_counts[s] && (s < 200 || s > 299) && cl < sizeof counts - 32)
            cl += (size_t)snprintf(counts + cl, sizeof counts - cl, "%s%d:%llu", cl ? "," : "", s,
                                   (unsigned long long)g.status_counts[s]);
    qsort(g.lat_ns, g.lat_count, sizeof *g.lat_ns, lat_cmp_i64);
    printf("{\"tool\":\"http-pub\",\"sent\":%llu,\"ok\":%llu,\"non_2xx\":%llu,\"status_counts\":\"%s\","
           "\"errors\":%llu,\"timeouts\":%llu,\"reconnects\":%llu,\"seconds\":%.3f,\"msgs_per_s\":%.0f,"
           "\"lat_p50_us\":%.0f,\"lat_p99_us\":%.0f,\"lat_p999_us\":%.0f,\"lat_max_us\":%.0f,\"max_lag_ms\":%.1f,"
           "\"cpu_us_per_msg\":%.2f,\"body_bytes\":%zu,\"connections\":%d,\"rate\":%.0f}\n",
           (unsigned long long)g.sent, (unsigned long long)g.ok, (unsigned long long)g.non2xx, counts,
           (unsigned long long)g.errors, (unsigned long long)g.timeouts, (unsigned long long)g.reconnects, secs,
           secs > 0 ? (double)g.ok / secs : 0, lat_pct_us(g.lat_ns, g.lat_count, 0.50),
           lat_pct_us(g.lat_ns, g.lat_count, 0.99), lat_pct_us(g.lat_ns, g.lat_count, 0.999),
           g.lat_count ? (double)g.lat_ns[g.lat_count - 1] / 1000.0 : 0, (double)g.max_lag_ns / 1e6,
           (double)cpu / (double)count, tmpl_render(&g.body, g.body_buf, (uint64_t)first_seq, now_realtime_ns(),
                                                     (uint64_t)sessions),
           g.nconns, rate);
    fflush(stdout);
    if (g.errors)
        warnf("%llu of %lld requests failed and were not retried: %llu connection failures, %llu timeouts, "
              "%llu cut short or malformed",
              (unsigned long long)g.errors, (long long)count, (unsigned long long)g.conn_failures,
              (unsigned long long)g.timeouts, (unsigned long long)g.cut_short);
    hmac_sha256_free(g.hmac);
    return g.ok == (uint64_t)count ? 0 : 1;
}
