"""Helpers for the store tests (no tests here): hand-built extractions and a fast stand-in for process().

The stand-in makes records from the text's shape alone (capitalised words → entities, «…» → quotes), so store,
ingest and runner tests run in milliseconds without spaCy; the real pipeline runs in @pytest.mark.slow tests.
"""
from __future__ import annotations

import os
import re
import time

from veille.model import (Article, Boilerplate, Entity, Event, EventMention, Extraction, Mention, Quote,
                          TextSpan)
from veille.ingest.readers import ReadError

FAKE_VERSION = "test-1"


def fake_process(article: Article) -> Extraction:
    """Deterministic records from the text alone. Texts containing FAIL raise a ReadError, like process()."""
    text = article.text
    if "FAIL" in text:
        raise ReadError(article.source_path or article.url, "unsupported language: en")
    delay = float(os.environ.get("VEILLE_FAKE_DELAY", "0"))
    if delay:
        time.sleep(delay)
    entities: dict[str, Entity] = {}
    for m in re.finditer(r"\b([A-ZÉ][a-zéèêëàâîïôûç]+(?: [A-ZÉ][a-zéèêëàâîïôûç]+)*)", text):
        name = m.group(1)
        if m.start() == 0 or name in ("Le", "La", "Les", "Il", "Elle"):
            continue
        e = entities.get(name)
        if e is None:
            kb = "Q" + str(sum(map(ord, name)))
            country = "RUS" if name.endswith(("ine", "ov")) else "FRA"
            e = entities[name] = Entity(id=f"e{len(entities) + 1}", name=name, type="PER", kb_id=kb,
                                        country=country, sector="GOV", role="ministre",
                                        aliases=[name.split()[-1]] if " " in name else [])
        e.mentions.append(Mention(m.start(), m.end(), name))
    ents = list(entities.values())
    quotes, events = [], []
    for m in re.finditer(r"«\s*([^»]+?)\s*»", text):
        speaker = ents[len(quotes) % len(ents)] if ents else None
        q = Quote(id=f"q{len(quotes) + 1}", start=m.start(1), end=m.end(1), text=m.group(1), kind="direct",
                  speaker=speaker.id if speaker else None,
                  speaker_mention=TextSpan(speaker.mentions[0].start, speaker.mentions[0].end, speaker.name)
                  if speaker else None,
                  cue=TextSpan(m.end(), m.end() + 1, text[m.end():m.end() + 1]),
                  via=[ents[-1].id] if len(ents) > 1 else [], channel="statement", confidence=0.9)
        quotes.append(q)
    for m in re.finditer(r"\bdemande\b", text):
        trig = TextSpan(m.start(), m.end(), m.group(0))
        sent = TextSpan(max(0, m.start() - 10), min(len(text), m.end() + 10), "")
        sent.text = text[sent.start:sent.end]
        events.append(Event(id=f"v{len(events) + 1}", type="REQUEST", trigger=trig, sentence=sent,
                            source=[ents[0].id] if ents else [], target=[ents[1].id] if len(ents) > 1 else [],
                            date="2023-04-10", date_text="le 10 avril", attributed_to=[ents[0].id] if ents else [],
                            confidence=0.8, mentions=[EventMention(trig, sent)]))
    bps = [Boilerplate(m.start(), m.end(), m.group(0), "photo-credit") for m in re.finditer(r"Photo: .*", text)]
    return Extraction(article=article, language="fr", entities=ents, quotes=quotes, events=events,
                      boilerplate=bps, pipeline_version=FAKE_VERSION)


def make_article(n: int = 1, *, url: str | None = None, extra: str = "", published: str = "2023-04-11",
                 outlet: str = "Le Monde") -> Article:
    text = (f"Titre numéro {n}\nLe ministre Jean Dupont demande des garanties de sécurité. "
            f"« Nous voulons des garanties de sécurité solides {n} », a déclaré Vladimir Poutine à Moscou. {extra}\n"
            "Photo: AFP")
    return Article(text=text, title=f"Titre numéro {n}", published=published, outlet=outlet,
                   url=url if url is not None else f"https://example.org/a{n}", body_start=text.index("\n") + 1)


def sample_extraction(n: int = 1, **kw) -> Extraction:
    return fake_process(make_article(n, **kw))


def crashing_process(article: Article) -> Extraction:
    """Like fake_process, but a text containing CRASH kills the worker process outright."""
    if "CRASH" in article.text:
        os._exit(3)
    return fake_process(article)
