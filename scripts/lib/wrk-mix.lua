-- wrk script of the soak in scripts/reliability: every connection cycles through a mix of requests.
-- Environment: BENCH_TOKEN; BENCH_MIX, entries separated by ";", each "METHOD PATH" or "METHOD PATH @BODY_FILE"
-- (every "__KEY__" in a body becomes a fresh idempotency key); BENCH_DELAY_MS, a pause before each request on a
-- connection (how the soak holds a rate below the maximum). Prints "BENCH_RESULT {json}" at the end.

local token = os.getenv("BENCH_TOKEN")
local mix_spec = os.getenv("BENCH_MIX") or "GET /actuator/health"
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

-- counts threads in setup(); each thread gets its number as the global thread_no (a local of that name would
-- shadow the global in init(), every thread would be number 0 and draw the same keys: half the POSTs replays)
local started = 0

function setup(thread)
	started = started + 1
	thread:set("thread_no", started)
end

local function read_file(name)
	local f = assert(io.open(name, "rb"))
	local text = f:read("*a")
	f:close()
	return text
end

function init(args)
	mix = {}
	for entry in string.gmatch(mix_spec, "[^;]+") do
		local method, path, body = string.match(entry, "^%s*(%S+)%s+(%S+)%s*@?(%S*)%s*$")
		local item = { method = method, path = path, body = nil }
		if body and body ~= "" then
			item.body = read_file(body)
		end
		table.insert(mix, item)
	end
	headers_plain = { ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. (token or "") }
	headers_json = { ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. (token or ""),
		["Content-Type"] = "application/json" }
	math.randomseed(os.time() + (thread_no or 0) * 7919)
	prefix = string.format("soak-%08x-%d-", math.random(0, 0x7fffffff), thread_no or 0)
	counter = 0
	position = (thread_no or 0) % #mix
end

function delay()
	return delay_ms
end

function request()
	position = position % #mix + 1
	local item = mix[position]
	if item.body then
		counter = counter + 1
		return wrk.format(item.method, item.path, headers_json, item.body:gsub("__KEY__", prefix .. counter))
	end
	return wrk.format(item.method, item.path, headers_plain, nil)
end

function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
		'"status":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d}\n',
		summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
		latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
