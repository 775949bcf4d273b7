-- POST /api/v1/asylum-claims: files a claim for a person who has none (each request a different
-- person: one open claim per person). RUTA_BENCH_LIST holds the person ids, RUTA_BENCH_OFFICE the
-- COMAR office, RUTA_BENCH_DATE the filing date. Each wrk thread takes every n-th id.
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

init = function(args)
  common.headers()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  ids = common.lines(os.getenv("RUTA_BENCH_LIST"))
  office = os.getenv("RUTA_BENCH_OFFICE")
  day = os.getenv("RUTA_BENCH_DATE")
  nthreads = tonumber(os.getenv("RUTA_BENCH_THREADS") or "1")
  next_index = tid
end

request = function()
  local id = ids[next_index]
  next_index = next_index + nthreads
  if id == nil then id = "00000000-0000-0000-0000-000000000000" end
  local body = string.format(
    '{"personId":"%s","enteredOn":"%s","filedOn":"%s","officeId":"%s","filedBy":"applicant","dependentIds":[]}',
    id, day, day, office)
  return wrk.format("POST", "/api/v1/asylum-claims", nil, body)
end

done = function(summary, latency, requests) common.report(summary, latency) end
