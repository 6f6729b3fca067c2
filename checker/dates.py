"""Relative dates ("on Thursday", "last week", "in July") found in claims and anchored to a dateline."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import NUMBER_WORDS
from .nlp import remembered, span_text, token_table

WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = [m.lower() for m in calendar.month_name if m]
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year a news story could mean
_WEEKDAY = "|".join(calendar.day_name)
_MONTH = "|".join(m for m in calendar.month_name if m)
# "a week ago", "three days ago": the counts a relative date is written with
AGO_COUNTS = {"a": 1, "an": 1} | {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 10}

RELATIVE = re.compile(
    rf"\b(?:(?P<wmod>last|next|this|on|by|from|until|since|earlier on|late on|early on)\s+)?(?P<weekday>{_WEEKDAY})\b"
    rf"(?!\s*,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH})\b)(?!\s*,?\s*\(?(?:{_MONTH})\s+\d)"
    # (nor a day's number after it: "Sunday 12", "Sunday, 2,000"; but "on Sunday, 30 years after it closed")
    r"(?!\s*,?\s*\d(?:[\d,.]*\d)?(?:st|nd|rd|th)?\b(?!\s+[a-z]))"
    r"|\b(?P<day>yesterday|today|tomorrow|tonight)\b"
    r"|\b(?P<pmod>last|next|this|earlier this|later this|past)\s+(?P<period>week|weekend|month|year)\b"
    rf"|\b(?:(?P<mmod>last|next|this)|in|since|by|until|from|during|of|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?P<month>{_MONTH})\b(?!\s*,?\s*\d)(?!\s+(?:of\s+)?(?:that|the same|the following|the previous) year)"
    # seasons, not a name ("in the Summer Palace") nor a dated one ("the spring of 2023")
    r"|\b(?P<smod>last|next|this|in the|during the|over the|early|late)\s+(?:early\s+|late\s+)?"
    r"(?P<season>spring|summer|autumn|winter)\b(?!\s*(?:of\s+)?\d)(?-i:(?!\s+[A-Z][a-z]))"
    rf"|\b(?P<cmod>past|last|next|coming)\s+(?P<ccount>\d+|{'|'.join(w for w, n in AGO_COUNTS.items() if n > 1)})"
    r"\s+(?P<cunit>day|week|month|year)s\b"
    rf"|\b(?P<count>\d+|{'|'.join(AGO_COUNTS)})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
EXPLICIT_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY}),?\s*\(?(?:(?P<month1>{_MONTH})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH}))(?:,?\s*(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|scheduled|set to|going to|plans? to|"
                    r"expected to|upcoming)\b", re.IGNORECASE)
PAST_AUX = re.compile(r"\b(?:was|were|had|has been|have been|did|ago)\b", re.IGNORECASE)


@dataclass(frozen=True)
class RelativeDate:
    """A relative date expression in a text and the day range it means under an anchor date."""

    text: str
    start: int  # offsets in the text searched
    end: int
    tense: str  # "past", "present" or "future"
    first: dt.date | None = None
    last: dt.date | None = None

    def describe(self) -> str:
        if self.first is None:
            return self.text
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def clause_tense(text: str, past_verb: bool) -> str:
    """Future if the clause is scheduled or uses will/shall; past if it has a past verb."""
    if FUTURE.search(text):
        return "future"
    if past_verb or PAST_AUX.search(text):
        return "past"
    return "present"


def tense_of(span) -> str:
    """`clause_tense` of a spaCy span (its text and whether it has a past-tense verb), once per span."""
    return remembered(span, "tense", _span_tense)


def _span_tense(span) -> str:
    return clause_tense(span_text(span), "VBD" in token_table(span.doc).tag[span.start:span.end])


# Every RELATIVE match holds one of these (weekdays, "yesterday" and "today" hold "day"); looking for
# them first spares most claims the long pattern. Only for ASCII text, where lower() is exactly how
# the pattern ignores case.
RELATIVE_KEYS = ("day", "tomorrow", "tonight", "week", "month", "year", *MONTHS, "spring", "summer", "autumn",
                 "winter")


def _may_hold(text: str, keys: tuple[str, ...]) -> bool:
    if not text.isascii():
        return True
    lower = text.lower()
    return any(key in lower for key in keys)


def _index_of(names: list[str], matched: str) -> int:
    """Where a name the patterns matched stands in `names`; re's ignore-case also takes 'ſ' for 's', 'ı' for 'i'."""
    lower = matched.lower()
    if lower in names:
        return names.index(lower)
    return next(i for i, name in enumerate(names) if re.fullmatch(re.escape(name), matched, re.IGNORECASE))


def find_relative_dates(text: str, tense: str, anchor: dt.date | None) -> list[RelativeDate]:
    """Every relative date in `text`, resolved in one tense against `anchor` when there is one."""
    return _relative_dates(text, lambda start, end: tense, anchor)


def relative_dates_of(span, anchor: dt.date | None) -> list[RelativeDate]:
    """Every relative date in a claim, each resolved in the tense of the verb it hangs on: in "said on Tuesday
    it would hire staff next year" Tuesday is past and next year to come."""
    return _relative_dates(span_text(span), lambda start, end: tense_at(span, start, end), anchor)


def _relative_dates(text: str, tense_for, anchor: dt.date | None) -> list[RelativeDate]:
    if not _may_hold(text, RELATIVE_KEYS):
        return []
    found = []
    for match in RELATIVE.finditer(text):
        tense = tense_for(match.start(), match.end())
        first, last = _resolve(match, tense, anchor) if anchor else (None, None)
        found.append(RelativeDate(match.group(0), match.start(), match.end(), tense, first, last))
    return found


def _dated_verb(anchor):
    """The verb a date hangs on ("announced" of "announced on Monday"), or the date's root if none is near."""
    token = anchor.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def tense_at(span, start: int, end: int) -> str:
    """The tense of the verb the words at `start:end` of a span's text hang on, with its auxiliaries and what
    it completes ("is due to open"); the span's tense when they hang on no verb."""
    anchor = span.doc.char_span(span.start_char + start, span.start_char + end, alignment_mode="expand")
    verb = _dated_verb(anchor) if anchor is not None else None
    if anchor is not None and anchor.text.lower().startswith("from"):
        # what was decided, from when: "voted on Wednesday to make buses free from July"
        decided = next((t for t in anchor.root.ancestors if t.pos_ == "VERB"), None)
        if decided is not None and decided.tag_ == "VB" and any(c.lower_ == "to" for c in decided.children):
            return "future"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return tense_of(span)
    if verb.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= anchor.end for c in verb.children):
        verb = verb.head  # before the reported clause's subject, the date is the saying's: "said on Monday it would"
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "open" of "is due to open", "build" of "plans to build"
    words = sorted({w for t in chain for w in (t, *t.children) if w is t or w.dep_ in ("aux", "auxpass")},
                   key=lambda w: w.i)
    text = " ".join(w.text for w in words)
    if re.search(r"\bwould\b(?!\s+have)|\bdue\s+to\b", text, re.IGNORECASE):
        # "said it would hire staff next year", "had been due to be demolished next year": to come, from the
        # dateline as from the saying
        return "future"
    # a participle with its own subject and no auxiliary is the tagger's past tense ("A kākāpō chick hatched ...")
    told_past = verb.tag_ == "VBN" and len(words) == 1 and any(c.dep_ in ("nsubj", "expl") for c in verb.children)
    return clause_tense(text, told_past or any(w.tag_ == "VBD" for w in words))


def explicit_weekday_mismatches(text: str, anchor: dt.date | None) -> list[str]:
    """'Thursday, April 12' when April 12 of that year is not a Thursday."""
    if not _may_hold(text, ("day",)):  # every weekday's name ends in "day"
        return []
    problems = []
    for match in EXPLICIT_WEEKDAY_DATE.finditer(text):
        month_name = match.group("month1") or match.group("month2")
        day = int(match.group("day1") or match.group("day2"))
        year = int(match.group("year")) if match.group("year") else (anchor.year if anchor else None)
        if year is None:
            continue
        try:
            date = dt.date(year, _index_of(MONTHS, month_name) + 1, day)
        except ValueError:
            problems.append(f"'{match.group(0)}' is not a real date")
            continue
        if _index_of(WEEKDAYS, match.group("weekday")) != date.weekday():
            problems.append(f"'{match.group(0).strip()}': {date.strftime('%d %B %Y').lstrip('0')} was a "
                            f"{calendar.day_name[date.weekday()]}")
    return problems


def _resolve(match: re.Match, tense: str, anchor: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if match.group("weekday"):
        wanted = _index_of(WEEKDAYS, match.group("weekday"))
        modifier = (match.group("wmod") or "").lower()
        back = (anchor.weekday() - wanted) % 7
        ahead = (wanted - anchor.weekday()) % 7
        if modifier == "last" or (modifier != "next" and tense == "past"):
            days = -(back or (7 if modifier == "last" else 0))
        elif modifier == "next" or tense == "future":
            days = ahead or (7 if modifier == "next" else 0)
        else:
            days = -back if back <= ahead else ahead
        day = anchor + dt.timedelta(days=days)
        return day, day
    if match.group("day"):
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[match.group("day").lower()]
        day = anchor + dt.timedelta(days=offset)
        return day, day
    if match.group("period"):
        step = {"last": -1, "past": -1, "next": 1}.get(match.group("pmod").lower(), 0)
        period = match.group("period").lower()
        if period in ("week", "weekend"):
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
            if period == "weekend":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if period == "month":
            year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            return _month_range(year, month + 1)
        return dt.date(anchor.year + step, 1, 1), dt.date(anchor.year + step, 12, 31)
    if match.group("month"):
        month = _index_of(MONTHS, match.group("month")) + 1
        modifier = (match.group("mmod") or "").lower()
        year = anchor.year
        if modifier == "last" or (not modifier and tense == "past"):
            year -= month > anchor.month or (modifier == "last" and month == anchor.month)
        elif modifier == "next" or (not modifier and tense == "future"):
            year += month < anchor.month or (modifier == "next" and month == anchor.month)
        return _month_range(year, month)
    if match.group("season"):
        return _season(match.group("season").lower(), match.group("smod").lower(), tense, anchor)
    if match.group("cunit"):
        span = _length(match.group("ccount"), match.group("cunit"))
        if match.group("cmod").lower() in ("past", "last"):
            return anchor - span, anchor
        return anchor, anchor + span
    if match.group("unit"):
        day = anchor - _length(match.group("count"), match.group("unit"))
        return day, day
    return None, None


# A length of time in days, as dates count one ("two months ago", "a six-month ban")
DAYS_IN = {"day": 1, "week": 7, "month": 30, "year": 365}


def _length(count: str, unit: str) -> dt.timedelta:
    """ "three" "weeks" (or "3") as a length of time."""
    count = count.lower()
    return dt.timedelta(days=DAYS_IN[unit.lower()] * (AGO_COUNTS.get(count) or int(count)))


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # the northern seasons, by whole months


def _season(name: str, modifier: str, tense: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The season a relative season means: the last one over, the next to begin, or this year's."""
    def season_of(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, SEASON_START[name], 1)
        end_year, end_month = divmod(year * 12 + SEASON_START[name] + 1, 12)  # two months after the first
        return first, _month_range(end_year, end_month + 1)[1]

    # this year's, and the years either side ("this winter" in January began the December before)
    seasons = [season_of(anchor.year + step) for step in (-2, -1, 0, 1)]
    if modifier == "last" or (modifier != "next" and tense == "past"):  # "this winter", said in April: the last
        over = [s for s in seasons if (s[1] < anchor if modifier == "last" else s[0] <= anchor)]
        return over[-1]
    if modifier == "next" or tense == "future":
        return next(s for s in seasons if (s[0] > anchor if modifier == "next" else s[1] >= anchor))
    return next((s for s in seasons if s[0] <= anchor <= s[1]), season_of(anchor.year))


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def contradicts_tense(rel: RelativeDate, anchor: dt.date) -> bool:
    """A past-tense claim dated after the dateline, or a future one dated before it."""
    if rel.first is None:
        return False
    if rel.tense == "future" and rel.last < anchor:
        return True
    if rel.tense == "past" and rel.first > anchor:
        return True
    return False
