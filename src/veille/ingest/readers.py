"""Readers: files on disk → `Article` records whose `text` is what every offset refers to.

- `.txt`: the whole file (title line included), UTF-8 with a BOM removed, nothing else changed. Text that is not
  UTF-8 is decoded as cp1252 (then latin-1) with a warning, since that is what such French files usually are.
- `.html`/`.htm`: trafilatura's main text, title, date and URL.
- `.jsonl`: one article per line (`id, title, text, published, url, language`).
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Iterator, Union

from veille.model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}  # a README.md in a corpus folder is not an article
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class ReadError(Exception):
    """An input that cannot become an article. The message names the file and the reason."""

    def __init__(self, path: Union[str, Path, None], reason: str):
        self.path = str(path) if path is not None else "<input>"
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def decode_text(data: bytes, path: Union[str, Path, None] = None) -> str:
    """UTF-8 (BOM removed); else cp1252/latin-1 with a warning. Binary data is refused."""
    if not data.strip():
        raise ReadError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise ReadError(path, "binary file (not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
        if control > 0.01 * min(len(text), 8192):
            raise ReadError(path, "binary file (not text)")
        log.warning("%s: not UTF-8, decoded as %s", path, enc)
        return text
    raise ReadError(path, "undecodable text")


def _first_line(text: str) -> tuple[str, int]:
    """The title line of a .txt article and where the body starts."""
    stripped = text.lstrip("\r\n")
    lead = len(text) - len(stripped)
    m = re.search(r"\r\n|\n|\r", stripped)
    if not m:
        return stripped.strip(), len(text)
    return stripped[: m.start()].strip(), lead + m.end()


def article_from_text(text: str, source_path: Union[str, None] = None, **meta) -> Article:
    if not text.strip():
        raise ReadError(source_path, "empty file")
    title, body_start = _first_line(text)
    return Article(text=text, title=title or None, source_path=source_path, body_start=body_start, **meta)


def read_txt(path: Path) -> Article:
    return article_from_text(decode_text(path.read_bytes(), path), source_path=str(path))


def article_from_html(html: str, source_path: Union[str, None] = None, url: Union[str, None] = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise ReadError(source_path or url, "HTML with no article text")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = (get("text") or "").strip()
    if len(text) < 40:
        raise ReadError(source_path or url, "HTML with no article text")
    authors = [a.strip() for a in re.split(r"[;,]", get("author") or "") if a.strip()]
    return Article(text=text, title=get("title"), published=get("date"), url=get("url") or url,
                   outlet=get("sitename"), authors=authors, source_path=source_path)


def read_html(path: Path) -> Article:
    return article_from_html(decode_text(path.read_bytes(), path), source_path=str(path))


def article_from_record(rec: dict, where: str) -> Article:
    if not isinstance(rec, dict):
        raise ReadError(where, "record is not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "record has no text")
    return Article(text=text, title=rec.get("title"), published=rec.get("published") or rec.get("date"),
                   url=rec.get("url"), outlet=rec.get("outlet"), authors=list(rec.get("authors") or []),
                   language=rec.get("language"), source_path=where.split(":")[0],
                   external_id=str(rec["id"]) if rec.get("id") is not None else None)


def read_jsonl(path: Path) -> Iterator[Union[Article, ReadError]]:
    """Each line is an article, or a ReadError naming the file and line (the other lines still count)."""
    text = decode_text(path.read_bytes(), path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield article_from_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"invalid JSON ({exc.msg})")
        except ReadError as exc:
            yield exc


def read_path(path: Union[str, Path]) -> Iterator[Union[Article, ReadError]]:
    """Every article in one file, errors as values so that a batch goes on."""
    p = Path(path)
    try:
        if not p.exists():
            raise ReadError(p, "no such file")
        if p.is_dir():
            raise ReadError(p, "is a directory")
        suffix = p.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(p)
        elif suffix in HTML_SUFFIXES:
            yield read_html(p)
        else:
            yield read_txt(p)
    except ReadError as exc:
        yield exc
    except OSError as exc:
        yield ReadError(p, exc.strerror or str(exc))
