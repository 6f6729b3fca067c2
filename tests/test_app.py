"""The review UI through Streamlit's AppTest: a real script run, widgets driven as a user would."""
from __future__ import annotations

import json
import sqlite3

import pytest
from streamlit.testing.v1 import AppTest

from checker.reviews import ReviewStore

from .conftest import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 180


@pytest.fixture
def app(tmp_path, monkeypatch):
    """A fresh app run with its own review database."""
    monkeypatch.setenv("CLAIMCHECK_REVIEWS", str(tmp_path / "reviews.db"))

    def start():
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.run()
        return at

    return start


def claim_selector(at):
    return next(s for s in at.selectbox if s.label == "Open a claim")


def paste(at, text: str):
    """Paste an article into the running app."""
    at.sidebar.radio(key="source").set_value("Paste text").run()
    return at.sidebar.text_area(key="pasted").input(text).run()


def page_text(at) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def test_starts_on_the_sample_article_with_the_sample_corpus(app):
    at = app()
    assert not at.exception and not at.error
    assert "Putin travels to Kyrgyzstan" in page_text(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Claims"] != "0" and "/100" in metrics["Sourcing score"]
    assert int(metrics["Corroborated"]) > 0  # the sample corpus is loaded
    article = next(m.value for m in at.markdown if 'class="article"' in m.value)
    assert article.count('class="claim ') >= 10 and "claim-opinion" in article


def test_paste_an_article_and_open_a_claim(app):
    at = paste(app(), "Prosecutors accused Mr Hale of stealing $2m from the charity he ran for a decade. "
                      "Critics say the regulator failed to act on repeated warnings about the accounts.")
    assert not at.exception and not at.error
    selector = claim_selector(at)
    assert len(selector.options) == 2
    selector.set_value("c2").run()
    text = page_text(at)
    assert "vague_source" in text and "Critics" in text


def test_a_pronoun_source_is_shown_with_whom_it_stands_for(app):
    at = paste(app(), "Maria Lopez, the mayor of Dunmore, visited the bridge on Monday. "
                      "She said the bridge would reopen in May.")
    claim_selector(at).set_value("c2").run()
    assert not at.exception and not at.error
    assert "**Source:** She → Maria Lopez (named)" in page_text(at)


def test_a_saved_review_is_seen_again_after_a_restart(app, tmp_path):
    at = app()
    at.sidebar.text_input(key="reviewer").input("Ann Checker").run()
    selector = claim_selector(at)
    first = selector.value
    at.radio(key=next(r.key for r in at.radio if r.label == "Verdict")).set_value("disputed")
    at.text_area(key=next(t.key for t in at.text_area if t.label == "Note")).input("Date is wrong: October 2023.")
    at.button(key=next(b.key for b in at.button if b.label == "Save review")).click().run()
    assert any("Review saved" in s.value for s in at.success)
    history = ReviewStore(tmp_path / "reviews.db").history(next(iter(_articles(tmp_path))))
    assert [(r.reviewer, r.verdict, r.note) for r in history] == [("Ann Checker", "disputed",
                                                                  "Date is wrong: October 2023.")]
    again = app()  # a new session on the same database
    assert claim_selector(again).value == first
    assert "disputed" in page_text(again) and "Ann Checker" in page_text(again)


def test_a_review_keeps_the_claim_as_the_typer_saw_it(app, tmp_path):
    first = "Prosecutors accused Mr Hale of stealing $2m from the charity he ran for a decade."
    second = "Critics say the regulator failed to act on repeated warnings about the accounts."
    at = app()
    at.sidebar.text_input(key="reviewer").input("Ann Checker").run()
    paste(at, f"{first} {second}")
    claim_selector(at).set_value("c2").run()
    at.button(key=next(b.key for b in at.button if b.label == "Save review")).click().run()
    (review,) = ReviewStore(tmp_path / "reviews.db").history(_articles(tmp_path)[0])
    # a model retrained on this review sees its sentence, the one before and its place, not the paragraph
    assert (review.sentence, review.context, review.position) == (second, first, 0.5)


def _articles(tmp_path):
    with sqlite3.connect(tmp_path / "reviews.db") as db:
        return [row[0] for row in db.execute("SELECT DISTINCT article FROM reviews")]


def test_saving_without_a_name_says_so_and_saves_nothing(app, tmp_path):
    at = app()
    at.button(key=next(b.key for b in at.button if b.label == "Save review")).click().run()
    assert any("Enter your name" in e.value for e in at.error)
    assert _articles(tmp_path) == []


def test_exports(app):
    at = app()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    at.button(key=next(b.key for b in at.button if b.label == "Save review")).click().run()
    buttons = {b.label: b for b in at.get("download_button")}
    assert set(buttons) == {"CSV", "JSON", "Markdown report", "ClaimReview JSON-LD"}


@pytest.mark.parametrize("setup, message", [
    (lambda at: at.sidebar.radio(key="source").set_value("Paste text").run()
     and at.sidebar.text_area(key="pasted").input("   ").run(), "Paste an article"),
    (lambda at: at.sidebar.radio(key="source").set_value("URL").run()
     and at.sidebar.text_input(key="url").input("http://127.0.0.1:9/story").run(), "Refused to fetch"),
    (lambda at: at.sidebar.radio(key="source").set_value("URL").run()
     and at.sidebar.text_input(key="url").input("ftp://example.org/story").run(), "only http and https"),
    (lambda at: at.sidebar.radio(key="corpus_choice").set_value("Index or folder path").run()
     and at.sidebar.text_input(key="corpus_path").input("/nonexistent/corpus.idx").run(), "No index at"),
])
def test_bad_input_shows_a_message_not_a_traceback(app, setup, message):
    at = app()
    setup(at)
    assert not at.exception
    shown = [e.value for e in at.error] + [i.value for i in at.info]
    assert any(message in text for text in shown), shown


def test_binary_upload_shows_a_message(app):
    at = app()
    at.sidebar.radio(key="source").set_value("Upload a file").run()
    at.sidebar.file_uploader(key="upload").upload("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "text/plain")
    at.run()
    assert not at.exception
    assert any("PNG image" in e.value for e in at.error)


def test_corrupt_corpus_file_shows_a_message(app, tmp_path):
    at = app()
    at.sidebar.radio(key="corpus_choice").set_value("Upload a corpus file").run()
    at.sidebar.file_uploader(key="corpus_upload").upload("feed.jsonl", b'{"id": "a", "text": "ok"}\n{broken\n',
                                                         "application/json")
    at.run()
    assert not at.exception
    assert any("line 2" in e.value for e in at.error)


def test_damaged_review_database_shows_a_message_and_is_left_alone(app, tmp_path, monkeypatch):
    bad = tmp_path / "damaged.db"
    bad.write_bytes(b"not a database" * 200)
    monkeypatch.setenv("CLAIMCHECK_REVIEWS", str(bad))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert any("damaged" in e.value for e in at.error)
    assert bad.read_bytes().startswith(b"not a database")


def test_locked_review_database_keeps_the_form_and_earlier_reviews(app, tmp_path):
    at = app()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    save = next(b.key for b in at.button if b.label == "Save review")
    at.button(key=save).click().run()
    note_key = next(t.key for t in at.text_area if t.label == "Note")
    at.text_area(key=note_key).input("second thoughts")
    blocker = sqlite3.connect(tmp_path / "reviews.db", isolation_level=None, timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        at.button(key=save).click().run(timeout=TIMEOUT)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not at.exception
    assert any("not saved" in e.value and "locked" in e.value for e in at.error)
    assert at.text_area(key=note_key).value == "second thoughts"
    assert len(ReviewStore(tmp_path / "reviews.db").history(_articles(tmp_path)[0])) == 1


def test_json_export_carries_reviews(app, tmp_path):
    from checker import export

    at = app()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    at.button(key=next(b.key for b in at.button if b.label == "Save review")).click().run()
    article = _articles(tmp_path)[0]
    store = ReviewStore(tmp_path / "reviews.db")
    report = at.session_state  # the app keeps no report in state; rebuild it the way the app does
    assert report is not None
    from checker import check, read
    from checker.corpus import load_corpus

    from .conftest import SAMPLE

    rebuilt = check(read(SAMPLE), load_corpus(ROOT / "corpus"))
    data = json.loads(export.to_json(rebuilt, store.latest(article)))
    reviewed = [c for c in data["claims"] if c["reviews"]]
    assert len(reviewed) == 1 and reviewed[0]["reviews"][0]["reviewer"] == "Ann"
    items = json.loads(export.to_claimreview(rebuilt, store.latest(article)))
    assert items[0]["@type"] == "ClaimReview" and items[0]["reviewRating"]["alternateName"] == "supported"
