-- wrk script of scripts/bench and scripts/reliability (same for our server and WireMock, so both see identical
-- requests). Environment:
--   BENCH_METHOD (GET), BENCH_PATH (/), BENCH_TOKEN (bearer token, optional),
--   BENCH_BODY_FILE (request body; every "__KEY__" in it becomes a fresh idempotency key per request).
-- At the end it prints one line "BENCH_RESULT {json}" with counts and latency percentiles in microseconds.

local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local token = os.getenv("BENCH_TOKEN")
local body_file = os.getenv("BENCH_BODY_FILE")

local threads = {}
-- counts threads in setup(); each thread gets its number as the global thread_no (a local of that name would
-- shadow the global in init(), every thread would be number 0 and draw the same keys: half the POSTs replays)
local started = 0

function setup(thread)
	started = started + 1
	thread:set("thread_no", started)
	table.insert(threads, thread)
end

function init(args)
	headers = { ["Accept"] = "application/json" }
	if token and token ~= "" then
		headers["Authorization"] = "Bearer " .. token
	end
	template = nil
	if body_file and body_file ~= "" then
		local f = assert(io.open(body_file, "rb"))
		template = f:read("*a")
		f:close()
		headers["Content-Type"] = "application/json"
	end
	-- keys unique across threads and runs: a random run prefix, the thread number, a counter
	math.randomseed(os.time() + (thread_no or 0) * 7919)
	prefix = string.format("bench-%08x-%d-", math.random(0, 0x7fffffff), thread_no or 0)
	counter = 0
	statuses = 0
end

function request()
	if template then
		counter = counter + 1
		local key = prefix .. counter
		local body = template:gsub("__KEY__", key)
		return wrk.format(method, path, headers, body)
	end
	return wrk.format(method, path, headers, nil)
end

function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
		'"status":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d}\n',
		summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
		latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
