"""Who held an office on the article's date, from the knowledge base's roles.

« le président russe », « la chancelière allemande », « le chef de la diplomatie britannique », « le Premier ministre
de la France »: a title with its country names the person the KB records in that office on the day the article
tells of, even when the article never writes the name. The referent chains (referents.py) ask this last, after the
article's own appositions and earlier mentions, so what the article says always wins over the KB.
"""
from __future__ import annotations

from typing import Optional

from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Token

from veille.names import fold

# words of a role title that say nothing of the office (« ministre des Affaires étrangères du Royaume-Uni »)
FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux"}

_INDEX: dict[int, dict[str, list]] = {}


def led_body_heads(doc, idx: dict, ent_type, led_bodies: dict) -> list[tuple[int, str, str, str]]:
    """« le gouvernement portugais de X », « le gouvernement X »: X heads that body, so the designation of its
    head (« le chef du gouvernement ») is X. Designations (token index, key, title lemma, entity id)."""
    out = []
    # the lemma and part of speech arrays, not a Token per word (one Token per word costs more than the rest)
    strings = doc.vocab.strings
    wanted = {strings[w]: key for body, key in led_bodies.items() for w in (body, body.capitalize())}
    for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        key = wanted.get(lemma) if pos == NOUN else None
        if key is None:
            continue
        t = doc[i]
        for c in t.children:
            if c.dep_ in ("nmod", "appos", "flat:name") and c.i > t.i and c.i in idx and ent_type(idx[c.i]) == "PER":
                out.append((t.i, key, key.split()[0], idx[c.i]))
                break
    return out


def _stem(word: str) -> str:
    """One form for a word's gender and number (« étrangères » and the lemma « étranger », « chancelière »)."""
    w = fold(word)
    for end in ("s", "x", "e"):
        if len(w) > 4 and w.endswith(end):
            w = w[:-1]
    return w


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace("'", " ").replace("-", " ").split() if w]


def _roles_by_country(kb) -> dict[str, list]:
    """(office words, role, actor) of every KB person's roles, by country: built once per KB."""
    index = _INDEX.get(id(kb))
    if index is None:
        index = {}
        for actor in kb.actors.values():
            if actor.type != "PER":
                continue
            for role in actor.roles:
                country = role.country or actor.country
                if not country:
                    continue
                place = kb.country(country)
                place_words = {w for n in ([place.name] + list(place.aliases) if place else []) for w in _words(n)}
                words = frozenset(_stem(w) for w in _words(role.title) if w not in FUNCTION_WORDS and
                                  w not in place_words and kb.demonym_country(w) is None)
                index.setdefault(country, []).append((words, role, actor))
        _INDEX[id(kb)] = index
    return index


def office_words(noun: Token, kb) -> tuple[frozenset, Optional[str]]:
    """The words naming the office of a title noun and the country it is of: « le ministre russe des Affaires
    étrangères » → ({ministre, affaire, etranger}, RUS); « le président de la Russie » → ({president}, RUS)."""
    words, country = [noun.lemma_], None
    for c in noun.children:
        if c.dep_ == "amod":
            code = kb.demonym_country(c.text)
            if code:
                country = country or code
            elif c.i < noun.i and c.lemma_.lower() == "premier" or c.i > noun.i:
                words.append(c.lemma_)      # « Premier ministre », « ministre délégué »
        elif c.dep_ == "nmod" and c.i > noun.i:
            place = kb.place_country(c.text)
            code = kb.demonym_country(c.text) or (place.country if place else None)
            if code and c.pos_ == "PROPN":
                country = country or code       # « le président de la Russie »
                continue
            words.append(c.lemma_)              # « des Affaires étrangères », « de la diplomatie »
            for g in c.children:
                if g.dep_ == "amod":
                    code = kb.demonym_country(g.text)
                    if code:
                        country = country or code
                    else:
                        words.append(g.lemma_)
                elif g.dep_ == "nmod" and g.pos_ == "PROPN":
                    place = kb.place_country(g.text)
                    country = country or (place.country if place else None)
    return frozenset(_stem(w) for w in words for w in _words(w) if w not in FUNCTION_WORDS), country


def _wanted(words: frozenset, equivalents) -> set:
    """The office words and those of the other namings of that office (« chef de l'État » / « président »)."""
    wanted = {words}
    for group in equivalents:
        forms = [frozenset(_stem(w) for w in g.split()) for g in group]
        if words in forms:
            wanted.update(forms)
    return wanted


def office_holder(kb, words: frozenset, country: Optional[str], date: Optional[str], equivalents=()):
    """The one KB person whose role of that country, valid on `date`, has these office words (or an equivalent
    naming of the office: « chef de l'État » / « président »); None when no one or several."""
    if not country or not words:
        return None
    wanted = _wanted(words, equivalents)
    holders = {actor.kb_id: actor for w, role, actor in _roles_by_country(kb).get(country, ())
               if w in wanted and kb.role_at(actor, date) == role.title}
    return next(iter(holders.values())) if len(holders) == 1 else None


def office_entity(ctx, noun: Token, equivalents=()) -> Optional[str]:
    """The article's entity for the holder of the office a title noun names (created, with its KB link, when the
    article never names them), or None."""
    kb = ctx.kb
    if kb is None or not hasattr(kb, "actors"):
        return None
    words, country = office_words(noun, kb)
    if not country or not any(w in _wanted(words, equivalents) for w, _, _ in _roles_by_country(kb).get(country, ())):
        return None     # no such office in the KB: the article's date need not be read
    date = article_date(noun.doc)
    if date is None:
        return None     # an undated article: who held the office then is not known
    actor = office_holder(kb, words, country, date, equivalents)
    if actor is None:
        return None
    ent = next((e for e in ctx.registry.entities if e.kb_id == actor.kb_id), None)
    if ent is None:
        ent = ctx.registry.new_entity(actor.name, "PER", kb_id=actor.kb_id, country=actor.country,
                                      sector=actor.sector, aliases=list(actor.aliases)[:8])
    # the designation is one of its mentions (« le président russe »), as inspectable as a name
    words = [c.i for c in noun.children if c.dep_ in ("det", "amod") and abs(c.i - noun.i) <= 2] + [noun.i]
    ctx.registry.add_mention(ent, noun.doc[min(words):max(words) + 1])
    return ent.id


def article_date(doc) -> Optional[str]:
    """The day the article tells of: its publication date, else the latest full date it writes (read once)."""
    if "veille_office_date" not in doc.user_data:
        from veille.nlp.dates import reference_date

        article = doc._.veille_article if doc.has_extension("veille_article") else None
        ref = reference_date(doc.text, getattr(article, "published", None))
        doc.user_data["veille_office_date"] = ref.isoformat() if ref else None
    return doc.user_data["veille_office_date"]
