"""Cues: what marks words as someone's. Speech-verb tests, the cue of a direct quotation (an incise, the verb
governing it, a verb before a colon), the reported clauses of indirect quotations (« X a dit que … »,
« …, précise X ») and the claims a « selon X » carries."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from veille.nlp.extensions import doc_text, morph_values
from veille.nlp.mentions import mention_index
from veille.nlp.quote_context import FoundQuote, QuoteContext
from veille.nlp.quote_lexicon import (ANAPHOR_WORDS, DEGREE_ADVERBS, GERUND_MARKS, LIGHT_VERBS, NEGATION_PARTICLES,
                                      QUE, QUOTE_OPENERS, Lexicon, cue_word, is_edge_punct)

# « … » et qu'il … / « … », et que … : the next conjunct of a clause whose first part was quoted
_AND_QUE = re.compile(r"\s*[»”\"]?\s*,?\s*et\s+qu(?:e\s+|['’]\s*)", re.IGNORECASE)

if TYPE_CHECKING:
    from veille.nlp.quote_relays import Relays
    from veille.nlp.referents import Referents


def is_speech_verb(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or tok.is_punct:
        return False
    if tok.pos_ in ("NOUN", "ADJ", "PROPN"):
        # misparsed verbs (« ajoute », « précise »): accept only a form never preceded by a determiner
        if tok.i > 0 and tok.nbor(-1).pos_ in ("DET", "ADP"):
            return False
    key = tok.lemma_.lower()
    info = lex.verbs.get(key) or lex.verbs.get(tok.lower_)
    if info is None:
        return False
    if _noun_or_adjective_use(tok) or _in_connective_locution(tok, lex):
        return False
    if tok.i in mention_index(tok.doc) and tok.text[:1].islower():
        return False    # a word of a name (« le Vernay déchaîné »), not a verb of saying
    lemma = info["lemma"].replace("s'", "se ").split()
    if lemma[0] == "se":
        lemma = lemma[1:]
    if lemma[0] in lex.multiword and lemma[0] not in lex.verbs_single:
        return speech_verb_particle(tok, lex) is not None  # faire alone is not a speech verb
    return True


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
                       "ites")


def _noun_or_adjective_use(tok: Token) -> bool:
    """« une courte avance », « de manière continue », « aussi avancés que », « un discours critique »: the form of a
    verb of saying used as a noun or an adjective says nothing. A noun takes an adjective before it and a verb never
    does; an adjective is the predicate of « être » or qualifies a noun (a participle that qualifies one, « la
    réplique lancée par X », still reports)."""
    kids = list(tok.children)
    # « ce dernier juge … »: the pronoun « ce dernier », not an adjective
    if tok.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < tok.i
                                           and c.lower_ not in ANAPHOR_WORDS for c in kids):
        return True
    if tok.pos_ == "ADJ" and any(c.dep_ == "cop" or c.i < tok.i and c.lower_ in DEGREE_ADVERBS for c in kids):
        return True
    participle = "Part" in morph_values(tok, "VerbForm") or (
        "Fin" not in morph_values(tok, "VerbForm") and tok.lower_.endswith(_PARTICIPLE_ENDINGS))
    return tok.dep_ == "amod" and not participle


def _locution_words(s: str) -> str:
    return " ".join(re.sub(r"[-\s]+", " ", s.replace("’", "'").replace("'", "' ")).lower().split())


@functools.lru_cache(maxsize=8)
def _connective_locutions(phrases: tuple) -> tuple:
    """The connective phrases as word lists, normalised once per lexicon."""
    return tuple(_locution_words(p).split() for p in phrases)


def _in_connective_locution(tok: Token, lex: Lexicon) -> bool:
    """« c'est-à-dire que … », « cela dit, … »: the verb of a fixed connective phrase."""
    # the cached text: Doc.text joins every token again on each access
    text, end = doc_text(tok.doc), tok.idx + len(tok.text)
    before = _locution_words(text[max(0, tok.idx - 25):tok.idx]).split()
    after = _locution_words(text[end:end + 40]).split()
    for words in _connective_locutions(tuple(lex.cues.get("connective_locutions", ()))):
        for k, w in enumerate(words):
            if w == tok.lower_ and before[len(before) - k:] == words[:k] and \
                    after[:len(words) - k - 1] == words[k + 1:]:
                return True
    return False


def speech_verb_particle(tok: Token, lex: Lexicon) -> Optional[Token]:
    """The particle of a multi-word speech verb (faire *part*, faire *savoir*)."""
    lemma = tok.lemma_.lower()
    info = lex.verbs.get(lemma) or lex.verbs.get(tok.lower_)
    if info is not None:
        lemma = info["lemma"].replace("s'", "se ").split()[-1] if " " not in info["lemma"] else \
            info["lemma"].split()[0]
    for part in lex.multiword.get(lemma, ()):
        p = _particle_after(tok, part)
        if p is not None:
            return p
    return None


def _particle_after(tok: Token, particle: str) -> Optional[Token]:
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 3)):
        if doc[j].lower_ == particle.split()[0]:
            return doc[j]
    return None


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    info = lex.verbs.get(tok.lemma_.lower()) or lex.verbs.get(tok.lower_)
    return info["lemma"] if info else tok.lemma_


def is_negated(tok: Token, lex: Lexicon) -> bool:
    negs = set(lex.speakers["negations"])
    return any(c.lower_ in negs for c in tok.children) and any(c.lower_ in NEGATION_PARTICLES for c in tok.children)


class CueFinder:
    """Finds cues and reported clauses in one article."""

    def __init__(self, ctx: QuoteContext, referents: Referents, relays: Relays):
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex
        self.referents = referents
        self.relays = relays

    # -- the cue of a direct quotation
    def colon_verb(self, left: list[Token], open_char: int) -> Optional[Token]:
        """« X a réagi vivement à l'annonce : « … » » (also across a paragraph break): a colon introduces the
        words, and the finite verb before it carries their speaker."""
        doc = self.doc
        if left:
            if left[-1].text != ":":
                return None
            before = left[:-1]
        else:
            j = open_char - 1
            while j >= 0 and self.ctx.text[j].isspace():
                j -= 1
            if j < 0 or self.ctx.text[j] != ":":
                return None
            colon = doc.char_span(j, j + 1, alignment_mode="expand")
            if colon is None:
                return None
            sent = self.ctx.sentence(doc[colon.start - 1]) if colon.start > 0 else None
            before = [t for t in sent if t.i < colon.start] if sent is not None else []
        # a finite verb group (« d'être enterré »: an infinitive's auxiliary makes no finite group)
        verbs = [t for t in before if t.pos_ == "VERB" and ("Fin" in morph_values(t, "VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" not in morph_values(c, "VerbForm") for c in t.children))]
        # « elle est devenue un symbole en montrant aux enfants qu'ils peuvent réussir : « … » », « il est allé
        # consoler Paul, qu'il bat de peu : « … » »: a verb inside a « que » clause or a relative clause is not
        # the one whose subject speaks
        main = [t for t in verbs if not any(c.dep_ == "mark" and c.lower_ in QUE or "PronType=Rel" in str(c.morph)
                                            for c in t.children)]
        verbs = main or verbs
        return verbs[-1] if verbs else None

    def incise(self, right: list[Token]) -> Optional[Token]:
        """« …», a-t-il ajouté / « … » déclare X / poursuit le Suédois: a speech verb opening the right context."""
        toks = [t for t in right if t.text not in (",", "–", "—", "-")]
        for t in toks[:3]:
            if is_speech_verb(t, self.lex):
                return t
            if t.pos_ not in ("AUX", "ADV") and not t.lower_.startswith("-"):
                break
        return None

    def governor(self, s: int, e: int, left: list[Token]) -> Optional[Token]:
        """The speech verb the quotation depends on (« a qualifié la décision de “…” »)."""
        doc = self.doc
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        left_ids = {t.i for t in left}
        for t in span:
            h = t.head
            if span.start <= h.i < span.end:
                continue
            for _ in range(4):
                if h.i in left_ids and is_speech_verb(h, self.lex) and not is_negated(h, self.lex):
                    return h
                if h.head is h:
                    break
                h = h.head
        return None

    # -- indirect quotations: the clause a speech verb reports
    def indirect_candidates(self, direct_ranges: list[tuple[int, int]]) -> list[tuple[Token, int, int]]:
        """(speech verb, start, end) of reported clauses: « X a dit que … » and « …, précise la mutuelle »."""
        doc, lex = self.doc, self.lex
        out = []
        reporting = set(lex.cues["reporting_verbs"])
        for tok in doc:
            if self.ctx.in_quotes(tok.idx) or self.ctx.in_bp(tok.idx):
                continue
            if not (is_speech_verb(tok, lex) or tok.lemma_.lower() in reporting and tok.pos_ == "VERB"):
                continue
            if is_negated(tok, lex):
                continue
            ranges = self._que_clause(tok) or self._fronted_report(tok) or self._infinitive_report(tok)
            if not ranges:
                continue
            if len(ranges) > 1 and self._covered(ranges[0][0], ranges[-1][1], direct_ranges):
                # « a assuré que « … » restait fermée et qu'aucun … »: keep the conjuncts not quoted
                ranges = [r for r in ranges[1:] if not self._covered(r[0], r[1], direct_ranges)]
            else:
                ranges = [self._outside_quotations(ranges[0][0], ranges[-1][1], direct_ranges)]
                if len(self.ctx.text[ranges[0][0]:ranges[0][1]].split()) < 3 or \
                        self._covered(ranges[0][0], ranges[0][1], direct_ranges):
                    continue
            for s, e in ranges:
                out.append((tok, s, e))
        return out

    def _fronted_report(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """« Les digues ont tenu, précise la préfecture. »: the sentence before a closing speech verb whose
        subject follows it."""
        doc = self.doc
        sent = self.ctx.sentence(verb)
        after = [t for t in doc[verb.i + 1:sent.end] if not t.is_punct and not t.is_space]
        if not after or len(after) > 12 or any(t.pos_ in ("VERB", "SCONJ") or t.lower_ in QUE
                                               for t in after):
            return None
        finite = "Fin" in morph_values(verb, "VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
        if not finite or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                                                      for c in verb.children) \
                or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
            return None  # the subject must follow the verb (the parser often calls it an object)
        head = next((t for t in after[:4] if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None or len(after) > 8 or self.referents.left_subject(verb) is not None:
            return None
        idx = mention_index(doc)
        if not (head.i in idx or head.pos_ == "PROPN" or head.lemma_.lower() in self.lex.titles
                or head.lemma_.lower() in self.ctx.org_nouns):
            return None
        start = verb.i
        aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        if aux:
            start = min(a.i for a in aux)
        if speech_verb_particle(verb, self.lex) is None and verb.lemma_.lower() in LIGHT_VERBS:
            return None
        before = [t for t in doc[sent.start:start] if not t.is_space]
        if not before or before[-1].pos_ in ("CCONJ", "SCONJ", "ADP", "DET") or not any(
                t.pos_ in ("VERB", "AUX") for t in before):
            return None     # the words an incise closes are a whole clause: « X critique et condamne Y » is none
        while before and is_edge_punct(before[-1]):
            before.pop()
        while before and before[0].is_punct:
            before.pop(0)
        if len(before) < 4 or any(self.ctx.in_quotes(t.idx) for t in before):
            return None
        return [(before[0].idx, before[-1].idx + len(before[-1].text))]

    def _que_clause(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """Char ranges of the que-clause the verb governs: its first part, then each coordinated « et que … »."""
        doc = self.doc
        for c in verb.children:
            if c.dep_ not in ("ccomp", "obj", "xcomp", "advcl") or c.i < verb.i:
                continue
            sub = list(c.subtree)
            que = next((t for t in sub[:4] if t.lower_ in QUE and t.pos_ in ("SCONJ", "PRON")
                        and t.dep_ == "mark"), None)
            if que is None:
                # the parser sometimes hangs the clause on a noun: accept « que » right after the verb phrase
                que = next((t for t in doc[verb.i + 1:verb.i + 4] if t.lower_ in QUE
                            and t.pos_ == "SCONJ"), None)
                if que is None or que.i > sub[0].i:
                    continue
            if que.i > 0 and doc[que.i - 1].lower_ in self.lex.speakers["compound_que"]:
                continue  # « sans que », « avant que »: not a reported clause
            start_tok = doc[que.i + 1] if que.i + 1 < len(doc) else None
            while start_tok is not None and start_tok.i < len(doc) - 1 and is_edge_punct(start_tok):
                start_tok = doc[start_tok.i + 1]  # « a affirmé que, dès l'automne, … »
            if start_tok is None:
                return None
            # a coordinated verb with neither its own « que » nor its own subject belongs to the main clause
            # (« a précisé qu'il briguait la mairie et dit craindre un recours »)
            dropped = set()
            for conj in c.children:
                if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and not any(
                        t.dep_ == "mark" and t.lower_ in QUE for t in conj.children) and not any(
                        t.dep_.startswith("nsubj") for t in conj.children):
                    dropped.update(t.i for t in conj.subtree)
                    cc = [t for t in conj.children if t.dep_ == "cc"]
                    dropped.update(t.i for t in cc)
            # « …, tout en nuançant … »: a gerund adjunct is the narrator's, not the reported clause
            for adj in c.children:
                if adj.dep_ == "advcl" and adj.i > que.i and any(
                        k.lower_ in GERUND_MARKS and k.dep_ == "mark" for k in adj.children):
                    first = min(t.i for t in adj.subtree)
                    dropped.update(t.i for t in doc[first:max(t.i for t in adj.subtree) + 1])
            sub = [t for t in sub if t.i not in dropped]
            end_tok = sub[-1]
            while end_tok.i > start_tok.i and is_edge_punct(end_tok):
                end_tok = doc[end_tok.i - 1]
            s, e = start_tok.idx, end_tok.idx + len(end_tok.text)
            if "\n" in self.ctx.text[s:e]:
                e = s + self.ctx.text[s:e].index("\n")
            if len(self.ctx.text[s:e].split()) < 3:
                return None
            parts = []
            for conj in c.children:
                # a conjunct dropped above is the main clause's: a « que » inside it opens a clause of its own
                # (« et entendait signaler que … »), not a part of this one
                if conj.dep_ == "conj" and conj.i > que.i and conj.i not in dropped:
                    m = next((t for t in conj.subtree if t.lower_ in QUE and t.dep_ == "mark"), None)
                    if m is not None:
                        cc = [t for t in conj.subtree if t.i < m.i]
                        cut = (cc[0] if cc else m)
                        prev = doc[cut.i - 1]
                        while prev.i > start_tok.i and prev.is_punct:
                            prev = doc[prev.i - 1]
                        part = (doc[m.i + 1].idx, min(e, max(t.idx + len(t.text) for t in conj.subtree
                                                             if not t.is_punct)))
                        if part[1] <= part[0]:
                            continue  # a clause range is never empty or reversed
                        parts.append(part)
                        if len(parts) == 1:
                            first_end = prev.idx + len(prev.text)
            if parts:
                return [(s, first_end)] + parts
            return [(s, e)]
        return self._que_after(verb)

    def _infinitive_report(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """« X nie avoir signé le texte », « Y a reconnu ne pas connaître la date »: a speech verb's bare infinitive
        complement reports what was said (« demander de … », « promettre de … » carry no report: they take « de »)."""
        doc = self.doc
        info = self.lex.verbs.get(verb.lemma_.lower()) or self.lex.verbs.get(verb.lower_) or {}
        if info.get("strength") == "opinion":
            return None     # « espère obtenir », « pense partir »: an intention, not a report
        for c in verb.children:
            if c.dep_ != "xcomp" or c.i < verb.i or c.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            # « avoir signé », « avoir été déçu »: an infinitive, or a participle or adjective after one
            if not ("Inf" in morph_values(c, "VerbForm") and c.pos_ != "ADJ" or any(
                    a.dep_.startswith(("aux", "cop")) and "Inf" in morph_values(a, "VerbForm") and a.i < c.i
                    for a in c.children)):
                continue
            if any(k.dep_ == "mark" for k in c.children):
                return None
            # a coordinated clause with its own subject (« …, mais l'enquête dira … ») is the narrator's
            cut = min((k.i for k in c.children if k.dep_ == "conj" and any(g.dep_.startswith("nsubj")
                                                                         for g in k.children)), default=None)
            if cut is not None:
                first = min(t.i for t in doc[cut].subtree)
                cut = min([first] + [k.i for k in c.children if k.dep_ in ("cc", "punct") and k.i < first
                                     and k.i > c.i and k.i >= first - 2])
            toks = [t for t in c.subtree if not t.is_space and (cut is None or t.i < cut)]
            while toks and is_edge_punct(toks[-1]):
                toks.pop()
            while toks and toks[0].is_punct:
                toks.pop(0)
            if len(toks) < 2 or self.ctx.in_quotes(toks[0].idx):
                return None
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if "\n" in self.ctx.text[s:e]:
                e = s + self.ctx.text[s:e].index("\n")
            # « …, mais l'enquête dira … »: the narrator takes over after a comma and a conjunction
            for t in toks[1:]:
                if t.idx >= e:
                    break
                if doc[t.i - 1].text == "," and t.lower_ in self.lex.cues["clause_takeover_words"]:
                    e = doc[t.i - 1].idx
                    break
            return [(s, e)] if len(self.ctx.text[s:e].split()) >= 2 else None
        return None

    def _que_after(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """When the parse misses the clause: « que » within a few words after the verb, up to the sentence end."""
        doc = self.doc
        sent = self.ctx.sentence(verb)
        for t in doc[verb.i + 1:min(sent.end, verb.i + 10)]:
            if t.lower_ in QUE:
                if doc[t.i - 1].lower_ in self.lex.speakers["compound_que"] or t.pos_ not in ("SCONJ", "PRON"):
                    return None
                toks = [x for x in doc[t.i + 1:sent.end] if not x.is_space]
                while toks and is_edge_punct(toks[-1]):
                    toks.pop()
                if len(toks) < 3:
                    return None
                return [(toks[0].idx, toks[-1].idx + len(toks[-1].text))]
            if t.pos_ == "VERB" or t.is_punct and t.text not in (",",):
                return None
            if t.pos_ in ("NOUN", "PROPN") and not t.dep_.startswith(("obl", "nmod")):
                return None     # an object (« a annoncé sa visite ») ends the verb group; a time or a recipient
                                # (« a déclaré vendredi à la radio que ») does not
        return None

    def _outside_quotations(self, s: int, e: int, ranges: list[tuple[int, int]]) -> tuple[int, int]:
        """A reported clause without the quotations that are no part of it: one set off by a comma or a colon after
        the clause (« a répondu que les frais étaient privés, « cela va de soi » ») is words of their own; after a
        quoted first conjunct (« a dit que « … » et qu'il … ») the clause goes on at « et que »."""
        text = self.ctx.text
        for fs, fe in sorted(ranges):
            if fe <= s or fs >= e:
                continue
            opener = max(text.rfind(c, s, fs) for c in QUOTE_OPENERS)
            if opener < s:
                continue
            before = text[s:opener].rstrip()
            if before.endswith((",", ":")) and len(before.split()) >= 3:
                return s, s + len(before[:-1].rstrip())
            if not before:
                m = _AND_QUE.match(text, fe + 1, e)
                if m is not None:
                    s = m.end()
        return s, e

    def _covered(self, s: int, e: int, ranges: list[tuple[int, int]]) -> bool:
        """A report whose words are mostly quoted (counted in words: « était « absolument désintéressé » » is not), or
        holds a quoted fragment of 3+ words."""
        for fs, fe in ranges:
            o = max(0, min(e, fe) - max(s, fs))
            if o == 0:
                continue
            quoted = len(self.ctx.text[max(s, fs):min(e, fe)].split())
            if quoted >= 0.5 * len(self.ctx.text[s:e].split()) or len(self.ctx.text[fs:fe].split()) >= 3:
                return True
        return False

    # -- « selon X » claims
    def weak_source_opening(self, t: Token) -> bool:
        """« Pour La Gazette de Vernay, … », « Vers midi, pour la maire, … »: a weak source preposition opening the
        sentence (or following its opening adverbial) counts only before a name or a person's title, and a comma
        (« pour lui » is left alone: the pronoun is too often a person named in passing)."""
        doc = self.doc
        if self.ctx.in_quotes(t.idx) or self.ctx.in_bp(t.idx):
            return False
        start = self.ctx.sentence(t).start
        opening = doc[start:t.i - 1]
        if t.i != start and not (doc[t.i - 1].text == "," and len(opening) <= 6 and not any(
                x.pos_ in ("VERB", "AUX") or x.text == "," or self.ctx.in_quotes(x.idx) for x in opening)):
            return False
        nxt = list(doc[t.i + 1:t.i + 8])
        comma = next((x.i for x in nxt if x.text == ","), None)
        if comma is None:
            return False
        idx = mention_index(doc)
        return any(x.i < comma and (
            (x.i in idx and self.ctx.ent_type(idx[x.i]) in ("PER", "ORG"))
            or (x.pos_ == "NOUN" and x.lemma_.lower() in self.lex.titles)) for x in nxt)

    def selon_clauses(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """« Selon X, clause » / « clause, selon X »: the clause is X's claim (when no speech verb carries it)."""
        doc = self.doc
        preps = set(self.lex.cues["prepositions"])
        weak = set(self.lex.cues["prepositions_weak"])
        out = []
        for t in doc:
            word = cue_word(t)
            if word in weak:
                if not self.weak_source_opening(t):
                    continue
            elif word not in preps or self.ctx.in_quotes(t.idx) or self.ctx.in_bp(t.idx):
                continue
            sent = self.ctx.sentence(t)
            if any(f.cue is not None and sent.start <= f.cue.i < t.i and f.start > t.idx for f in found):
                continue    # « X a rappelé que selon lui « … » »: the source phrase is inside words a verb reports
            pp_start = t.i - 1 if word == "d'après" else t.i
            pp_end = self.ctx.source_phrase_end(t, sent)
            before = doc[sent.start:pp_start]
            after = doc[pp_end + 1:sent.end] if pp_end < sent.end else doc[sent.end:sent.end]
            clause = after if len(after) > len(before) else before
            toks = [x for x in clause if not x.is_space]
            while toks and is_edge_punct(toks[-1]):
                toks.pop()
            while toks and toks[0].is_punct:
                toks.pop(0)
            if len(toks) < 4:
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if any(f.start < end and f.end > start and f.cue is not None and f.cue.i >= sent.start for f in found
                   if f.kind == "indirect") or self._covered(start, end, [(f.start, f.end) for f in found]):
                continue    # the clause is already reported, or is mostly quoted words
            src = self.relays.source_pp([t], allow_weak=True)
            f = FoundQuote(toks[0].idx, toks[-1].idx + len(toks[-1].text), "indirect", cue=t,
                       cue_end=doc[pp_start:pp_end][-1] if pp_end > pp_start else t)
            if src is not None:
                f.speaker, f.speaker_span = src
                f.confidence = 0.7
                self.relays.add_via(f, [t])     # « selon ce que X a confié à Y, … »: Y relayed X's claim
            if src is None and any(x.lemma_.lower() in self.lex.cues["vague_sources"] for x in doc[t.i:pp_end]):
                f.confidence = 0.3
            out.append(f)
        return out

