"""WARC news crawls (.warc, .warc.gz) → Articles, through warcio.

Each HTML response (or resource) record becomes one article: its payload goes through the HTML reader
(`article_from_html`) with the record's target URI as URL. Records that are not HTML (requests, metadata, images,
redirects) are skipped silently; an HTML record that yields no article text is reported as a ReadError naming the
file, the record offset and its URL, and the crawl goes on.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterator, Optional, Union

from veille.ingest.readers import ReadError, article_from_html, decode_text
from veille.model import Article

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Union[str, Path]) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> Optional[str]:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return m.group(1) if m else None


def _decode(payload: bytes, content_type: str, where: str) -> str:
    charset = _charset(content_type)
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(payload, where)


def read_warc(path: Union[str, Path]) -> Iterator[Union[Article, ReadError]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    p = Path(path)
    try:
        with open(p, "rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response" and record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not ctype.lower().startswith(HTML_TYPES):
                    continue
                where = f"{p}"
                try:
                    payload = record.content_stream().read()
                    # (the offset is only known once the record is read)
                    offset = it.get_record_offset()
                    where = f"{p}@{offset}"
                    html = _decode(payload, ctype, where)
                    article = article_from_html(html, source_path=str(p), url=url)
                    if not article.url:
                        article.external_id = str(offset)
                    yield article
                except ReadError as exc:
                    yield ReadError(f"{where} {url or ''}".strip(), exc.reason)
                except Exception as exc:  # a broken record never stops the crawl
                    yield ReadError(f"{where} {url or ''}".strip(), f"unreadable record ({type(exc).__name__})")
    except ArchiveLoadFailed as exc:
        yield ReadError(p, f"not a WARC file ({str(exc).splitlines()[0] if str(exc) else 'unreadable'})")
    except OSError as exc:
        yield ReadError(p, f"unreadable WARC ({exc.strerror or exc})")
