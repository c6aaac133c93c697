"""Clause stage of the arguments: who does a verb's act — the subject through control, coordination, relative
clauses and passives, read from the parse and, where parses go wrong, from word order (the subject finder quotes
use too) — and the agent of a passive or of an act noun; also what a verb's clause says of the act itself: a vote
count (`votes.py`), a passive whose agent is a thing (`agent_is_a_thing`)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.participles import ParticipleReader
from veille.nlp.events.votes import VoteReader
from veille.nlp.extensions import morph_values
from veille.nlp.impersonal import impersonal_subject
from veille.nlp.subjects import participle_clause

# links a verb climbs to find the subject of the clause it depends on
CLIMB = ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "parataxis")


class ClauseReader(ParticipleReader, VoteReader):
    """Mixin of `EventRun`: reads the article state of `EventDoc`; names phrases through `ActorResolver`."""

    def conjunct_subject(self, verb: Token) -> list[str]:
        """« X est devenu un héros et a été décoré »: a passive conjunct with no subject of its own shares its first
        verb's named subject (a pronoun there is left to the pronoun reader)."""
        h = verb.head
        if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in self.children_of(h)):
            return []
        return self.subject(h)[0] or [x for c in self.children_of(h) if c.dep_ == "nsubj:pass"
                                      for x in self.phrase_entities(c)]

    def subject(self, verb: Token, hops: int = 0) -> tuple[list[str], bool]:
        """(entity ids of the subject, passive?) following control and coordination up to 3 levels; a gerund or an
        apposed participle the tree-climbing finds no actor for has the subject of the verb it follows (the parse
        may hang it on an adjective or a noun of a completive clause)."""
        ids, passive = self._parsed_subject(verb, hops)
        if not ids and not passive and hops < 3 and verb.dep_ != "ROOT" and participle_clause(verb):
            ids = self.main_clause_subject(verb, hops)
        return ids, passive

    def _parsed_subject(self, verb: Token, hops: int) -> tuple[list[str], bool]:
        """`subject` read from the parse (and word order where it goes wrong)."""
        passive = self.is_passive(verb)
        verb_quote = self.quote_of(verb)
        bare = passive and self.bare_participle(verb)
        # (its nsubj undergoes the act: « a été recalé », « s'est vu refuser »)
        patient = bare or self.passive_auxiliary(verb) or self.periphrasis_subject(verb) is not None
        children = self.children_of(verb)
        subjects = [c for c in children if c.dep_ == "csubj"
                    or (c.dep_ == "nsubj" and not patient and not impersonal_subject(c))
                    or (c.dep_ == "nsubj:pass" and not passive)
                    or (c.dep_ == "expl:subj" and not impersonal_subject(c))]
        subjects = self.named_subject(self.expressed_subjects(verb, subjects))
        if len(subjects) > 1:     # « … la paix" a déclaré Ramaphosa »: not the last word of the quote
            subjects = [c for c in subjects if self.quote_of(c) == verb_quote] or subjects
        for c in subjects:
            before = self.preverbal_noun(verb) if c.i > verb.i and not passive else None
            if before is not None:
                # « Paul Marin a attaqué Sophie Lorcy au couteau », the object read as an inverted subject: a
                # declarative clause with a noun phrase before its verb does not invert its subject
                return self.phrase_entities(before), False
            ids = self.with_left_list(c, self.phrase_entities(c))
            if not ids and c.i < verb.i and not ("Rel" in self.morph_of(c, "PronType") or
                                                 _norm(c.text) in self.lex.relative_pronouns or
                                                 _norm(c.text) in self.lex.relative_demonstratives or
                                                 _norm(c.text) in self.lex.plural_relative_demonstratives or
                                                 _norm(c.lemma_) in self.lex.relation_nouns):
                # not « Qui attaque X … »: a relative with no antecedent is anyone; nor « la nièce du roi X »
                ids = self.left_subject(verb)
            return ids, False
        if passive and (any(c.dep_ == "nsubj:pass" for c in children) or self.agent(verb)):
            return [], True
        if passive:
            return [], True
        if verb.dep_ == "ROOT" and participle_clause(verb):
            # « un adolescent actionne sa ceinture …, tuant 32 personnes, dont le maire »: the participle's
            # subject is the main clause's, never the noun before its comma
            return self.main_clause_subject(verb, hops), False
        if not subjects and (verb.dep_ in ("ROOT", "conj") and not participle_clause(verb) or
                             verb.dep_ != "acl:relcl" and self.told_finite(verb)):
            # a finite verb is no controlled complement, nor a modifier of the noun before it (« Le groupe
            # autoproclamé « X » a revendiqué », « La Lorcanie intercepte un avion » read as the complement of
            # « autoproclamé », an adjective of « Lorcanie »): its subject is the name before its verb group
            ids = self.left_subject(verb) or self.participle_held_subject(verb)
            if ids:
                return ids, False
        if any(c.dep_ in ("cop", "aux:tense", "aux") and c.lemma_ == "être" for c in children):
            # « à laquelle sont parvenus Lula et Boric »: a subject after the verb read as its object
            for c in children:
                if c.dep_ == "obj" and c.i > verb.i and self.entity_of(c):
                    return self.phrase_entities(c), False
        dep, head = self.governor(verb)
        if hops < 3 and dep in CLIMB and head.i != verb.i:
            if verb.dep_ == "conj":
                head = self._agreeing_conjunct_head(verb)
            if verb.dep_ == "acl" and any("Fin" in self.morph_of(t, "VerbForm") for t in [verb] + [
                    c for c in children if c.dep_.startswith("aux")]) and head.i < verb.i \
                    and self.pos_at[head.i] in ("NOUN", "PROPN"):
                # a finite verb modifies no noun: « Un membre du bureau, Paul Marin, dénonce … » read as one
                # phrase by the parse, whose head is the verb's subject
                ids = self.phrase_entities(head)
                if ids:
                    return ids, False
            if verb.dep_ == "acl" and "Inf" in self.morph_of(verb, "VerbForm") and head.dep_ in ("obj", "iobj") and \
                    _norm(head.head.lemma_) in self.lex.control_verbs:
                return self.phrase_entities(head), False     # « a convaincu les Américains de retirer … »
            if verb.dep_ == "acl":
                head = self.described_noun(verb)
            if verb.dep_ == "acl" and self.present_participle(verb) and head.pos_ in ("NOUN", "PROPN", "PRON") and \
                    self.case_of(head) not in self.lex.locative_preps and not (
                    head.dep_.startswith(("obj", "iobj", "obl", "nmod")) and
                    any(t.text == "," for t in self.doc[head.i:verb.i])):
                # « des manifestants exigeant … », « X, ayant appelé au boycott, … »: a present participle describing
                # a noun has it as subject, as « qui » would (not a complement before a comma: apposed to the clause)
                ids = self.phrase_entities(head)
                if ids:
                    return ids, False
            if verb.dep_ in ("acl", "acl:relcl") and self.pos_at[head.i] in ("NOUN", "PROPN"):
                poss = self.possessor(head)
                if poss:
                    return poss, False
                if verb.dep_ == "acl" and "Part" in self.morph_of(verb, "VerbForm") and "Pres" not in self.morph_of(verb, "Tense"):
                    return [], False
                if verb.dep_ == "acl" and "Inf" in self.morph_of(verb, "VerbForm") and any(
                        c.dep_ == "mark" and _norm(c.text) in self.lex.purpose_marks for c in children):
                    return [], False    # « le délai pour demander … »: whoever does it, not the clause's subject
                cop = next((c for c in self.children_of(head) if c.dep_ == "cop"), None)
                if verb.dep_ == "acl" and "Inf" in self.morph_of(verb, "VerbForm") and cop is not None:
                    # « X est sur le point de quitter … », « X est en train de négocier »: a predicate's infinitive
                    # has the predicate's subject (French aspectual locutions of « être »), which the parse may hang
                    # on the copula
                    return self.subject(head, hops + 1)[0] or [
                        x for c in self.children_of(cop) if c.dep_ == "nsubj" for x in self.phrase_entities(c)], False
                return self.subject_of_nominal(head, hops + 1), False
            if dep == "xcomp" and _norm(head.lemma_) in self.lex.control_verbs:
                # « permettre à X de … », « demander à X de … »: X does it
                controller = [c for c in self.children_of(head) if c.dep_ in ("obl:arg", "iobj", "obj") and c.i < verb.i
                              and self.pos_at[c.i] in ("NOUN", "PROPN", "PRON")]
                for c in controller:
                    ids = self.phrase_entities(c)
                    if ids:
                        return ids, False
                if controller:
                    return [], False    # « a poussé le chef de l'État à renoncer »: the one pushed, even unnamed
            if (self._infinitive(verb) or self.gerund(verb)) and self.is_passive(head) and (
                    dep == "advcl" or dep == "xcomp" and self._infinitive(verb) and (
                    _norm(head.lemma_) in self.lex.control_verbs or any(
                        r.get("type") == "ACCUSE" for r in self.lex.verbs.get(_norm(head.lemma_), ())))):
                # « X est arrêté après avoir frappé Y », « … en tentant de fuir »; « X est chargé / accusé par Y de
                # frapper Z », the active's object controlling the infinitive: its subject is the passive's surface
                # subject, not its agent
                ids = self.surface_subject(head)
                if ids:
                    return ids, False
            if self.pos_at[head.i] in ("VERB", "AUX", "ADJ", "NOUN") or head.dep_ == "ROOT":
                ids, head_passive = self.subject(head, hops + 1)
                if not ids and head_passive:    # « X a été condamné par Y et a passé dix ans en prison »: a finite
                    # verb joined to a passive shares its grammatical subject, the one who underwent it, not its agent
                    ids = self.surface_subject(head) if verb.dep_ == "conj" and any("Fin" in self.morph_of(t, "VerbForm")
                        for t in [verb, *(c for c in children if c.dep_.startswith("aux"))]) else self.agent(head)
                return ids, False
        return [], False

    def governor(self, verb: Token) -> tuple[str, Token]:
        """(link, head) of the clause a verb depends on: « afin de + infinitive » hung on the adverb « afin », a
        gerund read as a nominal modifier (« en s'attaquant à X, Y … ») are adverbial clauses (subject control)."""
        head = verb.head
        if self.pos_at[head.i] == "ADV" and _norm(head.lemma_) in self.lex.purpose_marks and head.head.i != head.i and \
                verb.dep_ in ("obl:arg", "xcomp", "obl:mod"):
            return "advcl", head.head
        if verb.dep_ == "obl:mod" and self.gerund(verb):
            return "advcl", head
        return verb.dep_, head

    def surface_subject(self, verb: Token) -> list[str]:
        """The grammatical subject of a passive (the one who underwent its act), read from word order when lost."""
        surface = next((c for c in self.children_of(verb) if c.dep_ == "nsubj:pass"), None)
        return self.phrase_entities(surface) if surface is not None else self.left_subject(verb)

    def wanting_subject(self, noun: Token) -> list[str]:
        """« X souhaite des excuses », « attend des explications »: the subject of a verb of wanting whose object
        is an act (the verb being no trigger of its own)."""
        head = noun.head
        if noun.dep_ != "obj" or self.pos_at[head.i] != "VERB" or head.i in self.trigger_at or \
                _norm(head.lemma_) not in self.lex.wanting_verbs:
            return []
        return self.subject(head)[0]

    def preverbal_noun(self, verb: Token) -> Token | None:
        """The head of a bare noun phrase (no preposition, no date) right before the verb group, or None. French
        inverts a nominal subject after a quote, a relative or interrogative word, or a fronted complement, never
        after a bare noun phrase: that phrase is the subject."""
        doc, j = self.doc, verb.i - 1
        while j >= 0 and (doc[j].dep_.startswith("aux") or doc[j].pos_ == "ADV" or doc[j].dep_ in ("expl:pass", "expl:comp", "iobj")
                          and self.pos_at[j] == "PRON" or _norm(doc[j].text) in self.lex.preverbal_clitics):
            j -= 1
        if j < self.line_start(verb) or self.pos_at[j] not in ("NOUN", "PROPN") or j in self.dates or \
                self.quote_of(doc[j]) != self.quote_of(verb):
            return None
        h = doc[j]
        while h.head.i != h.i and h.head.i < verb.i and h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in (
                "amod", "nmod", "flat:name", "appos", "conj"):
            h = h.head
        return None if any(c.dep_ in ("case", "mark") for c in self.children_of(h)) or h.i in self.dates else h

    def described_by(self, noun: Token) -> list[str] | None:
        """« Y, soutien de X », « Y est (considéré comme) un soutien de X »: a bare or indefinite noun describing
        someone names a person of that act (the actors it describes), not the act; None when the noun is the act."""
        if any(c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") or "Poss" in self.morph_of(c, "PronType")
               for c in self.children_of(noun) if c.dep_ == "det"):
            return None
        if noun.dep_ in ("appos", "conj") and noun.i > 0 and self.doc[noun.i - 1].text == ",":
            return self.phrase_entities(noun.head, 0, {noun.i})     # the described, not the noun's own complement
        host = noun if any(c.dep_ == "cop" for c in self.children_of(noun)) else (
            noun.head if self.case_of(noun) == "comme" else None)
        if host is None:
            return None
        return [x for c in self.children_of(host) if c.dep_ in ("nsubj", "nsubj:pass") for x in self.phrase_entities(c)]

    def named_subject(self, subjects: list[Token]) -> list[Token]:
        """« Le président de la Lorcanie Paul Vernay va consulter … »: the parse may read a title and the person's
        name right after it as two subjects; a French verb has one, the title being the name's apposition, so the
        name alone is the subject (the title might designate someone else: the head of another body)."""
        if len(subjects) < 2:
            return subjects
        for first, name in zip(subjects, subjects[1:]):
            if "Rel" in self.morph_of(name, "PronType") and _norm(first.text) in self.lex.cleft_pronouns:
                # « Ce serait le même qui avait volé la voiture », the cleft's « ce » read as a second subject of the
                # relative's verb: the relative pronoun is its subject
                return [c for c in subjects if c is not first]
            between = self.doc[first.right_edge.i + 1:name.left_edge.i]
            eid = self.entity_of(name)
            if self.pos_at[first.i] == "NOUN" and first.i < name.i and all(t.text == "," for t in between) and eid \
                    and getattr(self.ents.get(eid), "type", None) == "PER":
                return [c for c in subjects if c is not first]
            if first.i < name.i < name.head.i and self.pos_at[first.i] in ("NOUN", "PROPN") and self.pos_at[name.i] in (
                    "NOUN", "PROPN") and self.doc[name.left_edge.i - 1].text == "," and all(
                    t.text != "," for t in self.doc[name.right_edge.i + 1:name.head.i]) and not any(
                    c.dep_ == "conj" for c in self.children_of(name)):
                # « des X convergent vers la place, les CRS tirent »: the phrase right before the verb is its subject,
                # one before a comma heads a clause the parse missed (not a list: « X, Y ainsi que Z ont condamné »)
                return [c for c in subjects if c is not first]
        return subjects

    def agent_list_continued(self, verb: Token, comp: Token) -> bool:
        """« dénoncée par les syndicats, les étudiants et le Parti X »: the parse may cut the agents' list after its
        first member and hang the rest on the verb as an object or an adverbial; a passive has no direct object, so
        a bare noun phrase right after the agent and a comma continues the list."""
        agent = next((c for c in self.children_of(verb) if c.dep_ == "obl:agent"), None)
        if agent is None or comp.i <= agent.i:
            return False        # (asked of every complement of a passive: most have no agent before them)
        j = comp.left_edge.i
        return comp.dep_ in ("obj", "obl:mod", "obl", "nmod") and \
            comp.pos_ in ("NOUN", "PROPN") and not any(g.dep_ in ("case", "mark") for g in self.children_of(comp)) and \
            j == agent.right_edge.i + 2 and self.doc[j - 1].text == "," and comp.i not in self.dates

    @classmethod
    def expressed_subjects(cls, verb: Token, subjects: list[Token]) -> list[Token]:
        """An infinitive has no subject of its own in French: a name the parse reads as its inverted subject is its
        object (« après avoir quitté le Front de X », « Front » read as the subject); nor is a subject inverted
        right after a coordinating conjunction (« X a été arrêté et a menacé Y »: Y is the object)."""
        if cls._infinitive(verb) or cls._after_conjunction(verb):
            return [c for c in subjects if c.i < verb.i]
        return subjects

    @staticmethod
    def _after_conjunction(verb: Token) -> bool:
        """A conjunct verb group right after its « et » (not with « être »: « et sont arrivés les renforts »)."""
        if verb.dep_ != "conj" or any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children):
            return False
        j = verb.i - 1
        while j > 0 and (verb.doc[j].dep_.startswith("aux") or verb.doc[j].pos_ in ("ADV", "PRON")):
            j -= 1
        return verb.doc[j].dep_ == "cc" and verb.doc[j].head.i == verb.i

    @staticmethod
    def _infinitive(verb: Token) -> bool:
        """« frapper », « avoir frappé »: the verb or its auxiliary is an infinitive."""
        return "Inf" in morph_values(verb, "VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" in morph_values(c, "VerbForm") for c in verb.children)

    @staticmethod
    def _agreeing_conjunct_head(verb: Token) -> Token:
        """« X estime que les militants ont …, et annonce la fermeture »: the parser may join a verb to the wrong
        clause; the verb it shares a subject with agrees with it in number. When none up the tree does (« X
        précisent que les tireurs ont employé une arme et fait feu », a participle sharing its conjunct's
        auxiliary, read as a singular present), the parse's own conjunct head is kept."""
        number = morph_values(verb, "Number")
        h = verb.head
        for _ in range(4):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if h.pos_ in ("VERB", "AUX") and (subj is None or not number or not morph_values(subj, "Number")
                                              or morph_values(subj, "Number") == number or subj.pos_ == "PRON"):
                return h
            if h.head.i == h.i:
                break
            h = h.head
        return verb.head

    @staticmethod
    def shared_object(verb: Token) -> Token | None:
        """« former, conseiller et équiper les soldats »: verbs listed with no object of their own share the object
        the parse hangs on the last of them (a clause with its own subject is another predication)."""
        if any(c.dep_ in ("obj", "ccomp", "xcomp", "nsubj:pass") for c in verb.children):
            return None
        conjs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
        if not conjs or any(c.dep_ in ("nsubj", "nsubj:pass") for c in conjs[-1].children):
            return None
        listed = {verb.i} | {c.i for c in conjs} | {g.i for c in conjs for g in c.children
                                                   if g.dep_ in ("cc", "punct", "advmod") or g.dep_.startswith("aux")}
        if any(i not in listed for i in range(verb.i, conjs[-1].i)):
            return None         # « a interpellé X et placé … »: something else stands between the verbs
        return next((c for c in conjs[-1].children if c.dep_ == "obj" and c.i > conjs[-1].i), None)

    def harm_told_of_victims(self, v: Token) -> bool:
        """A passive of killing or wounding whose subject is the victims (« 80 rebelles ont été tués »): a « contre X »
        beside it compares their losses with the other side's, it names no recipient."""
        return _norm(v.lemma_) in self.lex.harm_words and self.is_passive(v)

    def participle_held_subject(self, verb: Token) -> list[str]:
        """« Dimanche, le collectif menant le mouvement depuis deux semaines, a refusé … »: French gives a present
        participle no subject of its own; when a finite verb has none and the parse hung the noun phrase before it
        on a present participle of the verb's own clause (reached through modifiers only, no relative or completive
        clause), that phrase is the verb's subject."""
        for t in self.doc[verb.left_edge.i:verb.i]:
            if t.pos_ != "VERB" or "Part" not in self.morph_of(t, "VerbForm") or "Pres" not in self.morph_of(t, "Tense"):
                continue
            h, path = t, True
            while h.i != verb.i and path:
                path = h.dep_ in ("acl", "advcl", "obl", "obl:mod", "nmod", "appos") and h.head.i != h.i
                h = h.head
            subj = next((c for c in self.children_of(t) if c.dep_ == "nsubj" and c.i < t.i), None)
            if path and subj is not None:
                return self.phrase_entities(subj)
        return []

    def left_subject(self, verb: Token) -> list[str]:
        """The parser missed the subject: « Durand, porte-parole du ministère …, a qualifié » → the name before the
        apposition; « Orban remercie » → the name right before the verb."""
        tok = self.chains.left_subject(verb)
        if tok is not None:
            ids = self.phrase_entities(tok)
            if ids:     # (a pair « X et Y » the parse hung elsewhere is the subject too)
                return self.with_left_list(tok, ids)
        doc = self.doc
        j = verb.i - 1
        lo = self.line_start(verb)
        aside = False
        while j >= lo:
            t = doc[j]
            if t.dep_.startswith("aux") or self.pos_at[t.i] == "ADV" or t.text in ("»", "”") or \
                    _norm(t.text) in self.lex.preverbal_clitics or self.pos_at[t.i] == "AUX" and t.head.i == verb.i or \
                    self.pos_at[t.i] == "PRON" and t.dep_ in ("obj", "iobj") and t.head.i == verb.i:
                # (an object clitic of the verb is in its group: « des Gilets jaunes l'avaient rebloqué »)
                # a name in quotation marks (« le groupe « X » a revendiqué ») ends with its closing mark; the
                # causative « faire » the parse left unlabelled is in the verb group (« s'est fait exploser »)
                j -= 1
            elif t.text == ")" and "(" in (x.text for x in doc[max(lo, j - 30):j]):
                # « Paul Vernay (en poste depuis mai) critique »: an aside in parentheses
                j, aside = next(x.i for x in reversed(doc[max(lo, j - 30):j]) if x.text == "(") - 1, True
            elif "Part" in self.morph_of(t, "VerbForm") and "Past" in self.morph_of(t, "Tense") and self.agrees(t, verb) and \
                    not any(c.dep_.startswith(("aux", "obj", "nsubj")) for c in self.children_of(t)) and \
                    j > lo and self.pos_at[j - 1] in ("NOUN", "PROPN", "ADJ"):
                j, aside = j - 1, True      # « l'armée épuisée se retire »: a participle describing the subject
            else:
                break
        if j < lo:
            return []
        if self.midx.get(j) and not aside:
            first = j
            while first > lo and self.midx.get(first - 1) == self.midx[j]:
                first -= 1
            return self._named_before(verb, self.with_left_list(doc[first], [self.midx[j]]))
        t = doc[j]
        if self.pos_at[t.i] in ("NOUN", "ADJ", "PROPN"):
            # « Une dizaine de chars turcs | sont entrés »: the noun phrase just before, cut off by the splitter
            ids = self._phrase_before(verb, t)
            if ids:
                return ids
        if doc[j].text == ",":
            # the sentence splitter may cut inside the incise: look back along the line
            line_start = self.text.rfind("\n", 0, verb.idx) + 1
            k = j - 1
            while k >= 0 and j - k <= 25 and doc[k].idx >= line_start and doc[k].text != ",":
                k -= 1
            if k >= 1 and doc[k].text == "," and doc[k].idx >= line_start:
                before = doc[k - 1]
                if self.midx.get(k - 1):
                    return [self.midx[k - 1]]
                if self.pos_at[before.i] in ("VERB", "NOUN", "AUX"):     # the tagger reads « annonce » as a noun too
                    for c in self.children_of(before):
                        if c.dep_ == "nsubj":
                            return self.phrase_entities(c)
                if self.pos_at[before.i] in ("NOUN", "PROPN", "ADJ"):
                    # « un homme de Lorcy, muni d'une barre, a brisé la vitrine »: the phrase before the aside
                    return self._phrase_before(verb, before)
        return []

    def _phrase_before(self, verb: Token, t: Token) -> list[str]:
        """The actors of the noun phrase ending with t right before the verb group (or before an aside): its head,
        climbing from a modifier or a complement within the phrase, agreeing with the verb in number."""
        h = t
        while h.head.i != h.i and h.head.i < verb.i and h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in (
                "amod", "nmod", "flat:name", "appos", "conj") and not any(
                x.text in self.lex.aside_marks or x.pos_ in ("SCONJ", "PRON", "VERB", "AUX") and x.i < h.left_edge.i
                for x in self.doc[h.head.i + 1:h.i]):
            h = h.head      # (not over a comma, a colon or a « que »: « Lorcy : la coalition », « à ce moment qu'un »)
        # (« une dizaine de chars | sont entrés »: a noun of quantity agrees through its complement)
        agreeing = self.pos_at[h.i] == "ADJ" or self.agrees(h, verb) or self.agrees(t, verb)
        return self._named_before(verb, self.phrase_entities(h)) if agreeing else []

    def _named_before(self, verb: Token, ids: list[str]) -> list[str]:
        """A mention the verb itself sits in (« la Garde lorcanienne frappe » read as one name) is no subject."""
        own = self.midx.get(verb.i)
        return [e for e in ids if e != own] if own else ids

    def with_left_list(self, subj: Token, ids: list[str]) -> list[str]:
        """« Le Japon, l'Inde, le Brésil… ont promis »: entities listed just left of the subject head."""
        if not ids:
            return ids
        # (the subtree's words before the head lie between its left edge and the head: only when one of them is
        # named by ids need the subtree be built)
        start = subj.i
        if any(self.midx.get(i) in ids for i in range(subj.left_edge.i, subj.i)):
            start = min([subj.i] + [t.i for t in subj.subtree if self.midx.get(t.i) in ids])
        j = start - 1
        lo = self.line_start(subj)      # the sentence splitter sometimes cuts such lists
        groups: list[list[str]] = [[]]
        while j >= lo:
            t = self.doc[j]
            e = self.midx.get(j)
            if e and self.complement_name(t):     # « à côté du métro X, la police … »: where, no list member
                groups[-1] = [x for x in groups[-1] if x != e]
                break
            if e:
                if e not in groups[-1]:
                    groups[-1].append(e)
            elif t.text == ",":
                groups.append([])
            elif self.pos_at[t.i] in ("DET", "CCONJ"):
                pass
            else:
                break
            j -= 1
        k = start - 1
        while k > lo and self.pos_at[k] == "DET":
            k -= 1
        if len(groups) > 1 and groups[0] and self.pos_at[k] == "CCONJ":
            # « Après des mois de pourparlers, X et Y ont signé »: a pair after the comma closing a fronted
            # complement is the subject, whatever that complement holds
            return list(dict.fromkeys(groups[0][::-1] + ids))
        groups = [g for g in groups if g]
        if groups and j >= lo and self.pos_at[j] == "ADP":
            groups = groups[:-1]       # « Selon la Russie, la France … »: the first group is a complement
        extra = [e for g in groups for e in g]
        opening = j
        while opening >= lo and self.doc[opening].text not in (".", ";", ":", "!", "?"):
            opening -= 1
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in self.morph_of(t, "VerbForm") for t in self.doc[opening + 1:j + 1]):
            # « Alors que X annonce son soutien à Y, Z a réagi »: names closing a clause of their own (a finite verb
            # before them) are that clause's, no list the subject heads
            return ids
        if extra and (self.doc[k].text == "," or (
                # « Le Kenya et l'Ouganda ont signé » with the first name cut off by the parse: a list of names
                # opening the sentence is the subject
                self.pos_at[k] == "CCONJ" and (j < lo or j <= opening + 1 and not self.doc[j].is_alpha))):
            return list(dict.fromkeys(extra[::-1] + ids))
        return ids

    def agent(self, verb: Token) -> list[str]:
        """Who does a passive's act: the agent the referent chains' subject finder reads (quotes read it there
        too), or the author of an act named as the agent (« tué par la riposte des policiers »)."""
        tok = self.chains.passive_agent(verb, reach=8, hung=self.is_passive(verb))
        return (self.phrase_entities(tok) or self.act_author(tok)) if tok is not None else []

    def act_author(self, noun: Token) -> list[str]:
        """« tué par la riposte des policiers », « bloqué par une grève des dockers »: an agent that is itself an
        act names its author with « de X » or a possessive."""
        if _norm(noun.lemma_) not in self.lex.nouns:
            return []
        for c in self.children_of(noun):
            if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and c.i not in self.dates:
                ids = self.phrase_entities(c)
                if ids:
                    return ids
        return self.possessor(noun)

    def agent_is_a_thing(self, verb: Token) -> bool:
        """« le pays est frappé par la chute des cours », « touché par la crise »: the agent a passive names is
        neither an actor nor an act — the verb is a figure of speech, not an act of force. A weapon is the means of
        an attack, not a thing agent: « blessé par balle », « tué par une roquette », « visé par un engin explosif »."""
        for c in self.children_of(verb):
            if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and self.case_of(c) in self.lex.agent_preps):
                return self.pos_at[c.i] == "NOUN" and _norm(c.lemma_) not in self.lex.nouns and \
                    _norm(c.lemma_) not in self.lex.weapon_means and not self.weapon_device(c) and \
                    _norm(c.lemma_) not in self.lex.classes and not self.phrase_entities(c)
        return False
