#!/usr/bin/python3
"""Runs the notebooks headlessly against the project's Java kernel, and checks the kernel starts reliably.

    notebooks/run_notebooks.py [--jar target/casescreen.jar] [--java JAVA] [--out DIR] [NOTEBOOK ...]
    notebooks/run_notebooks.py --kernel-starts 20

The kernel is installed with `casescreen kernel install` into a temporary Jupyter data folder, so an
existing `java` kernel (IJava, JJava) is neither used nor touched. Each notebook runs top to bottom
with nbclient in its own folder. A notebook fails when a cell gives an error, when a cell writes an
exception to standard error, when its first cell does not say that the data are synthetic, when one
of its key outputs (below) is missing, or when an output shows an empty result where the notebook
expects cases (EMPTY_RESULTS below: a group of 0 cases, a share of 0 of 0, a table without rows).
Exit status 0 when everything passed, 1 otherwise.

Uses Debian's python3-nbclient, python3-nbformat and python3-jupyter-client (scripts/test-packages.txt).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KERNEL = "java"

# What each notebook must show, as (what, regular expression over all its outputs).
KEY_OUTPUTS = {
    "01-kom-godt-i-gang.ipynb": [
        ("the synthetic-data label", r"SYNTETISKE DATA"),
        ("the label from the data in a table caption", r"<caption[^>]*>SYNTETISK: "),
        ("683 reference cases loaded", r"683 rækker læst = 683 godkendt \+ 0 afvist"),
        ("the example file's rejected rows", r"afvist"),
        ("the profile of the cases", r"Profil: "),
        ("a chart of answer shares, labelled in its legend", r"<svg[\s\S]*<text[^>]*>Referencedata \(SYNTETISK\)"),
        ("the cases' table in Danish", r"Kommune[\s\S]*5\. Målgruppe"),
    ],
    "02-ti-hypoteser.ipynb": [
        ("the synthetic-data label", r"SYNTETISKE DATA"),
        *[(f"the verdict on H{i}", rf"H{i} .*(UNDERSTØTTET|IKKE UNDERSTØTTET|KAN IKKE AFGØRES)") for i in range(1, 12)],
        ("the user's hypothesis H12", r"H12 "),
        ("the cost ratio beside the odds ratio", r"H1: OR \d+,\d\d .*udgift pr\. sag, udsatte mod ikke-udsatte \d+,\d\d \(95 %-interval"),
        ("what a cost ratio means in kroner, not 0 kr.", r"dvs\. [1-9][\d.]* kr\. (mere|mindre) pr\. sag om året"),
    ],
    "03-egen-kommune.ipynb": [
        ("the synthetic-data label", r"SYNTETISKE DATA"),
        ("the filled workbook loaded", r"Indlæsning og validering"),
        ("the comparison with the published figures of 2022", r"sammenlignet med Offentliggjorte tal fra screeningen 2022"),
        ("a figure of Region Midtjylland only, marked", r"kun Region Midtjylland"),
        ("the synthetic reference data beside, labelled", r"Referencedata \(SYNTETISK\)"),
        ("the pooled benchmark read back, labelled", r"Reference: SYNTETISK: Referencedata samlet"),
        ("the action list", r"Handleliste: "),
        ("the funnel plot", r"<svg[^>]*>[\s\S]*<desc[^>]*>Tragtdiagram"),
        ("the funnel plot saved as SVG for slides", r"Gemt: tragtdiagram\.svg \(\d+ byte\)"),
        ("the own annual cost with the missing share", r"I alt [1-9][\d.]* kr\. om året for de \d+ af \d+ sager[^\n]*mangler i \d+ sager \(\d+,\d %\)"),
        ("the own mean and median cost", r"Gennemsnit [1-9][\d.]* kr\. \(95 %-interval [1-9][\d.]* kr\.[^\n]*median [1-9][\d.]* kr\."),
        ("the concentration with Gini", r"De dyreste 10 % af sagerne står for \d+,\d %[^\n]*Gini 0,\d\d"),
        ("a Lorenz curve of the own cases' cost beside equal shares", r"<svg[\s\S]*Hvor koncentreret er udgiften\?[\s\S]*Lige fordeling"),
        ("spending per 1,000 aged 18-66 beside the others", r"pr\. 1\.000 18–66-årige: [1-9][\d.]* kr\.[^\n]*referencekommuner ligger højere"),
        ("the cost where each opportunity applies", r"Udgift i de sager, hvor muligheden findes[\s\S]*: [1-9][\d.]* kr\. om året \(udgift angivet i [1-9]"),
    ],
    "04-udforskning.ipynb": [
        ("the synthetic-data label", r"SYNTETISKE DATA"),
        ("the segments from k-modes", r"Segment 5 +\d+"),
        ("segment 1 compared with all", r"Segment 1 \(SYNTETISK\): [1-9]\d* sager"),
        ("the decision tree", r"node\), split, n, loss, yval"),
        ("the comparison cases below 2 mio. kr.", r"sammenligningssager under 2 mio\. kr\."),
    ],
    "05-opfoelgning.ipynb": [
        ("the synthetic-data label", r"SYNTETISKE DATA"),
        ("the three rounds with their dates", r"Runde 1: \d+\. \w+ 2022[\s\S]*Runde 2: \d+\. \w+ 2023[\s\S]*Runde 3: \d+\. \w+ 2024"),
        ("the transition table, labelled", r"<caption[^>]*>SYNTETISK: Udgiftsniveau i runde 2 og 3 \(antal borgere\)"),
        ("the chart of dearer, same and cheaper", r"<svg[\s\S]*Udgiftsniveau fra runde 2 til runde 3"),
        ("the dearer share with its interval", r"Dyrere: \d+,\d % \(95 %-interval \d+,\d–\d+,\d %\), [1-9][\d.]* af [1-9][\d.]* borgere"),
        ("the paired tests with Holm-adjusted p", r"Test af ændring fra runde 2 til runde 3[\s\S]*Holm-justeret p"),
        ("the predictor table with the smallest detectable OR", r"Svar i runde 2 og at blive dyrere i runde 3[\s\S]*Mindste påviselige OR"),
        ("the self-report's kappa", r"Kappa: \d,\d\d \(95 %-interval"),
        ("the annual cost change", r"Median: -?[\d.]+ kr\. \(95 %-interval"),
        ("the planted effect found", r"Den plantede effekt er fundet"),
        ("the command's text output", r"Svaret på \"4\. Udvikling i udgift over tid\""),
    ],
}

# Empty results where a notebook expects cases, as (what, regular expression over one output).
EMPTY_RESULTS = [
    ("a group of 0 cases", r"(?:: |\()0 sager\b"),
    ("a share of 0 of 0", r"\(0 af 0\)|\b0 of 0\b"),
    ("a table of 0 rows", r"\(0 rækker|\(0 rows"),
    ("a table without rows", r"<tbody>\s*</tbody>"),
]

STDERR_EXCEPTION = re.compile(r"(Exception|Error)(:|\s+in thread)|^\s+at [\w.$]+\(", re.MULTILINE)


def install_kernel(java, jar, data_dir):
    subprocess.run([java, "-jar", str(jar), "kernel", "install", "--dir", str(data_dir)], check=True,
                   stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = str(data_dir)
    os.environ["JUPYTER_DATA_DIR"] = str(data_dir)


def kernel_manager(data_dir):
    specs = KernelSpecManager(kernel_dirs=[str(data_dir / "kernels")], ensure_native_kernel=False)
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def output_text(output):
    if output.get("output_type") == "stream":
        return output.get("text", "")
    if output.get("output_type") == "error":
        return "\n".join(output.get("traceback", []))
    data = output.get("data", {})
    return "\n".join(str(data[m]) for m in ("text/plain", "text/html", "image/svg+xml") if m in data)


def problems_in(path, nb):
    """What is wrong with an executed notebook, one line each."""
    problems = []
    cells = nb.cells
    if not cells or "syntetisk" not in cells[0].source.lower():
        problems.append("the first cell does not say that the data are synthetic ('syntetiske data')")
    everything = []
    for index, cell in enumerate(cells, start=1):
        for output in cell.get("outputs", []):
            text = output_text(output)
            everything.append(text)
            for what, pattern in EMPTY_RESULTS:
                match = re.search(pattern, text)
                if match:
                    around = text[max(0, match.start() - 120):match.end() + 40].replace("\n", " ")
                    problems.append(f"cell {index} shows an empty result: {what}: ...{around}...")
            if output.get("output_type") == "error":
                ansi = re.compile(r"\x1b\[[0-9;]*m")
                trace = ansi.sub("", "\n".join(output.get("traceback", [])))
                problems.append(f"cell {index} failed: {output.get('ename')}: {output.get('evalue')}\n{trace}")
            if output.get("output_type") == "stream" and output.get("name") == "stderr" and STDERR_EXCEPTION.search(text):
                problems.append(f"cell {index} wrote an exception to standard error:\n{text.strip()}")
    joined = "\n".join(everything)
    for what, pattern in KEY_OUTPUTS.get(path.name, []):
        if not re.search(pattern, joined):
            problems.append(f"missing key output: {what} (/{pattern}/)")
    return problems


def run_notebook(path, data_dir, out_dir, timeout):
    nb = nbformat.read(str(path), as_version=4)
    km = kernel_manager(data_dir)
    client = NotebookClient(nb, km=km, timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    try:
        client.execute()
    except Exception as e:  # a cell timed out or the kernel died: the notebook fails
        return [f"execution stopped: {type(e).__name__}: {e}"], time.monotonic() - started
    finally:
        # nbclient leaves a kernel manager it was handed running: shut the kernel down here.
        if km.has_kernel:
            km.shutdown_kernel(now=False)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, str(out_dir / path.name))
    return problems_in(path, nb), time.monotonic() - started


def kernel_pid(km):
    process = getattr(getattr(km, "provisioner", None), "process", None)
    return getattr(process, "pid", None)


def still_running(pid, wait=5.0):
    """Whether the process is still there after a short wait (a zombie awaiting its parent counts as gone)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split(")")[-1].split()[0] == "Z":
                    return False
        except FileNotFoundError:
            return False
        time.sleep(0.1)
    return True


def check_completion(kc, timeout):
    """The kernel completes a member of one of the project's classes (a complete_request)."""
    code = "dk.casescreen.reference.ReferenceData.bui"
    msg_id = kc.complete(code, len(code))
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    matches = reply["content"].get("matches", [])
    if "builtIn()" not in matches:
        raise RuntimeError(f"completion of {code!r} offered {matches}, not builtIn()")
    print(f"completion: {code!r} -> {matches}")


def kernel_starts(data_dir, count, timeout):
    """Starts the kernel count times; each must answer kernel_info and run a cell within the timeout."""
    slowest = 0.0
    failures = 0
    for i in range(1, count + 1):
        km = kernel_manager(data_dir)
        started = time.monotonic()
        try:
            km.start_kernel()
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=timeout)
            reply = kc.execute_interactive("6 * 7", timeout=timeout, output_hook=lambda msg: None)
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"the cell failed: {reply['content']}")
            if i == 1:
                check_completion(kc, timeout)
            seconds = time.monotonic() - started
            slowest = max(slowest, seconds)
            print(f"kernel start {i}: ready and ran a cell in {seconds:.1f} s")
            kc.stop_channels()
        except Exception as e:
            failures += 1
            print(f"kernel start {i}: FAILED after {time.monotonic() - started:.1f} s: {type(e).__name__}: {e}")
        finally:
            pid = kernel_pid(km)
            km.shutdown_kernel(now=False)
            if pid is not None and still_running(pid):
                failures += 1
                print(f"kernel start {i}: FAILED: the kernel (pid {pid}) did not exit after the shutdown request")
                os.kill(pid, 9)
    print(f"kernel starts: {count - failures} of {count} ready within {timeout} s (slowest {slowest:.1f} s)")
    return failures == 0


def find_java():
    """A JDK 25's java, as scripts/jdk.sh finds it: JAVA_HOME, then /usr/lib/jvm; else the java on the PATH."""
    candidates = [os.environ["JAVA_HOME"]] if os.environ.get("JAVA_HOME") else []
    candidates += sorted(str(p) for p in Path("/usr/lib/jvm").glob("*25*")) if Path("/usr/lib/jvm").is_dir() else []
    for home in candidates:
        java = Path(home, "bin", "java")
        if java.is_file() and os.access(java, os.X_OK) and Path(home, "bin", "javac").exists():
            version = subprocess.run([str(java), "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
            match = re.search(r"java\.specification\.version = (\d+)", version)
            if match and int(match.group(1)) >= 25:
                return str(java)
    return "java"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/*.ipynb)")
    parser.add_argument("--jar", type=Path, default=ROOT / "target" / "casescreen.jar")
    parser.add_argument("--java", default=None, help="java launcher of a JDK 25 (default: JAVA_HOME's, else one under /usr/lib/jvm)")
    parser.add_argument("--out", type=Path, default=None, help="write the executed notebooks here")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a cell (or a kernel start) may take")
    parser.add_argument("--kernel-starts", type=int, default=0, metavar="N",
                        help="start the kernel N times instead of running notebooks")
    args = parser.parse_args()
    java = args.java or find_java()
    if not args.jar.is_file():
        print(f"run_notebooks: no {args.jar}; build it first (./mvnw -DskipTests package)", file=sys.stderr)
        return 2
    data_dir = Path(tempfile.mkdtemp(prefix="casescreen-jupyter-"))
    try:
        install_kernel(java, args.jar, data_dir)
        if args.kernel_starts:
            return 0 if kernel_starts(data_dir, args.kernel_starts, min(args.timeout, 60)) else 1
        notebooks = args.notebooks or sorted(HERE.glob("*.ipynb"))
        if not notebooks:
            print("run_notebooks: no notebooks found", file=sys.stderr)
            return 2
        failed = 0
        for path in notebooks:
            problems, seconds = run_notebook(path.resolve(), data_dir, args.out, args.timeout)
            if problems:
                failed += 1
                print(f"FAILED {path.name} ({seconds:.1f} s)")
                for p in problems:
                    print("  " + p.replace("\n", "\n    "))
            else:
                print(f"ok     {path.name} ({seconds:.1f} s)")
        print(f"notebooks: {len(notebooks) - failed} of {len(notebooks)} ran top to bottom with their key outputs")
        return 0 if failed == 0 else 1
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
