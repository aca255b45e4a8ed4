#!/usr/bin/env python3
"""Compares regenerated R reference values with the committed ones.

Usage: r-reference-compare.py COMMITTED_FILE NEW_FILE

Both files have the columns case,quantity,value. Text values must be equal; numbers must agree to
1e-9 relative, the tolerance of the Java tests (R's last digits, and those of its iterative fits such as polr more, depend on the BLAS library the machine has installed, e.g. OpenBLAS
instead of the reference BLAS). Exits 1 and names the first
difference otherwise.
"""
import math
import sys


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    result = {}
    for line in lines[1:]:
        case, quantity, value = line.split(",", 2)
        result[(case, quantity)] = value
    return lines[0], result


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    head_a, a = rows(sys.argv[1])
    head_b, b = rows(sys.argv[2])
    if head_a != head_b or a.keys() != b.keys():
        print(f"{sys.argv[2]}: other cases or quantities than committed", file=sys.stderr)
        return 1
    for key, old in a.items():
        new = b[key]
        if old == new:
            continue
        x, y = number(old), number(new)
        if x is None or y is None:
            print(f"{sys.argv[2]}: {key[0]}/{key[1]} changed from {old} to {new}", file=sys.stderr)
            return 1
        if math.isnan(x) and math.isnan(y):
            continue
        if not abs(x - y) <= 1e-9 * max(abs(x), abs(y), sys.float_info.min):
            print(f"{sys.argv[2]}: {key[0]}/{key[1]} changed from {old} to {new}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
