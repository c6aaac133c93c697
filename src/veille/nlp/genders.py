"""What an article tells of its people's gender and number: first names (« Nicolas », « Odile »), honorifics and
titles (« la ministre »), the participles and adjectives said of them (« X a été élue »), the head of a described
group (« les grévistes »). Pronouns agree with it (`PronounFocus.agrees`). A mixin of `Referents` (referents.py).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from veille.nlp.extensions import morph_values
from veille.nlp.quote_lexicon import GENDERLESS_DETERMINERS


class Genders:
    """Reads and fills `Referents`' `doc`, `lex`, `gender` and `number`."""

    def _note_first_name(self, e) -> None:
        """« Nicolas Sarkozy », « Jean-Marie Le Pen », « Odile Carrec »: a known first name tells a person's gender
        (a single word may be a surname: « Martin », « Laurent »)."""
        words = e.name.split()
        if e.type == "PER" and len(words) >= 2:
            g = self.lex.first_names.get(words[0].split("-")[0])
            if g:
                self.gender.setdefault(e.id, g)

    def _note_agreement(self, eid: str, span: Span) -> None:
        """« X a été arrêtée », « X, élue en 2020 », « X est candidate »: a participle or adjective said of a person
        agrees with them in gender (a participle after « avoir » agrees with no subject)."""
        root = span.root
        pred = root.head if root.dep_ in ("nsubj", "nsubj:pass") else None
        if pred is None or pred.pos_ not in ("VERB", "ADJ") or not any(
                c.dep_ in ("aux:pass", "cop") or (c.dep_ == "aux:tense" and c.lemma_ == "être") for c in pred.children):
            # « X, accusée par Y, … »: a participle in apposition
            pred = next((c for c in root.children if c.dep_ in ("acl", "amod") and c.i > span.end
                         and "Part" in morph_values(c, "VerbForm") and self.doc[c.i - 1].text == ","), None)
        g = _agreement_gender(pred) if pred is not None and "Plur" not in morph_values(pred, "Number") else None
        if g:
            self.gender.setdefault(eid, g)

    def _note_description(self, eid: str, head: Token) -> None:
        """A described referent's gender (from its determiner) and number (from its head noun)."""
        self._note_gender(eid, head)
        if "Plur" in morph_values(head, "Number"):
            self.number.setdefault(eid, "P")

    def _note_gender(self, eid: str, title: Token) -> None:
        """« la préfète », « une conseillère »: the grammatical gender of a person's title is theirs."""
        # only the determiner: « la ministre » is feminine; a noun's own gender is the tagger's guess
        forms = [c for c in title.children if c.dep_ == "det" and c.lower_ not in GENDERLESS_DETERMINERS]
        for t in forms:
            g = morph_values(t, "Gender")
            if g:
                self.gender.setdefault(eid, "F" if g[0] == "Fem" else "M")
                return


def _agreement_gender(pred: Token) -> Optional[str]:
    """The gender a participle or adjective shows, read from its spelling where the tagger guesses: a feminine
    participle ends in « e » (« élue », « accusée », « prise »), a masculine one does not (« sifflé », « élu »); an
    adjective in « e » may be either (« jeune »), one without is masculine."""
    ends_e = pred.lower_.endswith("e")
    if "Part" in morph_values(pred, "VerbForm"):
        return "F" if ends_e else "M"
    g = morph_values(pred, "Gender")
    if g and g[0] == "Fem" and ends_e:
        return "F"
    if g and g[0] == "Masc" and not ends_e:
        return "M"
    return None
