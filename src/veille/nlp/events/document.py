"""The article state every event stage reads: tokens, sentences, mentions, quotes, dates, and a few syntactic
helpers (the preposition of a nominal, the heads a word depends on). The stages are mixins of `EventRun`
(extractor.py) and share this state through `self`."""
from __future__ import annotations

import functools

from spacy.attrs import DEP, LEMMA, ORTH, POS
from spacy.tokens import Doc, Span, Token

import veille.nlp.extensions  # noqa: F401
from veille.nlp.events.lexicon import Lexicon, _norm
from veille.nlp.extensions import doc_text
from veille.nlp.mentions import mention_index, sentence_bounds


class EventDoc:
    """What the stages share about one Doc; token indices are Doc indices, offsets Doc offsets."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.text = doc_text(doc)
        self._sent_bounds = sentence_bounds(doc)
        self.midx = mention_index(doc)
        self.ents = {e.id: e for e in (doc._.veille_entities or [])}
        self.bp = [(s.start, s.end) for s in doc.spans.get("veille_boilerplate", [])]
        self.quote_spans = [(s.start, s.end, s.label_) for s in doc.spans.get("veille_quotes", [])]
        self.quotes = {q.id: q for q in (doc._.veille_quotes or [])}
        art = doc._.veille_article
        self.offset = doc._.veille_offset or 0
        self.body_start = max(0, (getattr(art, "body_start", 0) or 0) - self.offset) if art is not None else 0
        self.dates = self._date_tokens()
        self.ref = doc._.veille_reference_date
        self._registry = None
        self._actor_cache: dict[str, str] = {}       # descriptive actors (actors.py): lemma key → entity id
        self._no_actor: set[int] = set()             # tokens whose noun names no actor, whoever asks (actors.py)
        self.descriptive: set[str] = set()           # the entity ids those actors got
        self.retold_persons: dict = {}              # those that are one person by a generic noun → gender
        self._retold_at, self._retold_read = None, set()     # the person nouns' indices, and those read (actors.py)
        self.protesters: set[str] = set()            # those named by a protest noun (« des manifestants »)
        self.trigger_at: dict = {}                   # token index → its trigger (triggers.py)
        self.last_by_type: dict[str, list[str]] = {}     # event type → the source of its last event told as done
        # (token index, type, source) of acts of force told as done
        self.operations: list[tuple[int, str, list[str]]] = []
        self.harmed: set[str] = set()                # those an act of force told before was done to

    def sent(self, tok: Token) -> Span:
        s, e = self._sent_bounds[tok.i]
        return self.doc[s:e]

    # ---- entities ------------------------------------------------------------------------------------------
    def registry(self):
        if self._registry is None:
            from veille.nlp.entities import EntityRegistry
            self._registry = EntityRegistry(self.doc)
        return self._registry

    def entity_of(self, tok: Token) -> str | None:
        return self.midx.get(tok.i)

    @functools.cached_property
    def _lemma_form_columns(self) -> tuple[list[int], list[int], dict[int, str]]:
        """The Doc's lemma hashes and form hashes by token, and each distinct string's normalised text. One flat list
        of ints per column: a list per token would leave thousands of objects to the garbage collector, whose
        passes over spaCy's heap then cost more than the look-ups themselves."""
        lemmas, forms = self.doc.to_array(LEMMA).tolist(), self.doc.to_array(ORTH).tolist()
        strings = self.doc.vocab.strings
        return lemmas, forms, {h: _norm(strings[h]) for h in {*lemmas, *forms}}

    @functools.cached_property
    def pos_dep_columns(self) -> tuple[list[int], list[int]]:
        """The Doc's part-of-speech ids and dependency label hashes by token, for the readers that scan words after
        a trigger without building their Tokens."""
        return self.doc.to_array(POS).tolist(), self.doc.to_array(DEP).tolist()

    def where_words(self, lemma=lambda w: False, form=lambda w: False) -> list[int]:
        """Indices of the tokens whose normalised lemma passes `lemma` or whose normalised form passes `form`. Read
        from the Doc's arrays, each distinct string normalised once: a Token and its normalisations for every word
        of the article cost more than the rest of a stage, so the stages build Tokens only for the words found."""
        lemma_col, form_col, norms = self._lemma_form_columns
        lemmas = {h for h in set(lemma_col) if lemma(norms[h])}
        forms = {h for h in set(form_col) if form(norms[h])}
        return [i for i, (le, fo) in enumerate(zip(lemma_col, form_col)) if le in lemmas or fo in forms]

    def in_boilerplate(self, tok: Token) -> bool:
        return any(a <= tok.i < b for a, b in self.bp)

    def quote_of(self, tok: Token) -> str | None:
        for s, e, label in self.quote_spans:
            if s <= tok.i < e:
                return label
        return None

    def case_of(self, tok: Token) -> str:
        """The preposition introducing a nominal (« au » → « à »), or ''."""
        parts = [c for c in tok.children if c.dep_ in ("case", "mark") and c.i < tok.i]
        if not parts:
            return ""
        words = " ".join(_norm(c.text) for c in sorted(parts, key=lambda c: c.i))
        first = words.split()[0]
        if first in self.lex.case_contractions:
            return self.lex.case_contractions[first]
        for start, prep in self.lex.case_locutions.items():
            if words.startswith(start):
                return prep
        return first

    def locution_complement(self, tok: Token) -> tuple[str, list[Token]] | None:
        """« ouvrir le feu en direction du camp de X » parsed with « direction » as the complement: the complex preposition
        (« en direction de ») and the « de » complements it introduces, when tok is the locution's own noun."""
        prep = self.lex.case_locutions.get(f"{self.case_of(tok)} {_norm(tok.lemma_)}")
        if prep is None:
            return None
        return prep, [g for g in tok.children if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms]

    def que_clause(self, tok: Token) -> Token | None:
        """The verb of a « que » clause a dependent introduces: a ccomp (« exige que X parte ») or the « ce » of the
        complex conjunctions « à ce que », « de ce que » (« demande à ce que X parte »), whose preposition belongs
        to the conjunction and tells no place or time."""
        if tok.dep_ == "ccomp" and any(g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers
                                       for g in tok.children):
            return tok
        if tok.pos_ == "PRON" and _norm(tok.text) == "ce":
            return next((c for c in tok.children if c.dep_ in ("acl", "acl:relcl", "ccomp") and any(
                g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers for g in c.children)), None)
        return None

    def line_start(self, tok: Token) -> int:
        """Index of the first token of the line (paragraph) holding tok."""
        char = self.text.rfind("\n", 0, tok.idx) + 1
        j = tok.i
        while j > 0 and self.doc[j - 1].idx >= char:
            j -= 1
        return j

    def governors(self, tok: Token, hops: int = 3):
        """The heads a trigger depends on through complement links (for flags and content checks)."""
        h = tok
        for _ in range(hops):
            if h.head.i == h.i or h.dep_ not in ("xcomp", "ccomp", "obj", "obl", "obl:arg", "obl:mod", "nmod",
                                                  "acl", "conj", "advcl", "csubj"):
                return
            if h.dep_ == "advcl" and not any(c.dep_ == "mark" for c in h.children) and any(
                    "Fin" in t.morph.get("VerbForm") for t in [h] + [c for c in h.children if c.dep_.startswith("aux")]):
                return      # « X pourrait … et les Y avaient demandé … »: a finite clause with no conjunction the
                #             parse hangs on another stands on its own
            h = h.head
            yield h

    def _date_tokens(self) -> dict[int, dict]:
        out = {}
        for d in self.doc._.veille_dates or []:
            span = self.doc.char_span(d["start"], d["end"], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out[t.i] = d
        return out

    @functools.cached_property
    def cue_quotes(self) -> dict[int, object]:
        """Token index of each quotation's speech verb → that quotation (with the speaker the quote stage resolved).
        A speech act (« X dénonce … ») has its speaker as actor: one resolver answers for quotes and events."""
        off, out = self.offset, {}
        for q in self.quotes.values():
            if q.cue is None or not q.speaker:
                continue
            span = self.doc.char_span(q.cue.start - off, q.cue.end - off, alignment_mode="expand")
            for t in span or ():
                out.setdefault(t.i, q)
        return out

    @functools.cached_property
    def cue_speakers(self) -> dict[int, str]:
        return {i: q.speaker for i, q in self.cue_quotes.items()}

    def named_in_quote(self, q) -> list[str]:
        """The one actor a quotation's words name besides its speaker and relays (« Si la ministre ne suspend pas
        son texte … »), or none when they name several."""
        span = self.doc.char_span(q.start - self.offset, q.end - self.offset, alignment_mode="expand")
        named = {self.midx[t.i] for t in span or () if self.midx.get(t.i)}
        named -= {q.speaker, *q.via}
        named = {e for e in named if self.ents.get(e) is None or self.ents[e].type != "LOC"}
        return list(named) if len(named) == 1 else []

    @functools.cached_property
    def sports_article(self) -> bool:
        """An article telling matches and results: three words of sport or more, two of them different
        (« finale », « médaille », « olympique »…), as common nouns (not « Sprint », a company) or as the
        rubric opening a line (« Tennis : X se retire du tournoi »)."""
        def rubric(t) -> bool:
            return t.i == self.line_start(t) and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == ":"
        words = [_norm(self.doc[i].lemma_) for i in self.where_words(lemma=lambda w: w in self.lex.sport_words)
                 if self.doc[i].text[:1].islower() or rubric(self.doc[i])]
        return len(words) >= 3 and len(set(words)) >= 2

    @functools.cached_property
    def _accident_at(self) -> list[int]:
        words = self.lex.accident_words | self.lex.disaster_words
        return self.where_words(lemma=lambda w: w in words, form=lambda w: w in words)

    def accident_told(self, tok) -> bool:
        """An accident or a disaster told in the headline (« collision ferroviaire : … ») or as a complement of the
        token itself (« tués dans l'accident »; not « tuée après avoir été appelée pour un accident »)."""
        def complement(i: int) -> bool:
            t = self.doc[i]
            while t.i != tok.i and t.head.i != t.i and (t.i == i or t.pos_ not in ("VERB", "AUX")):
                t = t.head
            return t.i == tok.i
        return any(self.doc[i].idx < self.body_start or complement(i) for i in self._accident_at)

    def armed(self, eid: str) -> bool:
        """Armed forces or groups, the police, spies (`armed_sectors`)."""
        ent = self.ents.get(eid)
        return ent is not None and ent.sector in self.lex.armed_sectors

    def armed_or_state(self, eid: str) -> bool:
        """Armed forces or groups, or a state: who may cross into a territory or wage war."""
        return self.armed(eid) or self.ent_type(eid) == "GPE"

    def state_actor_in(self, ids: list[str]) -> bool:
        """An armed or state actor (police, army, government, rebels, courts, parliament) among these entities."""
        return any(self.ents.get(x) is not None and self.ents[x].sector in self.lex.state_sectors for x in ids)

    @functools.cached_property
    def chains(self):
        """The article's referent chains (veille_referents), shared with quotes: designations, gender and number,
        outlets, the subject finder."""
        from veille.nlp.referent_chains import referents_of
        return referents_of(self.doc)

    def ent_type(self, eid: str | None) -> str | None:
        """The type of an entity of the article (PER, ORG, GPE, LOC, MISC), None for no entity."""
        ent = self.ents.get(eid) if eid else None
        return ent.type if ent is not None else None

    def is_outlet(self, eid: str) -> bool:
        """A news outlet, as the article's referent chains know it."""
        return self.chains.is_outlet(eid)

    @functools.cached_property
    def relays(self) -> set:
        """Outlets and sources that relay words (« selon le journal X »), as the referent chains read them."""
        return self.chains.relays

    @functools.cached_property
    def lead_end(self) -> int:
        """Doc offset where the first two body paragraphs end."""
        text, pos, n = self.text, self.body_start, 0
        while n < 2:
            nxt = text.find("\n", pos)
            if nxt == -1:
                return len(text)
            if text[pos:nxt].strip() and len(text[pos:nxt].strip()) > 40:
                n += 1
            pos = nxt + 1
        return pos

