-- Appended by run.sh to a wrk script for a paced round: each connection waits a random, exponentially
-- distributed time of mean PACE_MS (set in front) after an answer before its next request, so requests
-- arrive at a steady offered rate instead of as fast as answers come back.
function delay()
  return -tonumber(PACE_MS) * math.log(1 - math.random())
end
