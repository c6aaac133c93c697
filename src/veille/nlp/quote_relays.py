"""Sources and relays: « selon X » / « d'après X » as a source, `via` (« cité par X », « a confié à Radio
Vernay ») and the channel words travelled through (a verb's channel, « sur Twitter »)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from veille.nlp.mentions import mention_index
from veille.nlp.quote_context import FoundQuote, QuoteContext
from veille.nlp.quote_lexicon import DE, QUOTE_OPENERS, RECIPIENT_PREPOSITIONS, SENTENCE_END, cue_word
from veille.nlp.referents import Referents


class Relays:
    """Who a quotation's words came through in one article."""

    def __init__(self, ctx: QuoteContext, referents: Referents):
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex
        self.referents = referents

    def source_pp(self, toks: list[Token], allow_weak: bool = False) -> Optional[tuple[str, Span]]:
        """« selon X », « d'après X »: the entity X (looking through « un communiqué de l'agence X »)."""
        preps = set(self.lex.cues["prepositions"]) | (set(self.lex.cues["prepositions_weak"]) if allow_weak else set())
        for t in toks:
            word = cue_word(t)
            if word not in preps:
                continue
            idx = mention_index(self.doc)
            first = next((x for x in self.doc[t.i + 1:t.i + 5] if x.pos_ in ("NOUN", "PROPN", "X")
                          and not self.doc[x.i - 1].text in QUOTE_OPENERS), None)
            if first is not None and first.pos_ == "NOUN" and first.lemma_.lower() not in \
                    self.lex.cues["document_nouns"] and first.i not in idx:
                if first.lemma_.lower() in self.lex.cues["vague_sources"]:
                    # « d'après les informations de la presse régionale »: the source is the complement, if any
                    comp = next((c for c in first.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                                 and any(k.lower_ in DE for k in c.children)), None)
                    if comp is None:
                        return None
                    first = comp
                eid, span, _ = self.referents.resolve_mention(first)
                if eid is not None:
                    return eid, span
            hit = None
            for x in self.doc[t.i + 1:t.i + 12]:
                if x.text in SENTENCE_END or x.text in (",", ":", ";") or "\n" in x.text:
                    break
                if x.i in idx and self.ctx.ent_type(idx[x.i]) in ("PER", "ORG", "MISC"):
                    hit = x
                    break
            if hit is not None:
                ms = next(sp for sp in self.doc.spans["veille_mentions"] if sp.start <= hit.i < sp.end)
                return idx[hit.i], ms
            obj = t.head if t.dep_ in ("case", "fixed") else None
            if t.dep_ == "fixed":
                obj = t.head.head
            if obj is None or obj is t:
                obj = next((x for x in self.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                continue
            if obj.i < t.i:  # parser attached the preposition to something before it: take the next noun
                obj = next((x for x in self.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN", "X")), obj)
            eid, span, _ = self.referents.resolve_mention(obj)
            if eid is None:
                # « selon “Radio Vernay” »: the first mention right after the preposition
                idx = mention_index(self.doc)
                for x in self.doc[t.i + 1:t.i + 8]:
                    if x.i in idx:
                        eid = idx[x.i]
                        span = self.doc[t.i + 1:x.i + 1]
                        break
                    if x.text in SENTENCE_END or x.text == ",":
                        break
            if eid is not None:
                return eid, span
        return None

    def add_via(self, f: FoundQuote, toks: list[Token]) -> None:
        """« cité par X », « rapporté par X »: X relayed the words."""
        relay = set(self.lex.cues["relay_participles"])
        idx = mention_index(self.doc)
        for t in toks:
            if t.lower_ in relay:
                for x in self.doc[t.i + 1:t.i + 6]:
                    if x.i in idx and idx[x.i] != f.speaker and idx[x.i] not in f.via:
                        f.via.append(idx[x.i])
                        break
        # « a confié à Radio Vernay »: words given to a news outlet reached us through it
        if f.cue is not None:
            doc = self.doc
            for x in doc[f.cue.i + 1:min(len(doc), f.cue.i + 4)]:
                if x.lower_ in RECIPIENT_PREPOSITIONS:
                    for y in doc[x.i + 1:min(len(doc), x.i + 4)]:
                        if y.i in idx:
                            ent = self.ctx.registry.get(idx[y.i])
                            if ent is not None and ent.sector in self.lex.cues["relay_sectors"] and \
                                    ent.id != f.speaker and ent.id not in f.via:
                                f.via.append(ent.id)
                            break
                    break

    def channel(self, cue: Optional[Token], toks: list[Token]) -> Optional[str]:
        if cue is not None:
            info = self.lex.verbs.get(cue.lemma_.lower()) or self.lex.verbs.get(cue.lower_)
            if info and info.get("channel"):
                return info["channel"]
        for t in toks:
            ch = self.lex.channel_nouns.get(t.lower_) or self.lex.channel_nouns.get(t.lemma_.lower())
            if ch:
                return ch
        return None

