"""Designations learnt from appositions and titles (« le ministre suédois, Nils Berglund » → « le ministre
suédois » is Nils Berglund): a mixin of `Referents`, which reads them when it resolves a title or a role noun."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from veille.nlp.extensions import morph_values
from veille.nlp.mentions import mention_index
from veille.nlp.offices import led_body_heads
from veille.nlp.quote_lexicon import DE, SENTENCE_END


def designation_modifiers(noun: Token) -> list[Token]:
    """The adjectives of a title, with a bare participle right after it however the parse hung it (« le président
    élu » read as amod or acl): one office, one key, for the referents and the events' actors alike."""
    return [c for c in noun.children if c.dep_ == "amod" or (
        c.dep_ in ("acl", "appos") and c.i == noun.i + 1 and c.pos_ == "VERB" and "Part" in morph_values(c, "VerbForm")
        and not any(g.dep_ not in ("dep", "flat:name", "appos") for g in c.children))]


class Designations:
    """Mixin of `Referents` (reads its `doc`, `ctx`, `lex`, `designations`, `_keys`, and the genders mixin)."""

    # -- designations learnt from appositions: « le ministre suédois, Nils Berglund »
    def _learn_designations(self) -> None:
        doc = self.doc
        idx = mention_index(doc)
        for e in self.ctx.registry.entities:
            self._note_first_name(e)
        for span in doc.spans.get("veille_mentions", []):
            eid = span.label_
            etype = self.ctx.ent_type(eid)
            if etype not in ("PER", "ORG", "MISC"):
                continue
            head = span.root
            cands = []
            # apposition either way: head of the mention attached to a title noun, or a title noun attached to it
            # (« la fille de X », « l'avocat de X »: a person in a de-complement is not the one the title names)
            genitive = head.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in DE for c in head.children)
            if head.dep_ in ("appos", "flat:name", "nmod") and head.head.i not in idx and not (
                    genitive and etype == "PER"):
                cands.append(head.head)
            for c in head.children:
                if c.dep_ == "appos" and c.i not in idx:
                    cands.append(c)
            # « le PDG de la coopérative Laitval », « la coopérative Laitval »: title right before the name
            j = span.start - 1
            # (« le président élu X »: a participle of the title too, however the parse hung the name on it)
            while j >= 0 and (doc[j].pos_ in ("ADJ", "PUNCT", "DET") or j > 0 and doc[j] in designation_modifiers(
                    doc[j - 1])) and doc[j].text not in (",", ".", ":"):
                j -= 1
            if j >= 0 and doc[j].pos_ == "NOUN":
                cands.append(doc[j])
                cands += [t for t in [self._title_over_complements(j)] if t is not None]
            # « le ministre suédois, NAME » / « NAME, cheffe du service … »: the nearest title across the comma
            if span.start >= 2 and doc[span.start - 1].text == ",":
                for k in range(span.start - 2, max(-1, span.start - 8), -1):
                    if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ":", ";", ","):
                        break
                    if doc[k].pos_ == "NOUN" and self.person_noun(doc[k].lemma_.lower()):
                        if self._complement_of_noun(doc[k]):
                            continue    # « le fils de la victime, X »: X is the son, not « la victime » told later
                        cands.append(doc[k])
                        break
            if span.end + 1 < len(doc) and doc[span.end].text == ",":
                for k in range(span.end + 1, min(len(doc), span.end + 4)):
                    if doc[k].pos_ == "NOUN":
                        if self.person_noun(doc[k].lemma_.lower()):
                            cands.append(doc[k])
                        break
            for t in cands:
                if t.pos_ != "NOUN" or t.i in idx:
                    continue        # « Bruno Le Maire »: a word of another name is no title
                key = self._designation_key(t)
                lemma = t.lemma_.lower()
                # titles designate people, organisation nouns designate organisations
                if key and ((self.person_noun(lemma) and etype == "PER") or (lemma in self.ctx.org_nouns and etype in ("ORG", "MISC"))):
                    self.designations.append((t.i, key, lemma, eid))
                    if etype == "PER":
                        self._note_gender(eid, t)
            if etype == "PER" and span.start > 0:
                g = self.lex.speakers["honorifics"].get(doc[span.start - 1].lower_)
                if g:
                    self.gender.setdefault(eid, g)
            if etype == "PER":
                self._note_agreement(eid, span)
        self.designations += led_body_heads(doc, idx, self.ctx.ent_type, self.lex.speakers["led_bodies"])
        self.designations.sort()

    @staticmethod
    def _complement_of_noun(noun: Token) -> bool:
        """A noun in the « de » complement of a noun before it (« l'avocat de la famille »): the phrase names the
        head's referent, so a name apposed to the phrase is not designated by the complement."""
        head = noun.head
        return noun.dep_ == "nmod" and head.i < noun.i and head.pos_ == "NOUN" and any(
            c.dep_ == "case" and c.lower_ in DE for c in noun.children)

    def person_noun(self, lemma: str, speaks: bool = True) -> bool:
        """A title, or, where the sentence says the noun is someone (`speaks`: a verb of saying's subject, an
        apposition to a person's name), an agent noun by its suffix (« l'attaquant », « le météorologue ») that no
        organisation, outlet or document word list claims (« le quotidien », « le courrier »)."""
        if lemma in self.lex.titles:
            return True
        return speaks and self.lex.person_noun(lemma) and lemma not in self.ctx.org_nouns and \
            lemma not in self.lex.cues["document_nouns"] and lemma not in self.lex.cues["vague_sources"]

    def _apposed_person(self, last: Token) -> Optional[str]:
        """A person named right after a phrase and a comma, the phrase's complement read over (« le ministre de la
        Mer de Norvège, Nils Berglund »)."""
        doc = self.doc
        j = last.i + 1
        while j < min(len(doc), last.i + 7) and doc[j].text != "," and doc[j].pos_ in ("ADP", "DET", "PROPN", "NOUN",
                                                                                         "ADJ", "PUNCT") \
                and doc[j].text not in SENTENCE_END and "\n" not in doc[j].text and not self.ctx.in_quotes(doc[j].idx):
            j += 1
        if j + 1 < len(doc) and doc[j].text == ",":
            idx = mention_index(doc)
            if doc[j + 1].i in idx and self.ctx.ent_type(idx[doc[j + 1].i]) == "PER":
                return idx[doc[j + 1].i]
        return None

    def _title_over_complements(self, j: int) -> Optional[Token]:
        """« le ministre des Postes, de la Communication et des Médias Nestor Bankumukunzi »: the title a name follows
        over the de-complements of its office (their nouns, articles, commas and « et »; no verb, no other name)."""
        doc, idx = self.doc, mention_index(self.doc)
        if self.person_noun(doc[j].lemma_.lower()):
            return None     # the noun right before the name is itself the title
        for k in range(j - 1, max(-1, j - 16), -1):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END or t.text in (":", ";") or \
                    self.ctx.in_quotes(t.idx) or (k in idx and self.ctx.ent_type(idx[k]) == "PER"):
                return None
            if t.pos_ == "NOUN" and self.person_noun(t.lemma_.lower(), speaks=False):
                return t if k + 1 < len(doc) and doc[k + 1].lower_ in DE else None
            if t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "PUNCT"):
                return None
        return None

    def _complement_rank(self, eid: str, toks: list[Token]) -> int:
        """How a name sits in a subject phrase: 0 in apposition after a comma (« le directeur du Lys, Paul Marin »),
        2 inside a de-complement (« du Lys »: whose title it is), 1 otherwise."""
        idx = mention_index(self.doc)
        first = next((t for t in toks if idx.get(t.i) == eid), None)
        if first is None:
            return 1
        if first.i > 0 and self.doc[first.i - 1].text == ",":
            return 0
        before = self.doc[first.i - 1].lower_ if first.i > 0 else ""
        return 2 if before in DE or (first.i > 1 and self.doc[first.i - 2].lower_ in DE) else 1

    def _designation_key(self, noun: Token) -> str:
        """« ministre suédois », « chef service »: the title with its adjectives and first complement."""
        key = self._keys.get(noun.i)
        if key is None:
            # Token.children walks the whole subtree span: read it once per noun
            kids = list(noun.children)
            mods = sorted(c.lemma_.lower() for c in designation_modifiers(noun))
            comp = next((c.lemma_.lower() for c in kids if c.dep_ == "nmod" and c.pos_ == "NOUN"
                         and c.i > noun.i), None)
            key = self._keys[noun.i] = " ".join([noun.lemma_.lower()] + mods + ([comp] if comp else []))
        return key
