"""Readers: what a file becomes, and one clear ReadError naming the file for each kind of bad input."""
from __future__ import annotations

import json
import logging

import pytest

from veille.ingest.readers import ReadError, read_path


def read_one(path):
    items = list(read_path(path))
    assert len(items) == 1, items
    return items[0]


def test_txt_keeps_title_line_and_bytes_as_text(tmp_path):
    p = tmp_path / "a.txt"
    body = "Le titre de l'article\r\nPremier paragraphe, « cité ».\r\n\r\nSecond paragraphe.\r\n"
    p.write_bytes(body.encode("utf-8"))
    art = read_one(p)
    assert art.title == "Le titre de l'article"
    assert art.text == body                     # no newline translation: offsets refer to this text
    assert art.text[art.body_start:].startswith("Premier paragraphe")
    assert art.source_path == str(p)


def test_txt_bom_is_removed(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffTitre avec BOM\nCorps du texte en français.".encode("utf-8"))
    art = read_one(p)
    assert art.text == "Titre avec BOM\nCorps du texte en français."
    assert art.title == "Titre avec BOM"


def test_cp1252_is_decoded_with_a_warning(tmp_path, caplog):
    p = tmp_path / "ancien.txt"
    text = "Un été à Noël\nLe député a déclaré : « C’est réglé » — voilà tout…"
    p.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        art = read_one(p)
    assert art.text == text
    assert any("ancien.txt" in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("content", [b"", b"   \n\n  \n"])
def test_empty_file_is_a_read_error_naming_the_file(tmp_path, content):
    p = tmp_path / "vide.txt"
    p.write_bytes(content)
    err = read_one(p)
    assert isinstance(err, ReadError)
    assert str(p) in str(err) and "empty" in str(err)
    assert "\n" not in str(err)


def test_binary_file_is_a_read_error(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = read_one(p)
    assert isinstance(err, ReadError)
    assert str(p) in str(err) and "binary" in str(err)


def test_missing_file_and_directory_are_read_errors(tmp_path):
    err = read_one(tmp_path / "absent.txt")
    assert isinstance(err, ReadError) and "absent.txt" in str(err)
    err = read_one(tmp_path)
    assert isinstance(err, ReadError) and str(tmp_path) in str(err)


def test_jsonl_bad_line_does_not_stop_the_others(tmp_path):
    p = tmp_path / "lot.jsonl"
    good = {"id": "a1", "title": "Titre", "text": "Un texte en français.", "published": "2024-01-02",
            "url": "https://example.org/a1", "language": "fr"}
    p.write_text("\n".join([json.dumps(good, ensure_ascii=False), "{pas du json", "",
                            json.dumps({"id": "a3", "title": "Sans texte"}),
                            json.dumps({**good, "id": "a4"})]) + "\n", encoding="utf-8")
    items = list(read_path(p))
    assert len(items) == 4
    first, bad, no_text, last = items
    assert first.text == "Un texte en français." and first.title == "Titre" and first.external_id == "a1"
    assert first.published == "2024-01-02" and first.url == "https://example.org/a1"
    assert isinstance(bad, ReadError) and f"{p}:2" in str(bad) and "JSON" in str(bad)
    assert isinstance(no_text, ReadError) and f"{p}:4" in str(no_text)
    assert last.external_id == "a4"


def test_html_with_no_article_is_a_read_error(tmp_path):
    p = tmp_path / "menu.html"
    p.write_text("<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a> "
                 "<a href='/contact'>Contact</a></nav></body></html>", encoding="utf-8")
    err = read_one(p)
    assert isinstance(err, ReadError)
    assert str(p) in str(err) and "no article" in str(err)


def test_html_article_gives_text_title_and_date(tmp_path):
    p = tmp_path / "article.html"
    paragraphs = "".join(f"<p>Paragraphe {i} : le conseil municipal a débattu longuement du budget "
                         f"de la ville et des travaux prévus pour l'année prochaine.</p>" for i in range(4))
    p.write_text(f"""<html lang="fr"><head><title>Le budget de la ville adopté</title>
        <meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head>
        <body><nav><a href="/">Accueil</a></nav><article><h1>Le budget de la ville adopté</h1>{paragraphs}
        </article><footer>Mentions légales</footer></body></html>""", encoding="utf-8")
    art = read_one(p)
    assert not isinstance(art, ReadError), art
    assert "Le budget de la ville adopté" in (art.title or "")
    assert "Paragraphe 0" in art.text and "Mentions légales" not in art.text
    assert (art.published or "").startswith("2024-03-05")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, encoding):
    text = "Grève au port\nLes dockers de Marseille « ne lâcheront rien », a dit leur délégué.\n"
    p = tmp_path / "unicode.txt"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    art = read_one(p)
    assert not isinstance(art, ReadError), art
    assert art.text == text and art.title == "Grève au port"


def test_a_few_nuls_in_valid_text_are_removed_with_a_warning_by_files_and_strings_alike(tmp_path, caplog):
    from veille.ingest.readers import article_from_text, decode_text

    text = "Titre\n" + "Le maire a parlé longuement du budget. " * 200 + "\x00fin\x00"
    p = tmp_path / "nul.txt"
    p.write_bytes(text.encode("utf-8"))
    with caplog.at_level(logging.WARNING):
        from_file = read_one(p)
    assert from_file.text == text.replace("\x00", "")
    assert any("nul.txt" in r.getMessage() and "2 NUL" in r.getMessage() for r in caplog.records)
    assert article_from_text(text).text == from_file.text  # a pasted text (the web form) decides alike
    assert decode_text(text.encode("utf-8"), "x.txt") == from_file.text


def test_text_made_of_control_characters_is_binary_from_a_file_or_a_string(tmp_path):
    from veille.ingest.readers import article_from_text

    text = "Titre\n" + "a\x00b\x01" * 500
    p = tmp_path / "bin.txt"
    p.write_bytes(text.encode("utf-8"))  # valid UTF-8 all the same
    err = read_one(p)
    assert isinstance(err, ReadError) and "binary" in str(err) and str(p) in str(err)
    with pytest.raises(ReadError, match="binary"):
        article_from_text(text)
    p.write_bytes("Titre\nUn texte.".encode("utf-16-le"))  # UTF-16 without a BOM: half of it NULs
    assert "binary" in str(read_one(p))


@pytest.mark.parametrize("field, value, reason", [
    ("title", {"a": 1}, 'field "title" must be a string, not an object'),
    ("published", 12, 'field "published" must be a string, not a number'),
    ("published", "2023-02-31", 'field "published" is not a valid ISO date'),
    ("published", "hier", 'field "published" is not a valid ISO date'),
    ("url", ["https://example.org"], 'field "url" must be a string, not a list'),
    ("authors", [1, 2], 'field "authors" must be a list of strings'),
    ("id", {"n": 1}, 'field "id" must be a string or a number, not an object'),
    ("text", 5, 'field "text" must be a string, not a number'),
])
def test_jsonl_fields_of_the_wrong_type_are_one_line_errors_naming_the_line(tmp_path, field, value, reason):
    p = tmp_path / "lot.jsonl"
    good = {"id": "a1", "title": "Titre", "text": "Un texte en français.", "published": "2024-01-02"}
    p.write_text(json.dumps(good) + "\n" + json.dumps({**good, field: value}) + "\n", encoding="utf-8")
    first, bad = list(read_path(p))
    assert first.title == "Titre"
    assert isinstance(bad, ReadError) and str(bad).startswith(f"{p}:2: {reason}") and "\n" not in str(bad)


def test_jsonl_accepts_the_date_forms_of_the_contract(tmp_path):
    p = tmp_path / "lot.jsonl"
    dates = ["2024", "2024-02", "2024-02-29", "2024-02-29T08:30:00+01:00", "2024-02-29T08:30:00Z", None, ""]
    p.write_text("\n".join(json.dumps({"id": i, "text": "Un texte.", "published": d, "authors": "Jean Dupont"})
                           for i, d in enumerate(dates)) + "\n", encoding="utf-8")
    items = list(read_path(p))
    assert [a.published for a in items] == dates[:-2] + [None, None]
    assert items[0].authors == ["Jean Dupont"] and items[1].external_id == "1"
