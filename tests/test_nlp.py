"""The shared spaCy helpers: per-doc indexes must answer exactly as the slow walks they replace."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from checker.nlp import (
    doc_text,
    entities,
    entities_before,
    remembered,
    sentence_bounds,
    sentence_starts_between,
    span_text,
    token_table,
)


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_document):
    return nlp(seed_document.text)


def _spans(doc):
    """Spans of several shapes: whole sentences, clause-sized windows, single tokens, the whole doc."""
    spans = [doc[:]] + list(doc.sents)
    spans += [doc[i:i + 7] for i in range(0, len(doc) - 7, 5)]
    spans += [doc[i:i + 1] for i in range(0, len(doc), 11)]
    return spans


def test_entities_inside_a_span_match_a_full_scan(seed_doc):
    for span in _spans(seed_doc):
        expected = [e for e in seed_doc.ents if e.start >= span.start and e.end <= span.end]
        assert [(e.start, e.end, e.label_) for e in entities(span)] == \
            [(e.start, e.end, e.label_) for e in expected], span.text


@pytest.mark.parametrize("at", [0, 1, 30, 100, 250, 10_000])
def test_entities_before_a_token_are_those_starting_before_it(seed_doc, at):
    assert [(e.start, e.end) for e in entities_before(seed_doc, at)] == \
        [(e.start, e.end) for e in seed_doc.ents if e.start < at]


def test_sentence_bounds_match_a_token_walk(seed_doc):
    for span in _spans(seed_doc):
        start = span.start
        while start > 0 and not seed_doc[start].is_sent_start:
            start -= 1
        end = span.end
        while end < len(seed_doc) and not seed_doc[end].is_sent_start:
            end += 1
        assert sentence_bounds(span) == (start, end), span.text


@pytest.mark.parametrize("start, end", [(0, 0), (0, 1), (0, 50), (10, 200), (40, 30), (0, 10_000)])
def test_sentence_starts_between_counts_like_a_scan(seed_doc, start, end):
    end = min(end, len(seed_doc))
    expected = sum(1 for t in seed_doc[start:end] if t.is_sent_start) if end > start else 0
    assert sentence_starts_between(seed_doc, start, end) == expected


def test_remembered_works_a_span_out_once_per_name_and_extra_key(nlp):
    doc = nlp("The council met on Tuesday. It approved the plan.")
    first, second = doc[0:6], doc[6:]
    calls = []

    def compute(span, *extra):
        calls.append((span.start, extra))
        return (span.text, extra)

    assert remembered(first, "probe", compute) == ("The council met on Tuesday.", ())
    assert remembered(first, "probe", compute) == ("The council met on Tuesday.", ())
    assert remembered(first, "probe", compute, "title") == ("The council met on Tuesday.", ("title",))
    assert remembered(second, "probe", compute) == ("It approved the plan.", ())
    assert calls == [(0, ()), (0, ("title",)), (6, ())]


TABLE_COLUMNS = [
    ("text", lambda t: t.text), ("lower", lambda t: t.lower_), ("lemma", lambda t: t.lemma_),
    ("pos", lambda t: t.pos_), ("tag", lambda t: t.tag_), ("dep", lambda t: t.dep_),
    ("ent_type", lambda t: t.ent_type_), ("head", lambda t: t.head.i), ("is_space", lambda t: t.is_space),
    ("is_alpha", lambda t: t.is_alpha), ("is_punct", lambda t: t.is_punct), ("is_stop", lambda t: t.is_stop),
    ("like_num", lambda t: t.like_num), ("whitespace", lambda t: t.whitespace_),
]


@pytest.mark.parametrize("column, attribute", TABLE_COLUMNS, ids=[c for c, _ in TABLE_COLUMNS])
def test_token_table_agrees_with_token_attributes(seed_doc, column, attribute):
    assert getattr(token_table(seed_doc), column) == [attribute(t) for t in seed_doc]


def test_token_table_children_agree_with_the_parse(seed_doc):
    table = token_table(seed_doc)
    assert [table.children(t.i) for t in seed_doc] == [[c.i for c in t.children] for t in seed_doc]


@pytest.mark.parametrize("text", ["", "Hello.", "  \n\nThe council met.\n\nIt said 4,000 people came, didn't it?"])
def test_token_table_of_short_and_empty_docs(nlp, text):
    doc = nlp(text)
    table = token_table(doc)
    assert table.text == [t.text for t in doc] and table.head == [t.head.i for t in doc]
    assert doc_text(doc) == doc.text == text
    assert [table.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    assert token_table(doc) is table  # read once per doc


class _ClearedAfterFilling(dict):
    """A string cache that another thread empties just after this one has filled it."""

    def update(self, *args, **kwargs):
        super().update(*args, **kwargs)
        self.clear()


@pytest.mark.parametrize("cache, limit", [(_ClearedAfterFilling(), 1_000_000), ({}, 0)],
                         ids=["cleared-by-another-thread", "over-its-size-limit"])
def test_token_table_reads_its_strings_when_the_shared_cache_is_emptied(nlp, monkeypatch, cache, limit):
    import checker.nlp

    monkeypatch.setattr(checker.nlp, "_STRINGS", cache)
    monkeypatch.setattr(checker.nlp, "MAX_STRINGS", limit)
    doc = nlp("The mayor said the bridge would reopen on Monday.")
    table = token_table(doc)
    assert table.text == [t.text for t in doc] and table.lemma == [t.lemma_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]


def test_span_text_is_span_text(seed_doc):
    spans = _spans(seed_doc) + [seed_doc[5:5], seed_doc[len(seed_doc):]]
    assert [span_text(span) for span in spans] == [span.text for span in spans]
    assert doc_text(seed_doc) == seed_doc.text


def test_token_table_subtrees_agree_with_the_parse(seed_doc):
    table = token_table(seed_doc)
    assert [table.subtree(t.i) for t in seed_doc] == [[w.i for w in t.subtree] for t in seed_doc]


def test_token_table_subtree_of_a_very_deep_parse(nlp):
    # Each word hangs on the next: a chain deeper than Python's recursion limit.
    n = 3000
    doc = Doc(nlp.vocab, words=["word"] * n, heads=list(range(1, n)) + [n - 1], deps=["dep"] * (n - 1) + ["ROOT"])
    assert token_table(doc).subtree(n - 1) == [t.i for t in doc[n - 1].subtree] == list(range(n))
