-- Shared by the wrk scripts of bench/run.sh: bearer token or cookie from the environment, a list of
-- lines read from a file, and a JSON summary (throughput, latency percentiles, errors) written at the end.
local M = {}

function M.headers()
  local token = os.getenv("RUTA_BENCH_TOKEN")
  if token and #token > 0 then wrk.headers["Authorization"] = "Bearer " .. token end
  local cookie = os.getenv("RUTA_BENCH_COOKIE")
  if cookie and #cookie > 0 then wrk.headers["Cookie"] = cookie end
end

function M.lines(path)
  local list = {}
  if not path or #path == 0 then return list end
  local file = assert(io.open(path, "r"))
  for line in file:lines() do if #line > 0 then list[#list + 1] = line end end
  file:close()
  return list
end

function M.report(summary, latency)
  local out = os.getenv("RUTA_BENCH_JSON")
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local text = string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"errors":%d,"non2xx":%d,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}',
    summary.requests, seconds, summary.requests / seconds, errors, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000)
  if out and #out > 0 then
    local file = assert(io.open(out, "w")); file:write(text, "\n"); file:close()
  end
  io.write(text, "\n")
end

return M
