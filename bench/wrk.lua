-- wrk script of bin/bench: sends the request bin/bench describes in the environment (BENCH_METHOD, BENCH_BODY_FILE,
-- BENCH_CONTENT_TYPE; the session cookie comes as wrk's -H) and prints one line that bin/bench reads.
-- No response() callback on purpose: it would copy every body into Lua and slow the client down on large pages.
-- wrk counts a status of 400 or more in errors.status; bin/bench checks with curl that each page answers 200, not a
-- redirect to the sign-in page, before and after the run.
local method = os.getenv("BENCH_METHOD")
if method and method ~= "" then
    wrk.method = method
end
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
    local file = assert(io.open(body_file, "rb"))
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
end

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, summary.duration,
        summary.requests > 0 and latency:percentile(50) or -1,
        summary.requests > 0 and latency:percentile(99) or -1,
        errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
