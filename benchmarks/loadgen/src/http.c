#include "http.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

/* ---------------------------------------------------------------- URLs */

const char *http_url_parse(http_url_t *u, const char *url) {
    memset(u, 0, sizeof *u);
    if (strncasecmp(url, "https://", 8) == 0) return "https is not supported (http:// only)";
    if (strncasecmp(url, "http://", 7) != 0) return "the URL must start with http://";
    const char *h = url + 7;
    const char *slash = strchr(h, '/');
    const char *hp_end = slash ? slash : h + strlen(h);
    if (memchr(h, '?', (size_t)(hp_end - h)) || memchr(h, '#', (size_t)(hp_end - h)))
        return "the URL needs a path before its query (http://host:port/path?query)";
    if (memchr(h, '@', (size_t)(hp_end - h))) return "user:password@ in the URL is not supported";
    if (h < hp_end && *h == '[') return "IPv6 hosts are not supported (IPv4 or localhost)";
    const char *colon = memchr(h, ':', (size_t)(hp_end - h));
    const char *host_end = colon ? colon : hp_end;
    size_t hlen = (size_t)(host_end - h);
    if (hlen == 0) return "the URL has no host";
    if (hlen >= sizeof u->host) return "the host is too long";
    memcpy(u->host, h, hlen);
    u->port = 80;
    if (colon) {
        const char *p = colon + 1;
        if (p == hp_end) return "the URL has an empty port";
        long port = 0;
        for (; p < hp_end; p++) {
            if (*p < '0' || *p > '9') return "the port is not a number";
            port = port * 10 + (*p - '0');
            if (port > 65535) break;
        }
        if (port < 1 || port > 65535) return "the port is not in 1..65535";
        u->port = (int)port;
    }
    if (strcasecmp(u->host, "localhost") == 0) {
        strcpy(u->ip, "127.0.0.1");
    } else {
        struct in_addr a;
        if (inet_pton(AF_INET, u->host, &a) != 1) return "the host must be an IPv4 address or localhost";
        inet_ntop(AF_INET, &a, u->ip, sizeof u->ip);
    }
    size_t hplen = (size_t)(hp_end - h);
    if (hplen >= sizeof u->hostport) return "the host is too long";
    memcpy(u->hostport, h, hplen);
    const char *path = slash ? slash : "/";
    if (strlen(path) >= sizeof u->path) return "the path is too long";
    for (const char *p = path; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == 0x7f) return "the path contains a space or a control character";
    char *hash = NULL;
    strcpy(u->path, path);
    if ((hash = strchr(u->path, '#'))) *hash = '\0'; /* a fragment is never sent */
    return NULL;
}

/* ---------------------------------------------------------------- request headers */

static bool is_tchar(unsigned char c) {
    return isalnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

const char *http_header_check(const char *line) {
    const char *colon = strchr(line, ':');
    if (!colon) return "a header must be 'Name: value'";
    if (colon == line) return "the header name is empty";
    for (const char *p = line; p < colon; p++)
        if (!is_tchar((unsigned char)*p)) return "the header name has a character not allowed in a token";
    for (const char *p = colon + 1; *p; p++)
        if (*p == '\r' || *p == '\n' || *p == '\0') return "the header value contains CR or LF";
    return NULL;
}

/* ---------------------------------------------------------------- requests */

size_t http_request_build(char *out, const char *head, size_t head_len, const char *sig_name, const char *sig_prefix,
                          const char *sig_hex, const char *body, size_t body_len) {
    char *o = out;
    memcpy(o, head, head_len);
    o += head_len;
    o += sprintf(o, "Content-Length: %zu\r\n", body_len);
    if (sig_name) o += sprintf(o, "%s: %s%s\r\n", sig_name, sig_prefix ? sig_prefix : "", sig_hex);
    memcpy(o, "\r\n", 2);
    o += 2;
    memcpy(o, body, body_len);
    o += body_len;
    return (size_t)(o - out);
}

/* ---------------------------------------------------------------- responses */

void http_resp_init(http_resp_t *r) {
    r->state = HR_STATUS;
    r->status = 0;
    r->minor = 1;
    r->content_length = -1;
    r->chunked = r->conn_close = r->keep_alive = false;
    r->remaining = 0;
    r->body_len = 0;
    r->snippet_len = 0;
    r->snippet[0] = '\0';
    r->error = NULL;
    r->line_len = 0;
}

bool http_resp_started(const http_resp_t *r) { return r->state != HR_STATUS || r->line_len > 0 || r->status; }

static int fail(http_resp_t *r, const char *why) {
    r->state = HR_ERROR;
    r->error = why;
    return -1;
}

static void body_add(http_resp_t *r, const char *p, size_t n) {
    r->body_len += n;
    if (r->snippet_len < HTTP_SNIPPET) {
        size_t k = HTTP_SNIPPET - r->snippet_len;
        if (k > n) k = n;
        memcpy(r->snippet + r->snippet_len, p, k);
        r->snippet_len += k;
        r->snippet[r->snippet_len] = '\0';
    }
}

/* Case-insensitive: does the comma-separated list v (length n) contain the token tok? */
static bool has_token(const char *v, size_t n, const char *tok) {
    size_t tl = strlen(tok);
    const char *end = v + n, *p = v;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) p++;
        const char *s = p;
        while (p < end && *p != ',') p++;
        const char *e = p;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
        if ((size_t)(e - s) == tl && strncasecmp(s, tok, tl) == 0) return true;
    }
    return false;
}

static int on_status_line(http_resp_t *r, const char *l, size_t n) {
    /* HTTP/1.x SSS[ reason] */
    if (n < 12 || memcmp(l, "HTTP/1.", 7) != 0 || !isdigit((unsigned char)l[7]) || l[8] != ' ')
        return fail(r, "malformed status line (not HTTP/1.x)");
    for (int i = 9; i < 12; i++)
        if (!isdigit((unsigned char)l[i])) return fail(r, "malformed status code");
    if (n > 12 && l[12] != ' ') return fail(r, "malformed status code");
    r->minor = l[7] - '0';
    r->status = (l[9] - '0') * 100 + (l[10] - '0') * 10 + (l[11] - '0');
    if (r->status < 100) return fail(r, "status code below 100");
    r->state = HR_HEADERS;
    return 0;
}

static int on_header_line(http_resp_t *r, const char *l, size_t n) {
    if (l[0] == ' ' || l[0] == '\t') return 0; /* obsolete line folding: continues a header we do not need */
    const char *colon = memchr(l, ':', n);
    if (!colon || colon == l) return fail(r, "malformed header line");
    size_t nl = (size_t)(colon - l);
    const char *v = colon + 1, *end = l + n;
    while (v < end && (*v == ' ' || *v == '\t')) v++;
    while (end > v && (end[-1] == ' ' || end[-1] == '\t')) end--;
    size_t vl = (size_t)(end - v);
    if (nl == 14 && strncasecmp(l, "Content-Length", 14) == 0) {
        if (vl == 0) return fail(r, "empty Content-Length");
        int64_t x = 0;
        for (size_t i = 0; i < vl; i++) {
            if (!isdigit((unsigned char)v[i])) return fail(r, "Content-Length is not a number");
            if (x > (INT64_MAX - 9) / 10) return fail(r, "Content-Length too large");
            x = x * 10 + (v[i] - '0');
        }
        if (r->content_length >= 0 && r->content_length != x) return fail(r, "conflicting Content-Length headers");
        r->content_length = x;
    } else if (nl == 17 && strncasecmp(l, "Transfer-Encoding", 17) == 0) {
        if (has_token(v, vl, "chunked")) r->chunked = true;
        else if (vl) return fail(r, "unsupported Transfer-Encoding (only chunked)");
    } else if (nl == 10 && strncasecmp(l, "Connection", 10) == 0) {
        if (has_token(v, vl, "close")) r->conn_close = true;
        if (has_token(v, vl, "keep-alive")) r->keep_alive = true;
    }
    return 0;
}

static int on_headers_end(http_resp_t *r) {
    if (r->status < 200) { /* 100 Continue and other interim answers: the real one follows */
        http_resp_init(r);
        return 0;
    }
    if (r->minor == 0 && !r->keep_alive) r->conn_close = true;
    if (r->status == 204 || r->status == 304) { r->state = HR_DONE; return 1; }
    if (r->chunked) { r->state = HR_CHUNK_SIZE; return 0; } /* chunked wins over Content-Length (RFC 9112) */
    if (r->content_length >= 0) {
        r->remaining = (uint64_t)r->content_length;
        r->state = r->remaining ? HR_BODY_LEN : HR_DONE;
        return r->remaining ? 0 : 1;
    }
    r->conn_close = true; /* neither: the body ends when the server closes */
    r->state = HR_BODY_EOF;
    return 0;
}

static int on_chunk_size(http_resp_t *r, const char *l, size_t n) {
    uint64_t x = 0;
    size_t i = 0;
    for (; i < n; i++) {
        int c = (unsigned char)l[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else break;
        if (x >> 59) return fail(r, "chunk size too large");
        x = x * 16 + (uint64_t)d;
    }
    if (i == 0) return fail(r, "malformed chunk size");
    while (i < n && (l[i] == ' ' || l[i] == '\t')) i++;
    if (i < n && l[i] != ';') return fail(r, "malformed chunk size");
    if (x == 0) { r->state = HR_TRAILERS; return 0; }
    r->remaining = x;
    r->state = HR_CHUNK_DATA;
    return 0;
}

/* One complete line (CRLF or LF stripped) in the current state. */
static int on_line(http_resp_t *r, const char *l, size_t n) {
    switch (r->state) {
    case HR_STATUS:
        if (n == 0) return 0; /* tolerate blank lines before a response */
        return on_status_line(r, l, n);
    case HR_HEADERS: return n == 0 ? on_headers_end(r) : on_header_line(r, l, n);
    case HR_CHUNK_SIZE: return on_chunk_size(r, l, n);
    case HR_CHUNK_CRLF:
        if (n != 0) return fail(r, "chunk data not followed by CRLF");
        r->state = HR_CHUNK_SIZE;
        return 0;
    case HR_TRAILERS:
        if (n == 0) { r->state = HR_DONE; return 1; }
        return 0;
    default: return fail(r, "internal: line in a body state");
    }
}

int http_resp_feed(http_resp_t *r, const char *data, size_t n, size_t *used) {
    size_t i = 0;
    int rc = 0;
    if (r->state == HR_ERROR) { *used = 0; return -1; }
    if (r->state == HR_DONE) { *used = 0; return 1; }
    while (i < n && rc == 0) {
        switch (r->state) {
        case HR_BODY_LEN:
        case HR_CHUNK_DATA: {
            size_t k = n - i;
            if ((uint64_t)k > r->remaining) k = (size_t)r->remaining;
            body_add(r, data + i, k);
            i += k;
            r->remaining -= k;
            if (r->remaining == 0) {
                if (r->state == HR_BODY_LEN) { r->state = HR_DONE; rc = 1; }
                else r->state = HR_CHUNK_CRLF;
            }
            break;
        }
        case HR_BODY_EOF:
            body_add(r, data + i, n - i);
            i = n;
            break;
        default: { /* line states: gather up to LF */
            const char *lf = memchr(data + i, '\n', n - i);
            size_t take = lf ? (size_t)(lf - (data + i)) : n - i;
            if (r->line_len + take > sizeof r->line - 1) { rc = fail(r, "status, header or chunk line too long"); break; }
            memcpy(r->line + r->line_len, data + i, take);
            r->line_len += take;
            i += take;
            if (!lf) break;
            i++; /* the LF */
            size_t len = r->line_len;
            if (len && r->line[len - 1] == '\r') len--;
            r->line_len = 0;
            rc = on_line(r, r->line, len);
            break;
        }
        }
    }
    *used = i;
    return rc;
}

int http_resp_eof(http_resp_t *r) {
    if (r->state == HR_DONE) return 1;
    if (r->state == HR_BODY_EOF) { r->state = HR_DONE; return 1; }
    if (r->state == HR_ERROR) return -1;
    if (!http_resp_started(r)) return fail(r, "connection closed by the server before any answer");
    return fail(r, "connection closed by the server in the middle of the answer");
}

/* ---------------------------------------------------------------- HMAC-SHA256 */

struct hmac_sha256 {
    EVP_MAC *mac;
    EVP_MAC_CTX *ctx;
};

void hmac_sha256_free(hmac_sha256_t *h) {
    if (!h) return;
    EVP_MAC_CTX_free(h->ctx);
    EVP_MAC_free(h->mac);
    free(h);
}

hmac_sha256_t *hmac_sha256_new(const void *key, size_t key_len) {
    hmac_sha256_t *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
    static const unsigned char empty[1];
    h->mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    if (!h->mac || !(h->ctx = EVP_MAC_CTX_new(h->mac)) ||
        !EVP_MAC_init(h->ctx, key_len ? key : empty, key_len, params)) {
        hmac_sha256_free(h);
        return NULL;
    }
    return h;
}

bool hmac_sha256_hex(hmac_sha256_t *h, const void *msg, size_t len, char out[65]) {
    static const char hex[] = "0123456789abcdef";
    unsigned char md[32];
    size_t mdlen = 0;
    /* a NULL key re-initialises with the key given to hmac_sha256_new */
    if (!EVP_MAC_init(h->ctx, NULL, 0, NULL) || !EVP_MAC_update(h->ctx, msg, len) ||
        !EVP_MAC_final(h->ctx, md, &mdlen, sizeof md) || mdlen != 32)
        return false;
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
    return true;
}
