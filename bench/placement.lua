-- POST /api/v1/referrals/{id}/placement over pairs "referralId groupId" read from PAIRS_FILE;
-- each wrk thread takes every n-th pair so no referral is placed twice.
local pairs_list = {}
local threads = {}
local index = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(THREADS)
  local i = 0
  for line in io.lines(PAIRS_FILE) do
    if i % n == tid then
      local referral, group = line:match("(%S+)%s+(%S+)")
      table.insert(pairs_list, {referral, group})
    end
    i = i + 1
  end
end

function request()
  index = index + 1
  local pair = pairs_list[((index - 1) % #pairs_list) + 1]
  return wrk.format("POST", "/api/v1/referrals/" .. pair[1] .. "/placement",
    {["Content-Type"] = "application/json", ["Authorization"] = AUTH}, '{"groupId":"' .. pair[2] .. '"}')
end
