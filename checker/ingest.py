"""Stage 1: read an article from text, a file, stdin or a URL, and clean it into a Document."""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

from . import fetch as fetching
from .errors import InputError
from .schema import Document

MAX_BYTES = fetching.MAX_BYTES
MAX_CHARS = 1_000_000  # spaCy's own limit on one text

# Whole lines that are page furniture, never article text.
FURNITURE_LINE = re.compile(
    r"^(?:most popular|most read|share this( article| story| page)?|share|advertisement|advert|"
    r"related( articles| stories| content)?|read more|more on this story|skip to (main )?content|"
    r"sign up( for our newsletter)?|subscribe( now)?|follow us( on .*)?|comments?|cookie settings|"
    r"accept( all)? cookies|print( this page)?|email|copy link|listen to this article|top stories|"
    r"you may also like|recommended|trending( now)?)[\s:.!]*$",
    re.IGNORECASE,
)
# Site sections that breadcrumbs are made of ("Home / World / Europe", "HomeWorldAsia").
SECTIONS = (
    "World|Asia|Europe|Africa|Americas|Middle East|Australia|UK|US|News|Politics|Business|Economy|Markets|"
    "Money|Sport|Sports|Football|Technology|Tech|Science|Health|Climate|Environment|Entertainment|Culture|"
    "Arts|Opinion|Analysis|Lifestyle|Travel|Local|National|International|Latest|Video|Live"
)
BREADCRUMB_LINE = re.compile(rf"^Home(?:\s*[/>|»›]\s*[\w' -]+)+\s*$|^Home(?:{SECTIONS})+$"
                             rf"|^(?:{SECTIONS})(?:\s*[/>|»›]\s*(?:{SECTIONS}))+\s*$")
SECTION_LINE = re.compile(rf"^(?:{SECTIONS})$")  # a lone section label above the headline
GLUED_BREADCRUMB = re.compile(rf"^Home(?:{SECTIONS})+(?=[A-Z0-9\"'‘“])")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_IN_LINE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|first published)(?:\s+on)?:?\s*)?{DATE_IN_LINE.pattern}"
    r"(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
TERMINAL = tuple('.!?:;"”’)')
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x7fELF": "a program",
    b"\x1f\x8b": "a gzip archive",
}
ENGLISH_MARKERS = frozenset(
    "the of and to in is was that for on with as by at from it he she they his her their has have had "
    "be been are were will would said says not but an this which who or its".split()
)


def read(source: str | Path, *, allow_private_hosts: bool = False) -> Document:
    """Read an article from a file path, '-' (stdin) or an http(s) URL and clean it."""
    source = str(source)
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) and not fetching.is_url(source):
        raise fetching.FetchError(f"Refused to fetch {source}: only http and https URLs are allowed.")
    if fetching.is_url(source):
        fetched = fetching.fetch(source, allow_private_hosts=allow_private_hosts)
        return from_bytes(fetched.content, name=fetched.url, html="html" in fetched.content_type,
                          encoding=fetched.encoding)
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return from_bytes(data, name="<stdin>")
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source} does not exist.")
    if path.is_dir():
        raise InputError(f"{source} is a folder, not an article file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{source} is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit for one article.")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # devices and pipes report no size: never read past the cap
    except OSError as exc:
        raise InputError(f"{source} cannot be read: {exc.strerror}.") from None
    suffix = path.suffix.lower()
    return from_bytes(data, name=source, html=suffix in (".html", ".htm", ".xhtml") or None,
                      markdown=suffix in (".md", ".markdown"))


def from_bytes(data: bytes, *, name: str = "<bytes>", html: bool | None = None, markdown: bool = False,
               encoding: str | None = None) -> Document:
    """Decode raw bytes (refusing binary, oversized and undecodable input) and clean them."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is over the {MAX_BYTES / 1e6:.0f} MB limit for one article.")
    if encoding is None and html is not False:
        encoding = declared_charset(data)
    text = decode(data, name, encoding)
    if html is None:
        html = looks_like_html(text)
    if html:
        return from_html(text, source=name)
    if markdown:
        text = strip_markdown(text)
    return from_text(text, source=name)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """UTF-8 (or a declared encoding) text from bytes, or an InputError saying what the bytes are."""
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name} is {what}, not text; save the article as text or HTML first.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    if b"\x00" in data[:8192] and encoding != "utf-16":
        raise InputError(f"{name} looks like a binary file, not text.")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as exc:
        position = getattr(exc, "start", 0)
        raise InputError(
            f"{name} is not valid UTF-8 text (byte {position}); re-save it as UTF-8."
        ) from None
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise InputError(f"{name} looks like a binary file, not text.")
    return text


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if it names one Python knows."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    import codecs

    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(re.search(r"<(body|article|p|div)\b", head))


def from_html(html: str, source: str = "<html>") -> Document:
    """Article text, title and date from a web page (trafilatura), then cleaned like plain text."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    if extracted is None:
        raise InputError(f"No article text could be found in the HTML of {source}.")
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else extracted
    # Trafilatura puts one newline between paragraphs; two keep them apart in the cleaner.
    text = re.sub(r"\n+", "\n\n", meta.get("text") or "")
    title = (meta.get("title") or "").strip() or None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    published = _parse_iso_date(meta.get("date"))
    document = from_text(text, source=source)
    if title and title == document.text.strip():
        title = None  # a page whose only text is one line: that line is what to check, not a headline
    return Document(text=document.text, title=title or document.title,
                    published=document.published or published, source=source)


def strip_markdown(text: str) -> str:
    """Markdown markup out, words kept: headings, emphasis, links, images, lists, quotes, code fences."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)  # front matter
    text = re.sub(r"^```.*?^```\s*$", "", text, flags=re.DOTALL | re.MULTILINE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"^\s*([-*_])(\s*\1){2,}\s*$", "", text, flags=re.MULTILINE)  # rules
    return text


def from_text(text: str, source: str = "<text>") -> Document:
    """Clean plain text into a Document: furniture out, dateline and title kept, lines unwrapped."""
    if len(text) > MAX_CHARS:
        raise InputError(f"{source} has {len(text):,} characters, over the {MAX_CHARS:,} limit for one article.")
    lines = _normalise(text).split("\n")
    lines = [_strip_breadcrumb(line) for line in lines]
    lines = [line for line in lines if line is not None]
    top = [i for i, line in enumerate(lines) if line][:3]
    lines = [line for i, line in enumerate(lines) if not (i in top and SECTION_LINE.match(line))]
    published = None
    head = [i for i, line in enumerate(lines) if line.strip()][:4]
    for i in head:
        match = DATELINE.match(lines[i].strip())
        if match:
            published = _parse_date(DATE_IN_LINE.search(lines[i]).group(0))
            if published:
                break
    lines = _drop_repeated_lines(lines)
    paragraphs = _paragraphs(lines)
    if not paragraphs:
        raise InputError(f"{source} has no article text (it is empty or only page furniture).")
    title = _find_title(paragraphs)
    clean = "\n\n".join(paragraphs)
    check_language(clean, source)
    return Document(text=clean, title=title, published=published, source=source)


def check_language(text: str, source: str) -> None:
    """Refuse text that is not English rather than invent claims from it."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        raise InputError(f"{source} has no words to check.")
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
    if non_latin / len(letters) > 0.3:
        raise InputError(f"{source} does not look like English; Claimcheck only checks English text.")
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(set(words)) >= 12:  # enough words to tell; not a chant ('"Lies, lies, lies!"' five times)
        english = sum(1 for w in words if w in ENGLISH_MARKERS)
        if english / len(words) < 0.08:
            raise InputError(f"{source} does not look like English; Claimcheck only checks English text.")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    text = re.sub(r"[ \f\v]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _strip_breadcrumb(line: str) -> str | None:
    """The line without a breadcrumb (None when the line is only furniture)."""
    if FURNITURE_LINE.match(line) or BREADCRUMB_LINE.match(line):
        return None
    return GLUED_BREADCRUMB.sub("", line)


def _drop_repeated_lines(lines: list[str]) -> list[str]:
    """A headline that merely repeats the next non-empty line is printed once."""
    kept: list[str] = []
    previous = None
    for line in lines:
        if line and previous is not None and line.casefold() == previous.casefold():
            continue
        kept.append(line)
        if line:
            previous = line
    return kept


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line blocks; inside a block, hard-wrapped lines are joined and short lines stand alone."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    for block in blocks:
        wrapped = sum(1 for line in block if len(line) >= 50) >= 3
        current = ""
        for line in block:
            if current and _continues(current, line, wrapped):
                current = f"{current} {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _continues(current: str, line: str, wrapped_block: bool) -> bool:
    if current.endswith(TERMINAL) or len(current) < 40:
        return False
    return line[0].islower() or wrapped_block or current.endswith((",", "-", "–"))


BYLINE_LINE = re.compile(r"^(?:by|words by|reporting by)\s+[A-Z]", re.IGNORECASE)


def _find_title(paragraphs: list[str]) -> str | None:
    """The headline: of the short lines above the body (not datelines or bylines), the one with most words."""
    candidates = []
    for paragraph in paragraphs[:min(4, len(paragraphs) - 1)]:  # a headline has a body after it
        if DATELINE.match(paragraph) or BYLINE_LINE.match(paragraph):
            continue
        if paragraph.endswith((".", ";")) or len(paragraph) > 160:
            break  # the body has started
        if len(paragraph.split()) >= 2 and not paragraph.endswith(":"):
            candidates.append(paragraph)
    return max(candidates, key=lambda p: len(p.split()), default=None)


def _parse_date(text: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _parse_iso_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
