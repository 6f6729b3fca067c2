"""Shared fixtures: the spaCy pipeline and the seed report are built once per session."""
from __future__ import annotations

import dataclasses
import os
import socket
from pathlib import Path

import pytest

import checker
from checker.classify import RuleTyper
from checker.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))  # CI has it beside the clone
SEED = SHARED / "fixtures" / "seed-article.txt"
SAMPLE = ROOT / "examples" / "sample-article.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_document():
    # A path-free source name keeps golden reports the same on every machine.
    return dataclasses.replace(checker.read(SEED), source="seed-article.txt")


@pytest.fixture(scope="session")
def seed_report(seed_document):
    return checker.check(seed_document)


@pytest.fixture(scope="session")
def seed_rules_report(seed_document):
    return checker.check(seed_document, typer=RuleTyper())


def claim_with(report, fragment: str):
    """The claim whose text contains `fragment` (exactly one must)."""
    found = [c for c in report.claims if fragment in c.text]
    assert len(found) == 1, f"{len(found)} claims contain {fragment!r}: {[c.text for c in found]}"
    return found[0]


@pytest.fixture(scope="session")
def sample_corpus():
    from checker.corpus import load_corpus

    return load_corpus(ROOT / "corpus")


@pytest.fixture(scope="session")
def seed_evidence_report(seed_document, sample_corpus):
    return checker.check(seed_document, sample_corpus)


@pytest.fixture(scope="module")
def server():
    """A real HTTP server on 127.0.0.1 with the pages of tests/httpserver.py."""
    from .httpserver import serve

    with serve() as running:
        yield running


@pytest.fixture
def run(capsys):
    """Run the CLI in-process: (exit status, stdout, stderr)."""
    from checker.cli import main

    def _run(*argv):
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return _run
