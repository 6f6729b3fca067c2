"""Relative dates anchored to a dateline."""
from __future__ import annotations

import datetime as dt

import pytest

from checker import dates

TUESDAY = dt.date(2024, 4, 16)


@pytest.mark.parametrize("text, tense, first, last", [
    ("visited Kyrgyzstan on Thursday", "past", "2024-04-11", "2024-04-11"),
    ("will be held in Bishkek on Friday", "future", "2024-04-19", "2024-04-19"),
    ("met on Tuesday", "past", "2024-04-16", "2024-04-16"),
    ("last Tuesday", "past", "2024-04-09", "2024-04-09"),
    ("next Tuesday", "future", "2024-04-23", "2024-04-23"),
    ("yesterday", "past", "2024-04-15", "2024-04-15"),
    ("tomorrow", "future", "2024-04-17", "2024-04-17"),
    ("last week", "past", "2024-04-08", "2024-04-14"),
    ("next week", "future", "2024-04-22", "2024-04-28"),
    ("earlier this month", "past", "2024-04-01", "2024-04-30"),
    ("in July", "past", "2023-07-01", "2023-07-31"),
    ("in July", "future", "2024-07-01", "2024-07-31"),
    ("had issued a warrant in March", "past", "2024-03-01", "2024-03-31"),
    ("three days ago", "past", "2024-04-13", "2024-04-13"),
])
def test_resolve_against_dateline(text, tense, first, last):
    (found,) = dates.find_relative_dates(text, tense, TUESDAY)
    assert (found.first.isoformat(), found.last.isoformat()) == (first, last)


@pytest.mark.parametrize("text", [
    "on Thursday, April 11, 2024", "in July 2023", "on 12 October", "Thursday 12 October",
    "Friday, 13 October 2023", "on Sunday 12.", "on Friday, 2nd",
])
def test_absolute_dates_are_not_relative(text):
    assert dates.find_relative_dates(text, "past", TUESDAY) == []


@pytest.mark.parametrize("text, past_verb, tense", [
    ("The summit will be held on Friday", False, "future"),
    ("The Russian President is scheduled to visit China next week", False, "future"),
    ("Putin visited Kyrgyzstan on Thursday", True, "past"),
    ("The talks are under way", False, "present"),
])
def test_clause_tense(text, past_verb, tense):
    assert dates.clause_tense(text, past_verb) == tense


@pytest.mark.parametrize("text, problem", [
    ("on Thursday, April 12, 2024", "was a Friday"),
    ("on Friday 13 October 2023", None),
    ("on Thursday, 12 October 2023", None),
    ("on Monday, February 30", "not a real date"),
])
def test_explicit_weekday_mismatch(text, problem):
    problems = dates.explicit_weekday_mismatches(text, TUESDAY)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


@pytest.mark.parametrize("text, tense, contradicts", [
    ("last week", "future", True),
    ("next week", "past", True),
    ("yesterday", "future", True),
    ("on Thursday", "past", False),
    ("on Friday", "future", False),
])
def test_tense_against_dateline(text, tense, contradicts):
    (found,) = dates.find_relative_dates(text, tense, TUESDAY)
    assert dates.contradicts_tense(found, TUESDAY) is contradicts


@pytest.mark.parametrize("text, tense", [
    ("The summit will be held on Friday.", "future"),
    ("Putin visited Kyrgyzstan on Thursday.", "past"),  # the past verb comes from the parse
    ("The talks are under way.", "present"),
])
def test_tense_of_a_parsed_clause(nlp, text, tense):
    span = nlp(text)[:]
    assert dates.tense_of(span) == tense
    assert dates.tense_of(span) == tense  # the second answer comes from the doc's cache


@pytest.mark.parametrize("text, tense, days", [
    ("last March", "past", ("2024-03-01", "2024-03-31")),
    ("last April", "past", ("2023-04-01", "2023-04-30")),  # not the month the story is written in
    ("next March", "future", ("2025-03-01", "2025-03-31")),
    ("last summer", "past", ("2023-06-01", "2023-08-31")),
    ("in the summer", "future", ("2024-06-01", "2024-08-31")),
    ("this winter", "past", ("2023-12-01", "2024-02-29")),  # said in April: the winter just gone
    ("last winter", "past", ("2023-12-01", "2024-02-29")),
    ("over the past six weeks", "past", ("2024-03-05", "2024-04-16")),
    ("in the next three months", "future", ("2024-04-16", "2024-07-15")),
])
def test_seasons_named_months_and_spans_are_relative_dates(text, tense, days):
    found = dates.find_relative_dates(text, tense, TUESDAY)
    assert [(r.first.isoformat(), r.last.isoformat()) for r in found] == [days]


@pytest.mark.parametrize("text", [
    "It entered lunar orbit in August that year.",  # anchored by "that year"
    "The delegation stayed at the Summer Palace.",
    "The plant opened in the spring of 2023.",
    "Prices have risen for the past year.",  # one period: "past year", counted once
])
def test_anchored_seasons_and_months_are_not_new_relative_dates(text):
    assert [r.text for r in dates.find_relative_dates(text, "past", TUESDAY)] in ([], ["past year"])


# (claim, its relative date, the tense it is read in, the day or range it means under Tuesday 16 April 2024)
OWN_VERB_TENSES = [
    ("The company said on Tuesday it would hire 300 workers next year.", "next year", "future",
     ("2025-01-01", "2025-12-31")),
    ("The company said on Monday it would hire 300 workers.", "on Monday", "past", ("2024-04-15", "2024-04-15")),
    ("Acme Steel announced on Monday that it will build a plant in Leeds.", "on Monday", "past",
     ("2024-04-15", "2024-04-15")),
    ("The bridge is due to open next month, the council said on Friday.", "next month", "future",
     ("2024-05-01", "2024-05-31")),
    ("The bridge is due to open next month, the council said on Friday.", "on Friday", "past",
     ("2024-04-12", "2024-04-12")),
    ("The minister, who resigned last week, will face questions on Thursday.", "on Thursday", "future",
     ("2024-04-18", "2024-04-18")),
    ("The vote was held next Tuesday.", "next Tuesday", "past", ("2024-04-23", "2024-04-23")),
    ("The warehouse had been due to be demolished next year.", "next year", "future",
     ("2025-01-01", "2025-12-31")),
    # the tagger takes "hatched" for a participle here; with its own subject and no auxiliary it is the past
    ("A kākāpō chick hatched at the Rangiwai sanctuary on Sunday.", "on Sunday", "past",
     ("2024-04-14", "2024-04-14")),
    # what was decided runs from a month to come
    ("The council voted on Monday to make buses free for residents aged 70 and over from July.", "from July", "future",
     ("2024-07-01", "2024-07-31")),
    ("The council voted on Monday to make buses free for residents aged 70 and over from July.", "on Monday", "past",
     ("2024-04-15", "2024-04-15")),
    # a weekday before a count is still a date
    ("Parishioners held the first Mass in their restored church on Sunday, 30 years after it closed.", "on Sunday",
     "past", ("2024-04-14", "2024-04-14")),
]


@pytest.mark.parametrize("text, words, tense, days", OWN_VERB_TENSES)
def test_a_relative_date_takes_the_tense_of_its_own_verb(nlp, text, words, tense, days):
    found = {r.text: r for r in dates.relative_dates_of(nlp(text)[:], TUESDAY)}
    assert found[words].tense == tense
    assert (found[words].first.isoformat(), found[words].last.isoformat()) == days


def _labelled_texts() -> list[str]:
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "data" / "claim_types"
    return [json.loads(line)["text"] for path in sorted(folder.glob("written-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", [
    "THE VOTE IS NEXT WEEK", "polls close TONIGHT", "results due Tomorrow", "It rained on SUNDAY, 14 April", "three Days ago", "in mid-MAY",
    "Tueſday's vote", "in Aprıl", "the Kelvin-scale reading was set last \u212aelvin", "nothing dated here",
])
def test_the_quick_look_for_date_words_never_hides_a_date(text):
    found = [(r.text, r.start) for r in dates.find_relative_dates(text, "past", TUESDAY)]
    assert found == [(m.group(0), m.start()) for m in dates.RELATIVE.finditer(text)]
    mismatches = dates.explicit_weekday_mismatches(text, TUESDAY)
    assert bool(mismatches) == any(
        dates.explicit_weekday_mismatches(m.group(0), TUESDAY) for m in dates.EXPLICIT_WEEKDAY_DATE.finditer(text))


def test_a_weekday_spelt_with_a_long_s_is_still_that_weekday():
    assert dates.explicit_weekday_mismatches("on Tueſday, April 16", TUESDAY) == []
    assert dates.explicit_weekday_mismatches("on Wedneſday, April 16", TUESDAY)


def test_the_quick_look_finds_every_date_in_the_labelled_claims():
    texts = _labelled_texts()
    assert len(texts) > 5000
    for text in texts:
        found = [r.text for r in dates.find_relative_dates(text, "past", TUESDAY)]
        assert found == [m.group(0) for m in dates.RELATIVE.finditer(text)], text
