"""Summarises bench/run's raw measurements: median and spread of every step per tool and size, the
ratio casescreen / peer, the issue's targets, and the growth of each step with the number of cases.

Usage: python3 summarise.py RAW.jsonl OUT_DIR  (writes OUT_DIR/results.md and OUT_DIR/results.json)
"""
import json
import math
import statistics
import sys

STEPS = [("load", "load and validate the CSV"), ("crosstab", "cross-tab + chi-square"),
         ("kruskal", "Kruskal-Wallis"), ("analysis", "full analysis (ten hypotheses)")]
PEERS = ["pandas", "data.table"]


def quartiles(xs):
    xs = sorted(xs)
    if len(xs) < 4:
        return xs[0], xs[-1]
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[2]


def fmt(ms):
    if ms is None:
        return "–"
    if ms >= 1000:
        return "%.2f s" % (ms / 1000)
    if ms >= 10:
        return "%.0f ms" % ms
    if ms >= 1:
        return "%.1f ms" % ms
    return "%.0f µs" % (ms * 1000)


def main():
    raw, out = sys.argv[1], sys.argv[2]
    records = [json.loads(line) for line in open(raw, encoding="utf-8") if line.strip()]
    machine = next((r for r in records if r["kind"] == "machine"), {})
    times, memory, versions, stats = {}, {}, {}, {}
    for r in records:
        if r["kind"] != "steps":
            continue
        tool, n, res = r["tool"], r["n"], r["result"]
        versions.setdefault(tool, res.get("version", machine.get("java", "")))
        memory.setdefault((tool, n), []).append((r["peak_rss_mb"], res.get("heap_retained_mb"), res.get("max_heap_mb"),
                                                 res.get("table_bytes_per_case")))
        stats.setdefault((tool, n), (res.get("chisq_statistic"), res.get("kruskal_statistic")))
        for step, _ in STEPS:
            if step in res:
                # the first repetition in each process is a warm-up
                times.setdefault((tool, n, step), []).extend(res[step]["times"][1:] if tool != "casescreen" else res[step]["times"])
    sizes = sorted({n for (_, n, _) in times})
    summary = {"machine": machine, "versions": versions, "steps": [], "commands": [], "targets": [], "scaling": []}

    def median(tool, n, step):
        xs = times.get((tool, n, step))
        return statistics.median(xs) if xs else None

    lines = ["# casescreen performance", "",
             "Machine: %s, %s cores; %s. Peers: %s." % (machine.get("cpu", "?"), machine.get("cores", "?"),
                                                        machine.get("java", ""), "; ".join(
                 "%s (%s)" % (p, versions.get(p, "?")) for p in PEERS)),
             "", "Median of the timed repetitions (casescreen's after a cold first run and a warm-up of at least two seconds and ten runs, at most twenty seconds, in "
             "each process, the peers' without their first), with the interquartile range (min–max for fewer than "
             "four); ratio = casescreen / peer (below 1: casescreen faster).", ""]
    lines += ["| cases | step | casescreen | pandas | data.table | ratio / pandas | ratio / data.table |",
              "|---:|---|---:|---:|---:|---:|---:|"]
    for n in sizes:
        for step, label in STEPS:
            row = {"n": n, "step": step}
            cells = []
            for tool in ["casescreen"] + PEERS:
                xs = times.get((tool, n, step))
                if xs:
                    lo, hi = quartiles(xs)
                    m = statistics.median(xs)
                    row[tool] = {"median_ms": m, "spread_ms": [lo, hi], "samples": len(xs)}
                    cells.append("%s (%s–%s)" % (fmt(m), fmt(lo), fmt(hi)))
                else:
                    cells.append("–")
            ratios = []
            for peer in PEERS:
                c, p = median("casescreen", n, step), median(peer, n, step)
                ratio = c / p if c is not None and p else None
                row["ratio_" + peer] = ratio
                ratios.append(("%.2f" if ratio is None or ratio >= 0.1 else "%.3f") % ratio if ratio is not None else "–")
            summary["steps"].append(row)
            lines.append("| %s | %s | %s | %s |" % ("{:,}".format(n), label, " | ".join(cells), " | ".join(ratios)))
    lines.append("")
    agree = []
    for n in sizes:
        c = stats.get(("casescreen", n))
        for peer in PEERS:
            p = stats.get((peer, n))
            if c and p and None not in c and None not in p:
                agree.append(max(abs(c[i] - p[i]) / max(abs(p[i]), 1e-300) for i in range(2)))
    if agree:
        lines += ["The peers' chi-square and Kruskal-Wallis statistics agree with casescreen's to a relative "
                  "difference of at most %.1g." % max(agree), ""]

    commands = {}
    for r in records:
        if r["kind"] == "command":
            commands.setdefault((r["command"], r.get("variant", "")), []).append((r["wall_ms"], r["peak_rss_mb"], r.get("cpu_ms")))
    if commands:
        lines += ["Whole commands, JVM start included (wall time, median and range; peak memory, the largest of the runs). "
                  "Start-up variants, interleaved run by run: *with cache* = the `casescreen` launcher with its "
                  "ahead-of-time cache, *without cache* = the same with `CASESCREEN_AOT=off`, *before 18* = the "
                  "launcher and kernel.json as they were before issue 18 (dynamic class-data archive, G1).", "",
                  "CPU time = user + system of the JVM, median (less sensitive than wall time to other work on the machine).", "",
                  "| command | variant | runs | wall time | CPU time | peak memory (RSS) |", "|---|---|---:|---:|---:|---:|"]
        for (name, variant), runs in commands.items():
            walls = [w for w, _, _ in runs]
            cpus = [c for _, _, c in runs if c is not None]
            cpu = statistics.median(cpus) if cpus else None
            summary["commands"].append({"command": name, "variant": variant, "wall_ms": walls, "median_ms": statistics.median(walls),
                                        "cpu_median_ms": cpu, "peak_rss_mb": max(m for _, m, _ in runs)})
            lines.append("| %s | %s | %d | %s (%s–%s) | %s | %d MB |" % (name, variant or "–", len(runs), fmt(statistics.median(walls)),
                                                                        fmt(min(walls)), fmt(max(walls)), fmt(cpu),
                                                                        max(m for _, m, _ in runs)))
        lines.append("")

    def fmt_mb(n):
        report = [x[1] for x in memory.get(("casescreen", n), []) if x[1] is not None]
        return "%.0f MB" % statistics.median(report) if report else "–"

    def target(name, value, ok, note):
        summary["targets"].append({"target": name, "measured": value, "met": ok})
        lines.append("| %s | %s | %s |" % (name, value, "met" if ok else ("missed" if ok is False else "not measured")))

    lines += ["Targets (ratios measured in this run):", "", "| target | measured | |", "|---|---|---|"]
    big = max(sizes) if sizes else None
    # issue 18, point 1: load and validate at the largest size and at 683 cases, as ratios to the peers
    def load_target(n, peer, limit, what):
        r = next((s for s in summary["steps"] if s["n"] == n and s["step"] == "load"), None)
        ratio = r.get("ratio_" + peer) if r else None
        target("load and validate %s cases ≤ %s × %s" % ("{:,}".format(n), limit, what),
               "ratio %.2f" % ratio if ratio else "–", ratio <= limit if ratio else None, "")
    read = [t for r in records if r["kind"] == "steps" and r["tool"] == "casescreen" and r["n"] == big
            for t in r["result"].get("read_bytes", {}).get("times", [])] if big else []
    if read:
        lines.append("| (physical limit: reading the %s-case file's bytes once, in the same JVM) | %s | – |"
                     % ("{:,}".format(big), fmt(statistics.median(read))))
    cpu = [c for r in records if r["kind"] == "steps" and r["tool"] == "casescreen" and r["n"] == big
           for c in r["result"].get("load", {}).get("cpu", []) if c >= 0] if big else []
    if cpu:
        # the JVM's CPU time over each timed load: both loading threads, the collector and the compilers
        lines.append("| (CPU time of one load of the %s-case file, every thread of the JVM; the machine has %s cores) | %s | – |"
                     % ("{:,}".format(big), machine.get("cores", "?"), fmt(statistics.median(cpu))))
    if big:
        load_target(big, "data.table", 0.5, "data.table `fread`")
        load_target(big, "pandas", 0.25, "pandas `read_csv` with column types")
    load_target(683, "data.table", 2, "data.table `fread`")
    # issue 18, point 5: the retained case table alone, bytes per case, at the largest size
    per_case = [x[3] for x in memory.get(("casescreen", big), []) if x[3] is not None] if big else []
    target("retained case table at %s cases ≤ 150 bytes per case" % ("{:,}".format(big) if big else "?"),
           "%.0f bytes per case (with the validation report: %s)" % (statistics.median(per_case), fmt_mb(big))
           if per_case else "–", statistics.median(per_case) <= 150 if per_case else None, "")
    r = next((s for s in summary["steps"] if s["n"] == 1000000 and s["step"] == "crosstab"), None)
    target("cross-tab + chi-square on 1,000,000 cases within 1.5x of data.table",
           "ratio %.2f" % r["ratio_data.table"] if r and r["ratio_data.table"] else "–",
           r["ratio_data.table"] <= 1.5 if r and r["ratio_data.table"] else None, "")
    for n, limit in [(683, 300)]:
        m = median("casescreen", n, "analysis")
        target("full analysis of %s cases under %s (warm)" % ("{:,}".format(n), fmt(limit)),
               fmt(m), m < limit if m is not None else None, "")
    # issue 18, point 2: no step grows faster than n^1.15 from 100,000 to 1,000,000 cases; Kruskal-Wallis
    # at 1,000,000 at least as fast as pandas + scipy
    for step, label in STEPS:
        small, large = median("casescreen", 100000, step), median("casescreen", 1000000, step)
        k = math.log(large / small) / math.log(10) if small and large else None
        target("%s grows at most as n^1.15 from 100,000 to 1,000,000 cases" % label,
               "n^%.2f (%s, %s)" % (k, fmt(small), fmt(large)) if k is not None else "–",
               k <= 1.15 if k is not None else None, "")
    r = next((s for s in summary["steps"] if s["n"] == 1000000 and s["step"] == "kruskal"), None)
    target("Kruskal-Wallis on 1,000,000 cases at least as fast as pandas + scipy",
           "ratio %.2f" % r["ratio_pandas"] if r and r["ratio_pandas"] else "–",
           r["ratio_pandas"] <= 1 if r and r["ratio_pandas"] else None, "")
    # issue 18, point 3: the full analysis (ten hypotheses with every model) warm, both cores
    for n, limit in [(100000, 1000), (1000000, 10000)]:
        m = median("casescreen", n, "analysis")
        target("full analysis of %s cases at most %s (warm, both cores)" % ("{:,}".format(n), fmt(limit)),
               fmt(m), m <= limit if m is not None else None, "")
    def command(prefix, variant):
        return next((c for c in summary["commands"] if c["command"].startswith(prefix) and c["variant"] == variant), None)

    def ratio_target(name, prefix, peer, limit):
        c, p = command(prefix, "with cache"), command(prefix, peer)
        ratio = c["median_ms"] / p["median_ms"] if c and p else None
        target(name, "ratio %.2f (%s / %s)" % (ratio, fmt(c["median_ms"]), fmt(p["median_ms"])) if ratio else "–",
               ratio <= limit if ratio else None, "")

    def time_target(name, prefix, limit_ms):
        c = command(prefix, "with cache")
        target(name, fmt(c["median_ms"]) if c else "–", c["median_ms"] <= limit_ms if c else None, "")

    ratio_target("`casescreen demo` ≤ 0.6 × the launcher before issue 18", "casescreen demo", "before 18", 0.6)
    ratio_target("`casescreen demo` ≤ 0.6 × the launcher without its cache", "casescreen demo", "without cache", 0.6)
    time_target("`casescreen demo` ≤ 2 s, JVM start included", "casescreen demo", 2000)
    jit = next((r for r in records if r["kind"] == "jit"), None)
    if jit:
        summary["jit"] = jit
        # -XX:+CITime sums each compilation's elapsed time in the compiler threads (which share the two cores)
        lines.append("| (what limits it: the JIT compilers' time compiling during one `demo` with the cache, summed over "
                     "compilations, `-XX:+CITime`, beside the command's CPU time) | %s compiling (C2 %s), CPU time %s | – |"
                     % (fmt(jit["compile_ms"]), fmt(jit["c2_ms"]) if jit.get("c2_ms") else "–", fmt(jit["cpu_ms"])))
    c = command("casescreen demo", "with cache")
    target("`casescreen demo` peak memory ≤ 200 MB", "%d MB" % c["peak_rss_mb"] if c else "–",
           c["peak_rss_mb"] <= 200 if c else None, "")
    time_target("`casescreen validate` of 683 cases ≤ 1 s, JVM start included", "casescreen validate, 683", 1000)
    time_target("notebook kernel start to the first cell's result ≤ 2 s", "notebook kernel", 2000)
    renders = {}
    for r in records:
        if r["kind"] == "render":
            renders.setdefault(r["page"], []).append(r)
    if "report" in renders and "empty" in renders:
        report_ms = statistics.median(r["wall_ms"] for r in renders["report"])
        empty_ms = statistics.median(r["wall_ms"] for r in renders["empty"])
        size = renders["report"][0]["bytes"]
        summary["render"] = {"report_ms": report_ms, "empty_ms": empty_ms, "bytes": size}
        target("demo report (%.2f MB) drawn in headless Chromium in under 2 s (median of the report minus an empty page)"
               % (size / 1e6), "%s (report %s, empty page %s)" % (fmt(report_ms - empty_ms), fmt(report_ms), fmt(empty_ms)),
               report_ms - empty_ms < 2000, "")
    else:
        target("demo report drawn in headless Chromium in under 2 s", "–", None, "")
    hardening = {r["step"]: r for r in records if r["kind"] == "hardening"}
    summary["hardening"] = list(hardening.values())

    def measured(r):
        return "exit %d, %.1f s, %d MB peak RSS" % (r["exit"], r["wall_ms"] / 1000, r["peak_rss_mb"])

    r = hardening.get("validate_json_1m")
    # met: the whole report written (exit 0: no errors, warnings allowed) within the 512 MiB heap
    target("`validate --json` 1,000,000 cases in 512 MiB", measured(r) if r else "–", r["exit"] == 0 if r else None, "")
    r = hardening.get("validate_long_cell")
    # met: validated (exit 0 or 1, never unreadable or out of memory) in under 5 s, JVM start included
    target("6.4 MB long-cell file (%s bytes: 200 rows, 32,000 spaces after each amount) validated in under 5 s"
           % ("{:,}".format(r["input_bytes"]) if r else "?"),
           measured(r) if r else "–", r["exit"] in (0, 1) and r["wall_ms"] < 5000 if r else None, "")
    mem = memory.get(("casescreen", 1000000))
    if mem:
        retained = max(x[1] for x in mem)
        target("1,000,000 cases in under 1 GiB of heap",
               "every step ran with -Xmx%d MB; the loaded table and its validation report hold %.0f MB" % (mem[0][2], retained),
               mem[0][2] <= 1024, "")
    else:
        target("1,000,000 cases in under 1 GiB of heap", "–", None, "")
    lines.append("")

    lines += ["Scaling of casescreen (median per step; retained heap = the loaded case table with its validation "
              "report; exponent = log(time ratio) / log(size ratio) from the previous size):", "",
              "| cases | load | cross-tab + chi-square | Kruskal-Wallis | full analysis | retained heap | peak RSS |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
    previous = None
    for n in sizes:
        cells = []
        for step, _ in STEPS:
            m = median("casescreen", n, step)
            growth = ""
            if previous and m and median("casescreen", previous, step):
                k = math.log(m / median("casescreen", previous, step)) / math.log(n / previous)
                growth = " (n^%.2f)" % k
            cells.append(fmt(m) + growth)
        mem = memory.get(("casescreen", n), [(0, 0, 0)])
        retained = statistics.median(x[1] for x in mem)
        rss = max(x[0] for x in mem)
        summary["scaling"].append({"n": n, "retained_heap_mb": retained, "peak_rss_mb": rss})
        lines.append("| %s | %s | %.0f MB | %d MB |" % ("{:,}".format(n), " | ".join(cells), retained, rss))
        previous = n
    lines.append("")

    text = "\n".join(lines)
    print(text)
    with open(out + "/results.md", "w", encoding="utf-8") as f:
        f.write(text)
    with open(out + "/results.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)


if __name__ == "__main__":
    main()
