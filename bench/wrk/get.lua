-- GET a path; with RUTA_BENCH_LIST, "{}" in RUTA_BENCH_PATH is replaced by a random line of that file
-- (a person id, a URL-encoded query). Usage: wrk -s bench/wrk/get.lua http://host:port
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local path = os.getenv("RUTA_BENCH_PATH") or "/healthz"
local list = common.lines(os.getenv("RUTA_BENCH_LIST"))
common.headers()

request = function()
  local p = path
  if #list > 0 then
    local item = list[math.random(#list)]
    p = string.gsub(path, "{}", function() return item end)
  end
  return wrk.format("GET", p)
end

done = function(summary, latency, requests) common.report(summary, latency) end
