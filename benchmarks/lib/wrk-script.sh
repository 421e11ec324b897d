# Sourced by the benchmark scripts that load a webhook with wrk (scenarios.sh, profile-webhook.sh): one signed
# body, and a done() that prints the figures as one JSON line after "WRK ", so both read the same numbers.
# wrk_script BODY-FILE SIGNATURE-HEADER SECRET LUA-OUT: the body with seq 1, ts_ns 0, session 1; its HMAC-SHA256.
wrk_script() {
  local body sig
  body=$(sed 's/{seq}/1/g; s/{ts_ns}/0/g; s/{session}/1/g' "$1")
  sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$3" -r | cut -d' ' -f1)
  {
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/json"'
    echo "wrk.headers[\"$2\"] = \"sha256=$sig\""
    printf 'wrk.body = [==[%s]==]\n' "$body"
    echo 'done = function(summary, latency, requests)'
    echo '  io.write(string.format("WRK {\"requests\":%d,\"non_2xx\":%d,\"errors\":%d,\"seconds\":%.3f,\"lat_p50_us\":%d,\"lat_p99_us\":%d,\"lat_p999_us\":%d}\n",'
    echo '    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,'
    echo '    summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))'
    echo 'end'
  } >"$4"
}
# wrk_json WRK-OUTPUT JSON-OUT: the done() line of a run, as a one-line JSON object (read it with `field`).
wrk_json() { sed -n 's/^WRK //p' "$1" >"$2"; }
