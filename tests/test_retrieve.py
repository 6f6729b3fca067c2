"""The pure re-ranking features of retrieval, table-driven."""
from __future__ import annotations

import pytest

from checker.retrieve import coverage, title_match


@pytest.mark.parametrize("weights, passage_terms, expected", [
    ({"bridg": 2.0, "close": 1.0}, {"bridg", "close", "river"}, 1.0),
    ({"bridg": 2.0, "close": 1.0}, {"bridg"}, 2 / 3),
    ({"bridg": 2.0, "close": 1.0}, {"close"}, 1 / 3),
    ({"bridg": 2.0, "close": 1.0}, set(), 0.0),
    ({}, {"bridg"}, 0.0),
    ({"bridg": 0.0}, {"bridg"}, 0.0),
])
def test_coverage_is_the_idf_weighted_share_of_claim_terms_found(weights, passage_terms, expected):
    assert coverage(weights, passage_terms) == pytest.approx(expected)


@pytest.mark.parametrize("query_terms, title_terms, expected", [
    (["bridg", "close"], {"bridg"}, 0.5),
    (["bridg", "bridg", "close"], {"bridg", "close"}, 1.0),
    (["bridg"], set(), 0.0),
    ([], {"bridg"}, 0.0),
])
def test_title_match_is_the_share_of_claim_terms_in_the_title(query_terms, title_terms, expected):
    assert title_match(query_terms, title_terms) == pytest.approx(expected)
