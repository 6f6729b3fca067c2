"""Stage 6a: the reference corpus: sources in, passages out, and an index on disk.

Sources: a folder of .md/.txt/.html files (optional front matter: title, url, publisher,
published), JSONL and CSV with `id,title,url,publisher,published,text` (other columns are kept as
metadata), schema.org ClaimReview JSON/JSON-LD, and URLs (fetched with the core's safe fetcher).

An index is a folder: `manifest.json` (format, version, counts), `passages.sqlite` (documents and
passages with their offsets and metadata) and `bm25/` (the bm25s arrays, memory-mapped on load).
It is written to a temporary folder and swapped into place, so a crash never leaves half an index.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .errors import CheckerError, CorpusError, FetchError, InputError

INDEX_FORMAT = "claimcheck-index"
INDEX_VERSION = 2
SOURCE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
DATA_SUFFIXES = (".jsonl", ".csv", ".json", ".jsonld")
PASSAGE_WORDS = 120  # a passage is a paragraph, or a window of about this many words of a long one
META_FIELDS = ("title", "url", "publisher", "published")


@dataclass(frozen=True)
class SourceDocument:
    """One reference document before it is split into passages."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    metadata: dict = field(default_factory=dict)
    origin: str = ""  # file and line it came from, for messages


@dataclass(frozen=True)
class Passage:
    """A paragraph-sized piece of a reference document, with its offsets in that document."""

    id: int
    doc_id: str
    text: str
    start: int
    end: int
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    metadata: dict = field(default_factory=dict)


@dataclass
class SourceReport:
    """What reading sources found: the documents, and the files skipped with the reason."""

    documents: list[SourceDocument] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------
# Reading sources


def read_sources(paths: Iterable[str | Path], *, allow_private_hosts: bool = False) -> SourceReport:
    """Every document in the given folders, files and URLs; unreadable files are skipped and named."""
    from .fetch import is_url

    report = SourceReport()
    for source in paths:
        source = str(source)
        if is_url(source):
            report.documents.append(read_url(source, allow_private_hosts=allow_private_hosts))
            continue
        path = Path(source)
        if not path.exists():
            raise CorpusError(f"{source} does not exist.")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        indexes = [p for p in path.rglob("*") if looks_like_index(p)] if path.is_dir() else []
        for file in files:
            if path.is_dir() and (_ignored(file.relative_to(path)) or any(i in file.parents for i in indexes)):
                continue  # hidden files, READMEs and index folders built inside a source folder
            suffix = file.suffix.lower()
            if suffix not in SOURCE_SUFFIXES + DATA_SUFFIXES:
                if not path.is_dir():
                    raise CorpusError(f"{file} is not a corpus format Claimcheck reads "
                                      f"({', '.join(SOURCE_SUFFIXES + DATA_SUFFIXES)}).")
                continue
            try:
                text = _read_text(file)
            except CorpusError as exc:
                report.skipped.append(str(exc))
                continue
            doc_id = _doc_id(file, path)
            if suffix in SOURCE_SUFFIXES:
                document = read_document(text, doc_id=doc_id, origin=str(file), html=suffix in (".html", ".htm"))
                if document is None:
                    report.skipped.append(f"{file}: no text to index.")
                else:
                    report.documents.append(document)
            elif suffix == ".jsonl":
                report.documents.extend(read_jsonl(text, str(file)))
            elif suffix == ".csv":
                report.documents.extend(read_csv(text, str(file)))
            else:
                report.documents.extend(read_json(text, str(file)))
    check_unique(report.documents)
    return report


def _ignored(relative: Path) -> bool:
    """Hidden files and README files describe a corpus folder; they are not part of it."""
    return any(part.startswith((".", "_")) for part in relative.parts) or relative.stem.upper() == "README"


def _doc_id(file: Path, root: Path) -> str:
    if root.is_dir():
        return file.relative_to(root).with_suffix("").as_posix()
    return file.stem


def _read_text(file: Path) -> str:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{file}: cannot be read ({exc.strerror}); skipped.") from None
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{file}: looks like a binary file; skipped.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{file}: is not valid UTF-8 (byte {exc.start}); skipped.") from None


FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def read_document(text: str, *, doc_id: str, origin: str = "", html: bool = False) -> SourceDocument | None:
    """A Markdown, text or HTML file as a document, with its front matter as metadata."""
    metadata: dict = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                metadata[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end():]
    title = metadata.pop("title", None)
    if html:
        from .ingest import from_html

        try:
            page = from_html(text, source=origin)
        except InputError:
            return None
        body, title = page.text, title or page.title
        metadata.setdefault("published", page.published.isoformat() if page.published else None)
    else:
        from .ingest import strip_markdown

        body = strip_markdown(text).strip()
    body = re.sub(r"\n{3,}", "\n\n", body.replace("\r\n", "\n")).strip()
    if not body:
        return None
    return SourceDocument(id=metadata.pop("id", None) or doc_id, text=body, title=title,
                          url=metadata.pop("url", None), publisher=metadata.pop("publisher", None),
                          published=_iso_date(metadata.pop("published", None)),
                          metadata={k: v for k, v in metadata.items() if v}, origin=origin)


def read_url(url: str, *, allow_private_hosts: bool = False) -> SourceDocument:
    """A web page as a reference document, fetched with the core's safe fetcher."""
    from .ingest import read

    try:
        page = read(url, allow_private_hosts=allow_private_hosts)
    except (FetchError, InputError) as exc:
        raise CorpusError(str(exc)) from None
    from urllib.parse import urlsplit

    return SourceDocument(id=url, text=page.text, title=page.title, url=url, publisher=urlsplit(url).hostname,
                          published=page.published.isoformat() if page.published else None, origin=url)


def _record(item: dict, origin: str, where: str) -> SourceDocument:
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: expected an object with id, text and metadata.")
    text = item.get("text")
    doc_id = item.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise CorpusError(f"{where}: the record has no 'id'.")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: the record has no 'text'.")
    extra = {k: v for k, v in item.items() if k not in ("id", "text") + META_FIELDS and v not in (None, "")}
    return SourceDocument(id=str(doc_id).strip(), text=text.strip(),
                          title=_clean(item.get("title")), url=_clean(item.get("url")),
                          publisher=_clean(item.get("publisher")), published=_iso_date(item.get("published")),
                          metadata=extra, origin=where)


def _clean(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_jsonl(text: str, origin: str) -> list[SourceDocument]:
    """JSON Lines records, one document each; a malformed line is an error naming its number."""
    from .storage import json_lines

    documents = []
    for number, item in json_lines(text, origin, CorpusError):
        if _is_claim_review(item):
            documents.extend(claim_review_documents(item, f"{origin}, line {number}"))
        else:
            documents.append(_record(item, origin, f"{origin}, line {number}"))
    return documents


def read_csv(text: str, origin: str) -> list[SourceDocument]:
    """CSV rows with at least `id` and `text` columns; other columns are metadata."""
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "id" not in fields or "text" not in fields:
        raise CorpusError(f"{origin}: a corpus CSV needs 'id' and 'text' columns (found: {', '.join(fields) or 'none'}).")
    reader.fieldnames = fields
    documents = []
    try:
        for row in reader:
            where = f"{origin}, line {reader.line_num}"
            if None in row:
                raise CorpusError(f"{where}: more values than columns.")
            documents.append(_record(row, origin, where))
    except csv.Error as exc:
        raise CorpusError(f"{origin}, line {reader.line_num}: {exc}.") from None
    return documents


def read_json(text: str, origin: str) -> list[SourceDocument]:
    """A JSON or JSON-LD file: ClaimReview items (alone, in a list, a @graph or a DataFeed) or records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{origin}, line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    items = _flatten(data)
    documents = []
    for n, item in enumerate(items, 1):
        where = f"{origin}, item {n}"
        if _is_claim_review(item):
            documents.extend(claim_review_documents(item, where))
        else:
            documents.append(_record(item, origin, where))
    return documents


def _flatten(data) -> list:
    if isinstance(data, list):
        return [x for item in data for x in _flatten(item)]
    if isinstance(data, dict):
        for key in ("@graph", "dataFeedElement", "itemListElement"):
            if isinstance(data.get(key), list):
                return [x for item in data[key] for x in _flatten(item.get("item", item) if isinstance(item, dict)
                                                                     and "item" in item else item)]
    return [data]


def _is_claim_review(item) -> bool:
    kind = item.get("@type") if isinstance(item, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return "ClaimReview" in kinds


def claim_review_documents(item: dict, where: str) -> list[SourceDocument]:
    """A schema.org ClaimReview as a document: the claim, its claimant, the rating and the review URL."""
    claim = item.get("claimReviewed")
    if not isinstance(claim, str) or not claim.strip():
        raise CorpusError(f"{where}: a ClaimReview needs 'claimReviewed'.")
    rating = item.get("reviewRating") or {}
    rating_name = rating.get("alternateName") or rating.get("name") if isinstance(rating, dict) else None
    reviewed = item.get("itemReviewed") or {}
    claimant = _names(reviewed.get("author")) if isinstance(reviewed, dict) else None
    publisher_name = _names(item.get("author") or item.get("publisher"))
    url = item.get("url")
    parts = [claim.strip().rstrip(".") + "."]
    if claimant:
        parts.append(f"Claimed by {claimant}.")
    if rating_name:
        parts.append(f"Rating: {rating_name}.")
    metadata = {"type": "ClaimReview", "claim_reviewed": claim.strip()}
    if rating_name:
        metadata["rating"] = rating_name
    if claimant:
        metadata["claimant"] = claimant
    if isinstance(reviewed, dict) and reviewed.get("datePublished"):
        metadata["claim_date"] = str(reviewed["datePublished"])
    return [SourceDocument(id=str(item.get("@id") or url or claim.strip()[:80]), text=" ".join(parts),
                           title=item.get("headline") or claim.strip(), url=url, publisher=publisher_name,
                           published=_iso_date(item.get("datePublished")), metadata=metadata, origin=where)]


def _names(value) -> str | None:
    """The name(s) of a schema.org Person/Organization, a list of them, or a plain string."""
    if not value:
        return None
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _iso_date(value) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return text


def check_unique(documents: Sequence[SourceDocument]) -> None:
    """Refuse two documents with one id: evidence must point at exactly one source."""
    seen: dict[str, str] = {}
    for document in documents:
        if document.id in seen:
            raise CorpusError(f"Duplicate document id '{document.id}' in {seen[document.id]} and {document.origin}.")
        seen[document.id] = document.origin


# ---------------------------------------------------------------------------------------------------------
# Passages

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def _word_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut into windows of PASSAGE_WORDS words when no sentence end broke it up."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) <= PASSAGE_WORDS * 2:
        return [(start, end)]
    return [(start + words[i].start(), start + words[min(i + PASSAGE_WORDS, len(words)) - 1].end())
            for i in range(0, len(words), PASSAGE_WORDS)]


def passages_of(document: SourceDocument, first_id: int = 0) -> list[Passage]:
    """Paragraphs, with long ones cut into windows of whole sentences; offsets point into the document."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", document.text):
        start, end = match.start(), match.end()
        words = len(match.group(0).split())
        if words <= PASSAGE_WORDS * 1.5:
            spans.append((start, end))
            continue
        window_start, count = start, 0
        cuts = [m.end() + start for m in SENTENCE_END.finditer(match.group(0))] + [end]
        previous = start
        for cut in cuts:
            count += len(document.text[previous:cut].split())
            previous = cut
            if count >= PASSAGE_WORDS or cut == end:
                spans.append((window_start, cut))
                window_start, count = cut, 0
    spans = [piece for span in spans for piece in _word_windows(document.text, *span)]
    passages = []
    for start, end in spans:
        text = document.text[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        start += len(text) - len(text.lstrip())
        passages.append(Passage(id=first_id + len(passages), doc_id=document.id, text=stripped, start=start,
                                end=start + len(stripped), title=document.title, url=document.url,
                                publisher=document.publisher, published=document.published,
                                metadata=document.metadata))
    return passages


# ---------------------------------------------------------------------------------------------------------
# The index

SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, url TEXT, publisher TEXT, published TEXT,
                        metadata TEXT, text TEXT);
CREATE TABLE passages (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, start INTEGER, end INTEGER, text TEXT);
"""


class CorpusIndex:
    """Passages of reference documents with a BM25 index; search returns ranked Evidence."""

    def __init__(self, store: sqlite3.Connection, retriever, manifest: dict, path: Path | None = None):
        self.store = store
        self.retriever = retriever
        self.manifest = manifest
        self.path = path
        self.skipped: list[str] = []

    # -- building and saving ------------------------------------------------------------------------------

    @classmethod
    def build(cls, documents: Sequence[SourceDocument], path: str | Path | None = None,
              base: "CorpusIndex | None" = None) -> "CorpusIndex":
        """Index documents (after those of `base`, whose passages are reused), in memory or saved at `path`."""
        from .retrieve import Retriever

        if not documents and base is None:
            raise CorpusError("The corpus is empty: no documents to index.")
        check_unique(documents)
        store = sqlite3.connect(":memory:", check_same_thread=False)
        store.executescript(SCHEMA)
        existing = 0
        if base is not None:
            _copy_store(base.store, store)
            existing = store.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
            known = {row[0] for row in store.execute("SELECT id FROM documents")}
            clashes = [d.id for d in documents if d.id in known]
            if clashes:
                raise CorpusError(f"Document id '{clashes[0]}' is already in the index.")
        passage_count = existing
        for document in documents:
            store.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (document.id, document.title, document.url, document.publisher, document.published,
                           json.dumps(document.metadata, ensure_ascii=False), document.text))
            passages = passages_of(document, first_id=passage_count)
            store.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?)",
                              [(p.id, p.doc_id, p.start, p.end, p.text) for p in passages])
            passage_count += len(passages)
        if passage_count == 0:
            raise CorpusError("The corpus has no text to index.")
        store.commit()
        rows = store.execute(
            "SELECT p.text, d.title FROM passages p JOIN documents d ON d.id = p.doc_id ORDER BY p.id").fetchall()
        retriever = Retriever.build([text for text, _ in rows], [title or "" for _, title in rows])
        manifest = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "claimcheck_version": _version(),
            "documents": store.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "passages": passage_count,
            "built": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }
        index = cls(store, retriever, manifest)
        if path is not None:
            index.save(path)
        return index

    def save(self, path: str | Path) -> None:
        """Write the index folder through a temporary folder and a rename, so it is whole or absent."""
        target = Path(path)
        if target.is_file() or (target.is_dir() and any(target.iterdir()) and not is_index(target)):
            raise CorpusError(f"{target} exists and is not a Claimcheck index; choose another --out.")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; an index is as shareable as any folder
        try:
            disk = sqlite3.connect(tmp / "passages.sqlite")
            self.store.backup(disk)
            disk.close()
            self.retriever.save(tmp / "bm25")
            (tmp / "manifest.json").write_text(json.dumps(self.manifest, indent=2), encoding="utf-8")
            old = None
            if target.exists():
                old = _previous(target)
                if old.exists():
                    shutil.rmtree(old)
                os.replace(target, old)
            try:
                os.replace(tmp, target)
            except BaseException:
                if old is not None:
                    os.replace(old, target)  # put the previous index back
                raise
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self.path = target

    @classmethod
    def load(cls, path: str | Path) -> "CorpusIndex":
        """Open a saved index (arrays memory-mapped); a missing, foreign or damaged one is a CorpusError."""
        from .retrieve import Retriever

        path = Path(path)
        rebuild = f"rebuild it with: claimcheck corpus build SOURCES --out {path}"
        manifest_file = path / "manifest.json"
        if not path.exists() and _previous(path).exists():
            os.replace(_previous(path), path)  # a save was interrupted between its two renames
        if not path.exists():
            raise CorpusError(f"No index at {path}; {rebuild}.")
        try:
            manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise CorpusError(f"{path} is not a Claimcheck index or is damaged; {rebuild}") from None
        if not isinstance(manifest, dict) or manifest.get("format") != INDEX_FORMAT:
            raise CorpusError(f"{path} is not a Claimcheck index; {rebuild}")
        if manifest.get("version") != INDEX_VERSION:
            raise CorpusError(f"{path} was built by claimcheck {manifest.get('claimcheck_version', '?')} "
                              f"(index format v{manifest.get('version')}); this claimcheck reads v{INDEX_VERSION}: "
                              f"{rebuild}")
        try:
            store = sqlite3.connect(f"file:{path / 'passages.sqlite'}?mode=ro", uri=True, check_same_thread=False)
            count = (store.execute("SELECT MAX(id) FROM passages").fetchone()[0] or -1) + 1  # ids run 0..n-1
            retriever = Retriever.load(path / "bm25")
        except (sqlite3.DatabaseError, OSError, ValueError, KeyError, EOFError) as exc:
            raise CorpusError(f"{path} is damaged ({type(exc).__name__}); {rebuild}") from None
        if count != manifest.get("passages") or retriever.size != count:
            raise CorpusError(f"{path} is damaged (its parts disagree on the number of passages); {rebuild}")
        return cls(store, retriever, manifest, path)

    def add(self, documents: Sequence[SourceDocument]) -> "CorpusIndex":
        """A new index with these documents added; the passages already indexed are reused, not re-read."""
        return CorpusIndex.build(documents, base=self)

    # -- reading ------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.manifest["passages"])

    @property
    def documents(self) -> int:
        return int(self.manifest["documents"])

    def passages(self, ids: Sequence[int]) -> list[Passage]:
        """Passages by id, in the order asked."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        try:
            rows = self.store.execute(
                f"SELECT p.id, p.doc_id, p.text, p.start, p.end, d.title, d.url, d.publisher, d.published, "
                f"d.metadata FROM passages p JOIN documents d ON d.id = p.doc_id WHERE p.id IN ({marks})",
                [int(i) for i in ids]).fetchall()
        except sqlite3.DatabaseError as exc:
            raise CorpusError(f"The corpus index is damaged ({exc}); rebuild it with: claimcheck corpus build") from None
        by_id = {row[0]: Passage(id=row[0], doc_id=row[1], text=row[2], start=row[3], end=row[4], title=row[5],
                                 url=row[6], publisher=row[7], published=row[8],
                                 metadata=json.loads(row[9] or "{}")) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def all_documents(self) -> list[SourceDocument]:
        rows = self.store.execute("SELECT id, text, title, url, publisher, published, metadata FROM documents")
        return [SourceDocument(id=r[0], text=r[1], title=r[2], url=r[3], publisher=r[4], published=r[5],
                               metadata=json.loads(r[6] or "{}")) for r in rows]

    def search(self, text: str, k: int = 5):
        """The `k` passages most relevant to `text`, as Evidence (stance `related` until judged)."""
        return self.search_many([text], k=k)[0]

    def search_many(self, texts: Sequence[str], k: int = 5, align: bool = True, candidates: int | None = None):
        """`search` for many texts at once (they are vectorised together)."""
        from .retrieve import CANDIDATES, search_many

        return search_many(self, texts, k=k, align=align, n_candidates=candidates or CANDIDATES)


def _previous(target: Path) -> Path:
    """Where the index being replaced waits while a save swaps the new one in."""
    return target.with_name(f".{target.name}.old")


def _copy_store(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    for table in ("documents", "passages"):
        rows = source.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _version() -> str:
    from . import __version__

    return __version__


def is_index(path: str | Path) -> bool:
    return (Path(path) / "manifest.json").exists()


def looks_like_index(path: str | Path) -> bool:
    """An index folder, whole or damaged (its parts are there even if the manifest is not)."""
    path = Path(path)
    return path.is_dir() and any((path / part).exists() for part in ("manifest.json", "passages.sqlite", "bm25"))


def load_corpus(path: str | Path, *, allow_private_hosts: bool = False) -> CorpusIndex:
    """An index folder, or source folders/files indexed in memory on the fly.

    Files skipped while reading sources are listed in the index's `skipped` attribute.
    """
    path_text = str(path)
    is_url = path_text.lower().startswith(("http://", "https://"))
    if not is_url and (looks_like_index(path) or Path(path_text).suffix.lower() == ".idx"):
        return CorpusIndex.load(path)
    report = read_sources([path], allow_private_hosts=allow_private_hosts)
    index = CorpusIndex.build(report.documents)
    index.skipped = report.skipped
    return index


__all__ = ["CheckerError", "CorpusIndex", "Passage", "SourceDocument", "SourceReport", "is_index", "load_corpus",
           "passages_of", "read_sources"]
