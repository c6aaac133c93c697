"""Whom a protest is aimed at (PLOVER's recipient of PROTEST). « les opposants de X », « une manifestation anti-X »:
whom its protesters or its noun are described as opposing; « les salariés de X font grève »: their employer; « se
réunissent pour protester contre X », « pour réclamer la démission de X »: whom the purpose it is done for names.
Read after the clause: the event says so (`target_from = "context"`), but for the employer, named in the subject."""
from __future__ import annotations

from veille.nlp.events.lexicon import _norm
from veille.nlp.mentions import mention_rows

# tokens between a protest and an authority's answer to its protesters: a few sentences, as news tells them
ANSWER_WINDOW = 120


class ProtestReader:
    """Mixin of `EventRun` (reads `EventDoc`, the actor readers of `ActorResolver` and `RecipientReader`)."""

    def opposed_by_description(self, trig, source: list[str]) -> list[str]:
        """« les opposants de X », « des manifestants hostiles à X », « une manifestation anti-X »: a protest whose
        protesters, or whose own noun, are described by whom they oppose is directed at X (PLOVER's recipient).
        « Les partisans de X » are for X: `_recipient_ok` keeps a side's own leader out."""
        if trig.type != "PROTEST":
            return []
        lex = self.lex
        heads = [trig.tok] + [self.doc[r] for r in sorted((r for _, _, eid, r in mention_rows(self.doc) if eid in source),
                                                           key=lambda r: abs(r - trig.tok.i))]
        for h in heads:
            # « hostiles à X »: the parse hangs the « à » complement on the adjective or on the noun after it
            opposed = [c for c in self.children_of(h)
                       if c.dep_ in ("amod", "acl") and _norm(c.lemma_) in lex.opposed_adjectives]
            found = []
            for c in [*self.children_of(h), *(g for a in opposed for g in self.children_of(a))]:
                case = self.case_of(c)
                if c.dep_.startswith(("nmod", "obl")) and (
                        (_norm(h.lemma_) in lex.opponent_nouns and (case in lex.de_forms or case == "à"))
                        or (case == "à" and any(a.i < c.i for a in opposed))):
                    found += self.phrase_entities(c)
                found += self._named_after_prefix(c.text)
            if h.i == trig.tok.i and h.i + 1 < self.sent(h).end:
                # « des manifestations anti-X ont eu lieu »: the word right after the noun qualifies it, wherever
                # the parse hung it (as a second subject of the verb)
                found += self._named_after_prefix(self.doc[h.i + 1].text)
            found = [x for x in dict.fromkeys(found) if self._recipient_ok(x, source)]
            if found:
                return found
        return []

    def protest_place(self, typ: str, eid: str) -> bool:
        """A place as the side of a protest (« occupent la place de l'Étoile »): where it is held, never whom it is
        against (PLOVER)."""
        return typ == "PROTEST" and self.ent_type(eid) == "LOC"

    def employer(self, trig, source: list[str]) -> list[str]:
        """« les salariés de X font grève », « la grève des chauffeurs de X »: a strike (CAMEO 143) by the workforce of
        an organisation (`employee_nouns`) is aimed at their employer X, their noun's « de » complement — an
        organisation, never the union that leads them (labour sector) nor a place they work in."""
        if trig.type != "PROTEST" or trig.mode != "strike":
            return []
        # « la rédaction du journal a voté une grève pour protester contre l'arrivée de X »: a purpose told that names
        # whom the strike opposes says it (protest_purposes), the employer is only inferred
        verb = trig.tok.head if trig.tok.dep_ == "obj" and trig.tok.head.pos_ == "VERB" else trig.tok
        if any(x not in source for c in self._purposes(verb) for x in self.verb_arguments(self.trigger_at[c.i])[1]):
            return []
        heads = [self.doc[r] for _, _, eid, r in mention_rows(self.doc) if eid in source]
        found = [x for h in heads if _norm(h.lemma_) in self.lex.employee_nouns for c in self.children_of(h)
                 if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms for x in self.phrase_entities(c)]
        return [x for x in dict.fromkeys(found) if x not in source and self.ent_type(x) == "ORG" and
                x not in self.protesters and self.ents[x].sector not in self.lex.labour_sectors]

    def _named_after_prefix(self, word: str) -> list[str]:
        """« anti-X »: the actor of the article named X (its name, or its name's last word: a surname)."""
        low = word.lower()
        part = next((word[len(p):] for p in self.lex.against_prefixes if low.startswith(p) and len(word) > len(p) + 1
                     and word[len(p)].isupper()), None)
        if part is None:
            return []
        named = [e.id for e in self.ents.values() if e.id not in self.descriptive and e.type in ("PER", "ORG", "GPE")
                 and (e.name == part or e.name.split()[-1] == part)]
        return named[:1]

    def protest_purposes(self, found: list, found_at: dict) -> list:
        """« des milliers de personnes se réunissent pour protester contre X », « sont descendus dans les rues pour
        réclamer la démission de X »: a protest, or a gathering, done for a purpose is directed at whom that
        purpose names (PLOVER's recipient, read from context), and a gathering whose purpose is to protest is that
        protest — one event, done, not a meeting and a hoped-for protest; so is a gathering its subject's protest
        verb is joined to (« se sont réunis place X et ont manifesté »). An unnamed crowd gathered for no purpose
        told, meeting no one (« ses partisans se sont réunis »), held no talks either."""
        at = {id(f): i for i, f in found_at.items()}
        gone = set()
        for f in found:
            i = at.get(id(f))
            if i is not None and f.type == "MOBILIZE" and not f.target:
                # « des gendarmes ont été mobilisés pour retrouver X »: forces raised are directed at whom their
                # purpose names, also in the passive, whose subject the clause reader took for the forces' side
                f.target = self.purpose_recipients(self.doc[i], f.type, f.source)
                continue
            if i is None or f.type not in ("PROTEST", "CONSULT"):
                continue
            tok = self.doc[i]
            # « ont voté une grève pour protester contre X »: a protest noun a verb tells has that verb's purpose
            aims = self._purposes(tok.head if f.type == "PROTEST" and tok.dep_ == "obj" and tok.head.pos_ == "VERB"
                                  else tok)
            gathering = f.type == "CONSULT" and _norm(tok.lemma_) in self.lex.gathering_verbs
            if gathering and any(c.dep_ == "conj" and self.pos_at[c.i] == "VERB" and c.i in self.trigger_at and
                                 self.trigger_at[c.i].type == "PROTEST" for c in self.children_of(tok)):
                gone.add(id(f))     # « se sont réunis place X et ont manifesté »: the protest told, no meeting
                continue
            if not aims:
                if gathering and not f.target and f.source and all(self.private_person(x) for x in f.source):
                    gone.add(id(f))     # « ses partisans se sont réunis »: a crowd met no one, held no talks
                continue
            aim_trig, aim = self.trigger_at[aims[0].i], found_at.get(aims[0].i)
            aimed = (aim.target or aim.context_target) if aim is not None else self.verb_arguments(aim_trig)[1]
            aimed = [x for x in aimed if x not in f.source]
            if f.type == "CONSULT":
                if aim_trig.type != "PROTEST" or _norm(tok.lemma_) not in self.lex.gathering_verbs:
                    continue
                f.type, f.mode, f.target, f.context_target = "PROTEST", aim_trig.mode, [], aimed
                if aim is not None:
                    gone.add(id(aim))
            elif not (f.target or f.context_target):
                f.context_target = aimed
        return [f for f in found if id(f) not in gone]

    def _purposes(self, verb) -> list:
        """The purpose infinitives of the verb's clause that tell an act (« pour protester »), also where the parse
        hung them lower in it — on the place the verb names (« se réunissent dans plusieurs villes pour protester »:
        no town is « pour protester »), on a vote count — never inside another verb's clause."""
        out = []
        for c in verb.subtree:
            if c.i == verb.i or c.i not in self.trigger_at or not self._purpose(c):
                continue
            h = c.head
            while h.i != verb.i and self.pos_at[h.i] not in ("VERB", "AUX"):
                h = h.head
            if h.i == verb.i:
                out.append(c)
        return out

    def answered_protests(self, found: list, found_at: dict) -> None:
        """« 5 000 militaires manifestent … Le ministre X a adressé une lettre aux militaires »: a protest told with
        no recipient is aimed at the authority (a state actor, not armed) who answers, writes to or receives its
        protesters within a few sentences (`answering_verbs`): the one the protest is addressed to."""
        # (`_authority`: a person the article names, a state, an institution, a political body; not forces, not a union)
        protests = [(i, f) for i, f in found_at.items() if f.type == "PROTEST" and f.source and not (
            f.target or f.context_target)]
        if not protests:
            return
        answers = []
        for j in self.where_words(lemma=lambda w: w in self.lex.answering_verbs, key="answering"):
            v = self.doc[j]
            if self.pos_at[v.i] != "VERB" or self.negated(v):
                continue
            told = [x for x in self.subject(v)[0] if self._authority(x)]
            if told:
                # its object or « à » complement, also hung on the letter (« une lettre ouverte aux militaires »), or
                # a clitic (« leur a répondu », which the parse may read as a subject)
                comps = [c for c in self.children_of(v)
                         if c.dep_ in ("obj", "iobj", "obl", "obl:arg") or self.pos_at[c.i] == "PRON"]
                comps += [g for c in comps if c.dep_ == "obj" for g in c.subtree if g.i != c.i and
                          self.pos_at[g.i] in ("NOUN", "PROPN") and self.case_of(g) == "à"]
                comps = [c for c in comps if self.case_of(c) in ("", "à")]
                answered = {x for c in comps for x in self.phrase_entities(c)} - set(told)
                lemmas = {_norm(c.lemma_) for c in comps}
                answers.append((j, told, answered, lemmas))
        for i, f in protests:
            own = {_norm(self.doc[r].lemma_) for _, _, eid, r in mention_rows(self.doc) if eid in f.source}
            for j, told, answered, lemmas in answers:
                if abs(j - i) <= ANSWER_WINDOW and (answered & set(f.source) or lemmas & own) and \
                        not set(told) & set(f.source):
                    f.context_target = told
                    break

    def movement_aim(self, tok, source: list[str]) -> list[str]:
        """« Les syndicats ont défilé contre la réforme du gouvernement … Ils donnent rendez-vous le 21 pour une
        nouvelle journée de mobilisation »: a protest told with no recipient of its own, in the paragraph of a protest
        against someone told before it, is another day of the same movement, aimed where the first was (PLOVER's
        recipient of a protest: whom it is against; a paragraph keeps to one story, another may recall other
        movements); never at its own protesters. Only an authority the movement addresses carries over
        (`_authority`: a named person, a state, a political body), not a site it blocked."""
        start = self.line_start(tok)
        aim = next((t for i, t in reversed(self.protest_aims) if start <= i < tok.i), [])
        return [x for x in aim if x not in source and self._authority(x)]

    def _authority(self, eid: str) -> bool:
        ent = self.ents.get(eid)
        return ent is not None and not self.armed(eid) and eid not in self.protesters and (
            (ent.type == "PER" and not self._description(eid)) or self.state_or_armed(eid) or (
                ent.type == "ORG" and ent.sector in self.lex.political_sectors - self.lex.labour_sectors))

    def protested_site(self, trig, typ: str, mode, source: list[str], target: list[str]) -> list[str]:
        """« ont bloqué le dépôt pétrolier de Lorcy », « se sont rassemblés devant la préfecture », « ont manifesté
        devant le siège de Vernay SA »: a protest held at a building or a business — blocked or occupied (its object,
        or its passive subject with an agent), or gathered in front of (`protest_site_preps`) — is aimed at it
        (PLOVER PROTEST: collective action against the recipient): the organisation whose premises they are when
        named, else the premises (`protested_premises`). A street, a square, a road or a roundabout
        is only where. Only for protesters, or for a site blocked by a side neither the state nor armed (the verb's
        protest reading: « la station-service est bloquée par des X »), and when the clause names no side but towns
        and regions."""
        blockade = mode == "obstruct" and trig.kind == "verb" and not any(self.state_or_armed(x) for x in source)
        if typ != "PROTEST" or not (self.protesting_side(source) or blockade) or \
                any(self.ent_type(x) not in ("GPE", "LOC") for x in target):
            return target
        tok = trig.tok
        held = [c for c in self.children_of(tok) if c.dep_ in ("obj", "nsubj:pass")] if \
            mode == "obstruct" and trig.kind == "verb" else []
        before = [c for c in self.children_of(tok) if c.dep_.startswith(("obl", "nmod")) and
                  self.case_of(c) in self.lex.protest_site_preps]
        return self.aimed_site(held + before, source) or target

    def aimed_site(self, sites: list, source: list[str]) -> list[str]:
        """The premises an act at or before these complements is aimed at (`protested_site`): the organisation
        whose premises they are when named, else the premises (`protested_premises`; a part of a building, « les
        portes de la raffinerie », stands for it); [] when none is premises."""
        for site in sites:
            if self.pos_at[site.i] != "NOUN":
                continue
            if _norm(site.lemma_) in self.lex.site_part_nouns:
                # « devant les portes de la raffinerie »: the building whose gates they are
                site = next((c for c in self.children_of(site) if c.dep_ == "nmod" and c.i > site.i and
                             self.case_of(c) in self.lex.de_forms and self.pos_at[c.i] in ("NOUN", "PROPN")), site)
            owner = [x for c in [site, *(c for c in self.children_of(site) if c.dep_ == "nmod" and c.i > site.i and
                                         self.case_of(c) in self.lex.de_forms)]
                     for x in [self.entity_of(c)] if x and self.ent_type(x) in ("ORG", "PER") and x not in source]
            if owner:
                return owner[:1]
            if self.pos_at[site.i] == "NOUN" and self._premises(site):
                thing = self.property_entity(site, adjectives=True)
                if thing:
                    return [thing]
        return []

    def _premises(self, tok) -> bool:
        """The premises of an administration or a business (`protested_premises`), alone or with its adjective or
        « de » complement (« centre commercial », « centre des impôts »)."""
        lemma = _norm(tok.lemma_)
        sites = self.lex.protested_premises
        return lemma in sites or any(c.i > tok.i and c.dep_ in ("amod", "nmod") and (
            f"{lemma} {_norm(c.lemma_)}" in sites or f"{lemma} de {_norm(c.lemma_)}" in sites or
            f"{lemma} des {_norm(c.text)}" in sites) for c in self.children_of(tok))
