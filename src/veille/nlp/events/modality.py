"""Modality stage: whether a trigger is the content of another (« demande à X de se retirer »), negated or
hypothetical (announced, conditional, intended), and on whose word it is told (quote speaker, « selon X »)."""
from __future__ import annotations

import bisect
import functools

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.triggers import Trigger
from veille.nlp.extensions import morph_values

# triggers whose complement is what is asked, refused, promised… rather than an event of its own
SPEECH_LIKE = ("REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "SUPPORT", "CONCEDE")
# acts told by a noun that a calling off keeps from happening: meetings, visits, protests, exercises
TO_COME = ("CONSULT", "PROTEST", "MOBILIZE")
# links through which a negated head denies its dependent: complements, not adverbial or coordinated clauses
NEGATION_CARRIERS = ("xcomp", "ccomp", "obj", "obl", "obl:arg", "nmod", "csubj")


class Modality:
    """Mixin of `EventRun`: reads the article state of `EventDoc` and the triggers found (`trigger_at`)."""

    def is_content(self, trig: Trigger) -> bool:
        """The trigger is what another speech-like trigger asks, refuses, promises… (not an event of its own).
        A coordinated trigger (« son refus …, ainsi que la sortie de … ») is a second event, not content, and so is
        an adverbial clause (« après avoir rejeté … »)."""
        prev = trig.tok
        if trig.kind == "verb" and self.pos_at[self.head_column[prev.i]] in ("NOUN", "PROPN") and self.gerund(prev):
            return False            # « a nié tout rôle, tout en rejetant la responsabilité sur X »: a gérondif is a
            #                         circumstance of its clause's verb (French grammar), whatever noun the parse hangs it on
        if self.pos_at[prev.i] == "VERB" and prev.dep_ == "conj" and prev.head.pos_ in ("NOUN", "PROPN"):
            return False            # « condamne une attaque par un groupe … et averti que »: a verb is coordinated
            #                         with a verb, whatever noun the parse joins it to — a second predication
        for h in self.governors(trig.tok, 3):
            if prev.dep_ == "advcl":
                return False        # « qui réclamait …, après avoir rejeté la proposition »: a circumstance, not content
            if prev.dep_ == "obl:mod" and self.case_of(prev) in (self.lex.circumstance_preps - self.lex.target_preps -
                                                                 self.lex.locative_preps) | self.lex.concessive_preps:
                return False        # « cède après la prise de X », « sous l'offensive de Y »: when or under what, a
                #                     circumstance of time or cause (never a recipient or a place), not content;
                #                     « a signé malgré les critiques de X »: in the face of what, not content
            other = self.trigger_at.get(h.i)
            if other is not None and other.type in SPEECH_LIKE and other.tok.i != trig.tok.i and prev.dep_ != "conj" \
                    and not other.entry.get("appeal") and not other.entry.get("wrongdoing") and \
                    "qualified" not in other.entry and not self.adopts_act(other):
                return True     # (an appeal refuses a judgement: « fait appel pour le meurtre de X » tells the act;
                #                 a wrong alleged, « X, soutien de Y, a menti », or an act judged is no one's content)
            owner = self.trigger_at.get(h.head.i)
            if other is None and owner is not None and _norm(h.lemma_) in (owner.entry.get("locution") or ()):
                prev = h        # « s'est dit disposé à aider X »: the participle is the locution's own word
                continue
            if other is None and self.pos_at[h.i] == "VERB" and (_norm(h.lemma_) not in self.lex.light_verbs or any(
                    c.dep_ == "aux:tense" and "Ind" in self.morph_of(c, "Mood") for c in self.children_of(h))):
                return False        # « … reconnu leur responsabilité, indiquant les avoir arrêtées »: a new predication;
                #                     so is a light verb in the passé composé (« … à continuer X, alors que Y a annoncé
                #                     cesser Z »): an act told done is nobody's request
            prev = h
        return False

    def negated(self, tok: Token) -> bool:
        """A negative word governs the trigger: its own clause, or a verb or intention noun it is the complement of
        (« n'a pas le projet d'envoyer », « ne peut pas frapper »). A clause joined to a negated one (« tout en
        réclamant », « … et a signé ») is not denied with it; a negative adverb counts with its « ne » (« un pas
        dans la bonne direction » is a noun the tagger misreads)."""
        if self._called_off(tok, self.lex.cancel_words):
            return True
        chain, h = [tok], tok
        for _ in range(3):
            if h.head.i == h.i or not (h.dep_ in NEGATION_CARRIERS or (h.dep_ in ("advcl", "acl") and any(
                    c.dep_ == "mark" and _norm(c.text) in self.lex.infinitive_complement_marks
                    for c in self.children_of(h)))):
                break           # « n'a aucun intérêt à tuer » (an infinitive complement read as advcl) is denied
            h = h.head
            if self.pos_at[h.i] in ("VERB", "AUX"):
                chain.append(h)
                if _norm(h.lemma_) not in self.lex.modal_verbs:
                    break
            elif _norm(h.lemma_) not in self.lex.intention_nouns:
                break
        for t in chain:
            children = self.children_of(t)
            ne = [c for c in children if _norm(c.text) in self.lex.negation_particles]
            # « ne » denies with its second word (« pas », « jamais », « aucun », « personne ne »); alone it is
            # the expletive of « avant que … ne », and « ne … que » restricts (« ne cédera que lorsque … »)
            if ne and self._second_negation(t, ne[0]):
                return True
            for c in children:
                if c.dep_ in ("case", "mark") and _norm(c.text) == "sans":
                    return True
                if c.dep_ == "det" and _norm(c.text) in self.lex.negative_determiners:
                    return True
        return False

    def _second_negation(self, verb: Token, ne: Token) -> bool:
        lo = self.sent(verb).start
        words = [_norm(x.text) for x in self.doc[max(lo, ne.i - 3):min(len(self.doc), max(verb.i, ne.i) + 4)]
                 if x.i != ne.i]
        after = [_norm(x.text) for x in self.doc[ne.i + 1:min(len(self.doc), max(verb.i, ne.i) + 3)]]
        if self.lex.restriction_words & set(after) and not any(w in self.lex.negation for w in after):
            return False
        return any(w in self.lex.negation or w in self.lex.negative_determiners for w in words)

    def hypothetical(self, tok: Token, typ: str = "", lemma: str = "") -> bool:
        """Conditional, subjunctive, si-clauses, modal or intention governors. A threat's condition (« menace de
        frapper si … ») is part of the threat: the threat itself was made."""
        lex = self.lex
        if self._called_off(tok, lex.postpone_words):
            return True         # « a reporté sa visite »: not done yet
        if typ == "THREATEN" and lemma in lex.threat_speech:
            return any(self.conditional(t)
                       for t in [tok] + [c for c in self.children_of(tok) if c.dep_.startswith("aux")])
        if self._purpose(tok):
            return True
        # a verb conjunct shares its first conjunct's governor (« l'intention de prendre X puis de continuer à
        # progresser »): that link is no step away from it
        # (the governors two links up are the first two of three)
        governors = list(self.governors(tok, 3))
        conj = any(t.dep_ == "conj" and self.pos_at[t.i] == "VERB" for t in [tok, *governors[:2]])
        chain = [tok] + (governors if conj else governors[:2])
        for t in chain:
            if (self.conditional(t) and not self._reported(t)) or ("Sub" in self.morph_of(t, "Mood") and self._may_be_subjunctive(t)):
                return True
            # (each word's children, lemma and form read once: the tests below read them again and again)
            children, t_lemma, t_text = self.children_of(t), _norm(t.lemma_), _norm(t.text)
            for c in children:
                dep = c.dep_
                if dep.startswith("aux") and ({"Cnd", "Sub"} & set(self.morph_of(c, "Mood"))):
                    if self._alleged(t, c):
                        continue
                    return True
                if dep == "mark" and self._condition_mark(c):
                    return True         # (« s'il est mis en examen »: the act of the condition itself)
                if dep in ("advcl", "obl", "obl:mod") and self._hypothesis_mark(c):
                    return True
                if dep in ("advcl", "ccomp", "dep") and any(g.dep_ == "mark" and self._condition_mark(g)
                                                            for g in self.children_of(c)) and (
                        dep == "advcl" or t_lemma not in self.lex.question_verbs):
                    return True         # « si la Serbie est attaquée, la Hongrie ripostera », « prêt à renoncer s'il
                    #                     est mis en examen » (the parse's ccomp); « demande s'il peut » asks whether
            # the tagger may read « interdits » as a noun: its form says the verb
            verb = lex.verb_forms.get(t_text, t_lemma)
            # (« compte reprendre »: the lemmatizer gives the noun « compte », the verb's form says « compter »)
            modal = t_lemma in lex.modal_verbs or self.pos_at[t.i] == "VERB" and t_text in lex.modal_forms or \
                any(c.dep_ in ("advmod", "obj") and _norm(c.text) in lex.advice_adverbs for c in children)
            #     (« il vaut mieux négocier », « ferait mieux d'enquêter »: advised, not done)
            if t is not tok and (t_lemma in lex.intention_nouns or (
                    (modal or verb in lex.prevention_verbs)
                    and self._complement_of(tok, t))):
                return True     # « pourrait frapper », « interdits d'entrer »: supposed or kept from happening
            if t is not tok and t_lemma in lex.advocacy_words and self._advocated(tok, t):
                return True     # « milite pour son arrestation », « favorable à l'expulsion »: argued for, not done
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and self._condition_mark(c) for c in children):
                return True
        if self.pos_at[tok.i] == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass") and self._supposed_predicate(tok.head):
            return True         # « sa démission serait mal choisie »: an act noun under a conditional judgement
        if self.pos_at[tok.i] == "NOUN" and tok.dep_ == "nsubj:pass" and _norm(tok.head.lemma_) in lex.modal_verbs:
            return True         # « une rencontre est prévue lundi », « une frappe est envisagée »: planned, not done
        if any(c.dep_ == "case" and _norm(c.text) in lex.advocacy_marks and c.i > 0
               and _norm(self.doc[c.i - 1].lemma_) in lex.advocacy_words for c in self.children_of(tok)):
            return True         # « les camps militant pour sa sortie » where the parse hangs « sortie » elsewhere
        if tok.dep_ in ("xcomp", "advcl") and any(_norm(c.lemma_) in lex.intention_nouns and c.i < tok.i
                                                 for c in self.children_of(tok.head)):
            return True         # « a annoncé son intention d'envoyer » parsed as two complements of the verb
        before = " ".join(_norm(t.text) for t in self.doc[max(self.sent(tok).start, tok.i - 4):tok.i])
        return any(m in before for m in lex.hypothesis_marks if " " in m)

    def _purpose(self, tok: Token) -> bool:
        """« … a franchi la frontière pour chasser X », « afin d'expulser Y »: an infinitive of purpose tells what
        the act done was meant to bring about, not a second act the article reports as done."""
        if "Inf" not in self.morph_of(tok, "VerbForm"):
            return False
        # (« afin de » is also parsed as the adverb « afin » governing its infinitive)
        return (tok.dep_ in ("advcl", "acl", "obl") and any(
            c.dep_ == "mark" and _norm(c.text) in self.lex.purpose_marks for c in self.children_of(tok))) or (
            tok.dep_.startswith("obl") and tok.head.pos_ == "ADV" and _norm(tok.head.text) in self.lex.purpose_marks)

    def _supposed_predicate(self, pred: Token) -> bool:
        """The predicate an act noun is the subject of is conditional (not the journalist's « aurait été perpétrée »
        nor a main clause's « reportedly ») or has a si-clause: what is said of the act is supposed, so is the act."""
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and _norm(g.text) in self.lex.condition_marks
                                         for g in self.children_of(c)) for c in self.children_of(pred)):
            return True
        auxes = [c for c in self.children_of(pred) if c.dep_ in ("cop", "aux", "aux:pass", "aux:tense")
                 and "Cnd" in self.morph_of(c, "Mood")]
        if auxes:
            return not self._alleged(pred, auxes[0]) and not self._reported(pred)
        return "Cnd" in self.morph_of(pred, "Mood") and not self._reported(pred)

    def _advocated(self, tok: Token, word: Token) -> bool:
        """The trigger is the goal of a word of advocacy: its direct object (« prône le boycott ») or a complement
        opened by « pour », « en faveur de », « à » (« les militants pour la sortie »); a « campagne de frappes » is
        the campaign itself."""
        t = tok
        while t.head.i != word.i and t.head.i != t.i:
            t = t.head
        marks = self.lex.advocacy_marks
        return t.dep_ == "obj" or any(_norm(x.text) in marks for x in self.doc[word.i + 1:t.i + 1]
                                      if x.dep_ in ("case", "mark", "fixed") or x.i == t.i)

    @staticmethod
    def _complement_of(tok: Token, modal: Token) -> bool:
        """« pourrait frapper », « tente de s'emparer »: the trigger is (in) the modal's infinitive complement; a
        clause the parse merely hangs on it (« X a été arrêté alors qu'il tentait … ») is not."""
        t = tok
        while t.head.i != modal.i and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("xcomp", "ccomp", "obj") or "Inf" in morph_values(t, "VerbForm")

    def _may_be_subjunctive(self, verb: Token) -> bool:
        """« ils manifestent » is as much indicative as subjunctive: a main clause with no « que » is no subjunctive
        (the tagger guesses the mood of such forms)."""
        h = verb
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "acl:relcl":
            # a relative clause is in the subjunctive only under a superlative, « seul », a verb of seeking or a
            # negation (relative_subjunctive_cues): « un texte qui condamne X » condemns it
            ante = h.head
            cues = self.lex.relative_subjunctive_cues
            return any(_norm(t.lemma_) in cues or _norm(t.text) in cues
                       for t in [*self.children_of(ante), ante.head, *self.children_of(ante.head)]
                       if t.i != h.i and t.i < h.i)
        return h.dep_ != "ROOT" or any(c.dep_ == "mark" for c in self.children_of(h))

    def _alleged(self, head: Token, aux: Token) -> bool:
        """The journalistic conditional: a compound conditional (« aurait tué », « serait cerné ») reports an act
        on someone else's word, it does not suppose it. In a clause of condition (« au cas où le pays serait
        attaqué ») it is a hypothesis, and a modal (« aurait pu frapper ») makes one, checked apart."""
        if "Cnd" not in self.morph_of(aux, "Mood"):
            return False
        opening = " ".join(_norm(t.text) for t in self.doc[max(self.sent(head).start, head.left_edge.i - 3):head.i])
        opening = f" {opening} "       # (padded once, not once per mark)
        if any(f" {m} " in opening for m in self.lex.hypothesis_marks):
            return False
        if aux.dep_ in ("aux:tense", "aux:pass", "aux"):
            return "Part" in self.morph_of(head, "VerbForm") and "Past" in self.morph_of(head, "Tense")
        return False

    def _reported(self, verb: Token) -> bool:
        """« des chars … tireraient en direction de positions de X »: a conditional in the narrative's main clause
        (not in a quotation, not a modal, no condition) is the journalist's « reportedly »; under a verb of saying
        (« ont annoncé qu'ils reviendraient ») it is a future seen from the past, still to happen."""
        h = verb
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ != "ROOT" or self.quote_of(verb) is not None or _norm(verb.lemma_) in self.lex.modal_verbs:
            return False
        clauses = [c for v in (verb, h) for c in self.children_of(v) if c.dep_ in ("advcl", "mark")]
        return not any(_norm(c.text) in self.lex.condition_marks or any(
            _norm(g.text) in self.lex.condition_marks for g in self.children_of(c)) for c in clauses)

    def _called_off(self, tok: Token, words: set) -> bool:
        """An act noun a verb or noun of calling off governs (« a annulé sa visite », « l'annulation du sommet »,
        « le sommet a été annulé », « a reporté sa visite »): the act did not take place (cancelled) or not yet
        (postponed); the calling off is what is told. Only a gathering or an operation to come: « annule le refus
        du ministre » voids a decision that was made."""
        h, told = tok.head, self.trigger_at.get(tok.i)
        return self.pos_at[tok.i] == "NOUN" and told is not None and told.type in TO_COME and h.i != tok.i and \
            _norm(h.lemma_) in words and (
            tok.dep_ in ("obj", "nsubj:pass") or tok.dep_ == "nmod" and self.case_of(tok) in self.lex.de_forms)

    def _condition_mark(self, mark: Token) -> bool:
        """« si », elided « s' » (« s'il », « s'ils »), not the « même si » of a concession (told as so)."""
        return _norm(mark.text) in self.lex.condition_marks and not (
            mark.i > 0 and _norm(self.doc[mark.i - 1].text) in self.lex.concessive_adverbs)

    def _hypothesis_mark(self, tok: Token) -> bool:
        words = " ".join(_norm(t.text) for t in self.doc[max(tok.left_edge.i, tok.i - 3):tok.i + 1])
        return any(m in words for m in self.lex.hypothesis_marks if " " in m)

    def attribution(self, tok: Token) -> tuple[str | None, list[str]]:
        qid = self.quote_of(tok)
        if qid:
            q = self.quotes.get(qid)
            who = ([q.speaker] if q is not None and q.speaker else []) + (list(q.via) if q is not None else [])
            return qid, list(dict.fromkeys(who))
        s, e = self._sent_bounds[tok.i]
        at = self._attribution_at
        for j in at[bisect.bisect_left(at, s):bisect.bisect_left(at, e)]:
            t = self.doc[j]
            words = self.opens_attribution(j)
            if words == 1 and t.dep_ in ("case",) and self.pos_at[self.head_column[t.i]] in ("NOUN", "PROPN"):
                ids = self.phrase_entities(t.head)
                if ids:
                    return None, ids
            if words == 2 and t.i + 2 < len(self.doc):
                head = self.doc[t.i + 2]
                while head.dep_ in ("det",) and head.head.i > head.i:
                    head = head.head
                ids = self.phrase_entities(head)
                if ids:
                    return None, ids
        return None, []


    def in_attribution(self, tok: Token) -> bool:
        """The nominal is, or is inside, the phrase a report rests on (« selon X », « d'après les chiffres de X »):
        whom the claim comes from, never a side of the act told (walked up through nominals to its clause)."""
        t = tok
        while True:
            for c in self.children_of(t):
                if c.dep_ != "case":
                    continue
                if self.opens_attribution(c.i):
                    return True
            if t.head.i == t.i or self.pos_at[self.head_column[t.i]] in ("VERB", "AUX") or t.pos_ in ("VERB", "AUX"):
                return False
            if t.dep_ == "conj" and not any(c.dep_ == "cc" for c in self.children_of(t)):
                return False    # « selon la presse, l'homme … a été tué »: a noun after a comma the parse joined to
                #                 the phrase is the clause's subject; « selon X et Y » shares its « selon »
            t = t.head

    def uncited_recipients(self, found: list) -> None:
        """Drop a recipient the trigger's sentence names only in the phrase the report rests on (« la réunion a
        rassemblé 300 personnes d'après les chiffres de la préfecture », « selon le maire, un homme a été
        blessé »: the prefecture and the mayor are sources of information, no recipients)."""
        for f in found:
            span = self.doc.char_span(f.sentence[0], f.sentence[1], alignment_mode="expand")
            if span is None:
                continue
            for attr in ("target", "context_target"):
                setattr(f, attr, [x for x in getattr(f, attr) if not self._cited_only(x, span)])

    def _cited_only(self, eid: str, span) -> bool:
        midx, head = self.midx, self.head_column
        heads = [self.doc[i] for i in range(span.start, span.end) if midx.get(i) == eid and (
            head[i] == i or midx.get(head[i]) != eid)]
        return bool(heads) and all(self.in_attribution(h) or self._cited_name(h) for h in heads)

    def _cited_name(self, head: Token) -> bool:
        """« selon le New York Times »: the words right before the name open an attribution, whatever word of a
        foreign name the parse hung the preposition on."""
        j = head.i
        while j > 0 and self.midx.get(j - 1) == self.midx.get(head.i):
            j -= 1
        j -= 1
        while j >= 0 and self.pos_at[j] == "DET":
            j -= 1
        return j >= 0 and (self.opens_attribution(j) == 1 or j > 0 and self.opens_attribution(j - 1) == 2)

    @functools.cached_property
    def _attribution_starts(self) -> set:
        """The first words of the attribution prepositions, as the tokenizer splits them (« d' » of « d'après »)."""
        return set(self.lex.attribution_preps) | {p[:p.index("'") + 1] for p in self.lex.attribution_preps if "'" in p}

    @functools.cached_property
    def _attribution_at(self) -> list[int]:
        """Where a word may open an attribution (`_attribution_starts`), sought once per article: each trigger's
        sentence is read at those words only."""
        starts = self._attribution_starts
        return self.where_words(form=lambda w: w in starts, key="attribution_starts")

    def opens_attribution(self, j: int) -> int:
        """How many words of an attribution preposition (`attribution_preps`: « selon », « d'après », which the
        tokenizer may write in two words) start at word j; 0 when none."""
        form = _norm(self.doc[j].text)
        if form in self.lex.attribution_preps:
            return 1
        return 2 if j + 1 < len(self.doc) and form + _norm(self.doc[j + 1].text) in self.lex.attribution_preps else 0

    def told_again(self, trig: Trigger) -> str:
        """How the act is told as another than one told before: "additive" (« ils ont également lancé … »,
        « revendique aussi … »: `additive_marks` next to its verb), "repeated" (« les gendarmes ont de nouveau
        expulsé … », « a une nouvelle fois été dégradé »: `repetition_marks`; or an ordinal, « nouveau » or
        « autre » on a noun that retells nothing: « une seconde explosion », « de nouvelles frappes »), else "".
        A noun object takes the marks of its verb (« a également lancé une offensive »). merging.py keeps such a
        telling apart from the group of an earlier sentence."""
        tok = trig.tok
        if trig.kind == "noun":
            if not self.retold_noun(tok) and any(
                    c.dep_ in ("amod", "det") and {_norm(c.text), _norm(c.lemma_)} & self.lex.repetition_adjectives
                    for c in self.children_of(tok)):
                return "repeated"
            if tok.dep_ != "obj" or self.pos_at[self.head_column[tok.i]] != "VERB":
                return ""
            tok = tok.head
        for kind, marks in _split_marks(self.lex):
            if self._mark_next_to(tok, marks):
                return kind
        return ""

    @functools.cached_property
    def _mark_words_at(self) -> list[bool]:
        """Whether each token's form is the longest word of a mark of repetition or addition (« nouveau » of « de
        nouveau »: a mark's rarest word, not its « de »), sought once per article."""
        words = {max(m.split(), key=len) for m in self.lex.additive_marks | self.lex.repetition_marks}
        at = [False] * len(self.doc)
        for i in self.where_words(form=lambda w: w in words, key="told_again_marks"):
            at[i] = True
        return at

    def _mark_next_to(self, verb: Token, split: tuple) -> bool:
        """One of the marks (`split`: each a tuple of words) right before the verb, but for its auxiliaries (« a de
        nouveau été arrêté »), or right after it (« expulse de nouveau »); « aussi » before an adjective, an
        adverb or « que » compares (« aussi violemment que »), no addition."""
        at = self._mark_words_at
        longest = max((len(w) for w in split), default=0)
        if not any(at[max(0, verb.i - longest - 3):verb.i + 1 + longest]):
            return False        # (no word of any mark near: most verbs; 3 for the auxiliaries between)
        s = self.sent(verb)
        i = verb.i
        while i > s.start and self.pos_at[i - 1] == "AUX":
            i -= 1
        # (the words around the verb normalised once, each mark compared as a tuple of words)
        before = tuple(_norm(t.text) for t in self.doc[max(s.start, i - longest):i])
        after = tuple(_norm(t.text) for t in self.doc[verb.i + 1:min(s.end, verb.i + 1 + longest)])
        for words in split:
            n = len(words)
            if len(before) >= n and before[-n:] == words:
                return True
            end = verb.i + 1 + n
            if after[:n] == words and not (
                    words == ("aussi",) and end < s.end and (self.pos_at[end] in ("ADJ", "ADV")
                                                            or _norm(self.doc[end].text) == "que")):
                return True
        return False


_SPLIT_MARKS: dict[int, tuple] = {}


def _split_marks(lex) -> tuple:
    """The marks of addition and of repetition, each as tuples of words (read once per lexicon, which lives as long
    as the process: `lexicon` is cached)."""
    got = _SPLIT_MARKS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _SPLIT_MARKS[id(lex)] = (lex, tuple(
            (kind, tuple(tuple(m.split()) for m in marks))
            for kind, marks in (("additive", lex.additive_marks), ("repeated", lex.repetition_marks))))
    return got[1]
