"""Turns the results (.jsonl) of scripts/bench into a Markdown report: the throughput table with our/WireMock
ratios, the start-up table, and the goals of issue 9 with their verdicts. Usage: report.py RESULTS.jsonl"""
import json
import statistics
import sys

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
meta = next((r for r in rows if "machine" in r), {})
runs = [r for r in rows if "case" in r and "wrk" in r]
starts = [r for r in rows if "startup" in r]
skipped = [r for r in rows if "skipped" in r]

CASES = {
    "orders": "POST /v2/orders (001 body, fresh key)",
    "customers-post": "POST /v2/customers (fresh key)",
    "customer-get": "GET /v2/customers/{id}",
    "list-10k": "GET /v2/customers?limit=100 at depth 10,000",
    "list-deep": "GET /v2/customers?limit=100 at depth 1,000,000",
}


def stats(target_runs):
    """Median over rounds of req/s, p50, p99 (ms); errors summed; highest RSS."""
    if not target_runs:
        return None
    rps, p50, p99, errors, rss, loads, cpu = [], [], [], 0, 0, [], []
    for r in target_runs:
        w = r["wrk"]
        rps.append(w["requests"] / (w["duration_us"] / 1e6))
        p50.append(w["p50_us"] / 1000)
        p99.append(w["p99_us"] / 1000)
        errors += w["connect"] + w["read"] + w["write"] + w["status"] + w["timeout"]
        rss = max(rss, r.get("rss_max_mb", 0))
        loads.append(r["load"].split()[0])
        cpu.append(r.get("cpu_s", 0) / r["seconds"])
    return {"rps": statistics.median(rps), "p50": statistics.median(p50), "p99": statistics.median(p99),
            "errors": errors, "rss": rss, "load": "/".join(loads), "cores": statistics.median(cpu),
            "requests": sum(r["wrk"]["requests"] for r in target_runs)}


out = []
p = out.append
p("## Throughput (wrk)\n")
if meta:
    p("Machine: %s  " % meta["machine"])
    p("Java: %s; %s; jar %s\n" % (meta["java"], meta["wrk"], meta["jar"]))
if runs:
    first = runs[0]
    p("%d connections, %d s per measured run after a warm-up, rounds: %d (medians shown).\n"
      % (first["connections"], first["seconds"], max(1, len([r for r in runs if r["case"] == first["case"]
                                                                 and r["target"] == first["target"]]))))
    p("| case | server | req/s | p50 ms | p99 ms | errors | server CPU (cores) | max RSS MB | load (1 min) |")
    p("|---|---|---:|---:|---:|---:|---:|---:|---|")
results = {}
for case, label in CASES.items():
    for target in ("wiremock", "ours"):
        s = stats([r for r in runs if r["case"] == case and r["target"] == target])
        if s:
            results[(case, target)] = s
            p("| %s | %s | %.0f | %.2f | %.2f | %d | %.2f | %d | %s |" % (label, "WireMock" if target == "wiremock"
              else "emulator", s["rps"], s["p50"], s["p99"], s["errors"], s["cores"], s["rss"], s["load"]))
    wm, ours = results.get((case, "wiremock")), results.get((case, "ours"))
    if wm and ours:
        p("| | **emulator / WireMock** | **%.2f×** | %.2f× | %.2f× | | | | |"
          % (ours["rps"] / wm["rps"], ours["p50"] / wm["p50"], ours["p99"] / wm["p99"]))
for s in skipped:
    p("\n%s: skipped (%s)." % (CASES.get(s["case"], s["case"]), s["skipped"]))

if starts:
    p("\n## Start-up (launch to /actuator/health UP, fresh H2 file)\n")
    p("| variant | runs (ms) | median s | Spring \"Started in\" s | RSS MB at UP | load (1 min) |")
    p("|---|---|---:|---:|---:|---|")
    for variant in dict.fromkeys(r["startup"] for r in starts):
        rs = [r for r in starts if r["startup"] == variant]
        p("| %s | %s | %.2f | %s | %s | %s |" % (variant, " / ".join(str(r["ms"]) for r in rs),
          statistics.median(r["ms"] for r in rs) / 1000, " / ".join("%.1f" % r["started_in_s"] for r in rs),
          " / ".join(str(r["rss_mb"]) for r in rs), " / ".join(r["load"].split()[0] for r in rs)))

p("\n## Goals\n")


def verdict(ok):
    return "**met**" if ok else "**not met**"


goals = []
o, w = results.get(("orders", "ours")), results.get(("orders", "wiremock"))
if o and w:
    goals.append("POST /v2/orders ≥ 1.0× WireMock and p99 ≤ 25 ms at %d connections: %.2f×, p99 %.1f ms — %s"
                 % (runs[0]["connections"], o["rps"] / w["rps"], o["p99"], verdict(o["rps"] >= w["rps"] and o["p99"] <= 25)))
else:
    goals.append("POST /v2/orders: not measured in this run")
g, w = results.get(("customer-get", "ours")), results.get(("customer-get", "wiremock"))
if g and w:
    goals.append("GET customer ≥ 2.0× WireMock: %.2f× — %s" % (g["rps"] / w["rps"], verdict(g["rps"] >= 2 * w["rps"])))
a, b = results.get(("list-10k", "ours")), results.get(("list-deep", "ours"))
if a and b:
    goals.append("page at depth 1,000,000 ≤ 1.3× the time at depth 10,000: p50 %.2f× (%.2f vs %.2f ms), "
                 "req/s %.2f× — %s" % (b["p50"] / a["p50"], b["p50"], a["p50"], a["rps"] / b["rps"],
                                       verdict(b["p50"] <= 1.3 * a["p50"])))
ours_rss = [s["rss"] for (c, t), s in results.items() if t == "ours"]
if ours_rss:
    goals.append("resident memory ≤ 400 MB under load: max %d MB — %s" % (max(ours_rss), verdict(max(ours_rss) <= 400)))
errs = sum(s["errors"] for (c, t), s in results.items() if t == "ours")
if runs:
    goals.append("errors of the emulator in all runs: %d" % errs)
for variant, limit, what in (("jar-jdk17", 10, "java -jar ≤ 10 s"),
                             ("extracted-cds-jdk17", 4, "extracted + CDS archive (JDK 17, the container until 2026-11-26) ≤ 4 s"),
                             ("extracted-aot-jdk25", 4, "container layout (extracted + JDK 25 AOT cache, as the Dockerfile) ≤ 4 s")):
    rs = [r["ms"] for r in starts if r["startup"] == variant]
    if rs:
        m = statistics.median(rs) / 1000
        goals.append("%s: median %.2f s — %s" % (what, m, verdict(m <= limit)))
for line in goals:
    p("- " + line)
print("\n".join(out))
