"""Stage 4: the type of each claim, behind one function, `type_claims`.

The features are shared by the transparent cue-based typer below and by the trained model
(`checker.model`), so both see the claim the same way.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol, Sequence

from spacy.tokens import Span

from .attribute import Attribution
from .ingest import DATELINE, FURNITURE_LINE
from .lexicon import (
    CALL_TO_ACTION,
    CUE_CLASS,
    DENIAL_PHRASES,
    EVALUATIVE,
    HEDGES,
    INTENSIFIERS,
    MISCONDUCT_VERBS,
    NEGATIONS,
    WRONGDOING,
    WRONGDOING_NOUNS,
)
from .nlp import has_verb, remembered, span_text, token_table

BYLINE = re.compile(r"^(?:by|words by|reporting by|written by|edited by)\s+[A-Z]", re.IGNORECASE)
CREDIT = re.compile(r"^(?:photo|photograph|image|picture|pictured|video|graphic|illustration|source)s?(?: credit)?"
                    r"\s*[:|/]", re.IGNORECASE)
TIMESTAMP = re.compile(r"^(?:(?:updated|posted|published|last updated)\b.*|\d{1,2}[:.]\d{2}\s*(?:am|pm)?"
                       r"(?:\s*[A-Z]{2,4})?|\d+\s+(?:minutes?|hours?|days?)\s+ago)$", re.IGNORECASE)
CONTACT = re.compile(r"(?:\b\d{3,5}[ -]?\d{3}[ -]?\d{3,4}\b|[\w.+-]+@[\w-]+\.[\w.]+|\bcontact (?:us|the)\b)",
                     re.IGNORECASE)
MODALS = frozenset("may might could would should must can will shall".split())
QUOTES = frozenset('"“”‘')
QUOTATION = re.compile(r"[\"“”]|(?<!\w)[‘'](?=\w)")  # double quotes, or a single quote opening a word


@dataclass(frozen=True)
class ClaimContext:
    """What the typer sees of a claim: its words, its sentence, its attribution and its place."""

    span: Span
    sentence: Span
    attribution: Attribution
    position: float = 0.0  # sentence index / sentences in the article
    role: str = "body"  # "dateline", "title" or "body"


@dataclass(frozen=True)
class TypeDecision:
    """A claim type, how sure the typer is, and the features that decided it."""

    type: str
    confidence: float
    why: tuple[str, ...] = ()


class Typer(Protocol):
    def predict(self, contexts: Sequence[ClaimContext]) -> list[TypeDecision]: ...


def type_claims(contexts: Sequence[ClaimContext], typer: Typer | None = None) -> list[TypeDecision]:
    """Type every claim of an article, with the shipped model unless `typer` is given."""
    if typer is None:
        typer = default_typer()
    return typer.predict(contexts)


def default_typer() -> Typer:
    """The shipped trained model when it is installed, else the cue-based typer."""
    try:
        from .model import shipped_model
    except ImportError:
        return RuleTyper()
    return shipped_model() or RuleTyper()


def furniture_reason(span: Span, role: str = "body") -> str | None:
    """Why a claim is page furniture or has nothing to check, or None (remembered per span)."""
    return remembered(span, "furniture", _furniture_reason, role)


def _furniture_reason(span: Span, role: str) -> str | None:
    text = span_text(span).strip()
    if role == "dateline" or DATELINE.match(text):
        return "dateline"
    if role == "title":
        return "headline"
    if FURNITURE_LINE.match(text):
        return "page furniture"
    if BYLINE.match(text):
        return "byline"
    if CREDIT.match(text):
        return "picture or source credit"
    if TIMESTAMP.match(text):
        return "timestamp"
    if CONTACT.search(text) and len(text) < 120:
        return "contact details"
    lower = text.lower()
    if lower.startswith(CALL_TO_ACTION):
        return "call to action"
    if text.endswith("?") and not any(ch in QUOTES for ch in text[:2]):
        return "question"
    words = sum(token_table(span.doc).is_alpha[span.start:span.end])
    if words < 8 and not has_verb(span.doc, span.start, span.end):
        return "no verb: a label or heading"
    return None


LEGAL_ACCUSATION = re.compile(r"\b(?:on suspicion of|charged with|accused of|suspected of|arrested|faces? "
                              r"(?:charges|allegations)|under investigation|found guilty|convicted of|pleaded guilty)\b",
                              re.IGNORECASE)
DENIAL_PHRASE = re.compile("|".join(map(re.escape, DENIAL_PHRASES)))  # any of them, anywhere in the text
FIRST_PERSON = frozenset(("I", "we", "We", "our", "Our", "my", "My", "us"))  # not "US"


def symbolic_features(ctx: ClaimContext) -> dict[str, float]:
    """Named features of a claim, generalising beyond its wording (used by both typers).

    One pass over the tokens: reading spaCy attributes is what costs, so each is read once.
    """
    span, att = ctx.span, ctx.attribution
    features: dict[str, float] = {}

    def on(name: str, value: float = 1.0) -> None:
        features[name] = value

    furniture = furniture_reason(span, ctx.role)
    if furniture:
        on(f"furniture={furniture}")
    if att.cue_lemma:
        on(f"cue_lemma={att.cue_lemma.lower()}")
    on(f"cue_class={att.cue_class or 'none'}")
    on(f"source_kind={att.kind}")
    if att.passive:
        on("cue_passive")
    if att.target:
        on("has_target")
    if att.source:
        root = span.doc.char_span(att.source_start, att.source_end, alignment_mode="expand")
        if root is not None:
            ent = next((t.ent_type_ for t in root if t.ent_type_), "")
            on(f"source_ent={ent or root.root.pos_}")

    lowers: list[str] = []
    counts = {"negation": 0, "hedge": 0, "evaluative": 0}
    tokens = token_table(span.doc)
    window = slice(span.start, span.end)
    for text, lower, lemma, pos, tag, dep, ent_type, is_space, like_num in zip(
            tokens.text[window], tokens.lower[window], tokens.lemma[window], tokens.pos[window], tokens.tag[window],
            tokens.dep[window], tokens.ent_type[window], tokens.is_space[window], tokens.like_num[window]):
        if is_space:
            continue
        lowers.append(lower)
        if lower in NEGATIONS:
            counts["negation"] += 1
        if lower in HEDGES:
            counts["hedge"] += 1
        if lower in EVALUATIVE:
            counts["evaluative"] += 1
            if dep == "acomp":
                on("evaluative_predicate")
        if lower in MODALS:
            on(f"modal={lower}")
        if lower in INTENSIFIERS:
            on("intensifier")
        if lower in ("you", "your"):
            on("second_person")
        if text in FIRST_PERSON:
            on("first_person")
        if tag in ("JJS", "RBS"):
            on("superlative")
        if tag == "VBD":
            on("past")
        if pos in ("VERB", "AUX"):
            on("has_verb")
            if lemma in CUE_CLASS:
                if pos == "VERB":
                    on("has_cue_verb")
                if text != att.cue:
                    on(f"content_cue={CUE_CLASS[lemma]}")
            if pos == "VERB" and lemma in WRONGDOING:
                on("wrongdoing_verb")
            if pos == "VERB" and lemma.lower() in MISCONDUCT_VERBS:
                on("misconduct_verb")
        if lemma.lower() in WRONGDOING_NOUNS:
            on("wrongdoing_noun")
        if like_num:
            on("number")
        if ent_type == "DATE":
            on("date")
    for name, count in counts.items():
        if count:
            on(name, min(count, 3) / 3)
    if "has_verb" in features:
        del features["has_verb"]
    else:
        on("no_verb")
    text = span_text(span)
    if LEGAL_ACCUSATION.search(text):
        on("legal_accusation")
    text_lower = text.lower()
    if DENIAL_PHRASE.search(text_lower):
        on("denial_phrase")
    polarity, subjectivity = _sentiment(lowers)
    if subjectivity:
        on("subjectivity_lexicon", subjectivity)
    if polarity:
        on("polarity_strength", polarity)
    on(f"root_tag={span.root.tag_}")
    if "will" in lowers or "shall" in lowers or "scheduled" in lowers:
        on("future")
    if QUOTATION.search(text):
        on("quoted")
    stripped = text.rstrip()
    if stripped.endswith("?"):
        on("question")
    if stripped.endswith("!"):
        on("exclamation")
    if span.start != ctx.sentence.start or span.end != ctx.sentence.end:
        on("clause")
    on(f"role={ctx.role}")
    on("position", ctx.position)
    on("length", min(len(lowers), 60) / 60)
    return features


# How a fact-checker reads each named feature in a type's explanation (`why_type`).
FEATURE_WORDS = {
    "cue_passive": "passive reporting verb", "has_target": "the cue names a target", "negation": "negation",
    "hedge": "hedging words", "evaluative": "evaluative words", "evaluative_predicate": "evaluation as predicate",
    "intensifier": "intensifier", "second_person": "addresses the reader", "first_person": "first person",
    "superlative": "superlative", "past": "past tense", "has_cue_verb": "a reporting verb",
    "wrongdoing_verb": "wrongdoing verb", "misconduct_verb": "misconduct verb", "wrongdoing_noun": "wrongdoing noun",
    "number": "a number", "date": "a date", "no_verb": "no verb", "legal_accusation": "charge or arrest wording",
    "denial_phrase": "denial wording", "subjectivity_lexicon": "subjective words",
    "polarity_strength": "strongly positive or negative words", "future": "future tense", "quoted": "quotation",
    "question": "question", "exclamation": "exclamation", "clause": "part of a longer sentence",
    "position": "place in the article", "length": "length of the claim",
    "subjectivity": "subjectivity score (own-voice opinion)",
}
VALUED_FEATURE_WORDS = {
    "cue_lemma": "reporting cue '{}'", "cue_class": "{} cue", "content_cue": "{} verb inside the claim",
    "source_kind": "{} source", "source_ent": "source is {}", "furniture": "page furniture ({})",
    "modal": "modal '{}'", "root_tag": "main word tagged {}", "role": "{} of the article",
}
VALUE_WORDS = {
    ("cue_class", "none"): "no reporting cue", ("source_kind", "none"): "no source: the outlet's voice",
    ("furniture", "page furniture"): "page furniture",
    ("root_tag", "VBD"): "main verb in the past tense", ("root_tag", "VBZ"): "main verb in the present tense",
    ("root_tag", "VBP"): "main verb in the present tense", ("root_tag", "VBN"): "main verb a past participle",
    ("root_tag", "VBG"): "main verb an -ing form", ("root_tag", "VB"): "main verb in its base form",
    ("root_tag", "MD"): "main verb a modal",
    ("source_ent", "PERSON"): "source is a person", ("source_ent", "ORG"): "source is an organisation",
    ("source_ent", "GPE"): "source is a country or place", ("source_ent", "NORP"): "source is a nationality or group",
    ("source_ent", "PRON"): "source is a pronoun", ("source_ent", "NOUN"): "source is a common noun",
    ("source_ent", "PROPN"): "source is a proper name",
}


def describe_feature(name: str) -> str:
    """A named feature as a fact-checker reads it: 'cue_lemma=deny' is "reporting cue 'deny'"."""
    key, _, value = name.partition("=")
    if not value:
        return FEATURE_WORDS.get(name, name)
    if (key, value) in VALUE_WORDS:
        return VALUE_WORDS[(key, value)]
    template = VALUED_FEATURE_WORDS.get(key)
    if key == "source_ent":  # spaCy's other labels, as words ("WORK_OF_ART")
        value = value.lower().replace("_", " ")
    return template.format(value) if template else name


def _sentiment(words: list[str]) -> tuple[float, float]:
    """Mean strength of polarity and mean subjectivity of the words found in TextBlob's evaluative lexicon."""
    lexicon = _sentiment_lexicon()
    scores = [lexicon[w] for w in words if w in lexicon]
    if not scores:
        return 0.0, 0.0
    return (sum(abs(p) for p, _ in scores) / len(scores), sum(s for _, s in scores) / len(scores))


@functools.lru_cache(maxsize=1)
def _sentiment_lexicon() -> dict[str, tuple[float, float]]:
    """TextBlob's lexicon (about 2,900 adjectives and adverbs), flattened to word -> (polarity, subjectivity)."""
    from textblob.en import sentiment

    lexicon = {}
    for word in sentiment.keys():
        senses = sentiment[word]
        polarity, subjectivity, _ = senses.get(None) or next(iter(senses.values()))
        if polarity or subjectivity:
            lexicon[word] = (polarity, subjectivity)
    return lexicon


class RuleTyper:
    """The first, transparent typer: reporting cue, evaluation and hedging, and the parse."""

    name = "cue-based rules"

    def predict(self, contexts: Sequence[ClaimContext]) -> list[TypeDecision]:
        return [self.decide(ctx) for ctx in contexts]

    def decide(self, ctx: ClaimContext) -> TypeDecision:
        att = ctx.attribution
        furniture = furniture_reason(ctx.span, ctx.role)
        if furniture:
            return TypeDecision("none", 0.9, (f"{furniture}",))
        features = symbolic_features(ctx)
        cue = f"cue '{att.cue}' ({att.cue_lemma} → {att.cue_class})" if att.cue else None
        if att.cue_class == "denial":
            return TypeDecision("denial", 0.85, (cue,))
        if att.cue_class == "allegation":
            return TypeDecision("allegation", 0.8, (cue or "asserts wrongdoing in the outlet's voice",))
        if att.cue_class in ("statement", None) and "wrongdoing_verb" in features:
            return TypeDecision("allegation", 0.6, ("a wrongdoing verb in reported speech",))
        if att.cue_class == "opinion" or att.kind == "vague" and att.cue_class is None:
            return TypeDecision("opinion", 0.8, (cue or f"vague source '{att.source}'",))
        evaluative = features.get("evaluative", 0) * 3
        if att.cue_class == "statement":
            if "evaluative_predicate" in features or evaluative >= 2:
                return TypeDecision("opinion", 0.6, (cue, "evaluative words in the reported content"))
            return TypeDecision("statement", 0.8, (cue,))
        if evaluative >= 1 or "hedge" in features or any(
            f"modal={m}" in features for m in ("may", "might", "could", "should", "must")
        ):
            reasons = []
            if evaluative:
                reasons.append("evaluative words in the outlet's voice")
            if "hedge" in features or any(k.startswith("modal=") for k in features):
                reasons.append("hedged or speculative wording")
            return TypeDecision("opinion", 0.6, tuple(reasons) or ("speculation",))
        return TypeDecision("fact", 0.7, ("no reporting cue: the outlet's own voice",))
