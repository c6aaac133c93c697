"""Whom a third-person pronoun stands for: the discourse focus (the speaker whose words were just reported), the
subject person of its own sentence before a person its complements name, a title subject of the sentence before,
else the last person named — always agreeing in gender and number as the article tells them (titles, honorifics,
agreement). A mixin of `Referents` (referents.py), read by quotes and, for persons, by events."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from veille.nlp.mentions import mention_index
from veille.nlp.quote_lexicon import PLURAL_NAME_ARTICLES


class PronounFocus:
    """The focus and agreement reasoning of `Referents`: reads its `ctx`, `doc`, `lex`, `gender`, `number` and
    `last_speaker` state."""

    def agrees(self, pronoun: str, eid: Optional[str]) -> bool:
        """Whether a third-person pronoun can stand for the entity, as far as the article tells its gender and
        number (quotes and events ask the same chains)."""
        if eid is None:
            return False
        want = self.lex.speakers["pronoun_gender"].get(pronoun.lower().lstrip("-"))
        e = self.ctx.registry.get(eid)
        plural_name = e is not None and " " in e.name and e.name.split()[0].lower() in PLURAL_NAME_ARTICLES
        return not (want and self.gender.get(eid, want) != want) and self.number.get(eid) != "P" and not plural_name

    # -- pronouns: the discourse focus, or the last compatible person
    def _antecedent(self, pron: Token, plural: bool = False) -> Optional[str]:
        ents = self._entities_before(pron.i)
        if plural:
            for e in reversed(ents):
                if e.type in ("ORG", "GPE") or self.number.get(e.id) == "P" or \
                        " " in e.name and e.name.split()[0].lower() in PLURAL_NAME_ARTICLES:
                    return e.id
            return self.last_speaker
        # the speaker of the words just reported outranks a person only mentioned since
        agrees = lambda eid: self.agrees(pron.text, eid)    # « il » is one person, never « les grévistes »
        ents = [e for e in ents if agrees(e.id)]
        if self.last_speaker and self.last_speaker_end is not None and \
                self.ctx.sentences_between(self.last_speaker_end, pron.idx) <= 1 and agrees(self.last_speaker) and \
                not self._person_named_between(self.last_speaker_end, pron.idx, self.last_speaker):
            return self.last_speaker
        designated = self._previous_designated_subject(pron)
        if designated is not None and agrees(designated):
            return designated
        for e in reversed(ents):
            if e.type == "PER":
                focus = self._sentence_subject_person(pron)
                if focus is not None and focus != e.id and agrees(focus):
                    # « X a reçu Y, Z et W, à la suite de quoi il a dit »: the subject of the sentence, not the
                    # last person its complements name
                    return focus
                if self.last_speaker and self.ctx.ent_type(self.last_speaker) == "PER" and e.id != self.last_speaker:
                    # keep the last speaker when the other person was only named inside a complement
                    last_subj = self._last_subject_person(pron.i)
                    if last_subj and not agrees(last_subj):
                        last_subj = None
                    return last_subj or e.id
                return e.id
        if not agrees(self.last_speaker):
            return None
        return self.last_speaker if self.ctx.ent_type(self.last_speaker) == "PER" else None

    def _person_named_between(self, start_char: int, end_char: int, other_than: str) -> bool:
        """Another person named between two offsets, outside quotations and not only inside a prepositional
        complement (« les contrats de M. Marin », « à Luc Morel »): such a name does not take the focus."""
        for sp in self.doc.spans.get("veille_mentions", []):
            if start_char <= sp.start_char < end_char and sp.label_ != other_than \
                    and self.ctx.ent_type(sp.label_) == "PER" and not self.ctx.in_quotes(sp.start_char) \
                    and not self._in_complement(sp):
                return True
        return False

    def _in_complement(self, sp: Span) -> bool:
        k = sp.start - 1
        while k >= 0 and (self.doc[k].pos_ == "DET" or self.doc[k].lower_ in self.lex.speakers["honorifics"]):
            k -= 1     # « de M. Marin », « à la ministre »
        return k >= 0 and self.doc[k].pos_ == "ADP" and not self.doc[k].text[:1].isupper()

    def _previous_designated_subject(self, pron: Token) -> Optional[str]:
        """« Son homologue mauritanien a insisté … « … », a-t-il ajouté »: the title subject of the last sentence."""
        doc = self.doc
        sent = self.ctx.sentence(pron)
        start = sent.start
        prev_end = start - 1
        while prev_end > 0 and (doc[prev_end].is_space or doc[prev_end].is_punct):
            prev_end -= 1
        if prev_end <= 0:
            return None
        prev = self.ctx.sentence(doc[prev_end])
        for t in prev:
            if t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.titles \
                    and not self.ctx.in_quotes(t.idx):
                eid = self._designated(t, doc[t.i:t.i + 1])
                if eid is not None and self.ctx.ent_type(eid) == "PER":
                    return eid
        return None

    def _sentence_subject_person(self, pron: Token) -> Optional[str]:
        """The person subject of the pronoun's own sentence, named before it (« le président X », « X »)."""
        idx = mention_index(self.doc)
        for t in self.doc[self.ctx.sentence(pron).start:pron.i]:
            if t.i in idx and self.ctx.ent_type(idx[t.i]) == "PER" and not self.ctx.in_quotes(t.idx) and (
                    t.dep_.startswith("nsubj") or (t.dep_ in ("appos", "flat:name") and t.head.dep_.startswith("nsubj")
                                                   and t.head.i < t.i and t.i - t.head.i <= 3)):
                return idx[t.i]
        return None

    def _last_subject_person(self, tok_i: int) -> Optional[str]:
        idx = mention_index(self.doc)
        for t in reversed(self.doc[max(0, tok_i - 120):tok_i]):
            if self.ctx.in_quotes(t.idx):
                continue
            if t.i not in idx or self.ctx.ent_type(idx[t.i]) != "PER":
                continue
            root = t
            while root.dep_ == "flat:name" and root.head.i != root.i and idx.get(root.head.i) == idx[t.i]:
                root = root.head    # « Paul Marin »: the name's first word carries its function
            # the subject, or a name in apposition to it (« le maire Paul Marin »), not one inside a complement
            if root.dep_.startswith("nsubj") or (root.dep_ in ("appos", "flat:name") and
                                                 root.head.dep_.startswith("nsubj")):
                return idx[t.i]
        return None
