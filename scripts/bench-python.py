"""Throughput on 1 and 2 cores (or --threads) of the CLI's --jsonl, the Python package and the
Spark example, over one corpus: CoNLL-2003 train repeated (--copies) when $NEWSMARK_DATA/conll2003 has it, else the
samples repeated. Prints a Markdown table of articles/s and MB/s, MB counting the articles' text
in UTF-8 (what the other benchmarks count). Run by scripts/bench-python.sh, which builds both.

Each run starts once the cores have been idle for a second (for a machine shared with others'
builds; --idle-wait bounds the wait), and N threads run pinned to the first N cores (sched_setaffinity, inherited by child
processes), so "1 core" means one core even for Spark's JVM. Each row is the fastest of --passes runs
(--spark-passes for the Spark job, whose time is the one it reports, without the JVM's start,
given beside it). CPU seconds (user + system, all threads and waited-for children) give the
throughput per core even on a machine that others share; Spark's are not counted (its Python
workers are not waited for).
"""

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import newsmark

ROOT = Path(__file__).resolve().parents[1]


def corpus(out, copies):
    conll = Path(os.environ.get("NEWSMARK_DATA", ROOT.parent / "shared" / "data")) / "conll2003"
    if (conll / "train.jsonl").exists():
        source = f"CoNLL-2003 train x {copies}"
        texts = [json.loads(line)["text"] for line in (conll / "train.jsonl").open()]
    else:
        source = f"the 2 samples (no CoNLL at {conll}) x {copies * 200}"
        texts = [p.read_text() for p in sorted((ROOT / "www" / "samples").glob("*.txt"))] * 200
    texts = texts * copies
    with out.open("w") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": i, "text": text, "reference_date": "1996-08-30"}) + "\n")
    return source, texts


def cpu_seconds():
    """CPU time of this process (all its threads) and of its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def idle_fraction(seconds=1.0):
    """How idle all cores were over the next `seconds`, from /proc/stat."""
    def counts():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, all

    (idle0, all0), _, (idle1, all1) = counts(), time.sleep(seconds), counts()
    return (idle1 - idle0) / max(all1 - all0, 1)


def wait_until_idle(limit):
    """Waits (at most `limit` seconds) for a second in which the cores are 95% idle, so that a
    run on a shared machine measures this code rather than someone else's build."""
    deadline = time.monotonic() + limit
    while idle_fraction() < 0.95 and time.monotonic() < deadline:
        pass


def timed(run):
    """(wall seconds, CPU seconds) of `run()`."""
    started, cpu = time.perf_counter(), cpu_seconds()
    run()
    return time.perf_counter() - started, cpu_seconds() - cpu


def spark(path, out, cores):
    python = {"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    env = {**os.environ, **python, "SPARK_LOCAL_IP": "127.0.0.1"}
    submit = Path(sys.executable).parent / "spark-submit"
    started = time.perf_counter()
    run = subprocess.run(
        [submit, "--master", f"local[{cores}]", "--conf", "spark.log.level=WARN",
         ROOT / "examples" / "spark_extract.py", path, out, "--partitions", str(4 * cores)],
        env=env, capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - started
    job = float(re.search(r"written in ([\d.]+) s", run.stdout).group(1))
    return job, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--spark-passes", type=int, default=2)
    parser.add_argument("--idle-wait", type=float, default=600, help="seconds, at most, per run")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    work = ROOT / "target" / "bench-python"
    work.mkdir(parents=True, exist_ok=True)
    path = work / "articles.jsonl"
    source, texts = corpus(path, args.copies)
    lines = path.read_text().splitlines()
    mb = sum(len(t.encode()) for t in texts) / 1e6
    cli = ROOT / "target" / "release" / "newsmark"
    print(f"corpus: {source}: {len(texts)} articles, {mb:.1f} MB of text; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start\n")
    print("| what | threads | s | articles/s | MB/s | CPU s | MB per CPU s |")
    print("|---|---|---|---|---|---|---|")

    def row(what, threads, seconds, cpu=None):
        per_cpu = f"{cpu:.2f} | {mb / cpu:.2f}" if cpu else "- | -"
        print(f"| {what} | {threads} | {seconds:.2f} | {len(texts) / seconds:,.0f} "
              f"| {mb / seconds:.2f} | {per_cpu} |", flush=True)

    extractor = newsmark.Extractor(reference_date="1996-08-30")
    cores = sorted(os.sched_getaffinity(0))
    runs = {
        "CLI `--jsonl --threads N`": lambda n: subprocess.run(
            [cli, "--jsonl", "--threads", str(n), path], stdout=subprocess.DEVNULL, check=True),
        "`Extractor.extract_many` (dicts)": lambda n: extractor.extract_many(texts, threads=n),
        "`Extractor.extract_jsonl` (JSON lines)":
            lambda n: extractor.extract_jsonl(lines, threads=n),
    }
    fastest = {}
    # Passes interleave the thread counts, so a burst of someone else's work spoils one pass
    # of each rather than every pass of one.
    for _ in range(args.passes):
        for n in args.threads:
            os.sched_setaffinity(0, cores[:n])
            for what, run in runs.items():
                wait_until_idle(args.idle_wait)
                fastest[what, n] = min(fastest.get((what, n), (1e9,)), timed(lambda: run(n)))
    for what in runs:
        for n in args.threads:
            row(what, n, *fastest[what, n])
    for _ in range(args.spark_passes):
        for n in args.threads:
            wait_until_idle(args.idle_wait)
            os.sched_setaffinity(0, cores[:n])
            shutil.rmtree(work / f"spark-{n}", ignore_errors=True)
            job = spark(path, work / f"spark-{n}", n)
            fastest["spark", n] = min(fastest.get(("spark", n), (1e9,)), job)
    for n in args.threads:
        job, wall = fastest["spark", n]
        row(f"Spark `local[{n}]` job ({wall:.1f} s with start-up)", n, job)
    os.sched_setaffinity(0, cores)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
