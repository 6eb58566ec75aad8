-- Rotates through a query mix so that no single cached URL is measured.
local queries = {
  "tham+nhung", "tham+nh%C5%A9ng", "an+ninh", "32-KL%2FTW", "K%E1%BA%BFt+lu%E1%BA%ADn+32", "ma+t%C3%BAy",
  "%22an+ninh+tr%E1%BA%ADt+t%E1%BB%B1%22", "c%C3%B4ng+t%C3%A1c&year=2018", "c%E1%BA%A3i+c%C3%A1ch+t%C6%B0+ph%C3%A1p",
  "n%E1%BB%99i+ch%C3%ADnh&sort=date-desc", "ph%C3%B2ng+ch%E1%BB%91ng+t%E1%BB%99i+ph%E1%BA%A1m", "khi%E1%BA%BFu+n%E1%BA%A1i",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/search?q=" .. queries[(i % #queries) + 1] .. "&page=" .. ((i % 3) + 1))
end
