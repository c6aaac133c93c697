"""Walk what the user named (files, folders recursively) and read every article in it.

In folders, only files with a known article suffix are read (hidden files and folders are skipped); a file named
explicitly is always read. Errors are values (ReadError), so that one bad file never stops a batch.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Union

from veille.ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, ReadError, read_path
from veille.ingest.warc import WARC_SUFFIXES, is_warc, read_warc
from veille.model import Article

ARTICLE_SUFFIXES = tuple(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES) + WARC_SUFFIXES
MULTI_RECORD_SUFFIXES = tuple(JSONL_SUFFIXES) + WARC_SUFFIXES


def is_article_file(path: Union[str, Path]) -> bool:
    return str(path).lower().endswith(ARTICLE_SUFFIXES)


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, ReadError]]:
    """Files to read, in a stable (sorted) order; a named path that does not exist is a ReadError."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and is_article_file(name):
                        yield Path(root) / name
        elif p.exists():
            yield p
        else:
            yield ReadError(p, "no such file or folder")


def read_file(path: Union[str, Path]) -> Iterator[Union[Article, ReadError]]:
    """Every article in one file. Records of a multi-article file without a URL or id are told apart by their
    position, so that each keeps its own identity in the store."""
    if is_warc(path):
        items = read_warc(path)
    else:
        items = read_path(path)
    multi = str(path).lower().endswith(MULTI_RECORD_SUFFIXES)
    for n, item in enumerate(items, 1):
        if multi and isinstance(item, Article) and not item.url and not item.external_id:
            item.external_id = f"record-{n}"
        yield item


def iter_articles(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Article, ReadError]]:
    for f in iter_files(paths):
        if isinstance(f, ReadError):
            yield f
        else:
            yield from read_file(f)


def estimate_count(paths: Iterable[Union[str, Path]]) -> int:
    """How many articles `iter_articles` will give, cheaply (for a progress bar): one per file, lines of .jsonl;
    a WARC counts as one (its size is unknown until read)."""
    total = 0
    for f in iter_files(paths):
        if isinstance(f, ReadError):
            total += 1
        elif str(f).lower().endswith(tuple(JSONL_SUFFIXES)):
            try:
                with open(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
