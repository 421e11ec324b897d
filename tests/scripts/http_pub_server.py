#!/usr/bin/env python3
"""A tiny HTTP/1.1 keep-alive webhook receiver for tests/scripts/http-pub-smoke.sh (stdlib only).

Every POST must carry X-Webhook-Signature: sha256=<hex HMAC-SHA256(--secret, raw body)>; a missing or wrong one
gets 401. A signed body's "seq" is appended to --seq-log as "<path> <seq>" before the answer goes out. Then:
  /status/NNN...  answers NNN (e.g. /status/503)
  /chunked...     answers 200 with Transfer-Encoding: chunked
  /close...       answers 200 with Connection: close (and closes)
  /slow...        sleeps 1.5 s, then answers 200 (for --timeout-ms)
  anything else   answers 200 with a Content-Length body
GET /ready answers 200. It binds 127.0.0.1 on a free port and writes that port to --port-file once it listens.
"""
import argparse
import hashlib
import hmac
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Server(ThreadingHTTPServer):
    request_queue_size = 256  # the default listen backlog of 5 drops SYNs when 32 connections open at once

    def handle_error(self, request, client_address):
        pass  # a client that timed out and closed (the /slow case) is expected: no tracebacks


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: Nagle + delayed ACK = 40 ms each
    secret = b""
    log_lock = threading.Lock()
    log_file = None

    def log_message(self, format, *args):
        pass

    def answer(self, status, body, extra=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for k, v in extra:
            self.send_header(k, v)
        if self.path.startswith("/chunked"):
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = len(data) // 2
            for piece in (data[:half], data[half:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    def do_GET(self):
        self.answer(200, {"ready": True})

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = "sha256=" + hmac.new(self.secret, raw, hashlib.sha256).hexdigest()
        got = self.headers.get("X-Webhook-Signature", "")
        if not hmac.compare_digest(got.lower(), expected):
            self.answer(401, {"error": "verification failed: bad X-Webhook-Signature"})
            return
        try:
            seq = json.loads(raw)["seq"]
        except (ValueError, KeyError, TypeError):
            self.answer(400, {"error": "no seq in the body"})
            return
        with self.log_lock:
            self.log_file.write("%s %s\n" % (self.path, seq))
            self.log_file.flush()
        if self.path.startswith("/status/"):
            self.answer(int(self.path.split("/")[2]), {"error": "asked for"}, [("Retry-After", "1")])
        elif self.path.startswith("/close"):
            self.answer(200, {"status": "ok"}, [("Connection", "close")])
        elif self.path.startswith("/slow"):
            time.sleep(1.5)
            self.answer(200, {"status": "ok"})
        else:
            self.answer(200, {"status": "ok"})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--secret", required=True)
    p.add_argument("--port-file", required=True)
    p.add_argument("--seq-log", required=True)
    a = p.parse_args()
    Handler.secret = a.secret.encode()
    Handler.log_file = open(a.seq_log, "a")
    server = Server(("127.0.0.1", 0), Handler)  # listening from here on
    tmp = a.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.replace(tmp, a.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
