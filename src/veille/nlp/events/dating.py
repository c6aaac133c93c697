"""Dating stage: the day an event is told for — a date of the trigger's clause, else of its sentence, else the
last day written earlier in the paragraph, else the reference date; none for a pluperfect (background). A bare
weekday told in the future or the conditional (« reviendraient vendredi ») is the coming one."""
from __future__ import annotations

import datetime as dt
import functools
import itertools

from spacy.parts_of_speech import AUX, VERB
from spacy.strings import get_string_id
from spacy.tokens import Token

from veille.lang import read_json
from veille.nlp.events.document import read_once
from veille.nlp.events.lexicon import _norm

# the forms a parenthesis opens or closes with (a token's text is one of these, read by hash from the Doc's arrays)
_OPENING = {get_string_id(w) for w in ("(", "[", "([")}
_CLOSING = {get_string_id(w) for w in (")", "]", ")]")}
_ROOT = get_string_id("ROOT")


# links from a clause to the clauses under it
SUBORDINATE = ("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "csubj")


@functools.cache
def _weekday_words(lang: str = "fr") -> tuple[dict, set]:
    """The dates stage's weekdays (name → number) and the words a bare weekday may carry (« ce », « matin »)."""
    d = read_json(lang, "dates.json")
    return {_norm(k): v for k, v in d["weekdays"].items()}, {_norm(w) for w in d["weekday_times"]} | {"ce", "le"}


class EventDating:
    """Mixin of `EventRun`: reads the date tokens and sentences of `EventDoc`."""

    @functools.cached_property
    def _chronicle(self) -> bool:
        """The article is a chronicle: at least `chronicle_min_entries` lines opened by a time of day (« Vers
        9h50, … », `chronicle_entry`, read once per article)."""
        entries = self.lex.chronicle_entry.finditer(self.text)
        return sum(1 for _ in itertools.islice(entries, self.lex.chronicle_min_entries)) >= \
            self.lex.chronicle_min_entries

    def chronicle_entry(self, tok: Token) -> int | None:
        """The line of a chronicle the token is told in (its start offset): a live report tells one happening per
        line, so two lines tell two acts (merging.py); None in an article of another kind."""
        return self.text.rfind("\n", 0, tok.idx) + 1 if self._chronicle else None

    def date_for(self, tok: Token) -> tuple[str | None, str | None, bool]:
        """(value, text, explicit?) of the date the trigger is told with."""
        sent = self.sent(tok)
        asides = self._asides(sent)
        own_aside = next((a for a in asides if a[0] < tok.i < a[1]), None)
        in_sent = {}
        for j in range(sent.start, sent.end):
            d = self.dates.get(j)
            # « Karim X, 39 ans (né le 31 décembre 1977), est tué »: an aside's date is not the act's, nor is the
            # year that names a thing (« le Logan Act de 1799 », « la loi de 1905 »)
            if d is not None and d.get("value") and next((a for a in asides if a[0] < j < a[1]), None) == own_aside \
                    and not self._names_a_thing(d):
                in_sent.setdefault(d["start"], (self.doc[j], d))
        clause = self._clause_head(tok)
        # « il lui est reproché d'avoir négocié, en décembre, … »: a date of the content clause dates the content
        in_sent = {k: v for k, v in in_sent.items() if not self._in_content(v[0], clause)
                   and not self._qualifies_other(v[0], tok, clause)}
        done = self._told_as_done(tok)
        if in_sent and done:
            # « a lancé une pétition pour le 16 mai », « appelle à la grève le 19 décembre »: an act told as done, or
            # a statement reported in the present, is no later than the telling; a later date is its content's
            in_sent = {k: v for k, v in in_sent.items() if not self._after_reference(v[1])}
        if in_sent:
            best = None
            for t, d in in_sent.values():
                attached = self._clause_head(t) == clause
                dist = abs(t.i - tok.i)
                key = (0 if attached else 1, dist)
                if best is None or key < best[0]:
                    best = (key, d, t)
            return self._coming_weekday(best[1], best[2]), best[1]["text"], True
        if self._pluperfect(tok, tense_only=True):
            # background told in the pluperfect (« avait discuté »): before the telling, on a day not said — the
            # reference month, a coarser claim than the day of an act told in the perfect; the imperfect (« ils
            # étaient réunis ») tells the scene of the story's own day, dated as the perfect is
            return (self.ref[:7] if isinstance(self.ref, str) and len(self.ref) >= 7 else self.ref), None, False
        # the last day written earlier in the same paragraph (a story told over several sentences); a sentence
        # whose head is no verb (« Un mécontentement aggravé par le refus … ») comments, it tells no new step
        pos, dep = self.pos_dep_columns
        if any(dep[j] == _ROOT and pos[j] not in (VERB, AUX) for j in range(sent.start, sent.end)):
            return self.ref, None, False
        para_start = self.text.rfind("\n", 0, tok.idx) + 1
        prev = [d for i, d in self.dates.items() if para_start <= d["start"] < sent.start_char and d.get("value")
                and len(d["value"]) == 10 and self.quote_of(self.doc[i]) is None
                and not (done and self._after_reference(d))]
        if prev:
            d = max(prev, key=lambda x: x["start"])
            return d["value"], None, False
        if self._lead_day is not None and tok.idx >= self.lead_end_first:
            return self._lead_day, None, False
        return self.ref, None, False

    @functools.cached_property
    def _lead_day(self) -> str | None:
        """The day the lead tells the story for, when it is not the reference date: the first day written in the
        first body paragraph, outside quotations, within the week before the reference (« 2 mai . – Samedi, un
        homme a … »). A news story tells its happening in the lead and its details in the paragraphs after it,
        which name no day of their own: those are told for the lead's day, not for the day of publication."""
        if not isinstance(self.ref, str) or len(self.ref) < 10 or self.offset:
            return None     # (a long article's later chunk holds no lead: pipeline.CHUNK_CHARS)
        ref = dt.date.fromisoformat(self.ref[:10])
        start = self.text.rfind("\n", 0, max(self.lead_end_first - 1, 0)) + 1
        for i, d in sorted(self.dates.items(), key=lambda x: x[1]["start"]):
            if not start <= d["start"] < self.lead_end_first or not d.get("value") or len(d["value"]) != 10 or \
                    self.quote_of(self.doc[i]) is not None:
                continue
            try:
                day = dt.date.fromisoformat(d["value"])
            except ValueError:
                continue
            if ref - dt.timedelta(days=self.lex.lead_day_window) <= day < ref:
                return d["value"]
        return None

    def _names_a_thing(self, d: dict) -> bool:
        """« de 1799 » right after a noun, or after the adjective that follows one (« les élections présidentielles
        de 2002 »: a French adjective after its noun is inside the noun phrase): a year that is part of a name or a
        description, not a time."""
        words = _norm(d["text"]).split()
        if not words or words[0] not in ("de", "d'") or len(d.get("value") or "") != 4:
            return False
        span = self.doc.char_span(d["start"], d["end"], alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        before = self.doc[span.start - 1]
        return self.pos_at[before.i] in ("NOUN", "PROPN", "X") or (
            self.pos_at[before.i] == "ADJ" and before.head.i < before.i and before.head.pos_ in ("NOUN", "PROPN"))

    def _in_content(self, date_tok: Token, clause: int) -> bool:
        """The date sits in a clause under the trigger's own (what is said, asked, reproached, or a circumstance
        of it)."""
        h = self.doc[self._clause_head(date_tok)]
        for _ in range(4):
            if h.i == clause or h.dep_ not in SUBORDINATE or h.head.i == h.i:
                return False
            h = h.head
            if h.i == clause:
                return True
        return False

    def _qualifies_other(self, date_tok: Token, tok: Token, clause: int) -> bool:
        """« X, qui avait été arrêté le 23 mai, a été libéré », « Y, ayant appelé en mai à … , a été tué »: a date
        of a relative or participial clause describing another noun tells that clause's own time (French relative
        and adjectival clauses carry their own tense), not the main act's; the one describing the trigger itself
        (« la manifestation prévue le 12 ») still dates it."""
        if self._after_bare_participle(date_tok, tok):
            return True
        h = self.doc[self._clause_head(date_tok)]
        if h.i == clause or h.dep_ not in ("acl", "acl:relcl") or h.head.i == tok.i:
            return False
        lo, hi = sorted((h.i, date_tok.i))
        if any(t.text == "," for t in self.doc[lo:hi]):
            return False        # « …, le samedi 28 mai »: a date set off by a comma is the sentence's, wherever parsed
        return not (h.left_edge.i <= tok.i <= h.right_edge.i)     # the trigger told inside that clause is dated by it

    def _coming_weekday(self, d: dict, tok: Token) -> str:
        """The dates stage reads a bare weekday as the last one (news tell what happened); the verb it dates may
        say otherwise: a future or conditional verb (« reviendront vendredi », « se réuniraient lundi ») is told
        for the coming one."""
        weekdays, extra = _weekday_words()
        words = _norm(d["text"]).split()
        days = [weekdays[w] for w in words if w in weekdays]
        ref = self.ref if isinstance(self.ref, str) else None
        if len(days) != 1 or any(w not in weekdays and w not in extra for w in words) or not ref or \
                not d["value"] or d["value"] >= ref:
            return d["value"]
        verb = self.doc[self._clause_head(tok)]
        # a simple future or conditional, or « va manifester »; « aurait signé vendredi » tells a past act
        ahead = "Fut" in self.morph_of(verb, "Tense") or "Cnd" in self.morph_of(verb, "Mood") or self.future_form(verb) or any(
            c.dep_.startswith("aux") and _norm(c.lemma_) in self.lex.near_future_auxiliaries
            for c in self.children_of(verb))
        if not ahead or any(c.dep_.startswith("aux") and _norm(c.lemma_) in self.lex.auxiliaries
                            for c in self.children_of(verb)):
            return d["value"]
        ref_day = dt.date.fromisoformat(ref[:10])
        return (ref_day + dt.timedelta(days=(days[0] - ref_day.weekday()) % 7 or 7)).isoformat()

    @read_once(lambda sent: sent.start)
    def _asides(self, sent) -> list[tuple[int, int]]:
        """Token index pairs of the parentheses in a sentence (read once per sentence)."""
        out, opened = [], None
        forms = self._hash_columns[1]
        for j in range(sent.start, sent.end):
            if forms[j] in _OPENING and opened is None:
                opened = j
            elif forms[j] in _CLOSING and opened is not None:
                out.append((opened, j))
                opened = None
        return out

    def _after_bare_participle(self, date_tok: Token, tok: Token) -> bool:
        """« aux boutiques pillées la veille »: a date right after a past participle with no auxiliary that follows
        its noun dates that participle (French adjectival participle), whatever the parse hangs either on."""
        i = date_tok.i
        if i < 2 or tok.i in (i - 1, i - 2):
            return False
        part, noun = self.doc[i - 1], self.doc[i - 2]
        participle = ("Part" in self.morph_of(part, "VerbForm") and "Past" in self.morph_of(part, "Tense")) or (
            self.pos_at[part.i] == "ADJ" and part.lower_.endswith(self.lex.past_participle_endings))
        return participle and self.pos_at[noun.i] == "NOUN" and not any(c.dep_.startswith("aux")
                                                              for c in self.children_of(part)) \
            and not part.left_edge.i <= tok.i <= part.right_edge.i     # « la trêve engagée le 12 par un accord »

    def _clause_head(self, tok: Token) -> int:
        h = tok
        for _ in range(8):
            if self.pos_at[h.i] in ("VERB",) or h.head.i == h.i:
                return h.i
            h = h.head
        return h.i

    def _after_reference(self, date: dict) -> bool:
        """A date (day, month or year) later than the reference date, compared at its own precision; not one
        counted from a day the story told (« le lendemain »: the story's own chain of days)."""
        value = date["value"]
        return isinstance(self.ref, str) and date.get("kind") != "anaphoric" and \
            value[:len(self.ref)] > self.ref[:len(value)]

    def _told_as_done(self, tok: Token) -> bool:
        """A verb trigger in a past tense of the indicative (« a lancé », « lança », « avait lancé »), or a speech act
        in its present (« X appelle à … », « dénonce »: the reporting present), not in the future or the
        conditional, nor an infinitive or participle of its own (« appeler à manifester le 3 »)."""
        if self.pos_at[tok.i] != "VERB":
            return False
        told = [tok] + [c for c in self.children_of(tok) if c.dep_ in ("aux:tense", "aux")]
        finite = [t for t in told if "Fin" in self.morph_of(t, "VerbForm")]
        if not finite or any("Ind" not in self.morph_of(t, "Mood") for t in finite):
            return False
        tenses = {x for t in finite for x in self.morph_of(t, "Tense")}
        if len(told) > 1 or tenses & {"Past", "Imp"}:
            return "Fut" not in tenses
        trig = self.trigger_at.get(tok.i)
        return tenses == {"Pres"} and trig is not None and (trig.lemma, trig.type) in self.lex.speech_acts

    def _pluperfect(self, tok: Token, tense_only: bool = False) -> bool:
        """The trigger (a noun: the verb it depends on) is told in the pluperfect or the imperfect, background to
        the story's acts; with `tense_only`, in the pluperfect (a tense auxiliary in the imperfect) only."""
        verb = tok
        if self.pos_at[tok.i] == "NOUN":
            verb = next((h for h in self.governors(tok, 3) if self.pos_at[h.i] == "VERB"), tok)
        deps = ("aux:tense", "aux") if tense_only else ("aux:tense", "aux:pass", "aux")
        for c in self.children_of(verb):
            if c.dep_ in deps and c.lemma_ in self.lex.auxiliaries and "Imp" in self.morph_of(c, "Tense"):
                return True
        return not tense_only and "Imp" in self.morph_of(verb, "Tense") and self.pos_at[verb.i] == "VERB"

