#!/usr/bin/env python3
"""Helpers of tests/scripts/reload-under-load.sh (standard library only).

  reload_driver.py free-port HOST START            first free TCP port from START (up to START+200)
  reload_driver.py wait-ready BASE PID SECONDS     poll BASE/readyz until 200 (fails when PID dies)
  reload_driver.py reloads ...                     N reloads alternating two valid route files and an invalid
                                                   one every tenth, through POST /api/v1/reload and SIGHUP,
                                                   each checked (see `reloads` below); prints one JSON line
  reload_driver.py swap-times LOG                  min/median/max of the `reloaded` log lines' durations (ms)
  reload_driver.py wrk-errors FILE                 exit 1 unless wrk's output shows no socket errors and no non-2xx
"""
import json
import os
import re
import signal
import socket
import statistics
import sys
import time
import urllib.error
import urllib.request


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def http(method, url, timeout=30):
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def get_json(url):
    status, body = http("GET", url)
    if status != 200:
        fail(f"GET {url}: {status} {body[:300]!r}")
    return json.loads(body)


def free_port(host, start):
    for port in range(start, start + 200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: TIME_WAIT is no obstacle
            try:
                s.bind((host, port))
            except OSError:
                continue
            return port
    fail(f"no free port on {host} from {start}")


def wait_ready(base, pid, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            fail(f"switchyard (pid {pid}) exited before it was ready")
        try:
            status, _ = http("GET", base + "/readyz", timeout=2)
            if status == 200:
                return
        except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError):
            pass
        time.sleep(0.1)
    fail(f"{base}/readyz not 200 after {seconds}s")


def metric(text, name, labels=""):
    """The value of the sample `name{labels}` in a Prometheus text page, or None."""
    for line in text.splitlines():
        if line.startswith("#") or " " not in line:
            continue
        key, value = line.rsplit(" ", 1)
        if key == name + labels:
            return float(value)
    return None


def route_entry(doc, name):
    for r in doc["routes"]:
        if r["name"] == name:
            return r
    return None


def reloads(args):
    """--base URL --pid PID --count N --route NAME --target FILE --valid A B --invalid BAD [--spacing S]
    [--unchanged NAME,NAME] [--stop-file F]: before each reload the target route file is atomically replaced by
    the next variant (A/B alternate so every valid reload really changes the route; every tenth is BAD).
    Odd reloads go through POST /api/v1/reload, even ones through SIGHUP (waiting for the outcome in
    /api/v1/routes). Checks: valid → success, NAME started and stopped, the other routes unchanged; invalid → 422
    / failure with file:line errors, NAME still running, reload metrics say failure; after every reload NAME runs."""
    opts = dict(zip(args[::2], args[1::2]))
    base, pid, count = opts["--base"], int(opts["--pid"]), int(opts["--count"])
    route, target = opts["--route"], opts["--target"]
    valid, invalid = opts["--valid"].split(","), opts["--invalid"]
    spacing = float(opts.get("--spacing", "0"))
    unchanged = [n for n in opts.get("--unchanged", "").split(",") if n]
    running_variant = 0  # index in valid of the file in place at start
    problems = []
    post_ms = []

    def install(path):
        tmp = os.path.join(os.path.dirname(target), ".next-route.tmp")  # not *.yaml: the include glob skips it
        with open(path, "rb") as src, open(tmp, "wb") as dst:
            dst.write(src.read())
        os.replace(tmp, target)

    def counts():
        doc = get_json(base + "/api/v1/routes")
        return doc, doc["reloads"]["succeeded"], doc["reloads"]["failed"]

    _, ok0, bad0 = counts()
    t_start = time.monotonic()
    for i in range(1, count + 1):
        t_i = time.monotonic()
        bad = i % 10 == 0
        if bad:
            install(invalid)
        else:
            running_variant = 1 - running_variant
            install(valid[running_variant])
        via_post = (i % 2 == 1) if not bad else (i % 20 == 10)
        _, ok_before, bad_before = counts()
        answer = None
        if via_post:
            status, body = http("POST", base + "/api/v1/reload", timeout=120)
            answer = json.loads(body)
            want = 422 if bad else 200
            if status != want:
                problems.append(f"reload {i} (POST): HTTP {status}, wanted {want}: {body[:300]!r}")
            if not bad:
                post_ms.append(answer.get("duration_ms", 0))
        else:
            os.kill(pid, signal.SIGHUP)
        # The outcome, as /api/v1/routes shows it (for SIGHUP: wait for the count to move).
        deadline = time.monotonic() + 120
        while True:
            doc, ok_now, bad_now = counts()
            if (ok_now, bad_now) != (ok_before, bad_before):
                break
            if time.monotonic() > deadline:
                fail(f"reload {i} ({'POST' if via_post else 'SIGHUP'}): no outcome after 120s")
            time.sleep(0.02)
        last = doc["last_reload"]
        outcome = answer or last
        entry = route_entry(doc, route)
        if entry is None or entry["status"] != "running":
            problems.append(f"reload {i}: route {route} not running afterwards: {entry}")
        if bad:
            if (ok_now, bad_now) != (ok_before, bad_before + 1) or outcome["success"]:
                problems.append(f"reload {i}: the invalid config was not refused: {outcome}")
            located = [e for e in outcome["errors"] if not e["warning"] and e.get("file") and e.get("line")]
            if not located:
                problems.append(f"reload {i}: the refusal names no file:line: {outcome['errors']}")
            status, text = http("GET", base + "/metrics")
            text = text.decode()
            if metric(text, "switchyard_reload_last_success") != 0:
                problems.append(f"reload {i}: switchyard_reload_last_success is not 0 after a failed reload")
            failures = metric(text, "switchyard_reloads_total", '{outcome="failure"}')
            if failures != bad_now:
                problems.append(f"reload {i}: switchyard_reloads_total{{outcome=\"failure\"}} = {failures}, wanted {bad_now}")
        else:
            if (ok_now, bad_now) != (ok_before + 1, bad_before) or not outcome["success"]:
                problems.append(f"reload {i}: the valid config was not applied: {outcome}")
            elif route not in outcome["started"] or route not in outcome["stopped"]:
                problems.append(f"reload {i}: route {route} was not swapped: started {outcome['started']}, stopped {outcome['stopped']}")
            for other in unchanged:
                if other not in outcome["unchanged"]:
                    problems.append(f"reload {i}: route {other} was touched: {outcome}")
        if len(problems) > 5:
            break
        left = spacing - (time.monotonic() - t_i)
        if left > 0:
            time.sleep(left)
    if bad:
        install(valid[running_variant])  # the file in place is what runs again, so a later reload leaves it alone
    _, ok1, bad1 = counts()
    result = {"reloads": count, "succeeded": ok1 - ok0, "failed": bad1 - bad0,
              "seconds": round(time.monotonic() - t_start, 1),
              "post_duration_ms_median": round(statistics.median(post_ms), 1) if post_ms else None}
    print(json.dumps(result))
    if problems:
        for p in problems:
            print(f"FAIL: {p}", file=sys.stderr)
        sys.exit(1)


def swap_times(log):
    ms = []
    with open(log, errors="replace") as f:
        for line in f:
            if "msg=reloaded " not in line:
                continue
            m = re.search(r'duration="?([0-9.e+-]+) seconds', line)
            if m:
                ms.append(float(m.group(1)) * 1000)
    if not ms:
        fail(f"no `reloaded` line with a duration in {log}")
    print(json.dumps({"swaps": len(ms), "min_ms": round(min(ms), 1), "median_ms": round(statistics.median(ms), 1),
                      "max_ms": round(max(ms), 1)}))


def wrk_errors(path):
    text = open(path).read()
    bad = []
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m and int(m.group(1)) > 0:
        bad.append(f"{m.group(1)} non-2xx answers")
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m and any(int(x) > 0 for x in m.groups()):
        bad.append(f"socket errors: {m.group(0)}")
    m = re.search(r"(\d+) requests in", text)
    if not m or int(m.group(1)) == 0:
        bad.append("wrk made no requests")
    if bad:
        fail("wrk: " + "; ".join(bad) + "\n" + text)
    print(m.group(1))


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "free-port":
        print(free_port(args[0], int(args[1])))
    elif cmd == "wait-ready":
        wait_ready(args[0], int(args[1]), float(args[2]))
    elif cmd == "reloads":
        reloads(args)
    elif cmd == "swap-times":
        swap_times(args[0])
    elif cmd == "wrk-errors":
        wrk_errors(args[0])
    else:
        fail(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
