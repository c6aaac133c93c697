"""Dating stage: the day an event is told for — a date of the trigger's clause, else of its sentence, else the
last day written earlier in the paragraph, else the reference date; none for a pluperfect (background)."""
from __future__ import annotations

from spacy.tokens import Token


class EventDating:
    """Mixin of `EventRun`: reads the date tokens and sentences of `EventDoc`."""

    def date_for(self, tok: Token) -> tuple[str | None, str | None, bool]:
        """(value, text, explicit?) of the date the trigger is told with."""
        sent = self.sent(tok)
        in_sent = {}
        for t in sent:
            d = self.dates.get(t.i)
            if d is not None and d.get("value"):
                in_sent.setdefault(d["start"], (t, d))
        if in_sent:
            clause = self._clause_head(tok)
            best = None
            for t, d in in_sent.values():
                attached = self._clause_head(t) == clause
                dist = abs(t.i - tok.i)
                key = (0 if attached else 1, dist)
                if best is None or key < best[0]:
                    best = (key, d)
            return best[1]["value"], best[1]["text"], True
        if self._pluperfect(tok):
            return None, None, False
        # the last day written earlier in the same paragraph (a story told over several sentences)
        para_start = self.text.rfind("\n", 0, tok.idx) + 1
        prev = [d for i, d in self.dates.items() if para_start <= d["start"] < sent.start_char and d.get("value")
                and len(d["value"]) == 10 and self.quote_of(self.doc[i]) is None]
        if prev:
            d = max(prev, key=lambda x: x["start"])
            return d["value"], None, False
        return self.ref, None, False

    def _clause_head(self, tok: Token) -> int:
        h = tok
        for _ in range(8):
            if h.pos_ in ("VERB",) or h.head.i == h.i:
                return h.i
            h = h.head
        return h.i

    def _pluperfect(self, tok: Token) -> bool:
        verb = tok
        if tok.pos_ == "NOUN":
            verb = next((h for h in self.governors(tok, 3) if h.pos_ == "VERB"), tok)
        for c in verb.children:
            if c.dep_ in ("aux:tense", "aux:pass", "aux") and c.lemma_ in self.lex.auxiliaries and \
                    "Imp" in c.morph.get("Tense"):
                return True
        return "Imp" in verb.morph.get("Tense") and verb.pos_ == "VERB"

