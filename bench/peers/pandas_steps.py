"""The pandas + scipy peer of bench/run: the same steps as casescreen on the same file.

Usage: python3 pandas_steps.py CASES.csv COST_BAND_LEVELS.txt REPETITIONS

Reads the Danish Excel CSV (semicolon, decimal comma, UTF-8 with byte-order mark) with the column
types given, cross-tabulates target group (q5) by provider type (q8) with a Pearson chi-square test
without continuity correction, and runs Kruskal-Wallis of the cost band (q3, as its position in the
sheet's order) by provider type. Prints one JSON object with the times in milliseconds.
"""
import json
import sys
import time

import pandas as pd
import scipy.stats

# Columns by position, as the sheet's CSV writes them: municipality, case number, date, cost,
# questions 1-36, remark.
COST_BAND, TARGET_GROUP, PROVIDER = 6, 8, 11


def read(path, names):
    dtype = {name: "category" for name in names}
    dtype[names[1]] = str          # case number
    dtype[names[2]] = str          # date
    dtype[names[3]] = "float64"    # annual cost
    dtype[names[5]] = "Int64"      # q2 age
    dtype[names[-1]] = str         # remark
    return pd.read_csv(path, sep=";", decimal=",", thousands=".", encoding="utf-8-sig", dtype=dtype)


def crosstab(df):
    table = pd.crosstab(df.iloc[:, TARGET_GROUP], df.iloc[:, PROVIDER])
    return scipy.stats.chi2_contingency(table.to_numpy(), correction=False)[0]


def kruskal(df, levels):
    band = pd.Categorical(df.iloc[:, COST_BAND], categories=levels, ordered=True).codes
    provider = df.iloc[:, PROVIDER].cat.codes.to_numpy()
    keep = (band >= 0) & (provider >= 0)
    band, provider = band[keep], provider[keep]
    groups = [band[provider == p] for p in sorted(set(provider.tolist()))]
    return scipy.stats.kruskal(*groups).statistic


def timed(f, reps):
    times, value = [], None
    for _ in range(reps):
        t = time.perf_counter()
        value = f()
        times.append((time.perf_counter() - t) * 1000)
    return times, value


def main():
    path, levels_file, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(levels_file, encoding="utf-8") as f:
        levels = [line.rstrip("\n") for line in f if line.strip()]
    names = list(pd.read_csv(path, sep=";", encoding="utf-8-sig", nrows=0).columns)
    load, df = timed(lambda: read(path, names), reps)
    cross, chisq = timed(lambda: crosstab(df), reps)
    kw, h = timed(lambda: kruskal(df, levels), reps)
    print(json.dumps({"peer": "pandas", "version": "pandas %s, scipy %s" % (pd.__version__, scipy.__version__),
                      "cases": len(df), "load": {"times": load}, "crosstab": {"times": cross},
                      "chisq_statistic": float(chisq), "kruskal": {"times": kw}, "kruskal_statistic": float(h)}))


if __name__ == "__main__":
    main()
