"""The seed article against the embedded sample corpus: corroboration and the contradicted visit date."""
from __future__ import annotations

import pytest

import checker

from .conftest import SAMPLE, claim_with


def test_visit_date_is_contradicted(seed_evidence_report):
    claim = claim_with(seed_evidence_report, "visited the Central Asian state of Kyrgyzstan on Thursday")
    assert "contradicted" in claim.flag_names
    reasons = " ".join(e.why for e in claim.evidence if e.stance == "contradicts")
    assert "2024-04-11 vs 2023-10-12" in reasons


@pytest.mark.parametrize("fragment", [
    "Neither Kyrgyzstan nor China are members of the ICC.",
    "accusing him of overseeing the illegal deportation",
    "Russia denies the allegations against Putin.",
    "Putin said that Russia intended to further develop cooperation",
    "In July, four Kyrgyz companies fell under US sanctions",
])
def test_covered_claims_are_corroborated(seed_evidence_report, fragment):
    claim = claim_with(seed_evidence_report, fragment)
    assert "corroborated" in claim.flag_names
    supporting = [e for e in claim.evidence if e.stance == "supports"]
    assert supporting and all(e.url and e.title and e.why for e in supporting)


def test_search_warrant_is_contradicted_by_the_arrest_warrant(seed_evidence_report):
    claim = claim_with(seed_evidence_report, "search warrant")
    assert any("'search warrant' vs 'arrest warrant'" in e.why for e in claim.evidence)


def test_evidence_is_ranked_and_scored(seed_evidence_report):
    for claim in seed_evidence_report.claims:
        assert len(claim.evidence) <= 3
        for e in claim.evidence:
            assert 0 <= e.score <= 1
            assert e.stance in ("supports", "contradicts", "related")
            assert 0 <= e.match_start < e.match_end <= len(e.passage)


def test_none_claims_get_no_evidence(seed_evidence_report):
    assert all(not c.evidence for c in seed_evidence_report.claims if c.type == "none")


def test_summary_counts_evidence_flags(seed_evidence_report):
    flags = seed_evidence_report.summary.flags
    assert flags["contradicted"] >= 2 and flags["corroborated"] >= 5


def test_an_own_voice_evaluation_is_not_corroborated_by_its_matter(sample_corpus):
    """The sample article's "a vital outpost for Moscow in the region": no passage calls Kant vital, so none
    supports it, though the one on the base's opening shares its words."""
    report = checker.check(checker.read(SAMPLE), sample_corpus)
    claim = claim_with(report, "a vital outpost for Moscow")
    assert claim.type == "opinion" and claim.source_kind == "none"
    assert claim.evidence and not any(e.stance == "supports" for e in claim.evidence)
    assert "corroborated" not in claim.flag_names
    assert any("'vital' (the evaluation)" in e.why for e in claim.evidence)
