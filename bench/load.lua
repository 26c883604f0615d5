-- wrk script for bench/load.py: every request carries the coordinator's session cookie and
-- goes to a path picked at random from a list, so load spreads over all request pages and
-- worklist views instead of hammering one cached row.
--
-- Usage: wrk ... -s bench/load.lua URL -- PATHS_FILE
-- PATHS_FILE: first line is the Cookie header value, then one path per line. (The cookie is
-- read from the file, not the command line, so it does not show in the process list.)
-- done() prints one JSON line: latency percentiles in microseconds, requests, non-2xx
-- responses (wrk itself only counts status > 399) and socket errors.

local threads = {}

-- LOAD_THINK_MS > 0: each connection is a user who waits a think time (uniform, 0.5-1.5 x this
-- mean, so it stays under the server's keep-alive) after every response, instead of asking
-- again at once. wrk's latencies leave the wait out. Read at load time: wrk looks for a
-- delay() function before init() runs.
local think_ms = tonumber(os.getenv("LOAD_THINK_MS") or "0") or 0
if think_ms > 0 then
  function delay()
    return math.floor(think_ms * (0.5 + math.random()))
  end
end

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  local cookie = nil
  for line in io.lines(args[1]) do
    if cookie == nil then
      cookie = line
    elseif line ~= "" then
      paths[#paths + 1] = line
    end
  end
  wrk.headers["Cookie"] = cookie
  non2xx = 0
  math.randomseed(os.time() * 100 + thread_number)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "non2xx": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"mean_us": %.1f}\n',
    summary.requests, summary.duration, bad, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    latency.mean))
end
