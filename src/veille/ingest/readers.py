"""Readers: files on disk → `Article` records whose `text` is what every offset refers to.

- `.txt`: the whole file (title line included), UTF-8 with a BOM removed, nothing else changed. UTF-16 and
  UTF-32 files with a BOM are decoded. Text that is not UTF-8 is decoded as cp1252 (then latin-1) with a
  warning, since that is what such French files usually are.
- `.html`/`.htm`: trafilatura's main text, title, date and URL.
- `.jsonl`: one article per line (`id, title, text, published, url, outlet, authors, language`), each field
  checked for its type; a bad line is a ReadError naming the file and line.

NUL characters: every text, from a file (`decode_text`) or from a string (a pasted text, a JSON record, an HTML
page), goes through `text_without_nul`: a few NULs inside otherwise valid text are removed with a warning; text
where control characters are more than 1% of the characters is refused as binary. The CLI, the store and the
web upload all read through these functions, so they decide alike.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
from pathlib import Path
from typing import Any, Iterator, Optional, Union

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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE starts like UTF-16 LE


def text_without_nul(text: str, where: Union[str, Path, None] = None) -> str:
    """The one decision on control characters, for files and strings alike: more than 1% of the text → binary,
    refused; a few NULs → removed, with a warning (they break C strings, SQLite's full-text index, browsers)."""
    control = len(_CONTROL.findall(text))
    if not control:
        return text
    if control > 0.01 * len(text):
        raise ReadError(where, "binary file (not text)")
    nul = text.count("\x00")
    if nul:
        log.warning("%s: %d NUL character(s) removed", where or "<input>", nul)
        text = text.replace("\x00", "")
    return text


def decode_text(data: bytes, path: Union[str, Path, None] = None) -> str:
    """UTF-8 (BOM removed), UTF-16/32 with a BOM; else cp1252/latin-1 with a warning. Binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(path, f"undecodable text (invalid {encoding.split('-sig')[0].upper()})") from None
            if not text.strip():
                raise ReadError(path, "empty file")
            return text_without_nul(text, path)
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        return text_without_nul(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:  # not UTF-8 and holding NULs: a binary file, whatever one-byte decoding says
        raise ReadError(path, "binary file (not text)")
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        text = text_without_nul(text, path)
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
    text = text_without_nul(text, source_path)
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
    text = text_without_nul((get("text") or "").strip(), source_path or url)
    if len(text) < 40:
        raise ReadError(source_path or url, "HTML with no article text")
    authors = [a.strip() for a in re.split(r"[;,]", get("author") or "") if a.strip()]
    return Article(text=text, title=get("title"), published=get("date"), url=get("url") or url,
                   outlet=get("sitename"), authors=authors, source_path=source_path)


def read_html(path: Path) -> Article:
    return article_from_html(decode_text(path.read_bytes(), path), source_path=str(path))


_JSON_TYPE = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
              bool: "true/false", type(None): "null"}
_PUBLISHED = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _json_type(value: Any) -> str:
    return _JSON_TYPE.get(type(value), type(value).__name__)


def _string_field(rec: dict, name: str, where: str) -> Optional[str]:
    value = rec.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ReadError(where, f"field \"{name}\" must be a string, not {_json_type(value)}")


def valid_published(value: Optional[str], where: str, name: str = "published") -> Optional[str]:
    """A publication date as ISO YYYY, YYYY-MM, YYYY-MM-DD or a full ISO date-time that exists; else a ReadError."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        if _PUBLISHED.fullmatch(value):
            year, month, day = (value.split("-") + ["01", "01"])[:3]
            dt.date(int(year), int(month), int(day))
        else:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReadError(where, f"field \"{name}\" is not a valid ISO date ({value[:40]!r})") from None
    return value


def article_from_record(rec: dict, where: str) -> Article:
    """One JSON record → an Article, each field checked: a wrong type or an impossible date is a ReadError
    naming `where` (the file and line) and the field, before anything is extracted or stored."""
    if not isinstance(rec, dict):
        raise ReadError(where, "record is not a JSON object")
    text = rec.get("text")
    if text is not None and not isinstance(text, str):
        raise ReadError(where, f"field \"text\" must be a string, not {_json_type(text)}")
    if not text or not text.strip():
        raise ReadError(where, "record has no text")
    fields = {name: _string_field(rec, name, where) for name in ("title", "url", "outlet", "language")}
    date_field = "published" if rec.get("published") else "date"
    published = valid_published(_string_field(rec, date_field, where), where, date_field)
    authors = rec.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise ReadError(where, "field \"authors\" must be a list of strings")
    record_id = rec.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        raise ReadError(where, f"field \"id\" must be a string or a number, not {_json_type(record_id)}")
    return Article(text=text_without_nul(text, where), published=published, authors=authors,
                   source_path=where.split(":")[0], external_id=str(record_id) if record_id is not None else None,
                   **fields)


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
