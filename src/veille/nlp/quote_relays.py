"""Sources and relays: « selon X » / « d'après X » as a source, `via` (« cité par X », « a confié à Radio
Vernay ») and the channel words travelled through (a verb's channel, « sur Twitter »)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from veille.nlp.extensions import morph_values
from veille.nlp.mentions import mention_index
from veille.nlp.quote_context import FoundQuote, QuoteContext
from veille.nlp.quote_cues import is_speech_verb
from veille.nlp.quote_lexicon import DE, QUE, QUOTE_OPENERS, RECIPIENT_PREPOSITIONS, SENTENCE_END, cue_word
from veille.nlp.referents import Referents


class Relays:
    """Who a quotation's words came through in one article."""

    def __init__(self, ctx: QuoteContext, referents: Referents):
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex
        self.referents = referents
        self._reported: dict = {}    # source preposition index -> (speaker, relay) tokens

    def reported_words(self, prep: Token) -> Optional[tuple[Optional[Token], Optional[Token]]]:
        """(speaker, relay) of a source phrase that tells how the words travelled: « selon ce que X a confié à Y »,
        « d'après les propos que X a tenus devant Y », « selon les confidences faites par X à Y », « d'après des
        propos rapportés par Y ». None when the phrase names its source plainly."""
        if prep.i in self._reported:
            return self._reported[prep.i]
        doc, out = self.doc, None
        window = []
        for x in doc[prep.i + 1:min(len(doc), prep.i + 20)]:
            if x.text in SENTENCE_END or x.text in (",", ":", ";") or "\n" in x.text or self.ctx.in_quotes(x.idx):
                break
            window.append(x)
        verb, participle = None, False
        for n, x in enumerate(window[:6]):
            if x.lower_ in QUE and 1 <= n <= 3 and (window[n - 1].pos_ == "NOUN" or window[n - 1].lower_ in
                                                    self.lex.cues["reported_clause_pronouns"]):
                # « ce que X a dit », « les propos que X a tenus »; not « suivant qu'ils … » (depending on whether)
                verb = next((v for v in window[n + 1:] if v.pos_ == "VERB"), None)
                break
            if x.pos_ in ("VERB", "ADJ") and "Part" in morph_values(x, "VerbForm") and n >= 1 and (
                    x.lower_ in self.lex.cues["relay_participles"] or is_speech_verb(x, self.lex)):
                verb, participle = x, True
                break
        if verb is not None:
            after = [x for x in window if x.i > verb.i]
            agent = self._complement(after, self.lex.cues["agent_prepositions"])
            recipient = self._complement(after, RECIPIENT_PREPOSITIONS)
            if participle:
                out = (agent if recipient is not None else None, recipient or agent)
            else:
                que = next(x for x in window if x.lower_ in QUE)
                between = [x for x in window if que.i < x.i < verb.i and x.pos_ not in ("AUX", "ADV")]
                # « ce qu'a confié à la radio X »: no subject before the verb, the subject follows it
                subj = self.referents.inverted_subject(verb) if not between else self.referents.verb_subject(verb)
                if subj is not None and recipient is not None and subj.i == recipient.i:
                    subj = None
                out = (subj, recipient)
        self._reported[prep.i] = out
        return out

    def _sentence_closed_after(self, end_char: int) -> bool:
        """The quotation ending at end_char closed its sentence (« … bon. » Puis …)."""
        span = self.doc.char_span(end_char, min(len(self.ctx.text), end_char + 3), alignment_mode="expand")
        mark = next((t for t in span or () if not t.is_space), None)
        return mark is not None and self.ctx.closes_sentence(mark.i)

    @staticmethod
    def _complement(toks: list[Token], preps) -> Optional[Token]:
        """The head noun of the first complement introduced by one of `preps` in toks."""
        for n, x in enumerate(toks):
            if x.lower_ in preps:
                return next((y for y in toks[n + 1:n + 5] if y.pos_ in ("NOUN", "PROPN")), None)
        return None

    def relay_entity(self, tok: Optional[Token], speaker: Optional[str]) -> Optional[str]:
        """The entity a relay phrase names: a name, or an outlet or organisation described (« l'agence publique »)."""
        if tok is None:
            return None
        idx = mention_index(self.doc)
        if tok.i in idx:    # a name: its own entity (the parse may chain the next name onto it)
            return idx[tok.i] if idx[tok.i] != speaker else None
        eid, _, _ = self.referents.resolve_mention(tok)
        return eid if eid is not None and eid != speaker else None

    def source_pp(self, toks: list[Token], allow_weak: bool = False) -> Optional[tuple[str, Span]]:
        """« selon X », « d'après X »: the entity X (looking through « un communiqué de l'agence X »)."""
        preps = set(self.lex.cues["prepositions"]) | (set(self.lex.cues["prepositions_weak"]) if allow_weak else set())
        for t in toks:
            word = cue_word(t)
            if word not in preps:
                continue
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ in self.lex.cues["stressed_pronouns"]:
                # « selon lui « le mandat de X … » »: the pronoun is the source, not a name in the words after it
                eid, span, _ = self.referents.resolve_mention(nxt)
                return (eid, span) if eid is not None else None
            reported = self.reported_words(t)
            if reported is not None:
                if reported[0] is None:
                    return None     # only the relay is named: the speaker is the clause's own
                eid, span, _ = self.referents.resolve_mention(reported[0])
                if eid is not None:
                    return eid, span
                continue
            idx = mention_index(self.doc)
            first = next((x for x in self.doc[t.i + 1:t.i + 5] if x.pos_ in ("NOUN", "PROPN", "X")
                          and not self.doc[x.i - 1].text in QUOTE_OPENERS), None)
            if first is not None and first.pos_ == "NOUN" and first.lemma_.lower() not in \
                    self.lex.cues["document_nouns"] and first.i not in idx:
                if first.lemma_.lower() in self.lex.cues["vague_sources"]:
                    # « d'après les informations de la presse régionale »: the source is the complement, if any;
                    # « une source policière », « une source proche de l'enquête » are described, not vague
                    comp = next((c for c in first.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                                 and any(k.lower_ in DE for k in c.children)), None)
                    described = first.lemma_.lower() in self.lex.titles and any(
                        c.dep_ == "amod" for c in first.children)
                    if comp is None and not described:
                        return None
                    first = first if described else comp
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
                # « selon Paul Marin et Luc Morel »: both are the source
                ms = next(sp for sp in self.doc.spans["veille_mentions"] if sp.start <= hit.i < sp.end)
                return self.referents.people_group(hit) or (idx[hit.i], ms)
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

    def source_relay(self, source: Optional[tuple[str, Span]], speaker: Optional[str]) -> Optional[str]:
        """The relay a « selon X » source is for words a speaker is known to have said: X, unless X is the speaker
        or a pronoun (« X a rappelé que selon lui … »: the speaker's own view)."""
        if source is None or speaker is None or source[0] == speaker or \
                source[1][0].lower_ in self.lex.cues["stressed_pronouns"]:
            return None
        return source[0]

    def add_via(self, f: FoundQuote, toks: list[Token]) -> None:
        """« cité par X », « rapporté par X »: X relayed the words."""
        relay = set(self.lex.cues["relay_participles"])
        preps = set(self.lex.cues["prepositions"])
        idx = mention_index(self.doc)
        for t in toks:
            if cue_word(t) in preps:
                if t.idx >= f.end and self._sentence_closed_after(f.end):
                    continue    # « … bon. » Selon X, …: another sentence's source
                reported = self.reported_words(t)
                via = self.relay_entity(reported[1], f.speaker) if reported is not None else None
                if via is not None and via not in f.via:
                    f.via.append(via)
                continue
            if t.lower_ in relay:
                for x in self.doc[t.i + 1:t.i + 6]:
                    if x.i in idx and idx[x.i] != f.speaker and idx[x.i] not in f.via:
                        f.via.append(idx[x.i])
                        break
        # « a confié à Radio Vernay », « a déclaré sur Radio Vernay », « au micro de Radio Vernay »: words given
        # to a news outlet reached us through it
        if f.cue is not None:
            via = self._outlet_given_words(f.cue, f.speaker) or self._outlet_framing(f.cue, f.speaker)
            if via is not None and via not in f.via:
                f.via.append(via)
            via = self._outer_reporter(f.cue, f.speaker)
            if via is not None and via not in f.via:
                f.via.append(via)

    def _outer_reporter(self, cue: Token, speaker: Optional[str]) -> Optional[str]:
        """« Le Courrier raconte que le maire aurait demandé « … » »: words reported inside another's report
        reached us through the one who reports them."""
        if speaker is None or cue.dep_ != "ccomp" or cue.head is cue or not is_speech_verb(cue.head, self.lex):
            return None
        if not any(c.dep_ == "mark" and c.lower_ in QUE for c in cue.children):
            return None
        subj = self.referents.verb_subject(cue.head)
        if subj is None or self.ctx.in_quotes(subj.idx):
            return None
        eid, _, _ = self.referents.resolve_mention(subj)
        return eid if eid is not None and eid != speaker else None

    def _outlet_framing(self, cue: Token, speaker: Optional[str]) -> Optional[str]:
        """« Vers midi, sur Radio X, le maire a dit que … »: an outlet framing the clause before its verb."""
        sent = self.ctx.sentence(cue)
        for x in self.doc[sent.start:cue.i]:
            if x.lower_ in self.lex.cues["outlet_prepositions"] and not self.ctx.in_quotes(x.idx):
                via = self._outlet_after(x.i, cue.i, speaker)
                if via is not None:
                    return via
        return None

    def _outlet_given_words(self, cue: Token, speaker: Optional[str]) -> Optional[str]:
        """The outlet a speech verb's words were given to: the first outlet complement after the verb."""
        doc = self.doc
        preps = set(self.lex.cues["outlet_prepositions"])
        end = min(len(doc), cue.i + 9)
        j = cue.i + 1
        while j < end:
            x = doc[j]
            if x.text in SENTENCE_END or x.lower_ in QUE or self.ctx.in_quotes(x.idx) or x.text in QUOTE_OPENERS:
                return None
            if x.lower_ in preps:
                return self._outlet_after(j, end, speaker)
            j += 1
        return None

    def _outlet_after(self, prep_i: int, end: int, speaker: Optional[str]) -> Optional[str]:
        """The outlet a preposition introduces, over determiners and frames (« au micro de », « sur l'antenne
        de »), if it is one."""
        doc, idx = self.doc, mention_index(self.doc)
        frames = set(self.lex.cues["outlet_frames"])
        k = prep_i + 1
        while k < end and (doc[k].pos_ == "DET" or doc[k].lower_ in frames or doc[k].lower_ in DE):
            k += 1
        if k < end and k in idx:
            eid = idx[k]
            return eid if eid != speaker and self.referents.is_outlet(eid) else None
        return None

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

