"""Batch scoring: exact rows, the same bytes for any worker count, resume after a kill, exit codes, Dask."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from checker import batch
from checker.cli import main

from .conftest import GOLDEN, ROOT, SAMPLE, SEED, free_port

PARAGRAPHS = [
    "Prosecutors accused Mr Hale of stealing $2m from the charity he ran for a decade.",
    "Critics say the new bypass will cut journey times by only a few minutes.",
    "The council approved the budget on Monday by 31 votes to 12, officials said.",
    "A source close to the mayor said she would not stand for re-election next year.",
    "The reckless plan is a disaster for the town and its shopkeepers.",
    "Mr Hale denied the allegations and said he would clear his name in court.",
]


def write_drafts(folder, n=6):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(PARAGRAPHS[(i + j) % len(PARAGRAPHS)] for j in range(3))
        (folder / f"draft-{i:02d}.txt").write_text(f"Town news {i}\n\n{body}\n", encoding="utf-8")
    return folder


@pytest.fixture
def drafts(tmp_path):
    folder = write_drafts(tmp_path / "drafts")
    shutil.copy(SAMPLE, folder / "sample.txt")
    (folder / "sub").mkdir()
    shutil.copy(SEED, folder / "sub" / "seed.md")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.html").write_bytes(b"%PDF-1.7 binary")
    return folder


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def relative(text: str, folder) -> str:
    return text.replace(str(folder), "DRAFTS")


def test_folder_to_csv_matches_the_golden_rows(drafts, tmp_path, capsys):
    out = tmp_path / "scores.csv"
    code, _, err = run(["score", str(drafts), "--corpus", str(ROOT / "corpus"), "--out", str(out), "-q"], capsys)
    assert code == 1 and "2 of 10 drafts could not be scored" in err
    produced = relative(out.read_text(encoding="utf-8"), drafts)
    golden = GOLDEN / "batch-scores.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")
    rows = {r.id.replace(str(drafts), "DRAFTS"): r for r in batch.read_rows(out)}
    assert "has no article text" in rows["DRAFTS/empty.txt"].error
    assert "binary.html is a PDF file" in rows["DRAFTS/binary.html"].error
    assert rows["DRAFTS/sub/seed.md"].flags["contradicted"] > 0


def test_jsonl_has_the_same_rows_as_csv(drafts, tmp_path, capsys):
    run(["score", str(drafts), "--out", str(tmp_path / "s.csv"), "-q"], capsys)
    run(["score", str(drafts), "--out", str(tmp_path / "s.jsonl"), "-q"], capsys)
    from_csv = [r.to_dict() for r in batch.read_rows(tmp_path / "s.csv")]
    from_jsonl = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text().splitlines()]
    assert from_csv == from_jsonl
    assert [r["id"] for r in from_jsonl] == sorted(r["id"] for r in from_jsonl)


def test_one_and_two_workers_give_identical_bytes(drafts, tmp_path, capsys):
    run(["score", str(drafts), "--out", str(tmp_path / "one.csv"), "--workers", "1", "-q"], capsys)
    run(["score", str(drafts), "--out", str(tmp_path / "two.csv"), "--workers", "2", "-q"], capsys)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_scoring_in_this_process_leaves_its_garbage_collector_as_it_was(tmp_path):
    import gc

    drafts = batch.collect([str(write_drafts(tmp_path / "d", n=1))])
    assert gc.get_freeze_count() == 0
    seen = []
    for rows in batch.run_local(drafts, None, workers=1):
        seen.append(gc.get_freeze_count())  # frozen while it scores
        assert rows[0].error == ""
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("threshold, code", [(0, 0), (101, 3)])
def test_fail_under(tmp_path, capsys, threshold, code):
    folder = write_drafts(tmp_path / "d", n=2)
    found, out, err = run(["score", str(folder), "--fail-under", str(threshold), "-q"], capsys)
    assert found == code
    assert out.startswith("id,hash,words")
    assert (code == 3) == ("scored below" in err)


def test_inputs_tables_globs_and_stdin(tmp_path, capsys, monkeypatch):
    folder = write_drafts(tmp_path / "d", n=3)
    table = tmp_path / "drafts.jsonl"
    table.write_text("\n".join(json.dumps({"id": f"cms-{i}", "text": PARAGRAPHS[i], "desk": "local"})
                               for i in range(3)) + "\n", encoding="utf-8")
    csv_table = tmp_path / "drafts.csv"
    csv_table.write_text('id,text\nweb-1,"' + PARAGRAPHS[3] + '"\n', encoding="utf-8")
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{folder / 'draft-00.txt'}\n"))
    code, out, _ = run(["score", str(table), str(csv_table), str(tmp_path / "d" / "draft-0[12].txt"), "-",
                        "--format", "jsonl", "-q"], capsys)
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0
    assert ids == ["cms-0", "cms-1", "cms-2", "web-1", str(folder / "draft-01.txt"), str(folder / "draft-02.txt"),
                   str(folder / "draft-00.txt")]


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "text": "x"}\n{oops\n', "line 2"),
    ('{"id": "a"}\n', "needs an 'id' and a 'text'"),
])
def test_bad_draft_tables_are_errors(tmp_path, capsys, content, message):
    table = tmp_path / "drafts.jsonl"
    table.write_text(content, encoding="utf-8")
    code, _, err = run(["score", str(table), "-q"], capsys)
    assert code == 1 and message in err and "Traceback" not in err


def test_html_report_is_self_contained_and_sortable(drafts, tmp_path, capsys):
    out = tmp_path / "scores.html"
    run(["score", str(drafts), "--out", str(out), "-q"], capsys)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<table" in page and "addEventListener" in page
    assert "<script src" not in page and "<link" not in page  # nothing to fetch: readable offline
    assert "sample.txt" in page and "Flags over all drafts" in page


def test_resume_after_a_kill_loses_and_duplicates_nothing(tmp_path):
    folder = write_drafts(tmp_path / "many", n=48)
    out = tmp_path / "scores.jsonl"
    command = [sys.executable, "-m", "checker", "score", str(folder), "--out", str(out), "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial = tmp_path / "scores.jsonl.partial"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 8):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not out.exists(), "the output is never left half-written"
    done_before = partial.read_text().count("\n")
    assert 8 <= done_before < 48
    subprocess.run(command + ["--resume"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 48 and len({r["id"] for r in rows}) == 48
    clean = tmp_path / "clean.jsonl"
    subprocess.run([sys.executable, "-m", "checker", "score", str(folder), "--out", str(clean), "-q"], check=True)
    assert out.read_bytes() == clean.read_bytes()
    assert not partial.exists()


def test_scheduler_without_dask_says_how_to_install(tmp_path, capsys, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith("distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    folder = write_drafts(tmp_path / "d", n=1)
    code, _, err = run(["score", str(folder), "--scheduler", "tcp://127.0.0.1:1", "-q"], capsys)
    assert code == 1 and "pip install 'claimcheck[dask]'" in err


@pytest.fixture
def dask_cluster(tmp_path):
    port = free_port()
    bin_dir = os.path.dirname(sys.executable)
    dask = os.path.join(bin_dir, "dask")
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    address = f"tcp://127.0.0.1:{port}"
    for name in ("w1", "w2"):
        processes.append(subprocess.Popen(
            [dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard", "--name", name,
             "--local-directory", str(tmp_path / name)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from distributed import Client

    deadline = time.monotonic() + 120
    while True:
        try:
            with Client(address, timeout="5s") as client:
                client.wait_for_workers(2, timeout=60)
            break
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
    yield address
    for process in reversed(processes):
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


def test_dask_cluster_gives_the_same_output_as_a_local_run(drafts, tmp_path, capsys, dask_cluster):
    corpus = str(ROOT / "corpus")
    run(["score", str(drafts), "--corpus", corpus, "--out", str(tmp_path / "local.jsonl"), "-q"], capsys)
    code, _, err = run(["score", str(drafts), "--corpus", corpus, "--scheduler", dask_cluster,
                        "--out", str(tmp_path / "dask.jsonl"), "-q"], capsys)
    assert code == 1, err  # two of the drafts are bad input, as in the local run
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
