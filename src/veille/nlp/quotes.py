"""`veille_quotes`: direct, mixed and indirect quotations with their cue, speaker, relays and channel.

1. Quote marks are paired by a scanner (every typographic style, nesting, paragraph continuation); quoted names
   (« le journal “X” ») are not speech.
2. Each quotation gets its cue: a post-posed incise (« …», a-t-il ajouté / poursuit le Suédois), the speech verb
   that governs it, or the nearest speech verb before it; « Selon X, « … » » makes X the speaker. A quotation with
   no cue of its own continues the previous speaker's words.
3. Indirect quotations: a speech verb with a que-clause, and « selon X / d'après X, clause ».
4. The speaker is resolved from the cue's subject: a name, a pronoun (the last compatible person), a nominal
   designation (le ministre suédois, le porte-parole de la préfecture → the person it designates), an organisation,
   or a description kept as is (un officier de police).
5. Relays (`via`): « selon X », « selon une traduction de l'hebdomadaire X », « cité par X » when the words have
   their own speaker.

Stages, one module each: `quote_marks` (1), `quote_cues` (2, 3), `referents` (4), `quote_relays` (5); the words
they read are in `quote_lexicon`, the per-article state in `quote_context`. This module runs them in reading order.

Writes doc._.veille_quotes (list of model.Quote) and doc.spans["veille_quotes"].
"""
from __future__ import annotations

import logging
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

import veille.nlp.extensions  # noqa: F401
from veille.lang import word_set
from veille.model import Quote, TextSpan
from veille.nlp.mentions import mention_index
from veille.nlp.quote_context import FoundQuote, QuoteContext
# re-exported (noqa): the names veille.nlp.quotes offered before the split
from veille.nlp.quote_cues import (CueFinder, is_negated, is_speech_verb, speech_verb_particle,  # noqa: F401
                                   verb_lemma)
from veille.nlp.quote_lexicon import (COORDINATORS, DE, QUE, SENTENCE_END, SUBJECT_PRONOUNS, Lexicon,  # noqa: F401
                                      cue_word, is_edge_punct, lexicon)
from veille.nlp.quote_marks import MarkPair, find_quote_marks  # noqa: F401
from veille.nlp.quote_relays import Relays
from veille.nlp.quote_signatures import signed_blocks
from veille.nlp.referent_chains import referents_of
from veille.nlp.referents import Referents, np_tokens, subject_of  # noqa: F401

log = logging.getLogger(__name__)


class QuoteExtractor:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        run = _QuoteRun(doc, lexicon(self.lang))
        run.extract()
        return doc


@Language.factory("veille_quotes", assigns=["doc.spans", "doc._.veille_quotes"],
                  requires=["doc.spans", "token.dep", "token.lemma", "token.pos"], default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str):
    return QuoteExtractor(lang)


class _QuoteRun:
    """One article's quote extraction: the stages in reading order, sharing the article's context and referents
    (the discourse focus a pronoun falls back on is the last speaker found)."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.referents = referents_of(doc)  # the article's referents (veille_referents), built once
        self.ctx = self.referents.ctx
        self.text = self.ctx.text
        self.relays = Relays(self.ctx, self.referents)
        self.cues = CueFinder(self.ctx, self.referents, self.relays)

    # -- main
    def extract(self) -> None:
        marks = [m for m in find_quote_marks(self.text, self.lex) if m.depth == 0 and not self.ctx.in_bp(m.open)]
        candidates = []
        for m in marks:
            s, e = m.open + 1, m.close
            while s < e and self.text[s].isspace():
                s += 1
            while e > s and self.text[e - 1].isspace():
                e -= 1
            inner = self.text[s:e]
            if not re.search(r"\w", inner) or self._is_name(inner, s):
                continue
            candidates.append((m, s, e))
        self.ctx.quoted_ranges = [(m.open, m.close + 1) for m, _, _ in candidates]
        jobs = [(m.open, "direct", (m, s, e)) for m, s, e in candidates]
        jobs += [(tok.idx, "indirect", (tok, s, e))
                 for tok, s, e in self.cues.indirect_candidates([(s, e) for _, s, e in candidates])]
        found: list[FoundQuote] = []
        unsigned: list[FoundQuote] = []
        # in reading order, so that « il » and « le Suédois » see the speakers before them
        for _, kind, args in sorted(jobs, key=lambda j: (j[0], j[1])):
            f = self._direct(*args) if kind == "direct" else self._attribute_indirect(*args)
            if f is None:
                continue
            if f.speaker is None and (kind == "indirect" or f.cue is None):
                if kind == "direct":
                    unsigned.append(f)  # a signature line may still name its speaker
                continue  # « Soulignons que … », « on note que … », a quoted title or term: no one's words
            if f.speaker is not None:
                self.referents.note_speaker(f.speaker, f.end)
            if any(g.start == f.start and g.end == f.end for g in found):
                continue  # the same words reported twice (« s'est dit …, rappelant que … »)
            found.append(f)
        found += [f for f in self.cues.selon_clauses(found) if f.speaker is not None]
        found += [f for f in signed_blocks(self, found + unsigned) if f.speaker is not None]
        found += [f for f in unsigned if f.speaker is not None]
        found.sort(key=lambda f: f.start)
        self._write(found)

    def _is_name(self, inner: str, start: int = -1) -> bool:
        """« Radio Vernay », “Gazeta Nowa”, « Opération Lac d'Argent »: a short capitalised phrase, or exactly a
        known name, names something; it is not speech."""
        words = inner.split()
        particles = word_set("fr", "name_particles.txt")
        if len(words) > 6:
            return False
        if start >= 0 and any(sp.start_char == start and sp.end_char == start + len(inner)
                              for sp in self.doc.spans.get("veille_mentions", [])):
            return True
        # « l'Argentière », « d'Ambreuil »: an elided article before a capital still makes a capitalised word
        bare = [re.sub(r"^[ldLD]['’]", "", w) for w in words]
        caps = [w for w in bare if w[:1].isupper() or w[:1].isdigit()]
        return len(caps) == len([w for w in bare if w.lower() not in particles and w]) and len(caps) >= 1 \
            and not inner.rstrip().endswith(("!", "?", "."))

    # -- direct quotations
    def _direct(self, m: MarkPair, s: int, e: int) -> Optional[FoundQuote]:
        lex = self.lex
        left, right = self.ctx.context(m.open, m.close + 1)
        left_out, right_out = self.ctx.outside(left), self.ctx.outside(right)
        f = FoundQuote(s, e, "direct")
        prev = left_out[-1].text if left_out else ""
        if left_out and prev not in (":", ",", "—", "–", "-"):
            f.kind = "mixed"
        cue = self.cues.incise(right_out)
        if cue is None:
            cue = self.cues.governor(s, e, left_out)
        if cue is None and self._named_in_passing(m, s, e, left_out):
            return None
        if cue is None:
            cue = next((t for t in reversed(left_out) if is_speech_verb(t, lex) and not is_negated(t, lex)), None)
        later = None
        if cue is None:
            cue = later = next((t for t in right_out if is_speech_verb(t, lex)), None)
        if cue is None:
            cue = self.cues.colon_verb(left_out, m.open)
        selon = self.relays.source_pp(left_out + right_out)
        if later is not None and selon is not None and any(t.i == selon[1].start for t in left_out):
            # « d'après un policier, « … », d'autres déclarent que … »: the source before the words says them; a
            # verb after them that is no incise (its subject before it) reports other words
            cue = None
        if selon is None:
            # « Pour Odile Carrec, « … » », « Vers midi, pour la maire, « … » »
            weak = next((t for t in left_out if cue_word(t) in self.lex.cues["prepositions_weak"]
                         and self.cues.weak_source_opening(t)), None)
            selon = self.relays.source_pp([weak], allow_weak=True) if weak is not None else None
        if cue is not None:
            f.cue = cue
            f.cue_end = speech_verb_particle(cue, lex) or cue
            self._attribute(f, cue)
            if f.speaker is None:
                colon_cue = self.cues.colon_verb(left_out, m.open)
                if colon_cue is not None and colon_cue is not cue:
                    self._attribute(f, colon_cue)
            if selon is not None and (f.speaker is None or self._own_source_conjunct(cue, selon[1], left_out)):
                f.speaker, f.speaker_span = selon
                f.confidence = 0.75
        elif selon is not None:
            f.speaker, f.speaker_span = selon
            f.confidence = 0.8
        elif not left_out or all(t.is_punct for t in left_out):
            # a quotation standing alone gives the words of the one the sentence before it is about (« X ne s'est
            # pas laissé impressionner. « … » »), else continues the last speaker's words
            intro = self._introducing_subject(m.open)
            if intro is not None:
                f.speaker, f.speaker_span, f.confidence = intro
            elif self.referents.last_speaker is not None:
                f.speaker = self.referents.last_speaker
                f.confidence = 0.5
        else:
            words = len(self.text[s:e].split())
            holder = self._clause_holder(s, e) if words >= 3 else None
            if holder is not None:
                # « Il remercie aussi « … » », « X « s'associe à la douleur » »: words quoted inside a clause with
                # no verb of saying are its named subject's
                f.speaker, f.speaker_span = holder
                f.confidence = 0.4
            elif words <= 3:
                return None  # a scare-quoted word or two with no one saying it
            else:
                f.confidence = 0.3
        focus = self.referents
        if f.speaker is None and focus.last_speaker and focus.last_speaker_end is not None and \
                focus.last_speaker_end <= m.open and self.ctx.sentences_between(focus.last_speaker_end, m.open) == 0:
            # « « … » enchaînant par « … » »: a sentence's second quotation goes on with the first one's speaker
            f.speaker, f.confidence = focus.last_speaker, 0.6
        if self.relays.source_relay(selon, f.speaker) is not None:
            f.via.append(selon[0])
        self.relays.add_via(f, left_out + right_out)
        f.channel = self.relays.channel(f.cue, left_out + right_out)
        return f

    def _clause_holder(self, s: int, e: int):
        """(entity, mention) of the subject of the verb a quotation hangs on, when it names a person or an
        organisation (a name, or « il / elle » standing for one)."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None or self.ctx.text[:s].rstrip(" «“\"\u00a0").endswith("("):
            return None  # « Arbeit macht frei » ( « Le travail rend libre » ): a gloss in brackets, no one's words
        t = span[0]
        while s <= t.idx < e and t.head.i != t.i:
            t = t.head
        if s <= t.idx < e or t.pos_ not in ("VERB", "AUX"):
            return None
        subj = self.referents.verb_subject(t)
        idx = mention_index(self.doc)
        if subj is None or self.ctx.in_quotes(subj.idx) or not (
                (subj.pos_ == "PROPN" and subj.i in idx) or subj.lower_.lstrip("-") in ("il", "elle")):
            return None
        eid, mention, _ = self.referents.resolve_mention(subj)
        return (eid, mention) if eid is not None and self.ctx.ent_type(eid) in ("PER", "ORG") else None

    def _introducing_subject(self, open_char: int):
        """(entity, mention, confidence) of the named subject of the sentence right before a quotation, when that
        sentence reports no one's words of its own."""
        doc = self.doc
        k = next((t.i for t in doc if t.idx >= open_char), None)
        if k is None:
            return None
        j = k - 1
        while j >= 0 and (doc[j].is_space or doc[j].is_punct):
            j -= 1
        if j < 0 or self.ctx.in_quotes(doc[j].idx):
            return None
        sent = self.ctx.sentence(doc[j])
        if any(self.ctx.in_quotes(t.idx) or is_speech_verb(t, self.lex) for t in sent):
            return None
        root = next((t for t in sent if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
        subj = subject_of(root) if root is not None else None
        idx = mention_index(doc)
        if subj is None or subj.i not in idx or subj.pos_ != "PROPN" or \
                self.ctx.ent_type(idx[subj.i]) not in ("PER", "ORG"):
            return None
        eid, span, _ = self.referents.resolve_mention(subj)
        return (eid, span, 0.55) if eid is not None else None

    def _own_source_conjunct(self, cue, source, left_out) -> bool:
        """« il a constaté son échec et, selon X, la difficulté de « … » »: after the verb, a conjunct opened by
        « et, selon X, » brings words of its own source (« X a déclaré, selon l'agence Y, que … » is Y relaying)."""
        if not (cue.i < source.start and any(t.i == source.start for t in left_out)):
            return False
        prep = next((t for t in reversed(self.doc[max(0, source.start - 4):source.start])
                     if cue_word(t) in self.lex.cues["prepositions"]), None)
        return prep is not None and prep.i >= 2 and self.doc[prep.i - 1].text == "," and \
            self.doc[prep.i - 2].lower_ in COORDINATORS

    def _named_in_passing(self, m: MarkPair, s: int, e: int, left_out: list[Token]) -> bool:
        """« le collectif des « Voisins en colère » », « l'« affaire du parking » »: a short verbless phrase inside
        a noun phrase, that no verb of saying governs, names something; nobody says it."""
        if not left_out or left_out[-1].pos_ not in ("DET", "ADP") or len(self.text[s:e].split()) > 5:
            return False
        span = self.doc.char_span(s, e, alignment_mode="expand")
        return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span) \
            and not self.text[s:e].rstrip().endswith((".", "!", "?", "…"))

    # -- speaker of a cue verb
    def _attribute(self, f: FoundQuote, cue: Token) -> None:
        subj = self.referents.verb_subject(cue)
        if subj is None:
            return
        f.speaker, f.speaker_span, f.confidence = self.referents.resolve_mention(subj, speaks=True)

    def _attribute_indirect(self, tok: Token, s: int, e: int) -> FoundQuote:
        f = FoundQuote(s, e, "indirect", cue=tok, cue_end=speech_verb_particle(tok, self.lex) or tok)
        around = self.ctx.outside(list(self.ctx.sentence(tok)))
        self._attribute(f, tok)
        selon = self.relays.source_pp([t for t in around if t.i < tok.i or t.idx >= e])
        if selon is not None:
            if f.speaker is None:
                f.speaker, f.speaker_span = selon
            elif self.relays.source_relay(selon, f.speaker) is not None:
                f.via.append(selon[0])
        self.relays.add_via(f, around)
        f.channel = self.relays.channel(tok, around)
        return f

    # -- output
    def _write(self, found: list[FoundQuote]) -> None:
        doc = self.doc
        off = doc._.veille_offset or 0
        quotes, spans = [], []
        valid = []
        for f in found:
            if 0 <= f.start < f.end <= len(self.text):
                valid.append(f)
            else:  # a stage's bug must cost one quotation, not the whole article
                log.warning("quotation dropped: invalid offsets %d-%d (%s, cue %r)", f.start, f.end, f.kind,
                            f.cue.text if f.cue is not None else None)
        for n, f in enumerate(valid, 1):
            qid = f"q{n}"
            cue = None
            if f.cue is not None:
                c0 = f.cue
                # include auxiliaries (« a déclaré », « a-t-il ajouté » → the verb group)
                aux = [c for c in c0.children if c.dep_.startswith("aux") and c.i < c0.i and c.i >= c0.i - 3]
                start_tok = aux[0] if aux else c0
                end_tok = f.cue_end if f.cue_end is not None and f.cue_end.i >= c0.i else c0
                cs, ce = start_tok.idx, end_tok.idx + len(end_tok.text)
                cue = TextSpan(cs + off, ce + off, self.text[cs:ce])
            sm = None
            if f.speaker_span is not None:
                sm = TextSpan(f.speaker_span.start_char + off, f.speaker_span.end_char + off, f.speaker_span.text)
            via = [v for v in dict.fromkeys(f.via) if v and v != f.speaker]
            quotes.append(Quote(id=qid, start=f.start + off, end=f.end + off, text=self.text[f.start:f.end],
                                kind=f.kind, speaker=f.speaker, speaker_mention=sm, cue=cue, via=via,
                                channel=f.channel, confidence=round(f.confidence, 2)))
            sp = doc.char_span(f.start, f.end, label=qid, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc._.veille_quotes = quotes
        doc.spans["veille_quotes"] = spans
        self._chain_speaker_mentions(valid)

    def _chain_speaker_mentions(self, found: list[FoundQuote]) -> None:
        """Each resolved speaker mention (« il », « la maire », « une centaine de grévistes ») joins its entity's
        chain: the JSON shows it among the entity's mentions, and events read the same resolution."""
        idx = mention_index(self.doc)
        registry = self.ctx.registry
        for f in found:
            ent = registry.get(f.speaker) if f.speaker else None
            sp = f.speaker_span
            # a span holding another entity's name (« le porte-parole de la mairie ») is no mention of this one's
            if ent is None or sp is None or any(idx.get(t.i) not in (None, ent.id) for t in sp):
                continue
            registry.add_mention(ent, sp)
            idx = mention_index(self.doc)
