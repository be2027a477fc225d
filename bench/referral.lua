-- POST /api/v1/referrals with a fresh subject per request (the duplicate guard would refuse repeats).
-- BIRTH_DATE and CONSENT_DATE are set by run.sh; IDEMPOTENCY_KEYS ("1") sends a fresh Idempotency-Key with
-- each request, so that every creation also claims and completes its idempotency record.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = tid
  math.randomseed(os.time() + thread_id * 7919)
  run_id = math.random(100000, 999999)
end

function request()
  counter = counter + 1
  local body = string.format([[{"programmeCode":"tidlig-forebyggelse",
"referrer":{"role":"SCHOOL","organisation":"Nordskolen","name":"Bench","email":"bench@example.org"},
"subject":{"type":"CHILD","name":"Bench %d-%d-%d","birthDate":"%s","hasOpenCase":false},
"contact":{"name":"Forælder","relation":"MOTHER","phone":"+4512345678"},
"reason":{"category":"WELLBEING","description":"bench"},"wellbeingScore":4,"priority":"NORMAL",
"consent":{"given":true,"givenBy":"Forælder","date":"%s"}}]], run_id, thread_id, counter, BIRTH_DATE, CONSENT_DATE)
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = AUTH}
  if IDEMPOTENCY_KEYS == "1" then
    headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", run_id, thread_id, counter)
  end
  return wrk.format("POST", "/api/v1/referrals", headers, body)
end
