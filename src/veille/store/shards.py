"""Parquet shards: what a Dask worker writes for a batch of articles, and `veille load` merges into the store.

One row per article: its identity, and either its extraction (JSON of the contract fields plus the text) or the
one-line reason it failed. Shards are written to a temporary name then renamed, so a shard that exists is whole.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

SHARD_FIELDS = ("key", "article_id", "source", "pipeline_version", "extraction", "error", "seconds")


def _schema():
    import pyarrow as pa
    return pa.schema([("key", pa.string()), ("article_id", pa.string()), ("source", pa.string()),
                      ("pipeline_version", pa.string()), ("extraction", pa.string()), ("error", pa.string()),
                      ("seconds", pa.float64())])


def _table(rows: list[dict]):
    import pyarrow as pa
    return pa.Table.from_pylist([{k: r.get(k) for k in SHARD_FIELDS} for r in rows], schema=_schema())


def write_shard(rows: list[dict], path: Union[str, Path]) -> str:
    import pyarrow.parquet as pq

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(_table(rows), tmp, compression="zstd")
    os.replace(tmp, path)
    return str(path)


def shard_bytes(rows: list[dict]) -> bytes:
    """The Parquet file of a shard, in memory (for a worker that shares no folder with the loader)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(_table(rows), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def save_shard_bytes(data: bytes, path: Union[str, Path]) -> str:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return str(path)


def shard_row(key: str, article, extraction=None, error: Optional[str] = None, seconds: float = 0.0) -> dict:
    from veille.store.writer import extraction_to_record

    return {"key": key, "article_id": article.id, "source": article.source_path or article.url or key,
            "pipeline_version": extraction.pipeline_version if extraction is not None else None,
            "extraction": json.dumps(extraction_to_record(extraction), ensure_ascii=False)
            if extraction is not None else None,
            "error": error, "seconds": seconds}


def shard_paths(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """Shard files named directly or found (recursively) in the folders named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*.parquet") if x.is_file()))
        else:
            out.append(p)
    return out


def read_shard(path: Union[str, Path]) -> Iterator[dict]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    missing = {"key", "article_id", "extraction", "error"} - set(table.column_names)
    if missing:
        raise ValueError(f"not a veille shard (missing columns: {', '.join(sorted(missing))})")
    yield from table.to_pylist()
