"""The reference corpus: sources in, passages out, an index on disk, search, bad input and the CLI.

Everything here is real: files written to tmp_path, a real SQLite file and bm25s arrays on disk,
the local HTTP server from tests/httpserver.py for URLs, and `checker.cli.main([...])` in-process.
Corpora are a handful of short documents so the whole file stays fast.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import checker
from checker import corpus as corpus_module
from checker.corpus import INDEX_VERSION, PASSAGE_WORDS, CorpusIndex, Passage, SourceDocument, load_corpus, passages_of, read_sources
from checker.errors import CorpusError
from checker.retrieve import Retriever
from checker.schema import Evidence
from tests.httpserver import ARTICLE_SENTENCE, ARTICLE_TITLE

# --- helpers and fixtures ---------------------------------------------------------------------------------------

def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def one_line(message: str) -> str:
    assert "\n" not in message.strip(), f"not one line: {message!r}"
    assert "Traceback" not in message
    return message


def assert_cli_error(err: str, *phrases: str) -> None:
    """stderr is one line 'claimcheck: ...' with no traceback and no internal error, containing `phrases`."""
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    assert lines[0].startswith("claimcheck: ")
    assert "Traceback" not in err
    assert "internal error" not in err
    for phrase in phrases:
        assert phrase in lines[0], f"{phrase!r} not in {lines[0]!r}"


WARRANT_MD = """---
title: ICC issues arrest warrant for Vladimir Putin
url: https://www.icc-cpi.int/news/putin-warrant
publisher: International Criminal Court
published: 2023-03-17
---
# The warrant

On 17 March 2023 the **International Criminal Court** issued an arrest warrant for [Vladimir Putin](https://example.org/putin).

The court said the warrant concerns the unlawful deportation of children from Ukraine.
"""
KANT_TXT = "Kant air base\n\nThe Russian air base at Kant in Kyrgyzstan opened in 2003.\n"
SUMMIT_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CIS leaders meet in Bishkek</title>
<meta property="article:published_time" content="2023-10-13T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>CIS leaders meet in Bishkek</h1>
<p>Leaders of the Commonwealth of Independent States met in Bishkek, the capital of Kyrgyzstan, for their annual summit on 13 October 2023.</p>
<p>The Russian president attended the meeting, which was his first trip abroad since the court in The Hague issued its warrant.</p>
</article></body></html>"""
VISIT_MD = "Putin visited Kyrgyzstan on 12 October 2023, his first trip abroad since the warrant.\n"

DOCS = [
    SourceDocument(id="seawall", title="Harbour council approves sea wall", url="https://example.org/seawall",
                   publisher="Harbour Gazette", published="2024-04-15",
                   text="The Harbour District council voted 7 to 2 to build a new sea wall.\n\n"
                        "The wall will cost an estimated 4.2 million pounds and should be finished by 2026.",
                   metadata={"section": "local"}),
    SourceDocument(id="kant", title="Kant air base", text="The Russian air base at Kant in Kyrgyzstan opened in 2003."),
    SourceDocument(id="library", title="Library reopens",
                   text="The city library reopened in May 2023 after repairs to its leaking roof."),
    SourceDocument(id="election", title="Mayor re-elected",
                   text="The mayor was re-elected with 54 percent of the vote after a campaign about housing."),
    SourceDocument(id="bridge", title="Bridge closed for repairs",
                   text="The old railway bridge over the river was closed for six months of repairs."),
]
NEW_DOC = {"id": "ferry", "title": "Ferry service resumes", "url": "https://example.org/ferry",
           "publisher": "Harbour Gazette", "published": "2024-05-02",
           "text": "The island ferry service resumed on Thursday after the storm damaged the pier."}


@pytest.fixture(scope="module")
def pristine_index(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "news.idx"
    CorpusIndex.build(DOCS, path)
    return path


@pytest.fixture
def saved_index(pristine_index, tmp_path) -> Path:
    """A fresh copy of an index of DOCS, at tmp_path/news.idx, for each test to change as it likes."""
    path = tmp_path / "news.idx"
    shutil.copytree(pristine_index, path)
    return path


def _copy(index: Path, tmp_path: Path, name: str = "copy.idx") -> Path:
    target = tmp_path / name
    shutil.copytree(index, target)
    return target


# --- 1. sources --------------------------------------------------------------------------------------------------

def test_a_folder_of_markdown_text_and_html(tmp_path):
    folder = tmp_path / "notes"
    write(folder / "warrant.md", WARRANT_MD)
    write(folder / "kant.txt", KANT_TXT)
    write(folder / "summit.html", SUMMIT_HTML)
    write(folder / "sub" / "visit.md", VISIT_MD)
    write(folder / "README.md", "# About this corpus\n\nNotes on the Kant air base.\n")
    write(folder / "sub" / "readme.txt", "Kant air base notes.\n")
    write(folder / ".hidden.md", "A hidden note about the Kant air base.\n")
    write(folder / ".drafts" / "draft.md", "A draft about the Kant air base.\n")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)  # not a corpus format: ignored in a folder

    report = read_sources([folder])

    assert report.skipped == []
    by_id = {d.id: d for d in report.documents}
    assert sorted(by_id) == ["kant", "sub/visit", "summit", "warrant"]

    warrant = by_id["warrant"]
    assert warrant.title == "ICC issues arrest warrant for Vladimir Putin"
    assert warrant.url == "https://www.icc-cpi.int/news/putin-warrant"
    assert warrant.publisher == "International Criminal Court"
    assert warrant.published == "2023-03-17"
    assert warrant.metadata == {}
    assert warrant.text == (
        "The warrant\n\n"
        "On 17 March 2023 the International Criminal Court issued an arrest warrant for Vladimir Putin.\n\n"
        "The court said the warrant concerns the unlawful deportation of children from Ukraine.")
    assert warrant.origin == str(folder / "warrant.md")

    kant = by_id["kant"]
    assert kant.text == "Kant air base\n\nThe Russian air base at Kant in Kyrgyzstan opened in 2003."
    assert (kant.title, kant.url, kant.publisher, kant.published) == (None, None, None, None)

    summit = by_id["summit"]
    assert summit.title == "CIS leaders meet in Bishkek"
    assert summit.published == "2023-10-13"
    assert "met in Bishkek, the capital of Kyrgyzstan, for their annual summit on 13 October 2023." in summit.text
    assert "first trip abroad since the court in The Hague issued its warrant." in summit.text
    assert "<p>" not in summit.text and "Home" not in summit.text

    assert by_id["sub/visit"].text == VISIT_MD.strip()


def test_jsonl_records_with_extra_fields_as_metadata(tmp_path):
    path = write(tmp_path / "factchecks.jsonl", jsonl(
        {"id": "j1", "title": "Kant base", "url": "https://example.org/kant", "publisher": "Gazette",
         "published": "2023-10-12T08:00:00Z", "text": "The base at Kant opened in 2003.", "section": "Asia",
         "tags": ["base", "russia"]},
        {"id": 7, "text": "  Bishkek hosted the CIS summit.  ", "title": "", "rating": None},
    ) + "\n   \n")

    report = read_sources([path])

    assert report.skipped == []
    first, second = report.documents
    assert first == SourceDocument(id="j1", text="The base at Kant opened in 2003.", title="Kant base",
                                   url="https://example.org/kant", publisher="Gazette", published="2023-10-12",
                                   metadata={"section": "Asia", "tags": ["base", "russia"]},
                                   origin=f"{path}, line 1")
    assert (second.id, second.text, second.title, second.metadata) == ("7", "Bishkek hosted the CIS summit.", None, {})


def test_csv_rows_with_an_extra_column_as_metadata(tmp_path):
    path = write(tmp_path / "feed.csv",
                 "id,title,url,publisher,published,text,section\n"
                 'k1,Kant base,https://example.org/k,Gazette,2023-10-12,"The base at Kant, near Bishkek,\n'
                 'opened in 2003.",World\n'
                 "k2,,,,,Second row text.,\n")

    report = read_sources([path])

    first, second = report.documents
    assert first == SourceDocument(id="k1", text="The base at Kant, near Bishkek,\nopened in 2003.",
                                   title="Kant base", url="https://example.org/k", publisher="Gazette",
                                   published="2023-10-12", metadata={"section": "World"},
                                   origin=f"{path}, line 3")
    assert (second.id, second.text, second.title, second.url, second.metadata) == (
        "k2", "Second row text.", None, None, {})


CLAIM_REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factcheck.example.org/kant-base",
    "claimReviewed": "Russia opened its air base at Kant in 1993",
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ivan Petrov"},
                     "datePublished": "2023-10-10"},
    "author": {"@type": "Organization", "name": "Example Fact Check"},
    "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
    "datePublished": "2023-10-11",
}
SECOND_REVIEW = {**CLAIM_REVIEW, "url": "https://factcheck.example.org/summit",
                 "claimReviewed": "The CIS summit was held in Bishkek",
                 "reviewRating": {"@type": "Rating", "alternateName": "True"}}


@pytest.mark.parametrize("shape, data, count", [
    ("object", CLAIM_REVIEW, 1),
    ("list", [CLAIM_REVIEW, SECOND_REVIEW], 2),
    ("graph", {"@context": "https://schema.org", "@graph": [CLAIM_REVIEW, SECOND_REVIEW]}, 2),
    ("datafeed-items", {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "dateCreated": "2023-10-11", "item": [CLAIM_REVIEW]},
        {"@type": "DataFeedItem", "item": [SECOND_REVIEW]}]}, 2),
    ("datafeed-direct", {"@type": "DataFeed", "dataFeedElement": [CLAIM_REVIEW, SECOND_REVIEW]}, 2),
])
def test_claim_review_shapes(tmp_path, shape, data, count):
    path = write(tmp_path / f"{shape}.json", json.dumps(data))

    documents = read_sources([path]).documents

    assert len(documents) == count
    review = documents[0]
    assert review.id == "https://factcheck.example.org/kant-base"
    assert review.text == "Russia opened its air base at Kant in 1993. Claimed by Ivan Petrov. Rating: False."
    assert review.title == "Russia opened its air base at Kant in 1993"
    assert review.url == "https://factcheck.example.org/kant-base"
    assert review.publisher == "Example Fact Check"
    assert review.published == "2023-10-11"
    assert review.metadata == {"type": "ClaimReview", "claim_reviewed": "Russia opened its air base at Kant in 1993",
                               "rating": "False", "claimant": "Ivan Petrov", "claim_date": "2023-10-10"}
    if count == 2:
        assert "The CIS summit was held in Bishkek." in documents[1].text
        assert documents[1].metadata["rating"] == "True"


def test_claim_review_in_jsonld_and_jsonl_files(tmp_path):
    jsonld = write(tmp_path / "reviews.jsonld", json.dumps({"@graph": [CLAIM_REVIEW]}))
    lines = write(tmp_path / "reviews.jsonl", jsonl(SECOND_REVIEW))
    documents = read_sources([jsonld, lines]).documents
    assert [d.metadata["rating"] for d in documents] == ["False", "True"]
    assert documents[1].origin == f"{lines}, line 1"


def test_claim_review_with_a_list_of_authors(tmp_path):
    data = {**CLAIM_REVIEW, "author": [{"@type": "Organization", "name": "Example Fact Check"}],
            "itemReviewed": {"@type": "Claim", "author": [{"@type": "Person", "name": "Ivan Petrov"}]}}
    (review,) = read_sources([write(tmp_path / "r.json", json.dumps(data))]).documents
    assert review.publisher == "Example Fact Check"
    assert review.metadata["claimant"] == "Ivan Petrov"


def test_a_url_is_fetched_from_the_local_server_with_the_opt_in(server):
    url = f"{server.base}/article.html"
    report = read_sources([url], allow_private_hosts=True)
    (document,) = report.documents
    assert document.id == url
    assert document.url == url
    assert document.publisher == "127.0.0.1"
    assert document.title == ARTICLE_TITLE
    assert document.published == "2024-04-16"
    assert ARTICLE_SENTENCE in document.text
    assert "Most Popular" not in document.text


def test_a_local_url_without_the_opt_in_is_a_corpus_error(server):
    before = len(server.hits)
    with pytest.raises(CorpusError) as caught:
        read_sources([f"{server.base}/article.html"])
    message = one_line(str(caught.value))
    assert "Refused" in message and "--allow-private-hosts" in message
    assert server.hits[before:] == [], "refused before any request"


# --- 2. passages --------------------------------------------------------------------------------------------------

SENTENCE = "The council met on Monday to discuss the harbour wall and the budget for next year. "
LONG = SENTENCE * 40  # 640 words in one paragraph


@pytest.mark.parametrize("text", [
    "One short paragraph.",
    "First paragraph.\n\nSecond paragraph, after a blank line.\n\n\nThird, after two.",
    "A hard-wrapped paragraph\nwhose lines are one passage.\n\nAnd another one.",
    "Intro.\n\n" + LONG + "\n\nOutro paragraph.",
    "  Leading spaces on a paragraph.\n\n   \n\nTrailing spaces.   ",
], ids=["one", "three", "wrapped", "long", "spaces"])
def test_passage_offsets_round_trip(text):
    document = SourceDocument(id="d", text=text, title="T", url="https://example.org/d", publisher="P",
                              published="2024-01-02", metadata={"section": "local"})
    passages = passages_of(document, first_id=10)
    assert passages
    assert [p.id for p in passages] == list(range(10, 10 + len(passages)))
    for p in passages:
        assert document.text[p.start:p.end] == p.text
        assert p.text == p.text.strip() and p.text
        assert (p.doc_id, p.title, p.url, p.publisher, p.published, p.metadata) == (
            "d", "T", "https://example.org/d", "P", "2024-01-02", {"section": "local"})
    starts = [p.start for p in passages]
    assert starts == sorted(starts)
    # every word of the document is in exactly one passage
    assert " ".join(p.text for p in passages).split() == text.split()


def test_a_long_paragraph_is_split_into_windows_of_whole_sentences():
    document = SourceDocument(id="d", text="Intro.\n\n" + LONG.strip() + "\n\nOutro.")
    passages = passages_of(document)
    windows = [p for p in passages if p.text not in ("Intro.", "Outro.")]
    assert [passages[0].text, passages[-1].text] == ["Intro.", "Outro."]
    assert len(windows) == 5  # 640 words in windows of whole sentences of at least PASSAGE_WORDS words
    for window in windows:
        assert PASSAGE_WORDS <= len(window.text.split()) < PASSAGE_WORDS + len(SENTENCE.split())
        assert window.text.startswith("The council met") and window.text.endswith("next year.")
    assert " ".join(w.text for w in windows) == LONG.strip()


def test_a_long_paragraph_without_sentence_ends_is_still_windowed():
    document = SourceDocument(id="d", text=" ".join(["the council met and talked about the wall"] * 60))
    passages = passages_of(document)
    assert len(passages) > 1
    assert max(len(p.text.split()) for p in passages) <= PASSAGE_WORDS * 2


def test_passages_read_back_from_a_saved_index_keep_offsets_and_metadata(saved_index):
    index = CorpusIndex.load(saved_index)
    documents = {d.id: d for d in index.all_documents()}
    passages = index.passages(list(range(len(index))))
    assert len(passages) == len(index) == 6
    for p in passages:
        assert isinstance(p, Passage)
        assert documents[p.doc_id].text[p.start:p.end] == p.text
    seawall = [p for p in passages if p.doc_id == "seawall"]
    assert len(seawall) == 2
    for p in seawall:
        assert (p.title, p.url, p.publisher, p.published, p.metadata) == (
            "Harbour council approves sea wall", "https://example.org/seawall", "Harbour Gazette", "2024-04-15",
            {"section": "local"})


# --- 3. the index --------------------------------------------------------------------------------------------------

QUERIES = [
    ("council votes to build a sea wall", "seawall"),
    ("When did the Kant air base open?", "kant"),
    ("library roof repairs", "library"),
    ("mayor re-elected with 54 percent", "election"),
]


def test_build_save_load_round_trip(tmp_path):
    built = CorpusIndex.build(DOCS)
    before = {q: built.search(q, k=3) for q, _ in QUERIES}
    path = tmp_path / "round.idx"
    built.save(path)
    loaded = CorpusIndex.load(path)

    assert loaded.path == path
    assert len(loaded) == len(built) == 6
    assert loaded.documents == built.documents == 5
    assert loaded.manifest == built.manifest
    assert loaded.manifest["format"] == "claimcheck-index" and loaded.manifest["version"] == INDEX_VERSION
    for query, expected in QUERIES:
        after = loaded.search(query, k=3)
        assert before[query][0].doc_id == after[0].doc_id == expected
        assert [(e.doc_id, e.passage) for e in after] == [(e.doc_id, e.passage) for e in before[query]]
        assert [e.score for e in after] == pytest.approx([e.score for e in before[query]], abs=1e-4)


def test_search_returns_evidence_with_its_source(saved_index):
    results = CorpusIndex.load(saved_index).search("Harbour council voted 7 to 2 to build a sea wall", k=3)
    assert 1 <= len(results) <= 3
    top = results[0]
    assert isinstance(top, Evidence)
    assert (top.doc_id, top.title, top.url, top.publisher, top.published) == (
        "seawall", "Harbour council approves sea wall", "https://example.org/seawall", "Harbour Gazette",
        "2024-04-15")
    assert top.passage == "The Harbour District council voted 7 to 2 to build a new sea wall."
    assert top.stance == "related"
    scores = [e.score for e in results]
    assert scores == sorted(scores, reverse=True)
    for e in results:
        assert 0.0 <= e.score <= 1.0
        assert 0 <= e.match_start < e.match_end <= len(e.passage)
    assert "sea wall" in top.passage[top.match_start:top.match_end]


@pytest.mark.parametrize("k", [1, 2, 10])
def test_search_returns_at_most_k(saved_index, k):
    results = CorpusIndex.load(saved_index).search("the council and the mayor", k=k)
    assert 1 <= len(results) <= k


@pytest.mark.parametrize("query", ["the of and to", "zzqx vvbn", "", "   ", "https://example.org/seawall"])
def test_queries_with_nothing_to_match_return_nothing(saved_index, query):
    assert CorpusIndex.load(saved_index).search(query) == []


def test_add_keeps_old_documents_and_finds_the_new_one(saved_index):
    index = CorpusIndex.load(saved_index)
    updated = index.add([SourceDocument(**NEW_DOC)])
    updated.save(saved_index)
    reloaded = CorpusIndex.load(saved_index)

    assert reloaded.documents == 6
    assert len(reloaded) == 7
    assert {d.id for d in reloaded.all_documents()} == {"seawall", "kant", "library", "election", "bridge", "ferry"}
    top = reloaded.search("ferry service resumed after the storm damaged the pier")[0]
    assert (top.doc_id, top.url, top.published) == ("ferry", "https://example.org/ferry", "2024-05-02")
    for query, expected in QUERIES:
        assert reloaded.search(query)[0].doc_id == expected
    assert sorted(p.name for p in saved_index.parent.iterdir()) == ["news.idx"]


def test_adding_a_duplicate_id_is_a_corpus_error(saved_index):
    index = CorpusIndex.load(saved_index)
    duplicate = SourceDocument(id="kant", text="Another note about the Kant air base.")
    with pytest.raises(CorpusError) as caught:
        index.add([duplicate])
    message = one_line(str(caught.value))
    assert "'kant'" in message and "already in the index" in message
    assert CorpusIndex.load(saved_index).documents == 5


@pytest.mark.parametrize("how", ["build", "add"])
def test_two_new_documents_with_one_id_are_a_corpus_error(saved_index, how):
    twins = [SourceDocument(id="twin", text="The ferry sails at noon."),
             SourceDocument(id="twin", text="The ferry sails at one.")]
    with pytest.raises(CorpusError, match="twin"):
        if how == "build":
            CorpusIndex.build(twins)
        else:
            CorpusIndex.load(saved_index).add(twins)


def test_saving_leaves_no_temporary_folder(tmp_path):
    path = tmp_path / "out" / "news.idx"  # its parent does not exist yet
    CorpusIndex.build(DOCS, path)
    assert [p.name for p in path.parent.iterdir()] == ["news.idx"]
    assert sorted(p.name for p in path.iterdir()) == ["bm25", "manifest.json", "passages.sqlite"]
    CorpusIndex.build(DOCS[:2], path)  # overwrite an existing index
    assert [p.name for p in path.parent.iterdir()] == ["news.idx"]
    assert CorpusIndex.load(path).documents == 2


def _fail_retriever_save(monkeypatch):
    def broken(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "data.csc.index.npy").write_bytes(b"partial")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Retriever, "save", broken)


def _fail_final_rename(monkeypatch):
    real = os.replace

    def replace(src, dst):
        if str(src).endswith(".tmp"):  # moving the finished temporary folder into place
            raise OSError(28, "No space left on device")
        return real(src, dst)
    monkeypatch.setattr(corpus_module.os, "replace", replace)


@pytest.mark.parametrize("fail", [
    _fail_retriever_save,
    _fail_final_rename,
], ids=["retriever-save", "final-rename"])
def test_a_failed_save_keeps_the_previous_index(saved_index, monkeypatch, fail):
    before = CorpusIndex.load(saved_index)
    manifest, top = dict(before.manifest), before.search("sea wall")[0]
    before.store.close()
    updated = CorpusIndex.load(saved_index).add([SourceDocument(**NEW_DOC)])
    fail(monkeypatch)

    with pytest.raises(OSError, match="No space left"):
        updated.save(saved_index)
    monkeypatch.undo()

    assert sorted(p.name for p in saved_index.parent.iterdir()) == ["news.idx"], "no temporary folder left"
    after = CorpusIndex.load(saved_index)
    assert after.manifest == manifest
    assert after.documents == 5
    assert after.search("sea wall")[0] == top


def test_a_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    _fail_retriever_save(monkeypatch)
    with pytest.raises(OSError):
        CorpusIndex.build(DOCS, tmp_path / "new.idx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_save_refuses_to_replace_something_that_is_not_an_index(tmp_path, kind):
    target = tmp_path / "precious"
    if kind == "file":
        write(target, "keep me")
    else:
        write(target / "notes.txt", "keep me")
    with pytest.raises(CorpusError) as caught:
        CorpusIndex.build(DOCS, target)
    message = one_line(str(caught.value))
    assert str(target) in message and "not a Claimcheck index" in message
    assert (target if kind == "file" else target / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious"]


def test_load_corpus_takes_an_index_or_sources(saved_index, tmp_path):
    folder = tmp_path / "notes"
    write(folder / "kant.txt", KANT_TXT)
    assert load_corpus(saved_index).path == saved_index
    on_the_fly = load_corpus(folder)
    assert on_the_fly.path is None and on_the_fly.documents == 1
    assert on_the_fly.search("Kant air base opened")[0].doc_id == "kant"


def test_the_python_api_of_the_issue(saved_index):
    corpus = checker.load_corpus(saved_index)  # the issue's `checker.load_corpus(path)`
    assert corpus.documents == 5
    report = checker.check("The Harbour District council voted 7 to 2 on Monday to build a new sea wall, "
                           "the council's spokesperson said.", corpus=corpus)
    assert any(e.doc_id == "seawall" for claim in report.claims for e in claim.evidence)


# --- 4. bad input ---------------------------------------------------------------------------------------------------

def _empty_folder(tmp):
    (tmp / "empty").mkdir()
    return [tmp / "empty"], ["empty"]


def _only_readme_and_hidden(tmp):
    write(tmp / "c" / "README.md", "# A corpus\n\nAbout it.\n")
    write(tmp / "c" / ".hidden.md", "Hidden note.\n")
    return [tmp / "c"], ["empty"]


def _blank_files(tmp):
    write(tmp / "c" / "blank.md", "---\ntitle: Nothing here\n---\n\n   \n")
    write(tmp / "c" / "empty.jsonl", "")
    return [tmp / "c"], ["empty"]


def _bad_jsonl_line(tmp):
    path = write(tmp / "f.jsonl", jsonl({"id": "a", "text": "Fine."}, {"id": "b", "text": "Fine too."})
                 + '{"id": "c", "text": "broken\n')
    return [path], [str(path), "line 3", "not valid JSON"]


def _jsonl_without_text(tmp):
    path = write(tmp / "f.jsonl", jsonl({"id": "a", "text": "Fine."}, {"id": "b", "title": "No text"}))
    return [path], [str(path), "line 2", "'text'"]


def _jsonl_without_id(tmp):
    path = write(tmp / "f.jsonl", jsonl({"text": "No id."}))
    return [path], [str(path), "line 1", "'id'"]


def _jsonl_not_an_object(tmp):
    path = write(tmp / "f.jsonl", jsonl({"id": "a", "text": "Fine."}) + '["a", "list"]\n')
    return [path], [str(path), "line 2", "expected an object"]


def _csv_without_text(tmp):
    path = write(tmp / "f.csv", "id,title,body\na,A title,Some body.\n")
    return [path], [str(path), "'text'", "id, title, body"]


def _csv_too_many_values(tmp):
    path = write(tmp / "f.csv", "id,title,text\na,A,Fine.\nb,B,Fine,extra\n")
    return [path], [str(path), "line 3", "more values than columns"]


def _csv_empty_file(tmp):
    path = write(tmp / "f.csv", "")
    return [path], [str(path), "'text'", "none"]


def _claim_review_without_claim(tmp):
    path = write(tmp / "r.json", json.dumps([CLAIM_REVIEW, {**SECOND_REVIEW, "claimReviewed": "  "}]))
    return [path], [str(path), "item 2", "claimReviewed"]


def _claim_review_jsonl_without_claim(tmp):
    bad = {k: v for k, v in SECOND_REVIEW.items() if k != "claimReviewed"}
    path = write(tmp / "r.jsonl", jsonl(CLAIM_REVIEW, bad))
    return [path], [str(path), "line 2", "claimReviewed"]


def _bad_json(tmp):
    path = write(tmp / "r.json", '{\n  "@type": "ClaimReview",\n  "claimReviewed": oops\n}\n')
    return [path], [str(path), "line 3", "not valid JSON"]


def _duplicate_ids_across_files(tmp):
    first = write(tmp / "a.jsonl", jsonl({"id": "same", "text": "One."}))
    second = write(tmp / "b.csv", "id,text\nother,Two.\nsame,Three.\n")
    return [first, second], ["'same'", f"{first}, line 1", f"{second}, line 3"]


def _duplicate_ids_folder_and_file(tmp):
    note = write(tmp / "c" / "kant.md", KANT_TXT)
    records = write(tmp / "more.jsonl", jsonl({"id": "kant", "text": "Another Kant note."}))
    return [tmp / "c", records], ["'kant'", str(note), f"{records}, line 1"]


def _missing_source(tmp):
    return [tmp / "nowhere"], [str(tmp / "nowhere"), "does not exist"]


def _unsupported_file(tmp):
    path = write(tmp / "report.pdf", b"%PDF-1.4\n")
    return [path], [str(path), "not a corpus format"]


BAD_SOURCES = [_empty_folder, _only_readme_and_hidden, _blank_files, _bad_jsonl_line, _jsonl_without_text,
               _jsonl_without_id, _jsonl_not_an_object, _csv_without_text, _csv_too_many_values, _csv_empty_file,
               _claim_review_without_claim, _claim_review_jsonl_without_claim, _bad_json,
               _duplicate_ids_across_files, _duplicate_ids_folder_and_file, _missing_source, _unsupported_file]


@pytest.mark.parametrize("case", BAD_SOURCES, ids=[c.__name__.strip("_") for c in BAD_SOURCES])
def test_bad_sources_are_one_line_corpus_errors(tmp_path, case):
    sources, phrases = case(tmp_path)
    with pytest.raises(CorpusError) as caught:
        report = read_sources(sources)
        CorpusIndex.build(report.documents, tmp_path / "out.idx")
    message = one_line(str(caught.value))
    for phrase in phrases:
        assert phrase in message, f"{phrase!r} not in {message!r}"
    assert not (tmp_path / "out.idx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary folder"


@pytest.mark.parametrize("name, content, reason", [
    ("latin1.md", "Caf\xe9 owners win their appeal against the closure.\n".encode("latin-1"), "not valid UTF-8"),
    ("binary.txt", b"Council\x00\x00\x01\x02 budget\x00" * 20, "binary"),
    ("latin1.jsonl", json.dumps({"id": "x", "text": "Caf\xe9"}, ensure_ascii=False).encode("latin-1"),
     "not valid UTF-8"),
    ("empty.md", b"", "no text to index"),
])
def test_an_unreadable_file_is_skipped_with_a_warning_and_counted(tmp_path, name, content, reason):
    folder = tmp_path / "notes"
    write(folder / "kant.txt", KANT_TXT)
    write(folder / "warrant.md", WARRANT_MD)
    bad = write(folder / name, content)

    report = read_sources([folder])

    assert [d.id for d in report.documents] == ["kant", "warrant"]
    assert len(report.skipped) == 1
    assert str(bad) in report.skipped[0] and reason in report.skipped[0]
    index = CorpusIndex.build(report.documents)
    assert index.documents == 2
    on_the_fly = load_corpus(folder)
    assert on_the_fly.documents == 2
    assert len(on_the_fly.skipped) == 1 and name in on_the_fly.skipped[0]


def _damage(how: str):
    def damage(index: Path) -> None:
        if how.startswith(("delete:", "truncate:", "empty:")):
            action, name = how.split(":")
            target = index / name
            if action == "delete":
                target.unlink()
            elif action == "truncate":
                target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
            else:
                target.write_bytes(b"")
        elif how == "sqlite-garbage":
            (index / "passages.sqlite").write_bytes(b"not a database at all " * 200)
        elif how == "sqlite-header":
            data = bytearray((index / "passages.sqlite").read_bytes())
            data[:100] = b"\xff" * 100
            (index / "passages.sqlite").write_bytes(bytes(data))
        elif how == "sqlite-tail":
            data = bytearray((index / "passages.sqlite").read_bytes())
            data[4096:] = bytes((i * 37 + 11) % 256 for i in range(len(data) - 4096))
            (index / "passages.sqlite").write_bytes(bytes(data))
        elif how == "manifest-garbage":
            (index / "manifest.json").write_bytes(b"{\x00\xff garbage")
        elif how == "manifest-list":
            (index / "manifest.json").write_text("[1, 2, 3]")
        elif how == "manifest-foreign":
            (index / "manifest.json").write_text(json.dumps({"format": "something-else", "version": 1}))
        elif how.startswith("manifest:"):
            key, value = how.split(":")[1].split("=")
            manifest = json.loads((index / "manifest.json").read_text())
            manifest[key] = json.loads(value)
            (index / "manifest.json").write_text(json.dumps(manifest))
        else:
            raise AssertionError(how)
    return damage


NPY = ["bm25/data.csc.index.npy", "bm25/indices.csc.index.npy", "bm25/indptr.csc.index.npy",
       "bm25/idf.chars.npy", "bm25/idf.words.npy"]
DAMAGE = (
    [(f"delete:{f}", "damaged") for f in NPY + ["bm25/terms.json", "bm25/params.index.json", "passages.sqlite"]]
    + [(f"truncate:{f}", "damaged") for f in NPY + ["bm25/terms.json", "passages.sqlite"]]
    + [(f"empty:{f}", "damaged") for f in NPY]
    + [("sqlite-garbage", "damaged"), ("sqlite-header", "damaged"), ("sqlite-tail", "damaged"),
       ("manifest-garbage", "not a Claimcheck index or is damaged"), ("manifest-list", "not a Claimcheck index"),
       ("manifest-foreign", "not a Claimcheck index"), ("manifest:passages=99", "damaged"),
       ("manifest:version=999", "v999")]
)


@pytest.mark.parametrize("loader", [CorpusIndex.load, load_corpus], ids=["CorpusIndex.load", "load_corpus"])
@pytest.mark.parametrize("how, phrase", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_index_is_a_corpus_error(saved_index, tmp_path, loader, how, phrase):
    index = _copy(saved_index, tmp_path, "damaged.idx")
    _damage(how)(index)
    with pytest.raises(CorpusError) as caught:
        loader(index).search("sea wall")
    message = one_line(str(caught.value))
    assert str(index) in message
    assert phrase in message
    assert "claimcheck corpus build" in message and "rebuild" in message


def test_an_index_without_its_manifest_is_reported_as_damaged(saved_index):
    (saved_index / "manifest.json").unlink()
    with pytest.raises(CorpusError) as caught:
        load_corpus(saved_index)
    message = one_line(str(caught.value))
    assert "claimcheck corpus build" in message


@pytest.mark.parametrize("make, phrases", [
    (lambda tmp: tmp / "missing.idx", ["No index at", "claimcheck corpus build"]),
    (lambda tmp: (tmp / "plain").mkdir() or tmp / "plain", ["not a Claimcheck index", "claimcheck corpus build"]),
    (lambda tmp: write(tmp / "notes" / "kant.txt", KANT_TXT).parent, ["not a Claimcheck index"]),
    (lambda tmp: write(tmp / "file.idx", "not a folder"), ["not a Claimcheck index"]),
], ids=["missing", "empty-folder", "source-folder", "a-file"])
def test_loading_something_that_is_not_an_index(tmp_path, make, phrases):
    path = make(tmp_path)
    with pytest.raises(CorpusError) as caught:
        CorpusIndex.load(path)
    message = one_line(str(caught.value))
    assert str(path) in message
    for phrase in phrases:
        assert phrase in message


def test_load_corpus_of_a_missing_idx_path(tmp_path):
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path / "missing.idx")
    message = one_line(str(caught.value))
    assert str(tmp_path / "missing.idx") in message and "claimcheck corpus build" in message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"], ids=["U+2028", "U+2029", "U+0085"])
def test_jsonl_text_with_unicode_line_separators(tmp_path, separator):
    path = write(tmp_path / "f.jsonl", jsonl({"id": "a", "text": f"The council voted.{separator}The mayor agreed."},
                                             {"id": "b", "text": "Second record."}))
    documents = read_sources([path]).documents
    assert [d.id for d in documents] == ["a", "b"]
    assert documents[1].origin == f"{path}, line 2"


# --- 5. the CLI ---------------------------------------------------------------------------------------------------

@pytest.fixture
def corpus_folder(tmp_path) -> Path:
    folder = tmp_path / "notes"
    write(folder / "seawall.md", "---\ntitle: Harbour council approves sea wall\nurl: https://example.org/seawall\n"
                                 "publisher: Harbour Gazette\npublished: 2024-04-15\n---\n"
                                 "The Harbour District council voted 7 to 2 to build a new sea wall on 15 April 2024.\n\n"
                                 "The wall will cost an estimated 4.2 million pounds and should be finished by 2026.\n")
    write(folder / "library.md", "---\ntitle: Library reopens\n---\n"
                                 "The city library reopened in May 2023 after repairs to its leaking roof.\n")
    write(folder / "kant.txt", KANT_TXT)
    write(folder / "README.md", "# Sample corpus\n")
    return folder


def test_cli_build_and_search(run, corpus_folder, tmp_path):
    out = tmp_path / "news.idx"
    code, stdout, err = run("corpus", "build", corpus_folder, "--out", out)
    assert code == 0, err
    assert err == ""
    assert stdout == f"indexed 3 documents (5 passages) into {out}\n"
    assert CorpusIndex.load(out).documents == 3

    code, stdout, err = run("corpus", "search", out, "council voted to build a sea wall", "--top", "2",
                            "--format", "json")
    assert code == 0 and err == ""
    results = json.loads(stdout)
    assert isinstance(results, list) and 1 <= len(results) <= 2
    assert set(results[0]) >= {"doc_id", "title", "url", "publisher", "published", "passage", "score", "stance",
                               "match_start", "match_end"}
    assert results[0]["doc_id"] == "seawall"
    assert results[0]["url"] == "https://example.org/seawall"
    assert all(0 <= r["score"] <= 1 for r in results)

    code, stdout, err = run("corpus", "search", out, "council voted to build a sea wall", "--top", "1")
    assert code == 0 and err == ""
    assert stdout.startswith("1. [")
    assert "Harbour council approves sea wall (Harbour Gazette, 2024-04-15)" in stdout
    assert "https://example.org/seawall" in stdout
    assert "2." not in stdout

    code, stdout, err = run("corpus", "search", out, "zzqx vvbn")
    assert (code, stdout, err) == (0, "no passages match\n", "")
    code, stdout, err = run("corpus", "search", out, "the of and to", "--format", "json")
    assert code == 0 and json.loads(stdout) == []

    code, stdout, err = run("corpus", "info", out)
    assert code == 0 and json.loads(stdout)["documents"] == 3


def test_cli_search_a_source_folder_on_the_fly(run, corpus_folder):
    code, stdout, err = run("corpus", "search", corpus_folder, "library roof", "--format", "json")
    assert code == 0 and err == ""
    assert json.loads(stdout)[0]["doc_id"] == "library"


def test_cli_add_a_jsonl_file(run, corpus_folder, tmp_path):
    out = tmp_path / "news.idx"
    assert run("corpus", "build", corpus_folder, "--out", out)[0] == 0
    extra = write(tmp_path / "more.jsonl", jsonl(NEW_DOC))
    code, stdout, err = run("corpus", "add", out, extra)
    assert code == 0, err
    assert err == ""
    assert stdout == f"added 1 document; {out} now has 4 documents (6 passages)\n"
    code, stdout, err = run("corpus", "search", out, "ferry service resumed after the storm", "--format", "json")
    assert json.loads(stdout)[0]["doc_id"] == "ferry"
    code, stdout, err = run("corpus", "search", out, "library roof", "--format", "json")
    assert json.loads(stdout)[0]["doc_id"] == "library"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["more.jsonl", "news.idx", "notes"]


def test_cli_add_a_url_from_the_local_server(run, server, corpus_folder, tmp_path):
    out = tmp_path / "news.idx"
    assert run("corpus", "build", corpus_folder, "--out", out)[0] == 0
    url = f"{server.base}/article.html"

    before = len(server.hits)
    code, stdout, err = run("corpus", "add", out, url)
    assert code == 1 and stdout == ""
    assert_cli_error(err, "Refused", "--allow-private-hosts")
    assert server.hits[before:] == []
    assert CorpusIndex.load(out).documents == 3

    code, stdout, err = run("corpus", "add", out, url, "--allow-private-hosts")
    assert code == 0, err
    assert stdout.startswith(f"added 1 document; {out} now has 4 documents")
    code, stdout, err = run("corpus", "search", out, "fishermen accused the council of ignoring warnings",
                            "--format", "json")
    top = json.loads(stdout)[0]
    assert (top["doc_id"], top["url"], top["title"]) == (url, url, ARTICLE_TITLE)


def _cli_build(source_case):
    """A bad-source case of the library, run through `claimcheck corpus build`."""
    def case(tmp, idx):
        sources, phrases = source_case(tmp)
        return ["corpus", "build", *sources, "--out", tmp / "x.idx"], phrases

    case.__name__ = f"_cli_build{source_case.__name__}"
    return case


def _cli_out_is_not_an_index(tmp, idx):
    write(tmp / "precious" / "notes.txt", "keep me")
    return ["corpus", "build", idx.parent / "notes", "--out", tmp / "precious"], ["not a Claimcheck index"]


def _cli_search_missing_index(tmp, idx):
    return ["corpus", "search", tmp / "missing.idx", "sea wall"], ["No index at", "claimcheck corpus build"]


def _cli_add_to_a_folder_that_is_not_an_index(tmp, idx):
    (tmp / "plain").mkdir()
    extra = write(tmp / "more.jsonl", jsonl(NEW_DOC))
    return ["corpus", "add", tmp / "plain", extra], ["not a Claimcheck index", "claimcheck corpus build"]


def _cli_add_to_a_missing_index(tmp, idx):
    extra = write(tmp / "more.jsonl", jsonl(NEW_DOC))
    return ["corpus", "add", tmp / "missing.idx", extra], ["No index at"]


def _cli_add_a_duplicate(tmp, idx):
    extra = write(tmp / "dup.jsonl", jsonl({"id": "kant", "text": "Another Kant note."}))
    return ["corpus", "add", idx, extra], ["'kant'", "already in the index"]


def _cli_search_damaged_sqlite(tmp, idx):
    (idx / "passages.sqlite").write_bytes(b"not a database at all " * 200)
    return ["corpus", "search", idx, "sea wall"], ["damaged", "claimcheck corpus build"]


def _cli_search_missing_npy(tmp, idx):
    (idx / "bm25" / "indptr.csc.index.npy").unlink()
    return ["corpus", "search", idx, "sea wall"], ["damaged", "claimcheck corpus build"]


def _cli_search_garbage_manifest(tmp, idx):
    (idx / "manifest.json").write_text("{{{")
    return ["corpus", "search", idx, "sea wall"], ["claimcheck corpus build"]


def _cli_search_other_version(tmp, idx):
    _damage("manifest:version=999")(idx)
    return ["corpus", "search", idx, "sea wall"], ["v999", "rebuild", "claimcheck corpus build"]


def _cli_check_with_a_damaged_index(tmp, idx):
    (idx / "bm25" / "idf.words.npy").write_bytes(b"")
    article = write(tmp / "article.txt", "The Harbour District council voted 7 to 2 to build a new sea wall.\n")
    return ["check", article, "--corpus", idx], ["damaged", "claimcheck corpus build"]


CLI_BAD = [*map(_cli_build, [_empty_folder, _bad_jsonl_line, _csv_without_text, _csv_too_many_values,
                             _claim_review_without_claim, _duplicate_ids_across_files, _missing_source]),
           _cli_out_is_not_an_index, _cli_search_missing_index, _cli_add_to_a_folder_that_is_not_an_index, _cli_add_to_a_missing_index,
           _cli_add_a_duplicate, _cli_search_damaged_sqlite, _cli_search_missing_npy, _cli_search_garbage_manifest,
           _cli_search_other_version, _cli_check_with_a_damaged_index]


@pytest.mark.parametrize("case", CLI_BAD, ids=[c.__name__[5:] for c in CLI_BAD])
def test_cli_bad_input_exits_1_with_one_line(run, corpus_folder, tmp_path, case):
    index = tmp_path / "news.idx"
    assert run("corpus", "build", corpus_folder, "--out", index)[0] == 0
    manifest = (index / "manifest.json").read_bytes()
    argv, phrases = case(tmp_path, index)
    code, stdout, err = run(*argv)
    assert code == 1
    assert stdout == ""
    assert_cli_error(err, *phrases)
    assert not (tmp_path / "x.idx").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary folder"
    if argv[:2] == ["corpus", "add"] and argv[2] == index:
        assert (index / "manifest.json").read_bytes() == manifest, "a failed add leaves the index as it was"


def test_cli_build_skips_unreadable_files_with_a_warning(run, corpus_folder, tmp_path):
    latin1 = write(corpus_folder / "latin1.md", "Caf\xe9 owners win their appeal.\n".encode("latin-1"))
    binary = write(corpus_folder / "blob.txt", b"\x00\x01\x02binary" * 30)
    out = tmp_path / "news.idx"
    code, stdout, err = run("corpus", "build", corpus_folder, "--out", out)
    assert code == 0
    assert stdout == f"indexed 3 documents (5 passages) into {out}\n"
    lines = err.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("claimcheck: ") for line in lines)
    assert "Traceback" not in err
    assert lines[0].startswith(f"claimcheck: warning: {binary}") and "binary" in lines[0]
    assert lines[1].startswith(f"claimcheck: warning: {latin1}") and "not valid UTF-8" in lines[1]
    assert lines[2] == "claimcheck: skipped 2 files."


def test_searching_a_source_folder_warns_about_skipped_files_like_build(corpus_folder):
    latin1 = write(corpus_folder / "latin1.md", "Caf\xe9 owners win their appeal.\n".encode("latin-1"))
    script = Path(sys.executable).with_name("claimcheck")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "checker"]
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_DEBUG", "PYTHONWARNINGS")}
    result = subprocess.run([*command, "corpus", "search", str(corpus_folder), "library roof", "--format", "json"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["doc_id"] == "library"
    assert str(latin1) in result.stderr, "the skipped file is named"
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("claimcheck: ") for line in lines), result.stderr


def test_rebuilding_with_the_index_inside_the_source_folder(run, corpus_folder):
    out = corpus_folder / "news.idx"
    assert run("corpus", "build", corpus_folder, "--out", out)[0] == 0
    code, stdout, err = run("corpus", "build", corpus_folder, "--out", out)
    assert code == 0, err
    assert stdout == f"indexed 3 documents (5 passages) into {out}\n"


@pytest.mark.parametrize("argv, phrases", [
    (["corpus", "-h"], ["Usage: claimcheck corpus [OPTIONS] COMMAND", "build", "add", "search"]),
    (["corpus", "--help"], ["Usage: claimcheck corpus [OPTIONS] COMMAND", "build", "add", "search"]),
    (["corpus", "build", "-h"], ["Usage: claimcheck corpus build [OPTIONS] SOURCES...", "--out",
                                 "--allow-private-hosts"]),
    (["corpus", "add", "-h"], ["Usage: claimcheck corpus add [OPTIONS] INDEX SOURCES...", "--allow-private-hosts"]),
    (["corpus", "search", "-h"], ["Usage: claimcheck corpus search [OPTIONS] INDEX QUERY", "--top", "--format"]),
])
def test_cli_corpus_help(run, argv, phrases):
    code, stdout, err = run(*argv)
    assert code == 0
    assert err == ""
    for phrase in phrases:
        assert phrase in stdout


@pytest.mark.parametrize("argv, phrase", [
    (["corpus", "build", "x"], "Missing option '--out'"),
    (["corpus", "build", "--out", "x.idx"], "Missing argument 'SOURCES...'"),
    (["corpus", "search", "x.idx", "q", "--top", "0"], "Invalid value for '--top'"),
])
def test_cli_corpus_usage_errors_exit_2(run, argv, phrase):
    code, stdout, err = run(*argv)
    assert code == 2
    assert phrase in stdout + err
    assert "Traceback" not in stdout + err


# --- 6. check with a corpus -------------------------------------------------------------------------------------

ARTICLE = """Harbour council approves new sea wall

Tuesday, April 16, 2024

The Harbour District council voted 7 to 2 on Monday to build a new sea wall, the council's spokesperson said.

The wall will cost an estimated 4.2 million pounds and is expected to be finished by 2026, according to the council.
"""


@pytest.mark.parametrize("as_index", [False, True], ids=["folder", "index"])
def test_check_with_a_corpus_adds_evidence(run, corpus_folder, tmp_path, as_index):
    article = write(tmp_path / "article.txt", ARTICLE)
    corpus_path = corpus_folder
    if as_index:
        corpus_path = tmp_path / "news.idx"
        assert run("corpus", "build", corpus_folder, "--out", corpus_path)[0] == 0
    code, stdout, err = run("check", article, "--corpus", corpus_path, "--format", "json", "--rules")
    assert code == 0, err
    assert err == ""
    claims = json.loads(stdout)["claims"]
    vote = [c for c in claims if "voted 7 to 2" in c["text"]]
    assert len(vote) == 1
    evidence = vote[0]["evidence"]
    assert evidence, "the corpus covers the vote"
    assert evidence[0]["doc_id"] == "seawall"
    assert evidence[0]["url"] == "https://example.org/seawall"
    assert evidence[0]["stance"] in ("supports", "contradicts", "related")
    assert all(e["doc_id"] != "library" for e in evidence)
    cost = [c for c in claims if "4.2 million pounds" in c["text"]]
    assert cost and cost[0]["evidence"] and cost[0]["evidence"][0]["doc_id"] == "seawall"


def test_check_without_a_corpus_has_no_evidence(run, tmp_path):
    article = write(tmp_path / "article.txt", ARTICLE)
    code, stdout, err = run("check", article, "--format", "json", "--rules")
    assert code == 0
    assert all(c["evidence"] == [] for c in json.loads(stdout)["claims"])
