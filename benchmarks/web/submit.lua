-- wrk script: every request submits one questionnaire, each link once.
--
-- The links file (one "/r/<token>/<n>" per line, written by the benchmark
-- server) is split between wrk's threads; a thread stops as soon as it has
-- sent its share, so the run is bounded by the number of questionnaires, not
-- by time. "Accepted" counts 303 See Other answers: the server stored the
-- submission; each accepted link (the answer's Location) is written to
-- accepted-<thread>.txt in $SURVEY360_OUT, and run.sh checks every one of them
-- against the database. Answers still in flight when a thread stops are not
-- counted.
--
-- wrk waits for its whole -d duration even when every thread has stopped, so
-- the rate is computed here from the first request to the last answer
-- (LuaJIT's ffi gives a microsecond clock).

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } survey360_timeval;
  int gettimeofday(survey360_timeval *tv, void *tz);
]]
local function now()
  local tv = ffi.new("survey360_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

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
  sent = 0
  accepted = 0
  refused = 0
  first = 0
  last = 0
  out = io.open((os.getenv("SURVEY360_OUT") or ".") .. "/accepted-" .. id .. ".txt", "w")
  out:setvbuf("line")
  local fields = {}
  for item = 1, 14 do
    table.insert(fields, string.format("item.i%d=%d", item, (item % 5) + 1))
  end
  table.insert(fields, "comment.q1=" .. string.rep("%E4%BA%A4%E6%8E%A5%E6%B8%85%E6%A5%9A", 20))
  table.insert(fields, "action=submit")
  body = table.concat(fields, "&")
end

function request()
  local link = links and links[next_link]
  if link == nil then
    -- Nothing left for this thread (or wrk checking the script): stop, with
    -- a harmless last request.
    if wrk.thread then wrk.thread:stop() end
    return wrk.format("GET", "/healthz")
  end
  if first == 0 then first = now() end
  next_link = next_link + 1
  sent = sent + 1
  return wrk.format("POST", link, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if status == 303 then
    accepted = accepted + 1
    last = now()
    out:write(headers["Location"] or headers["location"] or "?", "\n")
  elseif status ~= 200 then
    refused = refused + 1
    last = now()
  end
end

function done(summary, latency, requests)
  local total_sent, total_accepted, total_refused = 0, 0, 0
  local start, finish = math.huge, 0
  for _, thread in ipairs(threads) do
    total_sent = total_sent + thread:get("sent")
    total_accepted = total_accepted + thread:get("accepted")
    total_refused = total_refused + thread:get("refused")
    start = math.min(start, thread:get("first"))
    finish = math.max(finish, thread:get("last"))
  end
  io.write(string.format("sent=%d accepted=%d refused=%d\n", total_sent, total_accepted, total_refused))
  io.write(string.format("submissions: %d in %.2f s, %.0f per second\n",
    total_accepted, finish - start, total_accepted / (finish - start)))
end
