"""Who a pronoun or an anaphoric noun stands for among the events' actors: relative pronouns, « il / elle /
ils » (the nearest subject actor within three sentences, agreeing in gender and number as the article's referent
chains know them), possessives, « le pays », « ces trois États », and « je / nous » in a quotation (its speaker).

The person speakers resolve to come from the shared referent chains (veille_referents): `resolve_pronoun` reads a
pronoun the chains resolved before searching; the search here is for actors that are not speakers.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from veille.nlp.events.lexicon import _norm


class PronounReader:
    """Mixin of `EventRun`: reads the article state of `EventDoc`; names phrases through `ActorResolver`."""

    def anaphoric(self, tok: Token) -> list[str]:
        """« l'institution », « l'organisation », « le pays » as subject: the last entity of that kind named."""
        types = self.lex.anaphoric_nouns.get(_norm(tok.lemma_))
        if not types or not any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get(
                "PronType")) for c in tok.children) or any(c.dep_ == "nmod" for c in tok.children):
            return []
        if any(c.dep_ == "amod" and c.i > tok.i for c in tok.children):
            return []       # « la principale organisation patronale »: a new actor described, not one taken up
        for j in range(tok.i - 1, max(-1, tok.i - 150), -1):
            e = self.midx.get(j)
            ent = self.ents.get(e) if e else None
            if ent is not None and ent.type in types and e not in self.relays and e not in self.descriptive:
                return [e]
        return []

    def demonstrative_group(self, tok: Token) -> list[str]:
        """« ces trois États » → the last list of places named before."""
        if _norm(tok.lemma_) not in self.lex.demonstrative_groups:
            return []
        if not any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in tok.children):
            return []
        n = None
        for c in tok.children:
            if c.dep_ == "nummod" and c.like_num:
                try:
                    n = int(c.text)
                except ValueError:
                    n = self.lex.number_words.get(c.lower_)
        groups = self._lists_in(self.doc[max(0, tok.i - 120):tok.i])
        for g in reversed(groups):
            if (n is None and len(g) >= 2) or len(g) == n:
                return g
        return []

    def _lists_in(self, span: Span) -> list[list[str]]:
        """Runs of place entities joined by commas, « et », articles and « de » (« de la Bolivie, du
        Pérou et de l'Équateur »)."""
        out, run = [], []
        for t in span:
            e = self.entity_of(t)
            if e and (self.ents.get(e) is None or self.ents[e].type in ("GPE", "LOC")):
                if e not in run:
                    run.append(e)
            elif e or t.text in self.lex.list_joiners or t.pos_ in ("DET",) or _norm(t.text) in self.lex.de_forms:
                continue
            else:
                if len(run) >= 2:
                    out.append(run)
                run = []
        if len(run) >= 2:
            out.append(run)
        return out

    def resolve_pronoun(self, tok: Token) -> list[str]:
        """A pronoun the referent chains resolved (a speaker) is read from them; the others are searched here."""
        if self.entity_of(tok) and _norm(tok.text) not in self.lex.first_person:
            return [self.entity_of(tok)]
        return self._resolve_pronoun(tok)

    def _resolve_pronoun(self, tok: Token) -> list[str]:
        low = _norm(tok.text)
        if low in self.lex.first_person:
            return self.quote_speaker(tok)
        if low in self.lex.unresolved_relatives:
            return []
        if "Rel" in tok.morph.get("PronType") or low in self.lex.relative_pronouns:
            head = tok.head
            if head.dep_ == "acl:relcl" and head.head.i < tok.i:
                ante = self._past_places(head.head)
                ids = self.phrase_entities(ante, 0, {tok.i}) if ante is not None else []
                if ids or self.doc[tok.i - 1].text != ",":
                    return ids
                # « le refus … du collectif pilotant le mouvement, qui réclamait … » hung on the sentence's head:
                # the nearest actor before the comma that agrees with the verb
                number = head.morph.get("Number")
                for j in range(tok.i - 2, max(self.sent(tok).start, tok.i - 10) - 1, -1):
                    t = self.doc[j]
                    if t.pos_ in ("NOUN", "PROPN") and (not number or not t.morph.get("Number")
                                                        or t.morph.get("Number") == number):
                        if self._past_places(t) is not t:
                            continue    # a place where something is, not who does it
                        ids = self.phrase_entities(t, 0, {tok.i})
                        if ids:
                            return ids
            return []
        if low in self.lex.third_person or tok.lemma_ in self.lex.third_person_lemmas:
            plural = low in self.lex.plural_pronouns or "Plur" in tok.morph.get("Number")
            dislocated = self.dislocated_phrase(tok)
            if dislocated is not None:
                return self.phrase_entities(dislocated, 0, {tok.i})
            others: set = set()
            if tok.dep_ in ("obj", "iobj") and tok.i < tok.head.i and tok.head.pos_ in ("VERB", "AUX"):
                # « Pence, qui l'avait défendu »: a clitic object is never the verb's own subject (that is « se »)
                others = {x for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i
                          for x in self.phrase_entities(c)}
                if not others and tok.head.dep_ == "conj":
                    others = set(self.subject(tok.head)[0])     # « Il dresse … et l'accuse »: the shared subject
            return self.antecedent(tok.i, plural, others)
        return []

    def _past_places(self, noun: Token) -> Token | None:
        """« des groupes basés en Russie et en Sicile, qui … »: a relative clause the parse hangs on a place named
        in a locative complement stands for the noun that complement describes (None when there is none)."""
        h, hops = noun, 0
        while hops < 4:
            # « en Sicile », « dans le Nord de l'Italie et en Sicile »: climb out of the place phrase
            if not (self.case_of(h) in self.lex.locative_preps or h.dep_ in ("conj", "nmod")) or \
                    not self._places_only(h):
                return h
            if h.head.i == h.i:
                return None
            h, hops = h.head, hops + 1
            while h.pos_ == "VERB" and h.dep_ in ("acl", "acl:relcl") and h.head.i != h.i:
                h = h.head      # « basés en … »: the participle describes the noun before it
        return h

    def _places_only(self, tok: Token) -> bool:
        ids = self.phrase_entities(tok, 0, set())
        return bool(ids) and all(self.ent_type(x) in ("GPE", "LOC") for x in ids)

    def dislocated_phrase(self, pron: Token) -> Token | None:
        """« Les associations d'usagers, elles, réclament … »: a subject pronoun between commas takes up the noun
        phrase just before it (a left dislocation), whatever the parser hung that phrase on."""
        doc = self.doc
        k = pron.i - 2
        if pron.dep_ != "nsubj" or k < self.sent(pron).start or doc[pron.i - 1].text != "," or \
                pron.i + 1 >= len(doc) or doc[pron.i + 1].text != ",":
            return None
        h = doc[k]
        while h.head.i != h.i and h.head.i < pron.i and h.dep_ in ("nmod", "amod", "flat:name", "flat", "det", "case",
                                                                    "nummod", "fixed"):
            h = h.head
        if h.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in doc[h.i:pron.i]):
            return None
        if self.sent(pron).start != h.left_edge.i and doc[h.left_edge.i - 1].text not in (",", ":", "«"):
            return None     # the phrase opens the sentence or an incise
        return h

    def antecedent(self, i: int, plural: bool = False, others: set = frozenset()) -> list[str]:
        """Nearest preceding subject entity (within three sentences), else the nearest person (« il »,
        « elle ») or the nearest entity, never one of `others` (the co-arguments it cannot be). Inside a direct
        quote, « il » is not the speaker (who says « je »)."""
        doc = self.doc
        qid0 = self.quote_of(doc[i])
        q0 = self.quotes.get(qid0) if qid0 else None
        excluded = set(others) | ({q0.speaker} if q0 is not None and q0.speaker and q0.kind == "direct" else set())
        start = self.sent(doc[i]).start
        for _ in range(3):
            if start == 0:
                break
            start = self.sent(doc[start - 1]).start
        chains = self.chains
        # « elle » never stands for a man the article told of: the chains' gender and number, shared with quotes
        disagrees = lambda e: doc[i].pos_ == "PRON" and self.ents.get(e) is not None and \
            self.ents[e].type in ("PER", "ORG") and not chains.agrees(doc[i].text, e)
        subj = person = core = any_ = None
        for j in range(i - 1, start - 1, -1):
            e = self.midx.get(j)
            if not e and doc[j].pos_ == "NOUN" and _norm(doc[j].lemma_) in self.lex.titles:
                e = self.designated(doc[j])      # « … avec le président russe. Il m'a soutenu »
            if (not e or e in self.descriptive or (self.ents.get(e) is not None and self.ents[e].type == "ORG")) \
                    and doc[j].dep_ == "nsubj" and doc[j].pos_ == "NOUN" and \
                    self.quote_of(doc[j]) is None and (
                    _norm(doc[j].lemma_) in self.lex.actor_nouns) and ("Plur" in doc[j].morph.get("Number")) == plural:
                # « Le gouvernement pakistanais estime … Il réclame »: an actor named by a common noun, as subject
                ids = self.phrase_entities(doc[j]) + [x for c in doc[j].children if c.dep_ == "amod"
                                                      for x in self.demonym_entities(c)]
                ids = [x for x in dict.fromkeys(ids) if x not in excluded and (plural or not disagrees(x))]
                if ids:
                    return ids
            if not e or e in excluded or e in self.relays or self.is_outlet(e) or (not plural and disagrees(e)):
                continue        # an outlet that carries the news is not whom « il » or « elle » stands for
            ent = self.ents.get(e)
            etype = ent.type if ent is not None else None
            if plural and etype == "PER":
                continue
            if any_ is None:
                any_ = e
            if person is None and etype == "PER":
                person = e
            if core is None and doc[j].dep_ in ("obj", "iobj", "appos", "nsubj:pass") or (
                    core is None and doc[j].head.dep_ in ("obj", "nsubj:pass") and self.midx.get(doc[j].head.i) == e):
                core = e
            head = doc[j] if doc[j].dep_ not in ("flat:name", "flat") else doc[j].head
            if head.dep_ == "appos" and head.head.dep_.startswith("nsubj") and head.head.i < head.i:
                head = head.head    # « la candidate Odile Carrec a été élue »: the name apposed to the subject
            if head.morph.get("Number") and ("Plur" in head.morph.get("Number")) != plural and head.pos_ == "NOUN":
                continue        # « Diverses sources annoncent … Il réclame »: « il » is not the plural subject
            if head.dep_ in ("nsubj", "nsubj:pass") and (plural or etype in ("PER", "GPE", None)):
                subj = e
                break
        pick = subj or (core or any_ if plural else person or core or any_)
        return [pick] if pick else []

    def possessor(self, noun: Token) -> list[str]:
        for c in noun.children:
            if c.dep_ == "det" and (_norm(c.text) in self.lex.possessives or "Yes" in c.morph.get("Poss")):
                if _norm(c.text) in self.lex.first_person_possessives:
                    return self.quote_speaker(c)
                subj = self.subject_of_nominal(noun, 1)
                if subj:
                    return subj
                plural = _norm(c.text) in self.lex.plural_possessives
                return self.antecedent(noun.i, plural)
        return []

    def quote_speaker(self, tok: Token) -> list[str]:
        """« je », « nous », « notre » in a quote: its speaker."""
        qid = self.quote_of(tok)
        q = self.quotes.get(qid) if qid else None
        return [q.speaker] if q is not None and q.speaker else []
