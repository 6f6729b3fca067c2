"""Stage 2: sentences from the parse, and clause-level claims from sentences."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import CUE_CLASS, EVALUATIVE
from .nlp import has_verb, token_table

FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
LEADING_CONJUNCTIONS = frozenset("and but yet or so".split())
SEPARATORS = frozenset([",", ";", "—", "–", "-"])


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a parsed article, without the blank lines between paragraphs."""
    found = []
    for sent in doc.sents:
        span = _trim(sent, left=("SPACE",), right=("SPACE",))
        if span is not None:
            found.append(span)
    return found


def split_claims(sentence: Span) -> list[Span]:
    """The sentence as one claim, or its clauses where they can differ in type or source."""
    cuts = sorted(set(_coordination_cuts(sentence) + _participle_cuts(sentence) + _apposition_cuts(sentence)))
    bounds = [sentence.start, *cuts, sentence.end]
    parts = []
    for start, end in zip(bounds, bounds[1:]):
        left_text = LEADING_CONJUNCTIONS | SEPARATORS if start > sentence.start else ()
        part = _trim(sentence.doc[start:end], right=("SPACE",), right_text=SEPARATORS, left_text=left_text)
        if part is not None:
            parts.append(part)
    # A clause too short to stand alone stays with its neighbour.
    if len(parts) > 1 and any(sum(1 for t in p if t.is_alpha) < 3 for p in parts):
        whole = _trim(sentence, left=("SPACE",), right=("SPACE",))
        return [whole] if whole is not None else []
    return parts


def _coordination_cuts(sentence: Span) -> list[int]:
    """Before ', and ...' or '; ...' that opens a clause with its own verb."""
    cuts = []
    doc, tokens = sentence.doc, token_table(sentence.doc)
    for i in range(sentence.start + 3, sentence.end - 3):
        if tokens.text[i] == ";":
            if has_verb(doc, sentence.start, i) and has_verb(doc, i + 1, sentence.end):
                cuts.append(i)
            continue
        if tokens.pos[i] != "CCONJ" or tokens.lower[i] not in ("and", "but", "yet") or tokens.text[i - 1] != ",":
            continue
        rest = range(i + 1, sentence.end)
        verb = next((t for t in rest if tokens.dep[t] == "conj" and tokens.pos[t] in ("VERB", "AUX")
                     and tokens.head[t] < i), None)
        if verb is None:
            clause = []
            for t in rest:
                if tokens.text[t] == ",":
                    break
                clause.append(t)
            verb = next((t for t in clause if tokens.tag[t] in FINITE_TAGS), None)
        if verb is not None and has_verb(doc, sentence.start, i):
            cuts.append(i - 1)
    return cuts


def _participle_cuts(sentence: Span) -> list[int]:
    """Before ', accusing him of ...' and other participles that carry an attribution."""
    doc, tokens = sentence.doc, token_table(sentence.doc)
    return [
        i for i in range(sentence.start, sentence.end)
        if tokens.tag[i] == "VBG" and tokens.lemma[i] in CUE_CLASS and i > sentence.start + 3
        and tokens.text[i - 1] == "," and has_verb(doc, sentence.start, i - 1)
    ]


def _apposition_cuts(sentence: Span) -> list[int]:
    """Before ', a strategically important outpost ...': evaluation in the outlet's voice."""
    cuts = []
    doc, tokens = sentence.doc, token_table(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if tokens.dep[i] != "appos" or tokens.pos[i] != "NOUN":
            continue
        t = doc[i]
        first = t.left_edge.i
        if first <= sentence.start + 3 or tokens.text[first - 1] != ",":
            continue
        if tokens.lower[first] not in ("a", "an") or t.right_edge.i < sentence.end - 2:
            continue
        if any(w in EVALUATIVE for w in tokens.lower[first:i + 1]):
            cuts.append(first)
    return cuts


def _trim(span: Span, *, left=(), right=(), right_text=(), left_text=()) -> Span | None:
    start, end = span.start, span.end
    tokens = token_table(span.doc)
    pos, is_space = tokens.pos, tokens.is_space
    while start < end and (pos[start] in left or is_space[start] or tokens.lower[start] in left_text):
        start += 1
    while end > start and (pos[end - 1] in right or is_space[end - 1] or tokens.text[end - 1] in right_text):
        end -= 1
    if start >= end:
        return None
    return span.doc[start:end]


def token_in(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end
