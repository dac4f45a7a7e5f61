-- wrk script: every request submits one questionnaire, each link once.
--
-- The links file (one "/r/<token>/<n>" per line, written by the benchmark
-- server) is split between wrk's threads; a thread stops when its share is
-- done, so the run is bounded by the number of questionnaires, not by time.
-- "Accepted" counts 303 See Other answers: the server stored the submission.

local links_file = os.getenv("SURVEY360_LINKS") or "links.txt"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(links_file) do
    if #line > 0 then table.insert(all, line) end
  end
  links = {}
  local thread_count = tonumber(os.getenv("SURVEY360_THREADS") or "2")
  for index, link in ipairs(all) do
    if (index - 1) % thread_count == id then table.insert(links, link) end
  end
  next_link = 1
  accepted = 0
  refused = 0
  local fields = {}
  for item = 1, 14 do
    table.insert(fields, string.format("item.i%d=%d", item, (item % 5) + 1))
  end
  table.insert(fields, "comment.q1=" .. string.rep("%E4%BA%A4%E6%8E%A5%E6%B8%85%E6%A5%9A", 20))
  table.insert(fields, "action=submit")
  body = table.concat(fields, "&")
end

function request()
  local link = links[next_link]
  if link == nil then
    -- Nothing left for this thread: a harmless static request while stopping.
    return wrk.format("GET", "/healthz")
  end
  next_link = next_link + 1
  return wrk.format("POST", link, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if status == 303 then
    accepted = accepted + 1
  elseif status ~= 200 then
    refused = refused + 1
  end
  if accepted + refused >= #links then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total_accepted, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_accepted = total_accepted + thread:get("accepted")
    total_refused = total_refused + thread:get("refused")
  end
  io.write(string.format("accepted=%d refused=%d\n", total_accepted, total_refused))
end
