-- POST /items of the yardstick: a small JSON body, as henvis's creation sends one.
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("POST", "/items", {["Content-Type"] = "application/json"},
    string.format('{"name":"Bench %d","description":"bench","score":4}', counter))
end
