"""The seed article end to end: what issue 2 says it must show, and golden reports.

Regenerate the golden files after an intended change with:
    UPDATE_GOLDEN=1 python -m pytest tests/test_seed.py
and read the diff before committing it.
"""
from __future__ import annotations

import json
import os

import pytest

from checker.report import to_json, to_markdown

from .conftest import GOLDEN, claim_with


def test_denial_by_russia(seed_report):
    claim = claim_with(seed_report, "Russia denies the allegations against Putin.")
    assert (claim.type, claim.source, claim.source_kind) == ("denial", "Russia", "named")
    assert claim.cue == "denies"


def test_vague_analysts_opinion(seed_report):
    claim = claim_with(seed_report, "Some Western analysts believe")
    assert (claim.type, claim.source, claim.source_kind) == ("opinion", "Some Western analysts", "vague")
    assert "vague_source" in claim.flag_names


def test_deportation_allegation_by_the_icc(seed_report):
    claim = claim_with(seed_report, "accusing him of overseeing the illegal deportation")
    assert claim.type == "allegation"
    assert claim.source == "the ICC" and claim.source_kind == "named" and claim.cue == "accusing"


def test_the_long_sentence_gives_fact_fact_allegation(seed_report):
    parts = [c for c in seed_report.claims if c.sentence == claim_with(seed_report, "rarely travelled").sentence]
    assert [c.type for c in parts] == ["fact", "fact", "allegation"]


def test_search_and_arrest_warrant_conflict(seed_report):
    assert "internal_conflict" in claim_with(seed_report, "search warrant").flag_names
    assert "internal_conflict" in claim_with(seed_report, "had issued an arrest warrant").flag_names


def test_icc_membership_is_a_fact(seed_report):
    assert claim_with(seed_report, "Neither Kyrgyzstan nor China are members of the ICC.").type == "fact"


def test_furniture_never_becomes_a_claim(seed_report):
    texts = [c.text for c in seed_report.claims]
    assert not any("Most Popular" in t or "HomeWorld" in t for t in texts)
    for claim in seed_report.claims:
        if claim.text in ("Tuesday, April 16, 2024", seed_report.document.title):
            assert claim.type == "none"


def test_summary_counts_add_up(seed_report):
    summary = seed_report.summary
    assert summary.claims == len(seed_report.claims) == sum(summary.by_type.values())
    assert 0 <= summary.score <= 100
    assert summary.flags["internal_conflict"] == sum("internal_conflict" in c.flag_names for c in seed_report.claims)


@pytest.mark.parametrize("name, render", [("seed-report.json", to_json), ("seed-report.md", to_markdown)])
def test_golden_report(seed_report, name, render):
    path = GOLDEN / name
    produced = render(seed_report)
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(produced, encoding="utf-8")
    assert produced == path.read_text(encoding="utf-8")


def test_json_report_follows_the_schema(seed_report):
    data = json.loads(to_json(seed_report))
    assert set(data) == {"document", "claims", "summary"}
    assert set(data["document"]) == {"source", "title", "published", "text"}
    assert set(data["summary"]) == {"claims", "by_type", "flags", "score"}
    required = {"id", "text", "start", "end", "sentence", "type", "confidence", "source", "source_start",
                "source_end", "source_kind", "cue", "flags", "evidence"}
    for claim in data["claims"]:
        assert required <= set(claim)
        for flag in claim["flags"]:
            assert set(flag) == {"flag", "reason"}
