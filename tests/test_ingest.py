"""Stage 1: cleaning, datelines, titles, formats and bad input."""
from __future__ import annotations

import datetime as dt

import pytest

import checker
from checker import ingest
from checker.errors import InputError

from .conftest import SEED

BODY = ("The council approved the new budget on Monday after a long debate. "
        "The mayor said the plan would protect jobs in the city.")


@pytest.mark.parametrize("raw, kept, removed", [
    (f"Home / World / Europe\n\n{BODY}", BODY, "Home / World"),
    (f"Home > News > Politics\n{BODY}", BODY, "Home >"),
    (f"HomeWorldAsiaCouncil passes budget\n\nCouncil passes budget\n\n{BODY}", "Council passes budget", "HomeWorld"),
    (f"{BODY}\n\nMost Popular", BODY, "Most Popular"),
    (f"{BODY}\n\nShare this article\n\nAdvertisement", BODY, "Share this"),
    (f"Skip to content\n{BODY}\nRead more", BODY, "Skip to content"),
])
def test_page_furniture_is_removed(raw, kept, removed):
    document = ingest.from_text(raw)
    assert kept in document.text
    assert removed not in document.text


def test_repeated_headline_is_kept_once():
    document = ingest.from_text(f"Council passes budget\n\nCouncil passes budget\n\n{BODY}")
    assert document.text.count("Council passes budget") == 1
    assert document.title == "Council passes budget"


@pytest.mark.parametrize("dateline, expected", [
    ("Tuesday, April 16, 2024", dt.date(2024, 4, 16)),
    ("Monday, 4 March 2024", dt.date(2024, 3, 4)),
    ("16 April 2024", dt.date(2024, 4, 16)),
    ("Published: 3 May 2023", dt.date(2023, 5, 3)),
    ("2022-11-30", dt.date(2022, 11, 30)),
])
def test_dateline_becomes_published_and_stays_in_text(dateline, expected):
    document = ingest.from_text(f"{dateline}\nCouncil passes budget\n\n{BODY}")
    assert document.published == expected
    assert document.text.startswith(dateline)


def test_no_dateline_means_no_published_date():
    assert ingest.from_text(BODY).published is None


def test_seed_is_cleaned(seed_document):
    assert seed_document.published == dt.date(2024, 4, 16)
    assert seed_document.title == "Putin makes first trip abroad since ICC arrest warrant"
    assert "HomeWorldAsia" not in seed_document.text
    assert "Most Popular" not in seed_document.text
    assert seed_document.text.count("Putin makes first trip abroad") == 1
    assert seed_document.text.split("\n\n")[0] == "Tuesday, April 16, 2024"


def test_hard_wrapped_lines_are_joined_but_headlines_are_not():
    wrapped = ("Ministers agreed on Tuesday to raise the minimum wage by four per\n"
               "cent from next April, after months of talks with unions and the\n"
               "largest employers' groups, officials said in a brief statement.")
    document = ingest.from_text(f"Wage deal agreed\n\n{wrapped}")
    assert "four per cent from next April" in document.text
    assert document.text.split("\n\n")[0] == "Wage deal agreed"


def test_markdown_markup_is_stripped(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# Council passes budget\n\n**The council** approved the [new budget](http://x.org) on Monday "
                    "after a long debate.\n\n- The mayor said the plan would protect jobs in the city.\n",
                    encoding="utf-8")
    document = checker.read(path)
    assert document.title == "Council passes budget"
    assert "The council approved the new budget on Monday" in document.text
    assert "**" not in document.text and "](" not in document.text and "- The mayor" not in document.text


def test_html_file_gives_text_title_and_date(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>Council passes budget | Daily</title>"
        '<meta property="article:published_time" content="2024-02-01"></head><body>'
        "<nav>Home / News</nav><article><h1>Council passes budget</h1>"
        f"<p>{BODY}</p><p>Opposition councillors said the vote had been rushed through without scrutiny.</p>"
        "</article><footer>Most Popular</footer></body></html>", encoding="utf-8")
    document = checker.read(path)
    assert document.title == "Council passes budget"
    assert document.published == dt.date(2024, 2, 1)
    assert "approved the new budget" in document.text
    assert "Most Popular" not in document.text


ONE_LINE = "Putin visited Kyrgyzstan on Thursday despite the ICC warrant"


@pytest.mark.parametrize("name, content", [
    ("claim.txt", ONE_LINE),
    ("claim.html", f"<html><head></head><body><p>{ONE_LINE}</p></body></html>"),
    ("headline.txt", "Council passes budget"),
])
def test_a_single_line_is_checked_not_taken_for_a_headline(tmp_path, name, content):
    # a pasted claim without a full stop has no body under it, so it is the text to check
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report = checker.check(checker.read(path))
    assert report.document.title is None
    assert [c.text for c in report.claims] == [content if name.endswith(".txt") else ONE_LINE]
    assert report.claims[0].type != "none" or name == "headline.txt"


def test_a_headline_over_a_body_without_full_stops_is_still_the_title():
    document = ingest.from_text("Council passes budget\n\nThe council approved the new budget on Monday")
    assert document.title == "Council passes budget"


def test_seed_file_reads_the_same_through_stdin_bytes():
    data = SEED.read_bytes()
    assert ingest.from_bytes(data, name="<stdin>").text == checker.read(SEED).text


@pytest.mark.parametrize("data, message", [
    (b"", "no article text"),
    (b"   \n\n\t  \n", "no article text"),
    (b"Most Popular\n\nShare this article\n", "no article text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"hello\x00world\x00" * 20, "binary"),
    (b"caf\xe9 au lait " * 20, "not valid UTF-8"),
    ("Der Bundeskanzler hat am Donnerstag in Berlin erklärt, dass die Regierung die Steuern im kommenden Jahr "
     "nicht erhöhen werde und die Wirtschaft wieder wachsen solle.".encode(), "not look like English"),
    ("Председатель правительства заявил в четверг, что налоги не будут повышены.".encode(), "not look like English"),
])
def test_bad_bytes_give_one_clear_sentence(data, message):
    with pytest.raises(InputError) as error:
        ingest.from_bytes(data, name="draft.txt")
    text = str(error.value)
    assert message in text
    assert "draft.txt" in text or message == "not look like English"
    assert "\n" not in text


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(ingest.MAX_BYTES + 1)
    with pytest.raises(InputError, match="MB limit"):
        checker.read(path)


def test_utf16_with_bom_is_decoded():
    text = f"Council passes budget\n\n{BODY}"
    assert "approved the new budget" in ingest.from_bytes(text.encode("utf-16"), name="x").text


@pytest.mark.parametrize("html", ["<html><body><div></div></body></html>", "<html><p>"])
def test_html_without_an_article_is_refused(html):
    with pytest.raises(InputError):
        ingest.from_bytes(html.encode(), name="page.html", html=True)


def test_broken_html_still_gives_the_article():
    html = f"<html><body><article><h1>Council passes budget<p>{BODY}<p>More text here from the mayor, who said so. " \
           "</div></span></article>"
    document = ingest.from_bytes(html.encode(), name="page.html", html=True)
    assert "approved the new budget" in document.text


def test_check_refuses_empty_string():
    with pytest.raises(InputError, match="empty"):
        checker.check("  ")


@pytest.mark.parametrize("text", [
    '"Lies, lies, lies!" ' * 5,  # a chant of a few English words is English, however often repeated
    "Goal! " * 14,
    "The minister said the plan was sound. " * 3,
])
def test_repeated_english_is_not_refused_as_foreign(text):
    assert ingest.from_text(text).text.startswith(text.split()[0])
