#!/usr/bin/python3
"""Times the notebook kernel's start: from starting the process to the first cell's result.

    bench/kernel_start.py KERNEL_DIR RUNS [CELL]

KERNEL_DIR is a Jupyter kernelspec folder (with kernel.json, as `casescreen kernel install --dir`
writes under kernels/java). Each run starts the kernel with jupyter_client (Debian's
python3-jupyter-client), waits for kernel_info, runs CELL (default: a notebook's first imports and
`6 * 7`), reads the kernel's peak memory (VmHWM) and CPU time (user + system) before shutting it down,
and prints one JSON line: {"run": i, "wall_ms": ..., "ready_ms": ..., "cpu_ms": ..., "peak_rss_mb": ...}.
"""
import json
import os
import sys
import time
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

CELL = "import dk.casescreen.Language;\nimport dk.casescreen.jupyter.Notebook;\nNotebook nb = Notebook.danish();\n6 * 7"


def peak_rss_mb(pid):
    try:
        for line in open("/proc/%d/status" % pid, encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def cpu_ms(pid):
    try:
        fields = open("/proc/%d/stat" % pid, encoding="ascii").read().rsplit(")", 1)[1].split()
        return round((int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK"))
    except (OSError, IndexError, ValueError):
        return None


def main():
    folder, runs = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    cell = sys.argv[3] if len(sys.argv) > 3 else CELL
    specs = KernelSpecManager(kernel_dirs=[str(folder.parent)], ensure_native_kernel=False)
    for i in range(1, runs + 1):
        km = KernelManager(kernel_name=folder.name, kernel_spec_manager=specs)
        started = time.monotonic()
        km.start_kernel()
        try:
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=120)
            ready = time.monotonic()
            reply = kc.execute_interactive(cell, timeout=120, output_hook=lambda msg: None)
            done = time.monotonic()
            if reply["content"]["status"] != "ok":
                raise SystemExit("kernel_start.py: the cell failed: %s" % reply["content"])
            pid = km.provisioner.process.pid if km.provisioner and km.provisioner.process else None
            rss = peak_rss_mb(pid) if pid else None
            cpu = cpu_ms(pid) if pid else None
            kc.stop_channels()
        finally:
            km.shutdown_kernel(now=False)
        print(json.dumps({"run": i, "wall_ms": round((done - started) * 1000), "ready_ms": round((ready - started) * 1000),
                          "cpu_ms": cpu, "peak_rss_mb": rss}), flush=True)


if __name__ == "__main__":
    main()
