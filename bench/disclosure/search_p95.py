"""Search latency per query: GET /api/v1/disclosure/search; 10 warm-up rounds over all queries (the JIT compiles the
search path; the page benchmarks before do not exercise it), then 5 warm-up + 30 timed runs each, p50/p95 in ms."""
import sys, time, urllib.parse, urllib.request

QUERIES = ["信访", "法治政府", "社会救助 公示", "文化 演出", "部门预算", "含谷府发〔2010〕12号", "矛盾纠纷 排查",
           "最低生活保障", "政务公开", "公共法律服务"]
base = sys.argv[1]
worst = 0.0
for _ in range(10):
    for q in QUERIES:
        with urllib.request.urlopen(base + "/api/v1/disclosure/search?q=" + urllib.parse.quote(q)) as r:
            r.read()
for q in QUERIES:
    url = base + "/api/v1/disclosure/search?q=" + urllib.parse.quote(q)
    times = []
    for i in range(35):
        t = time.perf_counter()
        with urllib.request.urlopen(url) as r:
            r.read()
        if i >= 5:
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95) - 1]
    worst = max(worst, p95)
    print(f"{q}\tp50 {p50:.1f} ms\tp95 {p95:.1f} ms")
print(f"worst p95 {worst:.1f} ms")
