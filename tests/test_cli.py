"""The `claimcheck` command: reports, exit statuses and one-sentence errors for every kind of bad input.

Most runs go through `checker.cli.main([...])` in-process (spaCy loads once); a few run the installed
script in a subprocess to prove the real exit status and a clean stderr.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker import ingest
from tests.httpserver import ARTICLE_TITLE

from .conftest import SEED

SCRIPT = Path(sys.executable).with_name("claimcheck")

GERMAN = (
    "Die Bundesregierung hat am Dienstag ein neues Gesetz zum Klimaschutz beschlossen. Nach Angaben des "
    "Ministeriums sollen die Emissionen bis zum Jahr 2030 um mehr als die Hälfte sinken. Kritiker halten die "
    "Pläne für unzureichend und fordern schnellere Maßnahmen im Verkehr und beim Heizen.\n"
)
SPANISH = (
    "El Gobierno aprobó el martes una nueva ley de protección del clima. Según el ministerio, las emisiones "
    "deberán reducirse a más de la mitad antes del año 2030. Los críticos consideran que los planes son "
    "insuficientes y piden medidas más rápidas en el transporte y la calefacción.\n"
)


@pytest.fixture
def stdin(monkeypatch):
    """Replace stdin with the given bytes."""
    def _feed(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return _feed


def assert_one_sentence(err: str, *phrases: str) -> None:
    """stderr is exactly one line, prefixed with the program name, with no traceback and no internal error."""
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    line = lines[0]
    assert line.startswith("claimcheck: ")
    assert line.rstrip().endswith(".")
    assert "Traceback" not in err
    assert "internal error" not in err
    for phrase in phrases:
        assert phrase in line, f"{phrase!r} not in {line!r}"


# --- reports -----------------------------------------------------------------------------------------------------

def test_check_the_seed_as_text(run):
    code, out, err = run("check", str(SEED))
    assert code == 0
    assert err == ""
    assert out.startswith("Putin makes first trip abroad since ICC arrest warrant\n")
    assert "Published 2024-04-16" in out
    assert "Russia denies the allegations against Putin." in out
    assert "Neither Kyrgyzstan nor China are members of the ICC." in out
    for label in ("fact", "denial", "allegation", "opinion"):
        assert f" {label} " in out
    assert "internal_conflict" in out
    assert "\x1b[" not in out  # no colour codes when stdout is not a terminal


def test_check_the_seed_as_json(run):
    code, out, err = run("check", str(SEED), "--format", "json")
    assert code == 0
    assert err == ""
    report = json.loads(out)
    assert set(report) == {"document", "claims", "summary"}
    assert report["document"]["published"] == "2024-04-16"
    assert report["document"]["title"] == "Putin makes first trip abroad since ICC arrest warrant"
    assert report["document"]["source"] == str(SEED)
    assert report["claims"], "the seed has claims"
    assert report["summary"]["claims"] == len(report["claims"])
    texts = {claim["text"]: claim for claim in report["claims"]}
    assert texts["Russia denies the allegations against Putin."]["type"] == "denial"
    assert not any("Most Popular" in text for text in texts)
    assert 0 <= report["summary"]["score"] <= 100


def test_check_the_seed_as_markdown(run):
    code, out, err = run("check", str(SEED), "--format", "markdown")
    assert code == 0
    assert err == ""
    assert out.startswith("# ")
    assert "Putin makes first trip abroad since ICC arrest warrant" in out.splitlines()[0]
    assert "Russia denies the allegations against Putin." in out


def test_check_reads_stdin_for_a_dash(run, stdin):
    stdin(SEED.read_bytes())
    code, out, err = run("check", "-", "--format", "json")
    assert code == 0
    assert err == ""
    report = json.loads(out)
    assert report["document"]["source"] == "<stdin>"
    assert report["document"]["published"] == "2024-04-16"
    assert any(c["text"] == "Russia denies the allegations against Putin." for c in report["claims"])


# --- URLs ----------------------------------------------------------------------------------------------------------

def test_check_a_local_url_with_the_opt_in(run, server):
    url = f"{server.base}/article.html"
    code, out, err = run("check", url, "--allow-private-hosts", "--format", "json")
    assert code == 0
    assert err == ""
    report = json.loads(out)
    assert report["document"]["source"] == url
    assert report["document"]["title"] == ARTICLE_TITLE
    assert report["document"]["published"] == "2024-04-16"
    assert "Most Popular" not in report["document"]["text"]
    types = {claim["type"] for claim in report["claims"]}
    assert {"denial", "allegation"} <= types


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_local_url_without_the_opt_in_is_refused(run, server, host):
    before = len(server.hits)
    code, out, err = run("check", f"http://{host}:{server.port}/article.html")
    assert code == 1
    assert out == ""
    assert_one_sentence(err, "Refused", "loopback", "--allow-private-hosts")
    assert server.hits[before:] == []


@pytest.mark.parametrize("path, phrase", [
    ("/missing", "404"),
    ("/report.pdf", "application/pdf"),
    ("/hop/7", "redirects"),
])
def test_a_bad_url_exits_1_with_one_sentence(run, server, path, phrase):
    code, out, err = run("check", f"{server.base}{path}", "--allow-private-hosts")
    assert code == 1
    assert out == ""
    assert_one_sentence(err, phrase)


def test_an_unresolvable_host_exits_1_with_one_sentence(run):
    code, out, err = run("check", "http://nonexistent.invalid/story.html")
    assert code == 1
    assert out == ""
    assert_one_sentence(err, "does not resolve")


def test_a_malformed_url_exits_1_without_an_internal_error(run):
    code, out, err = run("check", "http://[::1/story.html")
    assert code == 1
    assert_one_sentence(err)


# --- bad input files ---------------------------------------------------------------------------------------------

def _sparse(path: Path) -> None:
    with open(path, "wb") as handle:
        handle.truncate(6 * 1024 * 1024)


BAD_FILES = [
    ("empty.txt", b"", "no article text"),
    ("blank.txt", b"   \n\n\t  \n \r\n", "no article text"),
    ("furniture.txt", b"Most Popular\nShare this article\nAdvertisement\n", "no article text"),
    ("binary.txt", b"Council\x00\x00\x01\x02 budget\x00" * 40, "binary file"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    ("disguised.txt", b"%PDF-1.4\nnot really text\n", "PDF"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
    ("latin1.txt", b"caf\xe9 " * 50, "not valid UTF-8"),
    ("german.txt", GERMAN.encode("utf-8"), "does not look like English"),
    ("spanish.txt", SPANISH.encode("utf-8"), "does not look like English"),
    ("huge.txt", _sparse, "MB limit"),
]


@pytest.mark.parametrize("name, content, phrase", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_bad_file_exits_1_with_one_sentence(run, tmp_path, name, content, phrase):
    path = tmp_path / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    code, out, err = run("check", str(path))
    assert code == 1
    assert out == "", "no report (and no invented claims) for bad input"
    assert_one_sentence(err, str(path), phrase)


@pytest.mark.parametrize("kind, phrase", [("missing", "does not exist"), ("folder", "is a folder")])
def test_a_missing_file_or_a_folder_exits_1(run, tmp_path, kind, phrase):
    path = tmp_path / "story.txt"
    if kind == "folder":
        path.mkdir()
    code, out, err = run("check", str(path))
    assert code == 1
    assert out == ""
    assert_one_sentence(err, phrase)


@pytest.mark.parametrize("data, phrase", [
    (b"", "no article text"),
    (b" \n \n", "no article text"),
    (b"abc\x00def" * 100, "binary"),
    (b"caf\xe9 " * 50, "not valid UTF-8"),
    (GERMAN.encode("utf-8"), "English"),
    (b"The council said so. " * (ingest.MAX_BYTES // 20), "MB limit"),
], ids=["empty", "blank", "binary", "latin1", "german", "over-cap"])
def test_bad_stdin_exits_1_with_one_sentence(run, stdin, data, phrase):
    stdin(data)
    code, out, err = run("check", "-")
    assert code == 1
    assert out == ""
    assert_one_sentence(err, "<stdin>", phrase)


def test_a_fifo_is_not_read_past_the_size_cap(run, tmp_path):
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    total = 4 * ingest.MAX_BYTES
    written = [0]

    def writer():
        fd = os.open(fifo, os.O_WRONLY)
        chunk = b"The council said the wall would be built.\n" * 24_000
        try:
            while written[0] < total:
                written[0] += os.write(fd, chunk)
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    code, out, err = run("check", str(fifo))
    thread.join(timeout=5)
    assert code == 1
    assert_one_sentence(err, "MB limit")
    assert written[0] < 2 * ingest.MAX_BYTES, f"read {written[0]:,} bytes to refuse a {ingest.MAX_BYTES:,}-byte cap"


# --- usage -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv, phrase", [
    ([], "Usage: claimcheck"),
    (["check"], "Missing argument 'ARTICLE'"),
    (["check", str(SEED), "--bogus"], "--bogus"),
    (["check", str(SEED), "--format", "xml"], "Invalid value for '--format'"),
    (["frobnicate"], "No such command 'frobnicate'"),
    (["check", str(SEED), "--out", "."], "--out"),  # a folder is not a report file
])
def test_usage_errors_exit_2(run, argv, phrase):
    code, out, err = run(*argv)
    assert code == 2
    assert phrase in out + err
    assert "Traceback" not in out + err


@pytest.mark.parametrize("argv, phrases", [
    (["-h"], ["Usage: claimcheck [OPTIONS] COMMAND", "check"]),
    (["--help"], ["Usage: claimcheck [OPTIONS] COMMAND", "check"]),
    (["check", "-h"], ["Usage: claimcheck check [OPTIONS] ARTICLE", "--format", "--allow-private-hosts", "--out"]),
    (["check", "--help"], ["Usage: claimcheck check [OPTIONS] ARTICLE", "text|json|markdown"]),
    (["--version"], ["claimcheck, version 0.1.0"]),
])
def test_help_and_version(run, argv, phrases):
    code, out, err = run(*argv)
    assert code == 0
    assert err == ""
    for phrase in phrases:
        assert phrase in out


# --- --out -------------------------------------------------------------------------------------------------------------

def test_out_writes_the_whole_report_and_nothing_else(run, tmp_path):
    target = tmp_path / "reports" / "seed.json"  # its folder does not exist yet
    code, out, err = run("check", str(SEED), "--format", "json", "--out", str(target))
    assert code == 0
    assert out == "" and err == ""
    report = json.loads(target.read_text(encoding="utf-8"))  # complete JSON, not a partial write
    assert set(report) == {"document", "claims", "summary"}
    assert report["document"]["published"] == "2024-04-16"
    assert [p.name for p in target.parent.iterdir()] == ["seed.json"]  # no temporary file left behind


def test_out_is_left_alone_when_the_input_is_bad(run, tmp_path):
    target = tmp_path / "report.json"
    target.write_text('{"earlier": "report"}', encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code, out, err = run("check", str(bad), "--format", "json", "--out", str(target))
    assert code == 1
    assert_one_sentence(err, "no article text")
    assert target.read_text(encoding="utf-8") == '{"earlier": "report"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "report.json"]


def test_out_in_an_impossible_place_is_one_sentence(run, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run("check", str(SEED), "--out", str(blocker / "report.json"))
    assert code == 1
    assert_one_sentence(err)


# --- the installed script, for real ----------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["seed", "pdf", "refused-url"])
def test_the_installed_script(tmp_path, server, case):
    if case == "seed":
        argv, expected = [str(SEED)], 0
    elif case == "pdf":
        pdf = tmp_path / "story.pdf"
        pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
        argv, expected = [str(pdf)], 1
    else:
        argv, expected = [f"{server.base}/article.html"], 1
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "checker"]
    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_DEBUG"}
    result = subprocess.run([*command, "check", *argv], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == expected, result.stderr
    if expected == 0:
        assert result.stderr == ""
        assert "Russia denies the allegations against Putin." in result.stdout
    else:
        assert result.stdout == ""
        assert_one_sentence(result.stderr, "PDF" if case == "pdf" else "Refused")
