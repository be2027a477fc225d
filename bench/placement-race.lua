-- wrk script of bench/placement.sh: places and frees racing on the groups bench/PlacementSetup.java made.
-- Set in front by placement.sh: ROUND_DIR (groups.txt, contenders.txt, frees.txt), THREADS, PLACE_SHARE, TOKEN,
-- PACE_MS (0: every connection sends its next request as soon as the answer is in, which saturates the
-- service; above 0: each connection waits a random, exponentially distributed time of that mean first,
-- so requests arrive at a steady offered rate, as they would from many coordinators).
--  - place (share PLACE_SHARE): a random contender into a random group (all full: mostly 409 group-full);
--  - free: the next referral of frees.txt is withdrawn; its place passes to the head of the waiting list.
-- Each wrk thread frees every THREADS-th line, so no referral is withdrawn twice; once its share is used
-- up, a thread only places. Outcomes are counted from the answers (a thread serves many connections, so
-- it cannot remember which request an answer belongs to).
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local function lines(name, keep)
  local list, i = {}, 0
  for line in io.lines(ROUND_DIR .. "/" .. name) do
    if keep == nil or keep(i) then table.insert(list, line) end
    i = i + 1
  end
  return list
end

function init(args)
  local n = tonumber(THREADS)
  groups = lines("groups.txt")
  contenders = lines("contenders.txt")
  frees = lines("frees.txt", function(i) return i % n == tid end)
  next_free = 0
  outcomes = {}
  math.randomseed(os.time() + tid * 7919)
  headers = {["Content-Type"] = "application/json", ["Accept"] = "application/json",
             ["Authorization"] = "Bearer " .. TOKEN}
end

function request()
  if next_free < #frees and math.random() >= tonumber(PLACE_SHARE) then
    next_free = next_free + 1
    return wrk.format("POST", "/api/v1/referrals/" .. frees[next_free] .. "/withdraw", headers,
      '{"reason":"NO_LONGER_NEEDED"}')
  end
  local referral = contenders[math.random(#contenders)]
  local group = groups[math.random(#groups)]
  return wrk.format("POST", "/api/v1/referrals/" .. referral .. "/placement", headers,
    '{"groupId":"' .. group .. '"}')
end

if tonumber(PACE_MS) > 0 then
  function delay()
    return -tonumber(PACE_MS) * math.log(1 - math.random())
  end
end

function response(status, headers, body)
  local kind = tostring(status)
  if status == 200 and body:find('"status":"WITHDRAWN"', 1, true) then
    kind = "free 200"
  elseif status == 200 then
    kind = "place 200"
  elseif body:find("group-full", 1, true) then
    kind = "place 409 group-full"
  else
    kind = kind .. " " .. (body:match('"type":"[^"]-([%w-]+)"') or "")
  end
  outcomes[kind] = (outcomes[kind] or 0) + 1
end

function done(summary, latency, requests)
  local total, errors = {}, 0
  for _, thread in ipairs(threads) do
    for kind, count in pairs(thread:get("outcomes")) do
      total[kind] = (total[kind] or 0) + count
      if kind:match("^5") then errors = errors + count end
    end
  end
  local kinds = {}
  for kind in pairs(total) do table.insert(kinds, kind) end
  table.sort(kinds)
  local parts = {}
  for _, kind in ipairs(kinds) do table.insert(parts, kind .. "=" .. total[kind]) end
  io.write("outcomes: " .. table.concat(parts, ", ") .. "\n")
  io.write(string.format("placement operations: %d in %.1f s = %.0f ops/s; p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms; %d errors/5xx, %d socket errors\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
