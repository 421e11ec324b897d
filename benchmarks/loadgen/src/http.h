/* Pure HTTP/1.1 client pieces of http-pub, tested by loadgen-selftest: URL parsing, request assembly, an
 * incremental response parser (status line, headers, Content-Length / chunked / until-close bodies) that accepts
 * its input split anywhere, and HMAC-SHA256 as lowercase hex (OpenSSL libcrypto). No I/O, no exits. */
#ifndef LOADGEN_HTTP_H
#define LOADGEN_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- URLs: http://HOST[:PORT][/path[?query]], HOST an IPv4 address or localhost ---- */
typedef struct {
    char host[64];       /* as written in the URL (for the Host header) */
    char ip[16];         /* dotted IPv4 to connect to (localhost -> 127.0.0.1) */
    int port;            /* 80 when absent */
    char hostport[80];   /* Host header value: host, plus :port when the URL named one */
    char path[2048];     /* "/" when absent; the query is kept */
} http_url_t;
/* Returns NULL on success, else a message saying what is wrong. */
const char *http_url_parse(http_url_t *u, const char *url);

/* ---- a request header given on the command line: "Name: value" ---- */
/* Returns NULL when it is a valid header line (token name, colon, no CR/LF), else the reason. */
const char *http_header_check(const char *line);

/* ---- request assembly ---- */
/* Writes head (request line and fixed headers, each ending in CRLF), Content-Length, the signature header when
 * sig_name is not NULL (sig_name ": " sig_prefix sig_hex), the blank line and the body into out; returns the
 * length. out must hold head_len + body_len + strlen(sig_name/prefix/hex) + 64 bytes. */
size_t http_request_build(char *out, const char *head, size_t head_len, const char *sig_name, const char *sig_prefix,
                          const char *sig_hex, const char *body, size_t body_len);

/* ---- incremental response parser ---- */
#define HTTP_LINE_MAX 8192   /* longest status, header or chunk-size line */
#define HTTP_SNIPPET 200     /* body bytes kept for error messages */

typedef enum {
    HR_STATUS, HR_HEADERS, HR_BODY_LEN, HR_CHUNK_SIZE, HR_CHUNK_DATA, HR_CHUNK_CRLF, HR_TRAILERS, HR_BODY_EOF,
    HR_DONE, HR_ERROR
} http_resp_state;

typedef struct {
    http_resp_state state;
    int status;              /* 100..999 */
    int minor;               /* HTTP/1.<minor> */
    int64_t content_length;  /* -1: none */
    bool chunked;
    bool conn_close;         /* the server closes the connection after this response */
    bool keep_alive;         /* Connection: keep-alive (matters for HTTP/1.0) */
    uint64_t remaining;      /* body or chunk bytes still to read */
    uint64_t body_len;       /* body bytes read (decoded, for chunked) */
    char snippet[HTTP_SNIPPET + 1];
    size_t snippet_len;
    const char *error;       /* when state == HR_ERROR */
    char line[HTTP_LINE_MAX];
    size_t line_len;
} http_resp_t;

void http_resp_init(http_resp_t *r);
/* Feeds n bytes. Returns 1 when a whole final response has been parsed (*used = bytes of data it took; the
 * rest belongs to whatever follows), 0 when it needs more (*used = n), -1 on a protocol error (r->error). */
int http_resp_feed(http_resp_t *r, const char *data, size_t n, size_t *used);
/* The server closed the connection: returns 1 when that ends the response (a body delimited by the close),
 * -1 when the response is cut short (r->error). */
int http_resp_eof(http_resp_t *r);
/* Bytes of this response received so far are > 0 (tells "closed before answering" from "closed mid-answer"). */
bool http_resp_started(const http_resp_t *r);

/* ---- HMAC-SHA256 as 64 lowercase hex digits + NUL ---- */
typedef struct hmac_sha256 hmac_sha256_t;
hmac_sha256_t *hmac_sha256_new(const void *key, size_t key_len); /* NULL on an OpenSSL failure */
/* Returns false on an OpenSSL failure. The key is kept: call it once per message. */
bool hmac_sha256_hex(hmac_sha256_t *h, const void *msg, size_t len, char out[65]);
void hmac_sha256_free(hmac_sha256_t *h);

#endif
