"""Stage 5: attribution gaps an editor must fix, each with a one-line reason.

Every function takes the article's claims as `Draft`s (claim span, type, attribution) and
returns flags by claim index, so the stage reads as a list of independent rules.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from . import dates
from .attribute import Attribution
from .schema import Flag

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
TITLES = frozenset("president prime minister chancellor king queen ceo chairman chairwoman chair director "
                   "governor mayor secretary spokesman spokeswoman spokesperson coach manager captain judge "
                   "general commander leader chief head ambassador senator minister".split())
GENERIC_HEADS = frozenset("year day time week month people thing way part number percent cent".split())


@dataclass(frozen=True)
class Draft:
    """A claim before it is frozen into the report: span, type and attribution."""

    span: Span
    type: str
    attribution: Attribution


def attribution_flags(drafts: list[Draft], published: dt.date | None) -> list[list[Flag]]:
    """Every attribution-gap flag of every claim, in claim order."""
    flags: list[list[Flag]] = [[] for _ in drafts]
    for i, draft in enumerate(drafts):
        flags[i].extend(source_flags(draft))
    for rule in (no_right_of_reply, internal_conflicts):
        for i, flag in rule(drafts):
            if flag.name not in {f.name for f in flags[i]}:
                flags[i].append(flag)
    for i, draft in enumerate(drafts):
        flags[i].extend(stale_dates(draft, published))
    return flags


def source_flags(draft: Draft) -> list[Flag]:
    """vague_source, anonymous_source, unattributed_allegation and unattributed_opinion."""
    att, kind = draft.attribution, draft.type
    if kind == "none":
        return []
    found = []
    if att.kind == "vague" and kind != "fact":
        found.append(Flag("vague_source", f"'{att.source}' is a group nobody can be held to; name who says this."))
    if att.kind == "anonymous" and kind != "fact":
        found.append(Flag("anonymous_source", f"'{att.source}' is not named; say why the source is anonymous "
                                              "and how the outlet knows they are in a position to know."))
    if kind == "allegation" and att.kind == "none":
        found.append(Flag("unattributed_allegation", "An accusation in the outlet's own voice; say who makes it."))
    if kind == "opinion" and att.kind == "none":
        found.append(Flag("unattributed_opinion", "An evaluation or speculation in the outlet's own voice; "
                                                  "attribute it or make it a checkable statement."))
    return found


def no_right_of_reply(drafts: list[Draft]) -> list[tuple[int, Flag]]:
    """An allegation against a named target with no denial or response from that target."""
    found = []
    responses = [d for d in drafts if d.type in ("denial", "statement", "opinion", "fact")]
    for i, draft in enumerate(drafts):
        target = draft.attribution.target
        if draft.type != "allegation" or not target or not _is_named(target):
            continue
        if not any(_responds(response, target) for response in responses if response is not draft):
            found.append((i, Flag("no_right_of_reply",
                                  f"No denial or response from {target} to this accusation; ask for comment.")))
    return found


def _is_named(target: str) -> bool:
    words = target.split()
    return any(w[:1].isupper() for w in words) or target.lower().startswith("the ")


def _responds(draft: Draft, target: str) -> bool:
    """A denial mentioning or by the target, or any comment/response the target gave."""
    text = draft.span.text.lower()
    source = (draft.attribution.resolved or draft.attribution.source or "").lower()
    target_lower = target.lower()
    about_target = _same_party(source, target_lower) or _mentions(text, target_lower)
    if draft.type == "denial":
        return about_target
    responded = re.search(r"\b(declin\w+ to comment|did not (immediately )?respond|not respond|"
                          r"no immediate response|could not be reached|has not commented|refused to comment|"
                          r"responded|in response|said (it|he|she|they) had done nothing wrong|innocen\w+)\b", text)
    return bool(responded) and about_target


def _same_party(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a, b) >= 90 or a.split()[-1] == b.split()[-1]


def _mentions(text: str, target: str) -> bool:
    surname = re.sub(r"^the\s+", "", target).split()[-1]
    return len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", text) is not None


def internal_conflicts(drafts: list[Draft]) -> list[tuple[int, Flag]]:
    """Two claims that disagree on a key term, a number or a title-holder's name for the same thing."""
    checkable = [(i, d) for i, d in enumerate(drafts) if d.type != "none"]
    mentions: dict[str, list[tuple[int, str, Span, str]]] = defaultdict(list)
    for i, draft in checkable:
        for head, value, what in _mentions_of(draft.span):
            mentions[head].append((i, value, draft.span, what))
    found = []
    for head, items in mentions.items():
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                i, value_i, span_i, what = items[a]
                j, value_j, span_j, _ = items[b]
                if i == j or value_i == value_j or not _same_matter(span_i, span_j, head):
                    continue
                pair = f"'{value_i} {head}' vs '{value_j} {head}'" if what != "name" else f"'{value_i}' vs '{value_j}'"
                found.append((i, Flag("internal_conflict",
                                      f"Says {_phrase(value_i, head, what)} here but {_phrase(value_j, head, what)} "
                                      f"in c{j + 1}: {pair}; which is right?")))
                found.append((j, Flag("internal_conflict",
                                      f"Says {_phrase(value_j, head, what)} here but {_phrase(value_i, head, what)} "
                                      f"in c{i + 1}: {pair}; which is right?")))
    return found


def _phrase(value: str, head: str, what: str) -> str:
    return f"'{value}' for the {head}" if what == "name" else f"'{value} {head}'"


def _mentions_of(span: Span):
    """(head lemma, value, kind) for key terms ('arrest' warrant), counts (four companies) and names."""
    for token in span:
        if token.pos_ != "NOUN" or token.lemma_.lower() in GENERIC_HEADS:
            continue
        head = token.lemma_.lower()
        compounds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i]
        if compounds:
            yield head, " ".join(c.lower_ for c in compounds), "term"
        for child in token.children:
            if child.dep_ == "nummod":
                value = _number(child)
                if value is not None:
                    yield head, value, "number"
    for ent in span.ents:
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        before = span.doc[max(span.start, ent.start - 3):ent.start]
        title = [t for t in before if t.lower_ in TITLES]
        if title and len(ent) >= 2:
            # "Kyrgyz President": the office with whose it is, so two countries' presidents never clash.
            office = [t for t in before if t.i >= title[0].i - 1 and (t.lower_ in TITLES or t.pos_ in ("PROPN", "ADJ"))]
            if len(office) >= 2:
                yield " ".join(t.lower_ for t in office), ent.text, "name"


def _number(token: Token) -> str | None:
    text = token.lower_.replace(",", "")
    if text in NUMBER_WORDS:
        return str(NUMBER_WORDS[text])
    try:
        return str(float(text)).removesuffix(".0")
    except ValueError:
        return None


def _same_matter(a: Span, b: Span, head: str) -> bool:
    """Both claims speak of the same thing: they share a name, or two content words besides the head."""
    names_a = {e.text.lower() for e in a.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT")}
    names_b = {e.text.lower() for e in b.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT")}
    if names_a & names_b:
        return True
    words_a = {t.lemma_.lower() for t in a if t.pos_ in ("NOUN", "VERB", "PROPN") and not t.is_stop}
    words_b = {t.lemma_.lower() for t in b if t.pos_ in ("NOUN", "VERB", "PROPN") and not t.is_stop}
    return len((words_a & words_b) - {head}) >= 2


def stale_dates(draft: Draft, published: dt.date | None) -> list[Flag]:
    """Relative dates that cannot be anchored or that disagree with the dateline."""
    if draft.type == "none":
        return []
    text = draft.span.text
    tense = dates.clause_tense(text, any(t.tag_ == "VBD" for t in draft.span))
    relative = dates.find_relative_dates(text, tense, published)
    problems = dates.explicit_weekday_mismatches(text, published)
    if relative and published is None:
        words = ", ".join(f"'{r.text}'" for r in relative)
        return [Flag("stale_date", f"{words} cannot be anchored: the article has no dateline; give the date.")]
    for rel in relative:
        if dates.contradicts_tense(rel, published):
            problems.append(f"'{rel.text}' under the {published.isoformat()} dateline is {rel.describe()}, "
                            f"which the {rel.tense} tense contradicts")
    if problems:
        return [Flag("stale_date", "; ".join(problems) + ".")]
    return []
