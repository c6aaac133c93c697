"""Walking folders and reading WARC crawls into articles."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from veille.ingest.readers import ReadError
from veille.ingest.walk import estimate_count, iter_articles, iter_files
from veille.ingest.warc import read_warc
from veille.model import Article

HTML = """<html><head><title>Le sommet de Bruxelles</title></head><body><article>
<h1>Le sommet de Bruxelles</h1>
<p>Le président du Conseil européen a déclaré mardi que les discussions avaient progressé. « Nous avons avancé
sur les garanties de sécurité », a-t-il ajouté devant la presse réunie à Bruxelles pour l'occasion.</p>
<p>Les ministres se retrouveront la semaine prochaine pour poursuivre les négociations sur ce dossier sensible
qui divise encore les États membres de l'Union.</p>
</article></body></html>"""


def test_walk_is_recursive_sorted_and_skips_hidden_and_unknown_files(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ("a.txt", "b/z.html", "b/c/y.jsonl", "b/c/w.warc.gz", ".hidden.txt", ".git/x.txt", "b/pic.jpg",
                "b/data.json"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    files = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert files == ["a.txt", "b/z.html", "b/c/w.warc.gz", "b/c/y.jsonl"]
    named = list(iter_files([tmp_path / "b" / "pic.jpg", tmp_path / "nope.txt"]))
    assert named[0] == tmp_path / "b" / "pic.jpg"  # a file named explicitly is always read
    assert isinstance(named[1], ReadError) and "nope.txt" in str(named[1])


def test_iter_articles_mixes_articles_and_errors_and_numbers_jsonl_records(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\nCorps de l'article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps({"text": "un"}) + "\n\n" + json.dumps({"id": 9, "text": "deux"})
                                      + "\n" + json.dumps({"text": "trois", "url": "https://x.fr/3"}) + "\n",
                                      encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert [a.text for a in arts] == ["Corps de l'article." if False else "Titre\nCorps de l'article.", "un",
                                      "deux", "trois"]
    assert [a.external_id for a in arts[1:]] == ["record-1", "9", None]
    assert len(errs) == 1 and "empty.txt" in str(errs[0])
    assert estimate_count([tmp_path]) == 5


def _warc(path: Path, records: list[tuple[str, str, bytes, int]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, body, status in records:
            http = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(rec)
        req = writer.create_warc_record("https://news.example/a", "request",
                                        payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        writer.write_record(req)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_articles(tmp_path, name):
    path = tmp_path / name
    _warc(path, [
        ("https://news.example/a", "text/html; charset=utf-8", HTML.encode("utf-8"), 200),
        ("https://news.example/b", "text/html; charset=iso-8859-1", HTML.encode("latin-1", "replace"), 200),
        ("https://news.example/logo.png", "image/png", b"\x89PNG....", 200),
        ("https://news.example/gone", "text/html", b"<html>moved</html>", 301),
        ("https://news.example/empty", "text/html", b"<html><body><p>Menu</p></body></html>", 200),
    ])
    items = list(read_warc(path))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert [a.url for a in arts] == ["https://news.example/a", "https://news.example/b"]
    assert "garanties de sécurité" in arts[0].text and arts[0].source_path == str(path)
    assert "sécurité" in arts[1].text  # the declared charset is honoured
    assert len(errs) == 1 and "news.example/empty" in str(errs[0]) and name in str(errs[0])
    assert [i.url for i in iter_articles([tmp_path]) if isinstance(i, Article)] == [a.url for a in arts]


def test_a_file_that_is_not_a_warc_is_one_error(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a warc file at all\n" * 10))
    items = list(read_warc(bad))
    assert len(items) == 1 and isinstance(items[0], ReadError) and "bad.warc.gz" in str(items[0])
