"""Stage 9: the terminal and Markdown reports show, for each piece of evidence, the passage it rests on."""
from __future__ import annotations

import dataclasses

import pytest

from checker.report import excerpt, to_markdown, to_text
from checker.schema import Evidence

PASSAGE = ("Moscow rejected the warrant at once. Russia denies the allegation behind the warrant, that "
           "children were unlawfully deported. Officials presented the removals as protection.")


def item(passage: str, start: int | None, end: int | None) -> Evidence:
    return Evidence(doc_id="d1", title="Russia rejects the warrant", url=None, publisher="TASS",
                    published="2023-03-20", passage=passage, score=0.5, stance="supports", why="shares russia",
                    match_start=start, match_end=end)


LONG = ("In a ruling that ran to many pages and cited " + "several earlier cases " * 12
        + "the court found that the base was lawful and " + "that the lease could continue " * 6 + "until 2040.")
LONG_MATCH = LONG.index("the court found")


@pytest.mark.parametrize("passage, start, end, expected", [
    # the whole sentence that holds the match, not the match's word window
    (PASSAGE, PASSAGE.index("denies"), PASSAGE.index("unlawfully"),
     "Russia denies the allegation behind the warrant, that children were unlawfully deported."),
    # a match across two sentences keeps both
    (PASSAGE, PASSAGE.index("at once"), PASSAGE.index("behind"),
     ("Moscow rejected the warrant at once. Russia denies the allegation behind the warrant, that children "
      "were unlawfully deported.")),
    # no match recorded: the first sentence
    (PASSAGE, None, None, "Moscow rejected the warrant at once."),
    # a match outside the passage is ignored rather than trusted
    (PASSAGE, 5, 900, "Moscow rejected the warrant at once."),
])
def test_excerpt_is_the_matching_sentence(passage, start, end, expected):
    assert excerpt(item(passage, start, end)) == expected


def test_a_long_sentence_is_cut_around_the_match_at_word_boundaries():
    shown = excerpt(item(LONG, LONG_MATCH, LONG_MATCH + 40), width=120)
    assert "the court found that the base was lawful" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 122
    inner = shown.strip("…")
    assert LONG.find(inner) > 0  # whole words of the passage, in order
    assert LONG[LONG.find(inner) - 1] == " " and LONG[LONG.find(inner) + len(inner)] == " "


def test_reports_show_the_passage_under_each_piece_of_evidence(seed_report):
    ev = item(PASSAGE, PASSAGE.index("denies"), PASSAGE.index("unlawfully"))
    claim = dataclasses.replace(seed_report.claims[2], evidence=(ev,))
    report = dataclasses.replace(seed_report, claims=(claim,))
    sentence = "Russia denies the allegation behind the warrant, that children were unlawfully deported."
    text = to_text(report).splitlines()
    line = next(i for i, line in enumerate(text) if "evidence supports: Russia rejects the warrant" in line)
    assert text[line + 1].strip() == f"“{sentence}”"
    markdown = to_markdown(report).splitlines()
    line = next(i for i, line in enumerate(markdown) if line.startswith("- Evidence, supports:"))
    assert markdown[line + 1] == f"  > {sentence}"


@pytest.mark.parametrize("kept, expected", [(1, "1 claim:"), (2, "2 claims:")])
def test_the_summary_counts_claims_in_words(seed_report, kept, expected):
    claims = seed_report.claims[:kept]
    report = dataclasses.replace(seed_report, claims=claims,
                                 summary=dataclasses.replace(seed_report.summary, claims=kept))
    assert f"/100 · {expected}" in to_text(report).splitlines()[2]
    assert f"· {expected[:-1]} ·" in to_markdown(report)


def test_a_pronoun_source_is_shown_with_whom_it_stands_for(seed_report):
    claim = next(c for c in seed_report.claims if c.source == "He")
    assert claim.source_refers_to == "Vladimir Putin" == claim.to_dict()["source_refers_to"]
    report = dataclasses.replace(seed_report, claims=(claim,))
    assert "source: He → Vladimir Putin [named] (said)" in to_text(report)
    assert "- Source: He → Vladimir Putin [named] (said)" in to_markdown(report)
