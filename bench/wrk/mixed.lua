-- Document pages and searches in turn (paths from WRK_PATHS, queries rotating); counts non-2xx answers.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local queries = { "tham+nhung", "an+ninh", "32-KL%2FTW", "K%E1%BA%BFt+lu%E1%BA%ADn+32", "ma+t%C3%BAy", "c%C3%B4ng+t%C3%A1c&year=2018" }
local i = 0
request = function()
  i = i + 1
  if i % 2 == 0 then return wrk.format("GET", paths[(i % #paths) + 1]) end
  return wrk.format("GET", "/search?q=" .. queries[(i % #queries) + 1] .. "&page=" .. ((i % 5) + 1))
end
local bad = 0
response = function(status) if status >= 400 then bad = bad + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
