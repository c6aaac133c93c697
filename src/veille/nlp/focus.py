"""Whom a third-person pronoun stands for — one search over the article's referent chains, two policies:

- the discourse focus (`prefer="focus"`, quotes): the speaker whose words were just reported, the subject person of
  the pronoun's own sentence before a person its complements name, a title subject of the sentence before, else
  the last person named;
- the last subject (`prefer="subject"`, events, whose actors are not all speakers): the nearest subject entity
  within three sentences — or, when the nearest subject is a pronoun of the same form (« il » … « il »), whom that
  one takes up — else the nearest person, core argument or any entity.

Both rank by grammatical role (centering): a main clause's subject before one inside a relative clause or an
adverbial clause of its sentence (« X est retenu par un agent, avant que Y ne quitte la salle. Il … » is X), a subject before
what a complement names (« ils » takes up a plural subject before an organisation named
« selon » it); a name the parse made a relative clause's second subject is its object (`_subject_role`).

Both agree in gender and number as the article tells them (titles, honorifics, agreement, a state's article:
« ils » never takes up « le Mali », only « les États-Unis ») and never pick an entity
the caller excludes; the subject search also passes over outlets and relays. The phrase a pronoun takes up in the
sentence itself (a relative's noun, a left dislocation) is read by `TakenUpPhrases` (taken_up.py). A mixin of
`Referents` (referents.py).
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from spacy.tokens import Span, Token

from veille.nlp.extensions import morph_values
from veille.nlp.impersonal import impersonal_subject
from veille.nlp.mentions import mention_index, sentence_bounds
from veille.nlp.quote_lexicon import (DEFINITE_ARTICLES, PLURAL_NAME_ARTICLES, PLURAL_PRONOUNS,
                                      SUBJECT_PRONOUNS)


class PronounFocus:
    """The pronoun reasoning of `Referents`: reads its `ctx`, `doc`, `lex`, `gender`, `number`, `last_speaker` and
    `relays` state."""

    def agrees(self, pronoun: str, eid: Optional[str]) -> bool:
        """Whether a third-person pronoun can stand for the entity, as far as the article tells its gender and
        number (quotes and events ask the same chains)."""
        if eid is None:
            return False
        want = self.lex.speakers["pronoun_gender"].get(pronoun.lower().lstrip("-"))
        e = self.ctx.registry.get(eid)
        plural_name = e is not None and " " in e.name and e.name.split()[0].lower() in PLURAL_NAME_ARTICLES
        return not (want and self.gender.get(eid, want) != want) and self.number.get(eid) != "P" and not plural_name

    def antecedent(self, tok_i: int, plural: bool = False, excluded=frozenset(), *, prefer: str,
                   entity_at: Optional[Callable[[Token], Optional[str]]] = None,
                   named_actor: Optional[Callable[[Token, Optional[str]], list[str]]] = None) -> list[str]:
        """Whom the third-person pronoun (or possessive) at token tok_i stands for, never one of `excluded` (the
        co-arguments it cannot be): the discourse focus (`prefer="focus"`) or the last subject
        (`prefer="subject"`). The subject search reads each earlier token through `entity_at` (default: its
        mention) and asks `named_actor(tok, entity)` for the actors a subject common noun names (« le gouvernement
        pakistanais »): hooks for what only the caller knows."""
        if prefer == "focus":
            eid = self._focus_antecedent(self.doc[tok_i], plural, excluded)
            return [eid] if eid else []
        if prefer == "subject":
            return self._subject_antecedent(tok_i, plural, excluded, entity_at, named_actor)
        raise ValueError(f"no antecedent policy {prefer!r}")

    # -- the discourse focus, or the last compatible person
    def _focus_antecedent(self, pron: Token, plural: bool, excluded) -> Optional[str]:
        ents = self._entities_before(pron.i)
        if plural:
            subject = self._plural_subject(pron, excluded)
            if subject is not None:
                return subject
            last = {sp.label_: sp.root for sp in self.doc.spans.get("veille_mentions", []) if sp.start < pron.i}
            for e in reversed(ents):
                if e.id in excluded or e.id in last and self._number_clash(last[e.id], plural):
                    continue    # « ils » is not one person a singular noun told of (« l'adolescent »)
                if e.type in ("ORG", "GPE") or self.number.get(e.id) == "P" or \
                        " " in e.name and e.name.split()[0].lower() in PLURAL_NAME_ARTICLES:
                    return e.id
            return self.last_speaker if self.last_speaker not in excluded else None
        # the speaker of the words just reported outranks a person only mentioned since; « il » is one person,
        # never « les grévistes »
        agrees = lambda eid: eid not in excluded and self.agrees(pron.text, eid)
        ents = [e for e in ents if agrees(e.id)]
        if self.last_speaker and self.last_speaker_end is not None and \
                self.ctx.sentences_between(self.last_speaker_end, pron.idx) <= 1 and agrees(self.last_speaker) and \
                not self._person_named_between(self.last_speaker_end, pron.idx, self.last_speaker):
            return self.last_speaker
        designated = self._previous_designated_subject(pron)
        if designated is not None and agrees(designated) and \
                self._sentence_subject_person(pron) in (None, designated):
            # (a person subject of the pronoun's own sentence, named before it, outranks the sentence before's:
            # « Le ministre X l'accuse de … Y a répondu qu'il … » is Y)
            return designated
        for e in reversed(ents):
            if e.type == "PER":
                focus = self._sentence_subject_person(pron)
                if focus is not None and focus != e.id and agrees(focus):
                    # « X a reçu Y, Z et W, à la suite de quoi il a dit »: the subject of the sentence, not the
                    # last person its complements name
                    return focus
                if self._named_in_complement(e.id, pron):
                    # « X, qui courait entre Y et Z, termine septième. « … » a-t-il confié »: a person the sentence
                    # before names only in a complement (or as a subordinate clause's subject: « X a été interpellé
                    # pendant que Y quittait la salle ») does not take the focus from its main subject
                    subj = self._last_subject_person(pron.i, self._previous_sentence_start(pron), main=True)
                    if subj is not None and subj != e.id and agrees(subj):
                        return subj
                if self.last_speaker and self.ctx.ent_type(self.last_speaker) == "PER" and e.id != self.last_speaker:
                    # keep the last speaker when the other person was only named inside a complement
                    last_subj = self._last_subject_person(pron.i)
                    if last_subj and not agrees(last_subj):
                        last_subj = None
                    return last_subj or e.id
                return e.id
        if not agrees(self.last_speaker):
            return None
        return self.last_speaker if self.ctx.ent_type(self.last_speaker) == "PER" else None

    def _plural_subject(self, pron: Token, excluded) -> Optional[str]:
        """« Les chercheurs n'ont pas trouvé …, ils supposent », « revendiqué par les militants, liés au parti
        Lorcan, … ont-ils écrit »: « ils » takes up the plural subject (or passive agent) of its sentence or the one
        before — a plural description, people named together, a collective entity — before an entity those
        sentences name only in a complement; a main clause's subject before a relative clause's."""
        idx = mention_index(self.doc)
        embedded = None
        for t in reversed(self.doc[self._previous_sentence_start(pron):pron.i]):
            if t.dep_ not in ("nsubj", "nsubj:pass", "obl:agent") or self.ctx.in_quotes(t.idx) or \
                    self._subject_role(t) == "object":
                continue
            if t.i in idx:
                group = self.people_group(t)
                eid = group[0] if group else idx[t.i]
            elif t.pos_ == "NOUN" and "Plur" in morph_values(t, "Number"):
                named = self._designated(t, self.doc[t.i:t.i + 1], True)
                if named is not None and self.number.get(named) != "P" and self.ctx.ent_type(named) == "PER":
                    continue    # read first: resolving it would record the plural noun as that person's mention
                eid = self.resolve_mention(t, speaks=True)[0]
            else:
                continue
            # « ils » is a group: never one person a plural noun was wrongly taken to designate
            if eid is None or eid in excluded or not (self.ctx.ent_type(eid) in ("ORG", "GPE") or
                                                      self.number.get(eid) == "P"):
                continue
            if self._subject_role(t) == "main":
                return eid
            embedded = embedded or eid
        return embedded

    def _person_named_between(self, start_char: int, end_char: int, other_than: str) -> bool:
        """Another person named between two offsets, outside quotations and not only inside a prepositional
        complement (« les contrats de M. Marin », « à Luc Morel »): such a name does not take the focus."""
        for sp in self.doc.spans.get("veille_mentions", []):
            if start_char <= sp.start_char < end_char and sp.label_ != other_than \
                    and self.ctx.ent_type(sp.label_) == "PER" and not self.ctx.in_quotes(sp.start_char) \
                    and not self._in_complement(sp):
                return True
        return False

    def _in_complement(self, sp: Span) -> bool:
        k = sp.start - 1
        while k >= 0 and (self.doc[k].pos_ == "DET" or self.doc[k].lower_ in self.lex.speakers["honorifics"]):
            k -= 1     # « de M. Marin », « à la ministre »
        return k >= 0 and self.doc[k].pos_ == "ADP" and not self.doc[k].text[:1].isupper()

    def _previous_designated_subject(self, pron: Token) -> Optional[str]:
        """« Son homologue mauritanien a insisté … « … », a-t-il ajouté »: the title subject of the last sentence's
        main clause (not of a relative or adverbial clause: « … pendant que le préfet quittait la salle »)."""
        doc = self.doc
        sent = self.ctx.sentence(pron)
        start = sent.start
        prev_end = start - 1
        while prev_end > 0 and (doc[prev_end].is_space or doc[prev_end].is_punct):
            prev_end -= 1
        if prev_end <= 0:
            return None
        prev = self.ctx.sentence(doc[prev_end])
        for t in prev:
            if t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.titles \
                    and not self.ctx.in_quotes(t.idx) and self._subject_role(t) == "main":
                eid = self._designated(t, doc[t.i:t.i + 1])
                if eid is not None and self.ctx.ent_type(eid) == "PER":
                    return eid
        return None

    def _sentence_subject_person(self, pron: Token) -> Optional[str]:
        """The person subject of the pronoun's own sentence, named before it (« le président X », « X »)."""
        idx = mention_index(self.doc)
        for t in self.doc[self.ctx.sentence(pron).start:pron.i]:
            if t.i in idx and self.ctx.ent_type(idx[t.i]) == "PER" and not self.ctx.in_quotes(t.idx) and \
                    self._is_subject(t):
                return idx[t.i]
        return None

    def _named_in_complement(self, eid: str, pron: Token) -> bool:
        """Whether the person's mentions in the pronoun's sentence and the one before all sit in a prepositional
        complement (« entre Bolt et Gatlin », « accusée par X », « aux critiques de X »), coordinated or not, or
        are the subject of a subordinate clause (`_subject_role`: « avant que X ne parte »)."""
        start = self._previous_sentence_start(pron)
        idx = mention_index(self.doc)
        toks = [t for t in self.doc[start:pron.i] if idx.get(t.i) == eid and not self.ctx.in_quotes(t.idx)]
        if not toks:
            return False
        for t in toks:
            head = self._function_word(t)
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            if not (head.dep_.startswith("obl") or head.dep_ == "nmod" or
                    head.dep_.startswith("nsubj") and self._subject_role(head) == "embedded"):
                return False
        return True

    def _previous_sentence_start(self, tok: Token) -> int:
        """Where the sentence before the token's starts (a paragraph break is no sentence)."""
        k = self._sentence_bounds[tok.i][0] - 1
        while k > 0 and self.doc[k].is_space:
            k -= 1
        return self._sentence_bounds[k][0] if k >= 0 else 0

    def described_person(self, noun: Token, ahead: bool = True, accept=None) -> Optional[str]:
        """« … lancés par Paul Marin. L'attaquant avait déclaré … », « Rabii a décroché le bronze. … le boxeur a
        exprimé … »: a definite singular description by role or nationality (not an office: offices have their
        designations) stands for a person of its gender the sentence before or its own names — their subject
        first, else the last named — or, with none there, for a person first named as the subject of the next
        sentence (« La gardienne … . Hope Solo, poursuivant … »), unless not `ahead`; among the persons
        `accept(id)` takes, when given."""
        doc, idx = self.doc, mention_index(self.doc)
        if noun.lemma_.lower() in self.lex.titles or "Plur" in morph_values(noun, "Number") or \
                self.ctx.in_quotes(noun.idx) or not any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES
                                                        for c in noun.children):
            return None
        want = self._phrase_gender(noun)
        fits = lambda eid: eid is not None and self.ctx.ent_type(eid) == "PER" and self.number.get(eid) != "P" \
            and (want is None or self.gender.get(eid, want) == want) and (accept is None or accept(eid))
        before = [t for t in doc[self._previous_sentence_start(noun):noun.i]
                  if fits(idx.get(t.i)) and not self.ctx.in_quotes(t.idx)]
        subjects = [t for t in before if self._is_subject(t)]
        if before or not ahead:
            return idx[(subjects or before)[-1].i] if before else None
        end = self._sentence_bounds[noun.i][1]
        while end < len(doc) and doc[end].is_space:
            end += 1
        for t in doc[end:self._sentence_bounds[end][1]] if end < len(doc) else []:
            eid = idx.get(t.i)
            if eid is not None and not self.ctx.in_quotes(t.idx) and self.ctx.ent_type(eid) == "PER":
                first = min(sp.start for sp in doc.spans.get("veille_mentions", []) if sp.label_ == eid)
                new = first >= end
                return eid if fits(eid) and new and self._is_subject(t) else None
        return None

    def _last_subject_person(self, tok_i: int, start: Optional[int] = None, main: bool = False) -> Optional[str]:
        """The person last named as a subject before tok_i (from `start`); `main`: a main clause's subject only."""
        idx = mention_index(self.doc)
        for t in reversed(self.doc[max(0, tok_i - 120) if start is None else start:tok_i]):
            if self.ctx.in_quotes(t.idx):
                continue
            if t.i not in idx or self.ctx.ent_type(idx[t.i]) != "PER":
                continue
            if self._is_subject(t) and not (main and self._subject_role(self._function_word(t)) != "main"):
                return idx[t.i]
        return None

    # -- the last subject: the nearest subject entity of the last three sentences
    def _subject_antecedent(self, tok_i: int, plural: bool, excluded, entity_at, named_actor,
                            depth: int = 0) -> list[str]:
        """The nearest subject actor before the pronoun at tok_i (see the module's docstring); `depth` > 0 when
        searching for a pronoun subject the first search passed."""
        doc = self.doc
        pron = doc[tok_i]
        if entity_at is None:
            entity_at = lambda t: mention_index(doc).get(t.i)
        start = self._sentence_bounds[tok_i][0]
        for _ in range(3):
            if start == 0:
                break
            start = self._sentence_bounds[start - 1][0]
        relays = self.relays
        # « elle » never stands for a man the article told of
        disagrees = lambda e: pron.pos_ == "PRON" and self.ctx.ent_type(e) in ("PER", "ORG") and \
            not self.agrees(pron.text, e)
        # « il » / « elle » agree with the gender of the phrase naming a body or a state (« l'Union européenne …
        # elle », never « le gouvernement »): one of that gender may be the subject taken up, the other none
        want = self.lex.speakers["pronoun_gender"].get(pron.lower_.lstrip("-")) \
            if pron.pos_ == "PRON" and not plural else None
        subj = person = core = any_ = embedded = None
        embedded_from = -1
        passed = False      # a subject actor was passed over
        for j in range(tok_i - 1, start - 1, -1):
            if j < embedded_from:
                break       # the sentence of a relative clause's subject has no main-clause subject before it
            t = doc[j]
            e = entity_at(t)
            if not e and t.pos_ not in ("PRON", "NOUN"):
                continue        # (most words: no entity, no pronoun of a chain, no noun describing an actor)
            if not e and not passed and depth < 2 and self._chained_pronoun(t, pron, plural):
                # « Paul Vernay a été élu en 2001. Il devient ministre, nommé par Y ; ses amis le rappellent. Il
                # présentera … »: the nearest subject is a pronoun of the same person, the same referent — taken
                # up through it (a chain of « il »), not through the objects and complements named after it; not
                # past a subject actor the pronoun cannot be (« elle … Le pouvoir de Lorcy tente … qu'elle
                # soutient »: the topic changed in between)
                ids = self._subject_antecedent(t.i, plural, excluded, entity_at, named_actor, depth + 1)
                if ids:
                    return ids
            if not e and t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN" and self.person_noun(t.lemma_) \
                    and ("Plur" in morph_values(t, "Number")) == plural and self._subject_role(t) == "main":
                # « Pour certains, le père de la révolution était un héros ; il … »: a person the chain takes up
                # by a description (no name to give), past which a chain of « il » reaches no one named earlier
                if depth:
                    return []
                passed = True
            passed = passed or (bool(e) and t.dep_ in ("nsubj", "nsubj:pass"))
            if named_actor is not None and t.dep_ == "nsubj" and t.pos_ == "NOUN" and \
                    ("Plur" in morph_values(t, "Number")) == plural and (want is None or self._phrase_gender(t) in (want, None)):
                # (« une foule s'est rassemblée. Il a critiqué … »: « il » never takes up a feminine noun phrase)
                ids = [x for x in named_actor(t, e) if x not in excluded and (plural or not disagrees(x))]
                if ids:
                    return ids
            if not e or e in excluded or e in relays or self.is_outlet(e) or (not plural and disagrees(e)):
                continue        # an outlet that carries the news is not whom « il » or « elle » stands for
            if t.pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
                continue        # a phrase is read at its words (« gouvernement »), whose number it tells, not at its « de »
            if self._number_clash(t, plural, entity_at):
                continue        # « un adolescent … Ils » : « ils » never stands for one person told in the singular
            etype = self.ctx.ent_type(e)
            gender = self._mention_gender(t, entity_at) if want and etype in ("ORG", "GPE") else None
            if gender is not None and gender != want:
                continue
            said = self._function_word(t)
            members = self._coordinated_members(t) if etype == "PER" and said.dep_ in ("nsubj", "nsubj:pass") and (
                plural or any(c.dep_ == "conj" for c in said.children)) else []
            if len(members) > 1 and self._subject_role(said) == "main":
                if not plural:
                    # « Paul Vernay et Marc Dutilleul ont été reçus par Y. Il … »: « il » is one person, not one of
                    # a pair named together as the subject (the subject is plural)
                    any_, person = any_ or e, person or e
                    continue
                # « Paul Vernay et Marc Dutilleul ont quitté le parti. Ils … »: people named together as the
                # subject are the plural the pronoun takes up, each of them
                return [x for x in members if x not in excluded]
            if plural and etype == "PER" and self.number.get(e) != "P":
                continue        # « ils » is a group (« les agriculteurs » the quote stage made a speaker), not one person
            if any_ is None:
                any_ = e
            if person is None and etype == "PER":
                person = e
            if core is None and t.dep_ in ("obj", "iobj", "appos", "nsubj:pass") or (
                    core is None and t.head.dep_ in ("obj", "nsubj:pass") and mention_index(doc).get(t.head.i) == e):
                core = e
            head = self._function_word(t)
            if morph_values(head, "Number") and ("Plur" in morph_values(head, "Number")) != plural and head.pos_ == "NOUN":
                continue        # « Diverses sources annoncent … Il réclame »: « il » is not the plural subject
            if head.dep_ in ("nsubj", "nsubj:pass") and (plural or etype in ("PER", "GPE", None) or gender == want):
                role = self._subject_role(head)
                if role == "object":
                    core = core or e
                    continue
                if role == "embedded":
                    if embedded is None:
                        embedded, embedded_from = e, self._sentence_bounds[j][0]
                    continue
                subj = e
                break
        if depth:
            # through a pronoun subject: its own subject, else a person (never a complement's body or place)
            pick = subj or embedded or (None if plural else person)
            return [pick] if pick else []
        pick = subj or embedded or (core or any_ if plural else person or core or any_)
        return [pick] if pick else []

    def _chained_pronoun(self, t: Token, pron: Token, plural: bool) -> bool:
        """Whether t is a main clause's personal subject pronoun the pronoun (or possessive) pron may take up: the
        same form (« il » … « il »; any singular one for « son », plural for « leur »), outside quotes (whose « il »
        may be anyone the speaker talks of), not impersonal (« il faut », « il y a »)."""
        if t.pos_ != "PRON" or t.dep_ != "nsubj" or t.lower_ not in SUBJECT_PRONOUNS or self.ctx.in_quotes(t.idx):
            return False
        if (t.lower_ in PLURAL_PRONOUNS) != plural or (pron.pos_ == "PRON" and t.lower_ != pron.lower_):
            return False
        return self._subject_role(t) == "main" and not impersonal_subject(t)

    def _subject_role(self, subj: Token) -> str:
        """How salient a subject is (centering: the main clause's subject outranks one inside a relative clause of
        the same sentence, « X a reçu le juge qui instruit l'affaire. Il … » is X, or inside an adverbial clause
        opened before it by a subordinating conjunction, `adverbial_subordinators`: « X est retenu par un agent, avant
        que Y ne quitte la salle. Il … » is X, or by a relative word, « à Lorcy, où Y tenait un
        meeting », whatever the parse hung that clause on): "main",
        "embedded", or "object" when the parse gave a relative clause a second subject after its relative pronoun
        (« celle qui a poussé M. Marin à partir »: the pronoun is the subject, the name its object)."""
        verb = subj.head
        if subj.dep_.startswith("nsubj") and subj.i > verb.i and any(c.dep_.startswith("nsubj") and c.i < verb.i and "Rel" in morph_values(c, "PronType")
                                   for c in verb.children):
            return "object"
        subordinators = self.lex.speakers["adverbial_subordinators"]
        while True:
            if subj.dep_.startswith("nsubj") and any(c.i < subj.i and (c.dep_ == "mark" and c.lower_ in subordinators
                                                                   or "Rel" in morph_values(c, "PronType"))
                                                     for c in verb.children):
                # opened by a subordinating conjunction or a relative word (« où X tenait un meeting »)
                return "embedded"
            if not (verb.dep_ == "conj" and verb.head.i < verb.i):
                break
            verb = verb.head
        return "embedded" if verb.dep_ == "acl:relcl" else "main"

    def _is_subject(self, tok: Token) -> bool:
        """Whether a mention word is its clause's subject (not the object a relative clause's parse made one)."""
        head = self._function_word(tok)
        return head.dep_.startswith("nsubj") and self._subject_role(head) != "object"

    def _number_clash(self, tok: Token, plural: bool, entity_at=None) -> bool:
        """Whether the noun heading the mention a token belongs to is told in the other number than the pronoun
        (« des gendarmes » for « il », « l'individu » for « ils »); a name tells no number."""
        entity_at = entity_at or (lambda t: mention_index(self.doc).get(t.i))
        e, h = entity_at(tok), tok
        while h.head.i != h.i and entity_at(h.head) == e:
            h = h.head
        number = morph_values(h, "Number")
        if plural and h.pos_ == "PROPN" and self.ctx.ent_type(e) == "GPE":
            # a state's name is plural only with a plural article (« les États-Unis », « aux Philippines »);
            # « l'Iran », « la Lorcanie », « Cuba » are one state that « ils » never stands for
            first = tok
            while first.i > 0 and entity_at(first.doc[first.i - 1]) == e:
                first = first.doc[first.i - 1]
            before = first.doc[first.i - 1].lower_ if first.i > 0 else ""
            return before not in self.lex.speakers["plural_articles"]
        return h.pos_ == "NOUN" and bool(number) and ("Plur" in number) != plural

    def _coordinated_members(self, tok: Token) -> list[str]:
        """The people of a coordinated subject (« Paul Vernay et Marc Dutilleul »), each one's entity id."""
        group = self._coordinated_people(tok)
        if group is None:
            return []
        ids = [sp.label_ for sp in sorted(self.doc.spans.get("veille_mentions", []), key=lambda sp: sp.start)
               if group.start <= sp.start < group.end and self.ctx.ent_type(sp.label_) == "PER"]
        return list(dict.fromkeys(ids))

    def _mention_gender(self, tok: Token, entity_at) -> Optional[str]:
        """The gender of the phrase naming a body or a state, as its own words tell it: a common noun's
        (« le gouvernement »), else a name's determiner or adjective (« la Lorcanie », « l'Union lorcanienne »); a
        bare name tells none."""
        e, h = entity_at(tok), tok
        while h.head.i != h.i and entity_at(h.head) == e:
            h = h.head
        if h.pos_ == "NOUN":
            return self._phrase_gender(h)
        for c in h.children:
            if c.i < h.i and c.dep_ == "det" or c.dep_ == "amod" and c.pos_ == "ADJ":
                g = morph_values(c, "Gender")
                if g:
                    return "F" if g[0] == "Fem" else "M"
        return None

    @staticmethod
    def _function_word(tok: Token) -> Token:
        """The word whose function a mention word carries: a name's first word (« Paul Marin »), the subject a name
        is apposed to (« la candidate Odile Carrec a été élue »), not a name inside a complement."""
        head = tok if tok.dep_ not in ("flat:name", "flat") else tok.head
        if head.dep_ in ("appos", "flat:name") and head.head.dep_.startswith("nsubj") and head.head.i < head.i:
            head = head.head
        return head

    @functools.cached_property
    def _sentence_bounds(self) -> list[tuple[int, int]]:
        return sentence_bounds(self.doc)
