"""Who is the subject of a verb of saying, read from word order first and the parse second (parses go wrong
around quotation marks and appositions; French word order rarely does). A mixin of `Referents` (referents.py):
the methods read the article context (`self.ctx`, `self.doc`, `self.lex`)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from veille.nlp.extensions import morph_values
from veille.nlp.impersonal import impersonal_subject
from veille.nlp.mentions import mention_index
from veille.nlp.quote_cues import speech_verb_particle
from veille.nlp.quote_lexicon import (CLAUSE_COORDINATORS, CONTROL_VERBS, DE, ETRE_VERBS, EUPHONIC_T,
                                      GERUND_MARKS, INFINITIVE_CLAUSE_MARKS, NEGATION_PARTICLES, OBJECT_CLITICS, QUE,
                                      READER_PRONOUNS,
                                      RECIPIENT_PREPOSITIONS, REFLEXIVE_CLITICS, SENTENCE_END, SOURCE_CASE_WORDS,
                                      SUBJECT_PRONOUNS, VERB_GROUP_WORDS)


def subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, looking through coordination, participial adjuncts and auxiliaries."""
    seen = 0
    v = verb
    while v is not None and seen < 4:
        subs = []
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.lower_ not in EUPHONIC_T:
                if c.i < v.i and impersonal_subject(c):
                    continue  # impersonal « il y a », « il s'agit », « il faut dire que »
                if c.i > 0 and c.doc[c.i - 1].dep_ in ("case",) and c.doc[c.i - 1].lower_ in SOURCE_CASE_WORDS:
                    continue
                subs.append(c)
        if subs:
            # « Selon X, Y a dit »: the subject nearest the verb
            return min(subs, key=lambda c: abs(c.i - v.i))
        if v.dep_ in ("conj", "advcl", "xcomp", "acl") and v.head is not v:
            v = v.head
            seen += 1
            continue
        break
    return None


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative clauses and clauses it governs."""
    out = [head]
    stack = [c for c in head.children]
    while stack:
        t = stack.pop()
        if t.dep_ in ("acl:relcl", "acl", "advcl", "ccomp", "cc", "conj") and t.head is head:
            continue
        if t.dep_ == "punct" and (t.text not in (",", "-", "–") or t.i < head.i):
            continue
        if t.dep_ in ("acl:relcl", "ccomp", "advcl") or (t.pos_ in ("VERB", "AUX") and t.dep_.startswith("acl")):
            continue  # who speaks is named before what they did (« le maire, invité à Paris, … »)
        if t.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ not in DE for c in t.children):
            continue  # « le chef du gouvernement sur Twitter »: a place or medium, not part of who speaks
        out.append(t)
        stack.extend(t.children)
    out.sort(key=lambda t: t.i)
    # keep the contiguous block around the head
    lo = hi = out.index(head)
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi + 1 < len(out) and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    block = out[lo:hi + 1]
    if any(c.dep_ == "case" and c.lower_ in SOURCE_CASE_WORDS for c in head.children):
        # « selon ses proches, l'arme était … »: the source phrase is the noun phrase the preposition governs, closed
        # by its comma, unless a name follows in apposition (« selon le maire, Paul Marin, … »)
        idx = mention_index(head.doc)
        cut = next((k for k, t in enumerate(block) if t.i > head.i and t.text == ","
                    and not (t.i + 1 < len(head.doc) and t.i + 1 in idx and head.doc[t.i + 1].pos_ == "PROPN")), None)
        block = block[:cut] if cut is not None else block
    while len(block) > 1 and block[-1].is_punct:
        block.pop()
    while len(block) > 1 and block[0] is not head and (block[0].is_punct or block[0].dep_ in ("case", "fixed") or (
            block[0].dep_ == "cc" and head.pos_ == "NOUN")):      # « … et les écologistes ont demandé »: not « et »
        block.pop(0)
    return block




def participle_clause(part: Token) -> Optional[str]:
    """"gerund" for « en accusant », « tout en le qualifiant », « en s'attaquant »; "apposed" for a present participle
    right after a comma (« …, accusant X »); else None (a participle describing a noun, « des manifestants
    exigeant … »); "infinitive" for an adverbial infinitive clause (« après avoir été attaquée », « avant d'être
    abattu », « pour avoir frappé »). French grammar gives these clauses the subject of the verb they go with; read
    from word order, over the clitics and adverbs before the participle (« s'en prenant »: « en » is a clitic there)."""
    if _infinitive_clause(part):
        return "infinitive"
    if "Part" not in morph_values(part, "VerbForm") or "Pres" not in morph_values(part, "Tense"):
        return None
    j = _clause_opening(part)
    doc = part.doc
    if j < part.i and doc[j].lower_ in GERUND_MARKS:
        return "gerund"
    return "apposed" if j > 0 and doc[j - 1].text == "," else None


def _infinitive_clause(verb: Token) -> bool:
    """« après avoir été attaquée », « avant d'être abattu », « sans être vu », « pour avoir frappé »: an infinitive (or a
    past participle with an infinitive auxiliary) opened by a preposition of `INFINITIVE_CLAUSE_MARKS`."""
    auxes = [c for c in verb.lefts if c.dep_.startswith("aux")]
    past = any("Inf" in morph_values(a, "VerbForm") for a in auxes) and "Part" in morph_values(verb, "VerbForm")
    if not past and "Inf" not in morph_values(verb, "VerbForm"):
        return False
    doc, j = verb.doc, min([verb.i] + [a.i for a in auxes])
    while j > 0 and (doc[j - 1].lower_ in OBJECT_CLITICS or doc[j - 1].lower_ in REFLEXIVE_CLITICS or
                     doc[j - 1].lower_ in NEGATION_PARTICLES or doc[j - 1].pos_ == "ADV") and j > verb.i - 6:
        j -= 1
    if j > 1 and doc[j - 1].lower_ in DE:
        return INFINITIVE_CLAUSE_MARKS.get(doc[j - 2].lower_) == "de"
    need = INFINITIVE_CLAUSE_MARKS.get(doc[j - 1].lower_) if j > 0 else None
    return need == "any" or (need == "past" and past)


def _clause_opening(part: Token) -> int:
    """The first word of a participle clause: its gerund mark (« tout en »), clitics, negation and adverbs."""
    doc, j = part.doc, part.i
    while j > max(0, part.i - 4):
        word = doc[j - 1].lower_
        if word in GERUND_MARKS and not (j > 1 and doc[j - 2].lower_ in OBJECT_CLITICS | REFLEXIVE_CLITICS):
            j -= 1
            while j > 0 and doc[j - 1].lower_ in GERUND_MARKS:
                j -= 1      # « tout en »
            return j
        if word not in OBJECT_CLITICS and word not in REFLEXIVE_CLITICS and word not in NEGATION_PARTICLES and \
                doc[j - 1].pos_ != "ADV":
            break
        j -= 1
    return j


def _subordinate(verb: Token) -> bool:
    """A verb heading a relative or completive clause (« qui dure », « que sa femme travaillait »)."""
    return verb.dep_ in ("acl:relcl", "ccomp", "csubj") or any(
        c.dep_ == "mark" and c.lower_ in QUE or c.dep_.startswith("nsubj") and "Rel" in morph_values(c, "PronType")
        for c in verb.children)


def etre_active(verb: Token) -> bool:
    """« elle est devenue », « des chars sont entrés »: verbs of motion and state take « être » in the active, whatever
    the parse says; « il a été passé à tabac » (with « été ») stays a passive."""
    return verb.lemma_.lower() in ETRE_VERBS and not any(c.lower_ == "été" for c in verb.children)

class SubjectFinder:
    """The subject of a speech verb in one article."""

    # -- the subject of a verb
    def verb_subject(self, cue: Token) -> Optional[Token]:
        """The subject of a speech verb: an incise clitic, the main clause's subject for a participle, the name
        before the verb group, the parse's subject, an inverted subject, or the name opening the sentence."""
        subj = self._clitic_subject(cue) or self._controller(cue)
        participle = "Part" in morph_values(cue, "VerbForm") and "Pres" in morph_values(cue, "Tense") and cue.head is not cue
        if participle and subj is None and cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN") \
                and cue.head.i < cue.i:
            # « des grévistes scandant « … » »: the participle tells what the noun it qualifies says
            return cue.head
        if subj is None and (self._passive(cue) or self._agentive_participle(cue)):
            # « il a été annoncé par la préfecture que … »: the agent speaks; the surface subject of a passive is
            # what was said or described, never who said it
            return self.passive_agent(cue)
        if participle and subj is None:
            own = self._absolute_subject(cue)
            if own is not None:
                return own      # « …, le journal X le qualifiant de « … » »: a participle clause with its own subject
        if participle and subj is None:
            # « …, qualifiant X de « … » »: the participle's subject is the main clause's; a gerund's (« tout en
            # répondant que ») is the subject of the verb it follows, whatever the parse hangs it on (an apposed
            # participle of saying keeps the verb the parse gives: read by word order on the WiNER news it changed
            # one speaker, wrongly, where the main clause's own parse was broken)
            gerund = participle_clause(cue) == "gerund"
            main = (self.participle_main_verb(cue) if gerund else None) or cue.head
            subj = self._clitic_subject(main) or subject_of(main) or self.left_subject(main) or \
                self.sentence_topic(main)
        if subj is None:
            subj = self.left_subject(cue)
        if subj is None and not participle and self._in_incise_position(cue):
            # « …, a révélé l'hebdomadaire X », « « … », affirme X »: the subject follows the verb, whatever
            # the parse makes of the clause before it
            subj = self.inverted_subject(cue)
        if subj is None:
            subj = subject_of(cue)
        if (subj is None or (subj.i < cue.i and self.ctx.in_quotes(subj.idx))) and not participle:
            subj = self.inverted_subject(cue)
        if subj is None or subj.lower_ in READER_PRONOUNS:
            # « X (…) nous explique que »: the pronoun is the reader; or the parse lost the subject:
            # the name opening the sentence
            subj = self.sentence_topic(cue) or None
        return subj

    def _controller(self, verb: Token) -> Optional[Token]:
        """« a permis à la ministre de déclarer », « a conduit le Conseil à exprimer »: an infinitive under an
        object-control verb is said by that verb's object (the nominal nearest before the infinitive)."""
        if "Inf" not in morph_values(verb, "VerbForm") or verb.head is verb or verb.head.i > verb.i or \
                verb.head.lemma_.lower() not in CONTROL_VERBS or \
                not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’", "à") for c in verb.children):
            return None
        objs = [c for c in verb.head.children if verb.head.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                and c.dep_ in ("obj", "iobj", "obl:arg", "obl")
                and all(k.lower_ in RECIPIENT_PREPOSITIONS for k in c.children if k.dep_ == "case")]
        return objs[-1] if objs else None

    def participle_main_verb(self, part: Token) -> Optional[Token]:
        """The verb a gerund (« en répondant ») or an apposed present participle (« …, qualifiant X de … ») goes
        with, whose subject French grammar gives it, read from word order whatever word the parse hangs it on (an
        adjective, a noun of a completive clause): the finite verb it follows in its sentence, outside quotations
        (a compound verb group read on its participle). A copula is skipped (« que la réforme est injuste »: a state
        told, not the clause it goes with), and so, when a comma detaches the participle clause, is a verb
        of a relative or completive clause closed by that comma (« X a confirmé la fermeture du site, qui dure
        depuis mai, en ajoutant que … »: X), unless no other verb precedes. Quotes and events read a participle
        clause's subject through it."""
        if participle_clause(part) is None:
            return None
        doc = self.doc
        opening = _clause_opening(part)
        detached = opening > 0 and doc[opening - 1].text == ","
        embedded = None
        for t in reversed(doc[self.ctx.sentence(part).start:opening]):
            if self.ctx.in_quotes(t.idx):
                continue
            if t.pos_ == "VERB" and ("Fin" in morph_values(t, "VerbForm") or any(c.dep_.startswith("aux")
                                                                            for c in t.children)):
                verb = t
            elif t.pos_ == "AUX" and t.dep_.startswith("aux") and "Fin" in morph_values(t, "VerbForm") and \
                    t.head.i < part.i and not self.ctx.in_quotes(t.head.idx):
                verb = t.head       # « X a été recalé, … »: the participle read as an adjective
            else:
                continue
            if detached and _subordinate(verb):
                embedded = embedded or verb
                continue
            return verb
        return embedded

    def _clitic_subject(self, verb: Token) -> Optional[Token]:
        """The subject clitic of an inverted verb group: « a-t-il ajouté », « précise-t-elle », « avait-il dit »."""
        for j in range(verb.i + 1, min(len(self.doc), verb.i + 3)):
            t = self.doc[j]
            if t.lower_.lstrip("-") in SUBJECT_PRONOUNS and t.text.startswith("-"):
                return t
        subj = None
        for j in range(verb.i - 3, verb.i):
            if j >= 0 and self.doc[j].text.startswith("-") and self.doc[j].lower_.lstrip("-") in SUBJECT_PRONOUNS:
                subj = self.doc[j]
        return subj

    def _absolute_subject(self, part: Token) -> Optional[Token]:
        """« , Télérama le qualifiant de … »: a name right before a present participle (over its object clitics),
        itself right after a comma, is the participle's own subject."""
        doc, idx = self.doc, mention_index(self.doc)
        j = part.i - 1
        while j >= 0 and doc[j].pos_ == "PRON" and doc[j].lower_ in OBJECT_CLITICS:
            j -= 1
        if j < 1 or j not in idx or self.ctx.in_quotes(doc[j].idx):
            return None
        ms = next((sp for sp in doc.spans["veille_mentions"] if sp.start <= j < sp.end), None)
        start = ms.start if ms is not None else j
        while start > 0 and doc[start - 1].pos_ == "DET":
            start -= 1
        return doc[j] if start > 0 and doc[start - 1].text == "," else None

    def _in_incise_position(self, verb: Token) -> bool:
        """The verb group opens right after a comma or a closing quotation mark and no « que » follows it: the
        words it reports come before it."""
        doc = self.doc
        j = verb.i - 1
        while j >= 0 and (doc[j].lower_ in VERB_GROUP_WORDS or doc[j].pos_ in ("AUX", "ADV")):
            j -= 1
        if j < 0 or not (doc[j].text == "," or doc[j].text in self.lex.pairs.values() or doc[j].text in
                         self.lex.symmetric):
            return False
        return not any(t.lower_ in QUE for t in doc[verb.i + 1:min(len(doc), verb.i + 6)])

    def _passive(self, verb: Token) -> bool:
        """« a été annoncé par X », and « il est (largement) estimé que … » whatever the parse calls « est »: a verb
        of saying takes « avoir » in the active, so its past participle after « être » (not pronominal, « s'est
        dit ») is a passive."""
        if etre_active(verb):
            return False
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return True
        etre = [c for c in verb.lefts if c.dep_.startswith("aux") and c.lemma_ == "être"]
        if not etre or "Part" not in morph_values(verb, "VerbForm") or "Past" not in morph_values(verb, "Tense") or \
                (verb.lemma_.lower() not in self.lex.verbs and verb.lower_ not in self.lex.verbs):
            return False  # « elle est devenue », « il est allé »: verbs of motion or state take « être »
        first = min(c.i for c in etre)
        return not any(t.lower_ in REFLEXIVE_CLITICS for t in verb.doc[max(0, first - 2):verb.i])

    def passive_agent(self, verb: Token, reach: Optional[int] = None, hung: bool = True) -> Optional[Token]:
        """The agent of a passive (« annoncé par la préfecture », « tué par la riposte des policiers »): its « par »
        complement, else (`hung`) the « par X » the parse hung on another word after the verb (« sont décrits comme
        « … » par une voisine », « suspendue de ses fonctions par le Parlement »), within `reach` tokens or the
        sentence. Quotes and events read agents here."""
        preps = self.lex.cues["agent_prepositions"]
        agent = next((c for c in verb.children if c.dep_ == "obl:agent" or (
            c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in preps for k in c.children))), None)
        if agent is not None or not hung:
            return agent
        sent_end = self.ctx.sentence(verb).end
        end = sent_end if reach is None else min(sent_end, verb.i + reach)
        # a « par » heading a noun the parse hung on a complement or inside the quoted words, not the complement
        # of another verb of the narrative (« soupçonné de vouloir se rendre en France par le train »: a way); the
        # attribute of a passive comes before its agent (« qualifié de traître par X »), even read as a verb; a « par »
        # right after the passive, hung on an active verb before it, is the passive's agent (« ont tenté de
        # s'approcher avant d'être gazés par la police »: read as the way « approcher » is done)
        par = next((t for t in self.doc[verb.i + 1:end] if t.lower_ in preps and not self.ctx.in_quotes(t.idx)
                    and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") and (
                        t.head.head.pos_ not in ("VERB", "AUX") or t.head.head.i == verb.i
                        or self.ctx.in_quotes(t.head.head.idx) or (
                            t.head.head.dep_ == "xcomp" and t.head.head.head.i == verb.i
                            and not any(c.dep_ in ("obj", "nsubj") for c in t.head.head.children))
                        or t.head.head.i < verb.i and self._active(t.head.head) and not any(
                            w.pos_ in ("VERB", "AUX") for w in self.doc[verb.i + 1:t.i]))), None)
        return par.head if par is not None else None

    @staticmethod
    def _active(verb: Token) -> bool:
        """A verb in the active voice: no passive auxiliary, and an infinitive (its form is its lemma, whatever the
        tagger's morphology says) or no past participle."""
        return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "aux:pass" for c in verb.children) and (
            verb.lower_ == verb.lemma_.lower() or not (
                "Part" in morph_values(verb, "VerbForm") and "Past" in morph_values(verb, "Tense")))

    def _agentive_participle(self, verb: Token) -> bool:
        """« la réplique « … » lancée par le député »: a past participle with no auxiliary and its agent stands for
        « qui a été lancée par »; the agent said it. A relay participle (« les propos de X rapportés par Y ») is
        no utterance: its agent passes the words on."""
        return "Part" in morph_values(verb, "VerbForm") and "Past" in morph_values(verb, "Tense") and \
            verb.lower_ not in self.lex.cues["relay_participles"] and \
            not any(c.dep_.startswith("aux") for c in verb.children) and \
            any(c.dep_ == "obl:agent" and c.i > verb.i for c in verb.children)

    def left_subject(self, verb: Token) -> Optional[Token]:
        """The name right before the verb group, over auxiliaries, adverbs and one comma-bounded apposition
        (« Odile Carrec, présidente du conseil de quartier, estime »). Parses go wrong around quotation marks;
        word order rarely does."""
        doc = self.doc
        idx = mention_index(doc)
        skip = VERB_GROUP_WORDS
        j = verb.i - 1
        while j >= 0 and (doc[j].lower_ in skip or doc[j].pos_ in ("AUX", "ADV")) and doc[j].text not in SENTENCE_END:
            j -= 1
        # back over comma-bounded appositions with no verb inside (« Odile Carrec, en visite à Vernay, dans le
        # Jura, ce lundi, a dit »): a name inside a prepositional phrase there is a place or a complement, not
        # the subject
        hops = 0
        while j >= 0 and doc[j].text == "," and hops < 4:
            k = j - 1
            while k >= 0 and doc[k].text not in (",", ".", ":", ";", "\n") and k > j - 14:
                if doc[k].pos_ in ("VERB",) or self.ctx.in_quotes(doc[k].idx):
                    return None
                k -= 1
            segment = [t for t in doc[k + 1:j] if not t.is_space]
            last_id = idx.get(segment[-1].i) if segment else None
            named = segment[-1].i if last_id is not None and self.ctx.ent_type(last_id) == "PER" and all(
                idx.get(t.i) == last_id for t in segment) else None
            if named is not None:
                j = named       # « le maire de Lorcy, Paul Marin, a dit »: the name in apposition
                break
            if len(segment) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in segment) and (
                    k < 0 or doc[k].text in SENTENCE_END or "\n" in doc[k].text):
                # « Paul Marin, le chef de l'exécutif, a salué »: a name the NER missed opens the sentence
                return segment[0]
            if k < 0 or doc[k].text != ",":
                return None
            j = k - 1
            if j >= 0 and j in idx and not self._in_prepositional_phrase(j):
                break
            j, hops = k, hops + 1
        if j >= 0 and j not in idx and not self.ctx.in_quotes(doc[j].idx):
            return self._clause_opening_noun(j) or self._coordinated_clause_noun(j, verb)
        if j < 0 or j not in idx or self.ctx.in_quotes(doc[j].idx):
            return None
        ms = next((sp for sp in doc.spans["veille_mentions"] if sp.start <= j < sp.end), None)
        tok = doc[j]
        if ms is not None:
            tok = next((t for t in ms if t.pos_ in ("PROPN", "NOUN")), ms.root)
            outer = next((t.head for t in ms if not (ms.start <= t.head.i < ms.end) and t.head.i < ms.start
                          and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nmod", "appos", "flat:name")
                          and t.head.i > ms.start - 8), None)
            if outer is not None:
                tok = outer
        # climb from a complement to the head of its phrase (« la direction de Radio Vernay » → direction)
        for _ in range(3):
            h = tok.head
            if tok.dep_ in ("nmod", "flat:name", "appos", "amod") and h.i < tok.i and h.pos_ in ("NOUN", "PROPN") \
                    and h.i > j - 8:
                tok = h
            else:
                break
        return tok

    def _clause_opening_noun(self, j: int) -> Optional[Token]:
        """« Une source proche de l'enquête ajoute … »: when everything from the sentence start to token j is one
        noun phrase, its head noun (a person or organisation noun) is the subject, whatever the parse says."""
        doc = self.doc
        k = j
        while k >= 0 and doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM") and not self.ctx.in_quotes(doc[k].idx):
            k -= 1
        if k >= 0 and not ("\n" in doc[k].text or doc[k].text in SENTENCE_END):
            return None
        head = next((t for t in doc[k + 1:j + 1] if t.pos_ == "NOUN"), None)
        if head is None or doc[k + 1].pos_ == "ADP":
            return None
        lemma = head.lemma_.lower()
        return head if lemma in self.lex.titles or lemma in self.ctx.org_nouns else None

    def _coordinated_clause_noun(self, j: int, verb: Token) -> Optional[Token]:
        """« …, de la part de X et les écologistes avaient demandé que … »: a clause coordinated after another
        opens with its own subject, a person or group noun agreeing in number with the verb group, which the parse
        may hang on the phrase before."""
        doc = self.doc
        head = doc[j]
        if head.pos_ != "NOUN" or not self.lex.person_noun(head.lemma_.lower()):
            return None
        k = j - 1
        while k >= 0 and doc[k].pos_ in ("DET", "ADJ", "NUM"):
            k -= 1
        if k < 0 or k == j - 1 or doc[k].lower_ not in CLAUSE_COORDINATORS:
            return None         # « les écologistes » after « et », not a bare noun inside a phrase
        finite = next((t for t in doc[j + 1:verb.i + 1] if "Fin" in morph_values(t, "VerbForm")), None)
        if finite is None or morph_values(finite, "Number") != morph_values(head, "Number"):
            return None
        return head

    def _in_prepositional_phrase(self, i: int) -> bool:
        """The mention at token i is introduced by a preposition (« à Vernay », « dans le Jura »)."""
        ms = next((sp for sp in self.doc.spans["veille_mentions"] if sp.start <= i < sp.end), None)
        k = (ms.start if ms is not None else i) - 1
        while k >= 0 and self.doc[k].pos_ == "DET":
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "ADP"

    def sentence_topic(self, verb: Token) -> Optional[Token]:
        """The first name of the sentence before the verb, outside parentheses and prepositional phrases."""
        idx = mention_index(self.doc)
        depth = 0
        sent = self.ctx.sentence(verb)
        for t in self.doc[sent.start:verb.i]:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif t.pos_ in ("ADP", "DET") and t.i > 0 and t.i in idx and idx.get(t.i - 1) == idx[t.i]:
                continue    # a name's inner function word is none of its own: « de » inside « au Salon de Lorcy »
                #             (a complement of place) does not open the sentence as a name
            elif depth == 0 and t.i in idx and not (t.i > 0 and self.doc[t.i - 1].pos_ == "ADP") \
                    and not t.dep_.startswith(("obl", "nmod")) and self.ctx.ent_type(idx[t.i]) in ("PER", "ORG", "MISC"):
                return t
        return None

    def inverted_subject(self, verb: Token) -> Optional[Token]:
        """« déclare Berglund », « précise la mutuelle »: the subject after the verb."""
        skip = set(self.lex.speakers["skip_after_verb"])
        doc = self.doc
        j = verb.i + 1
        p = speech_verb_particle(verb, self.lex)
        if p is not None:
            j = p.i + 1
        start = verb.i + 1
        while j < len(doc) and j < verb.i + 10:
            t = doc[j]
            if t.lower_ in skip or t.is_punct and t.text not in SENTENCE_END and t.text != ",":
                j += 1
                continue
            if t.pos_ in ("DET",) or (t.pos_ == "ADJ" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")):
                j += 1          # « le Petit Journal de Vernay »: words before the head noun
                continue
            if t.pos_ == "ADP" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN"):
                # « a lancé au mégaphone Karim Benali », « a confié à Radio Vernay Paul Marin »: a complement
                # between the verb and its subject, a name in it read whole
                ms = next((sp for sp in doc.spans.get("veille_mentions", []) if sp.start <= t.head.i < sp.end), None)
                j = max(t.head.i, ms.end - 1 if ms is not None else t.head.i) + 1
                start = j
                continue
            if t.pos_ in ("PROPN", "NOUN", "PRON") and not self.ctx.in_quotes(t.idx):
                # climb to the head of its noun phrase (never back into a complement passed over)
                h = t
                while h.head is not h and h.head.i >= start and h.dep_ in ("flat:name", "amod", "nmod", "appos") \
                        and h.head.pos_ in ("PROPN", "NOUN"):
                    h = h.head
                return h if h.pos_ != "PRON" or h.lower_ in SUBJECT_PRONOUNS else None
            break
        return None

