-- wrk script for bench/submissions/run.sh: cycles POST /api/v1/petitions, /api/v1/info-requests and
-- /api/v1/consultations with valid bodies (身份证 with the GB 11643 check digit), every body marked
-- "bench-<thread>-<n>" ("warm-…" with the argument warm) so that run.sh can count the rows in PostgreSQL; counts the answers by status.
local WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local CHECK = { "1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2" }
local function idnumber(n)
  local first = string.format("500107%04d%02d%02d%03d", 1950 + n % 50, 1 + n % 12, 1 + n % 28, n % 1000)
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(first:sub(i, i)) * WEIGHTS[i] end
  return first .. CHECK[sum % 11 + 1]
end

local threads = {}
local counter = 0
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[1] or "bench"
  n = 0
  statuses = {}
  created = 0
end

function request()
  n = n + 1
  local mark = string.format("%s-%d-%d", prefix, tid, n)
  local kind = n % 3
  if kind == 0 then
    return wrk.format("POST", "/api/v1/petitions", { ["Content-Type"] = "application/json" },
      '{"petitioners":[{"name":"张三","idNumber":"' .. idnumber(n) .. '","phone":"13800138000","address":"含谷镇含谷村3组"}],' ..
      '"subject":"' .. mark .. ' 村道路灯损坏","content":"村里的路灯坏了三个月，晚上出行不便，多次向村委会反映未解决。",' ..
      '"demand":"请尽快修复路灯"}')
  elseif kind == 1 then
    return wrk.format("POST", "/api/v1/info-requests", { ["Content-Type"] = "application/json" },
      '{"applicant":{"type":"CITIZEN","name":"李四","idType":"RESIDENT_ID","idNumber":"' .. idnumber(n) .. '",' ..
      '"phone":"13900139000","email":"lisi@example.com","address":"重庆市九龙坡区含谷镇"},' ..
      '"description":"' .. mark .. ' 2025年含谷镇农村道路建设项目的资金使用情况","form":"ELECTRONIC","delivery":"ONLINE"}')
  else
    return wrk.format("POST", "/api/v1/consultations", { ["Content-Type"] = "application/json" },
      '{"name":"王五","phone":"13700137000","question":"' .. mark .. ' 邻居占用我家宅基地修建围墙，我应该怎么办？"}')
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
  end
  local created = total[201] or 0
  for k, v in pairs(total) do io.write(string.format("status %d: %d\n", k, v)) end
  io.write(string.format("ACCEPTED %d\n", created))
  io.write(string.format("ACCEPTED_PER_S %.1f\n", created / (summary.duration / 1e6)))
  io.write(string.format("P50_MS %.2f\nP99_MS %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
