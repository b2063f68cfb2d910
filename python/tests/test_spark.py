"""examples/spark_extract.py under spark-submit in local mode: its part files, concatenated,
are what `newsmark --jsonl` prints for the same input, byte for byte."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONLL, HOSTILE, ROOT, articles, cli

JOB = ROOT / "examples" / "spark_extract.py"


def load_job():
    spec = importlib.util.spec_from_file_location("spark_extract", JOB)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    return job


def spark_submit(tmp_path, input, *args, master="local[2]"):
    """Runs the job; returns the concatenated part files and how many are not empty."""
    submit = Path(sys.executable).parent / "spark-submit"
    submit = submit if submit.exists() else shutil.which("spark-submit")
    assert submit, "pyspark is not installed (scripts/test-python.sh installs it)"
    output = tmp_path / "out"
    python = {"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    env = {**os.environ, **python, "SPARK_LOCAL_IP": "127.0.0.1"}
    run = subprocess.run(
        [submit, "--master", master, "--conf", "spark.log.level=WARN", JOB, input, output, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-5000:]
    assert "written in" in run.stdout  # spark-submit sends the driver's stderr to stdout
    parts = sorted(output.glob("part-*"))
    return b"".join(p.read_bytes() for p in parts), sum(p.stat().st_size > 0 for p in parts)


def test_partition_function_gives_the_cli_lines_across_batches(tmp_path):
    lines = articles(600)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    expected = cli("--jsonl", "--labels", "PERSON,GPE", path).decode().splitlines()
    run = load_job().extract_partition({"labels": ["PERSON", "GPE"]})
    assert list(run(iter(lines + [""]))) == expected
    assert list(run(iter([]))) == []


def test_generated_articles_on_two_cores_match_the_cli(tmp_path):
    # CRLF line ends, blank lines and hostile texts, as files in the wild have them.
    lines = articles(400) + [json.dumps({"id": "hostile", "text": t}) for t in HOSTILE[:12]]
    lines = [line + ("\r" if i % 7 == 0 else "") for i, line in enumerate(lines)]
    lines[100:100] = ["", "  \r"]
    path = tmp_path / "articles.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    options = ["--labels", "person,date,gpe", "--reference-date", "2020-02-29"]
    expected = cli("--jsonl", *options, path)
    output, parts = spark_submit(tmp_path, path, "--partitions", "4", *options)
    assert output == expected
    assert parts >= 2, "the job ran in parallel partitions"


@pytest.mark.skipif(not (CONLL / "dev.jsonl").exists(), reason=f"no CoNLL-2003 at {CONLL}")
def test_conll_dev_matches_the_cli(tmp_path):
    path = CONLL / "dev.jsonl"
    output, _ = spark_submit(tmp_path, path)
    assert output == cli("--jsonl", path)
