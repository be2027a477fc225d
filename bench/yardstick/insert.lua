-- POST /items of the yardstick: a small JSON body, as henvis's creation sends one. ITEMS_PATH, when set in
-- front (bench/run.sh), posts it elsewhere: /items/five writes five rows.
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("POST", ITEMS_PATH or "/items", {["Content-Type"] = "application/json"},
    string.format('{"name":"Bench %d","description":"bench","score":4}', counter))
end
