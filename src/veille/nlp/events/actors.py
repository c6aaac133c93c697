"""Who an argument phrase names: entity ids for nominal phrases, titles, demonyms and descriptive actors (« la
police », « des manifestants », added to the entity registry). Designations are the ones the shared referent chains
learnt (veille_referents); pronouns are read in `pronouns.py`.
"""
from __future__ import annotations

from spacy.parts_of_speech import ADJ, ADP, ADV, DET, NOUN, NUM, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Token

from veille.nlp.events.demonyms import DemonymReader
from veille.nlp.events.document import read_once
from veille.nlp.entities import emblem_group, infinitive_clause_start
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.pronouns import PronounReader
from veille.nlp.extensions import morph_values

# the words a phrase may run over before the comma of its « dont » (`partitive_members`)
_PHRASE_POS = {ADJ, NUM, ADP, DET, NOUN, PROPN, ADV}
_COMMA = get_string_id(",")


def _is_demonym(word: str) -> bool:
    from veille.nlp.entities import get_kb
    return get_kb().demonym_country(word) is not None


class ActorResolver(PronounReader, DemonymReader):
    """Mixin of `EventRun`: reads the article state of `EventDoc` (mentions, entities, quotes, dates)."""

    def counted(self, tok: Token) -> bool:
        """« une dizaine de civils », « des centaines de réfugiés »: the word is what a quantity noun counts (the
        tagger reads some people nouns there as adjectives)."""
        return tok.dep_ == "nmod" and tok.head.i < tok.i and _norm(tok.head.lemma_) in self.lex.quantity_nouns and \
            self.case_of(tok) in self.lex.de_forms

    def others_counted(self, tok: Token) -> bool:
        """« des dizaines d'autres »: a quantity whose counted noun is elided (« autres » takes it up)."""
        return self.pos_at[tok.i] == "NOUN" and _norm(tok.lemma_) in self.lex.quantity_nouns and any(
            _norm(t.lemma_) == "autre" for t in tok.subtree if t.i - tok.i <= 3)

    def unnamed_group(self, tok: Token) -> bool:
        """« les médias », « le groupe »: a noun of a group that names an actor only with a modifier
        (`groups_need_modifier`) and has none, nor an antecedent: someone the clause names, though no entity."""
        return tok.pos_ == "NOUN" and _norm(tok.lemma_) in self.lex.need_modifier and not self.phrase_entities(tok)

    def complement_name(self, tok: Token) -> bool:
        """The word of a mention that hangs outside it is the complement of a common noun before it that no entity
        names (« l'avenue X », « le métro X »: where; a bare name read as an oblique may head a list of subjects,
        « Le Japon, l'Inde … »)."""
        head = tok.head
        return head.i < tok.i and self.pos_at[head.i] == "NOUN" and self.midx.get(head.i) is None and \
            tok.dep_ in ("nmod", "amod", "appos", "flat:name")

    def partitive_members(self, tok: Token) -> Token | None:
        """« tuant 32 personnes, dont le maire X », « cinq morts dont les quatre assaillants »: the head of a
        verbless relative opened by « dont » right after the phrase (after its comma, or the count's noun itself),
        naming some of the people it counts — whatever the parse hung it on."""
        # (read from the Doc's arrays: every argument phrase asks, and most have no « dont » after them)
        forms, pos, heads, n = self._hash_columns[1], self.pos_dep_columns[0], self.head_column, len(self.doc)
        j = tok.i + 1
        if j < n - 1 and self.normalised(forms[j]) in self.lex.partitive_relatives:
            k = j
        else:
            while j < n - 2 and forms[j] != _COMMA and tok.i < heads[j] <= j + 3 and pos[j] in _PHRASE_POS:
                j += 1
            if j >= n - 2 or forms[j] != _COMMA or self.normalised(forms[j + 1]) not in self.lex.partitive_relatives:
                return None
            k = j + 1
        head = heads[k]
        return self.doc[head] if head > k and pos[head] in (NOUN, PROPN) else None

    def phrase_entities(self, tok: Token, depth: int = 0, seen=None) -> list[str]:
        """Entity ids a nominal phrase names: its own mention, appositions and conjuncts, else a named complement,
        else a descriptive actor."""
        seen = seen if seen is not None else set()
        if tok.i in seen:
            return []
        if self.in_rubric(tok):
            # a line's rubric, « Lorcanie : … », is where the news is from, no side of its acts (the names the parse
            # hung on it still are: « Lorcanie : Paul Vernay, condamné … »)
            rubric = self.entity_of(tok)
            seen.add(tok.i)
            return [x for c in self.children_of(tok)
                    if c.dep_ in ("appos", "conj", "flat", "flat:name") and c.i > tok.i + 1
                    for x in self.phrase_entities(c, depth, seen) if x != rubric]
        seen.add(tok.i)
        if self.place_gloss(tok):
            return []       # « bloquent le magasin de Lorcy (Isère) »: the département in parentheses says where
        # (the head's tag, words and children, read once: a Token builds each afresh)
        pos, children = self.pos_at[tok.i], self.children_of(tok)
        lemma, text = self.normalised(tok.lemma), _norm(tok.text)
        if (n := self.counted_noun(tok)) is not None:
            return self.phrase_entities(n, depth, seen)     # « 21 de ses membres »: those the number counts
        if pos == "PRON" or text in self.lex.first_person:
            return self.resolve_pronoun(tok)
        if (lemma in self.lex.award_nouns or text in self.lex.award_nouns) and any(
                c.dep_ == "det" for c in children) and not any(c.dep_ == "nummod" for c in children):
            return []       # « a reçu le prix Marie X »: a thing named after a person (« deux prix Nobel, X et Y »
            #                 are laureates)
        if pos == "NOUN" and lemma in self.lex.street_nouns and any(
                self.pos_at[c.i] == "PROPN" and c.i > tok.i and c.dep_ in ("nmod", "appos", "flat", "flat:name") and
                not any(g.dep_ == "case" for g in self.children_of(c)) for c in children):
            return []       # « sur le cours Victor-Hugo », « l'avenue Foch »: a street named after someone, a place
        out: list[str] = []
        if pos == "ADJ" and not self.entity_of(tok):
            title = next((c for c in children if c.dep_ in ("amod", "nmod") and c.pos_ == "NOUN" and c.i < tok.i
                          and (_norm(c.lemma_) in self.lex.titles or _norm(c.lemma_) in self.lex.actor_nouns)), None)
            if title is not None:
                # « a rencontré le chancelier allemand » parsed with the adjective heading the phrase: the title
                # names the actor, the adjective its country
                return list(dict.fromkeys(self.phrase_entities(title, depth, seen) + self.demonym_entities(tok)))
        e = self.entity_of(tok)
        if pos == "NOUN" and (not e or self._description(e)) and (poss := self.possessed_members(tok)):
            return poss         # « ses membres », « ses combattants »: the group « ses » takes up
        if e:
            out.append(e)
        elif text.removesuffix("s") in self.lex.latter_nouns and any(
                c.dep_ == "det" and "Dem" in self.morph_of(c, "PronType") for c in children):
            return self.latter_actors(tok)      # « ce dernier », « cette dernière »
        late_appos, joined = [], []
        head_case = self.case_of(tok)
        for c in children:
            dep = c.dep_
            if dep in ("amod", "flat", "flat:name") and self.entity_of(c) and not e:
                out.append(self.entity_of(c))    # « le mouvement rebelle M23 »
                # « l'ex Front X et Y » parsed with Y a conjunct of the name: the list goes on
                out += [x for g in self.children_of(c) if g.dep_ == "conj" and self.pos_at[g.i] == "PROPN"
                        for x in self.phrase_entities(g, depth, seen)]
            elif dep == "conj" and self.case_of(c) and self.case_of(c) != head_case and (head_case or not any(
                    g.dep_ == "case" and _norm(g.text) in self.lex.de_article_contractions
                    for g in self.children_of(c))):
                continue                          # « contre le groupe … au Mali et au Niger », « des dizaines
                #                                   d'autres arrêtés …, ainsi que dans les provinces de X »
            elif dep == "conj" and any(g.dep_ == "cc" and _norm(g.text) in self.lex.contrast_coordinators
                                          for g in self.children_of(c)):
                continue        # « X mais Y »: contrasted, not a second actor of the act
            elif dep == "appos" and self.pos_at[c.i] == "NOUN" and not self.entity_of(tok):
                late_appos.append(c)       # « les gouvernements X et Y, membres de … »: the head names first
            elif dep in ("conj", "appos", "flat:name", "flat", "fixed") and c.pos_ in ("NOUN", "PROPN", "PRON", "X"):
                ids = self.phrase_entities(c, depth, seen)
                if dep == "appos" and e:     # « le SNR (service de renseignement) »: a description of the name
                    ids = [x for x in ids if not self._description(x)]
                out += ids
                if dep == "conj" and any(g.dep_ == "cc" for g in self.children_of(c)):
                    joined += ids       # « gendarmes et agriculteurs » (a comma alone may be an apposition)
            elif dep == "nmod" and c.i > tok.i and self.entity_of(c) and not any(
                    g.dep_ == "case" for g in self.children_of(c)) and pos == "NOUN":
                out += self.phrase_entities(c, depth, seen)      # « les plateformes vidéo YouTube et TikTok »
        if not out and pos in ("NOUN", "PROPN"):
            # a named entity anywhere inside the head's own words (multi-token names the parser split)
            for c in children:
                if c.dep_ in ("flat:name", "flat", "amod", "compound") and self.entity_of(c):
                    out.append(self.entity_of(c))
        if not out and pos == "NOUN" and "Plur" in self.morph_of(tok, "Number"):
            # « les ministres des deux pays, X pour A et Y pour B »: the names hung on the complement
            for c in children:
                if c.dep_ == "nmod" and c.i > tok.i:
                    for g in self.children_of(c):
                        if g.dep_ == "appos" and self.doc[g.i - 1].text == "," and self.entity_of(g):
                            out += self.phrase_entities(g, depth, seen)
        if (not out or (joined and not [x for x in out if x not in joined])) and pos in ("NOUN", "PROPN") \
                and "Plur" not in self.morph_of(tok, "Number"):
            d = self.designated(tok)        # a plural title (« les ministres ») designates no one person
            if d and d not in out:          # (« entre l'entreprise et les syndicats »: beside its conjuncts)
                out.insert(0, d)
        if not out and pos == "ADJ" and self.counted(tok):
            out += [x for x in [self.actor_entity(tok)] if x]     # « une dizaine de civils », civils read as ADJ
        if not out and pos == "NOUN" and lemma in self.lex.fighter_nouns:
            out += self.fighters_of(tok, depth, seen)     # « les combattants de X » act for the armed group X
        if (not out or (joined and tok.dep_ != "appos" and not [x for x in out if x not in joined])) and (
                pos == "NOUN" or tok.text[:1].isupper() and (self.noun_sector(tok)[0] in self.lex.group_sectors or
                                                             emblem_group(tok) is not None)) and \
                not self.member_of_named(tok):      # (« aux Kurdes » read as a PROPN; « exclusivement tutsi » is no name)
            # « entre gendarmes et agriculteurs »: the head names an actor of its own beside its conjuncts
            actor = self.actor_entity(tok)
            if actor:
                out.insert(0, actor)
                for c in self.cut_conjuncts(tok):     # « forces de l'ordre et manifestants »: both sides
                    out += self.phrase_entities(c, depth, seen) or ([self.actor_entity(c)] if self.actor_entity(c) else [])
                adjs = [c for c in children if c.dep_ == "amod"]
                adjs += [g for c in adjs for g in self.children_of(c) if g.dep_ == "conj"]
                if lemma not in self.lex.private_person_nouns:     # « un individu tunisien »: not the state
                    states = [e for c in adjs for e in self.demonym_entities(c)]
                    out += states
                    self._country_from_adjective(actor, states)
        if (not out or (e and out == [e] and pos == "NOUN" and self.ents[e].kb_id is None)) and \
                pos in ("NOUN", "PROPN") and lemma not in self.lex.private_person_nouns:
            # « la partie ukrainienne » is the state, and so is « l'armée turque » the quote stage named as a
            # speaker (an entity described by a common noun); « un individu d'origine algérienne » is not
            for c in children:
                if c.dep_ == "amod" or (c.dep_ == "conj" and self.pos_at[c.i] == "ADJ"):
                    out += self.demonym_entities(c)     # (and « russes et iraniens »: the adjective's conjuncts)
                    out += [x for g in self.coordinated(c)[1:] if c.dep_ == "amod"
                            for x in self.demonym_entities(g) if x not in out]
            if e:
                self._country_from_adjective(e, [x for x in out if x != e])
            if not out and not self.names_people(tok):
                out += self.group_adjective_actors(tok)
        if not out and pos in ("NOUN", "PROPN") and tok.text[:1].isupper() and tok.text.endswith("s") and \
                _is_demonym(tok.text) and (self.counted(tok) or any(
                    c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") for c in children) or any(
                    c.dep_ == "det" and _norm(c.text) == "des" for c in children) and not any(
                    c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms for c in children)):
            # « les Russes », « des milliers de Grecs », « des Grecs »: that country's people (not « des Marocains
            # de X »: some residents of that origin; nor « un Grec », one person)
            out += self.demonym_entities(tok)
        if not out and pos == "NOUN":
            out += self.demonstrative_group(tok)
        if not out and pos == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "obl:arg"):
            out += self.anaphoric(tok)
        for c in late_appos:
            if not out:
                out += self.phrase_entities(c, depth, seen)
        if not out and depth == 0 and pos == "NOUN":
            for c in children:      # « au pays gouverné par Paul Biya »
                if c.dep_ == "acl" and "Part" in self.morph_of(c, "VerbForm"):
                    for g in self.children_of(c):
                        if g.dep_ == "obl:agent" and self.entity_of(g):
                            out += self.phrase_entities(g, depth + 1, seen)
        if not out and depth == 0 and pos in ("NOUN", "PROPN") and lemma not in self.lex.relation_nouns:
            # « le gouvernement de la Russie » acts for Russia; « la nièce du roi » is someone else
            for c in children:
                if c.dep_ == "nmod" and self.case_of(c) in self.lex.named_complement_preps and c.i not in self.dates \
                        and _norm(c.lemma_) not in self.lex.background_heads:   # « d'origine algérienne »: not a state
                    # a count names no one, the people it counts do (« la marche de centaines d'agriculteurs »), and
                    # a count of a count is one quantity (« des centaines de milliers de X »): no step deeper
                    counts = _norm(c.lemma_) in self.lex.quantity_nouns and (
                        self.pos_at[c.i] == "NOUN" or lemma in self.lex.quantity_nouns)
                    out += self.phrase_entities(c, depth + (0 if counts else 1), seen)
        if not out and depth == 0 and pos == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            out += self.described_person(tok)       # « … Paul Vernay. L'ancien banquier dénonce »
        if e and len(out) > 1 and self._description(e) and pos == "NOUN" and "Sing" in self.morph_of(tok, "Number"):
            # « son homologue, Ricardo X »: a description followed by a name after a comma is that person
            named = [x for c in children if c.dep_ in ("appos", "conj") and self.pos_at[c.i] == "PROPN"
                     and self.doc[c.i - 1].text == "," for x in self.phrase_entities(c, depth, set())]
            if len(named) == 1 and self.ents.get(named[0]) is not None and self.ents[named[0]].type == "PER":
                out = [x for x in out if x != e]
        if not out and self.others_counted(tok) and tok.dep_ == "conj":
            # « des dizaines de suspects ont été tués et des dizaines d'autres arrêtés »: « d'autres » are more of
            # the people the first conjunct counts
            out += [x for c in self.children_of(tok.head) if c.dep_ in ("nsubj", "nsubj:pass")
                    for x in self.phrase_entities(c, depth, seen)]
        among = self.partitive_members(tok)
        out += [x for x in (self.phrase_entities(among, depth, seen) if among is not None else []) if x not in out]
        return list(dict.fromkeys(x for x in out if x))

    def group_adjective_actors(self, tok: Token) -> list[str]:
        """« les positions rebelles » are « les positions des rebelles »: a relational adjective of an armed group
        (`group_adjectives`) on a thing or a place names that group, read as its noun."""
        return [x for c in self.children_of(tok) if c.dep_ == "amod" and c.i > tok.i and
                _norm(c.lemma_) in self.lex.group_adjectives for x in [self.actor_entity(c)] if x]

    def fighters_of(self, tok: Token, depth: int, seen: set) -> list[str]:
        """« les combattants de X », « les djihadistes de X »: fighters of a named armed group are that group, as
        « le gouvernement de X » acts for X; of a country or a town they stay fighters (`fighter_nouns`)."""
        return [x for c in self.children_of(tok)
                if c.dep_ == "nmod" and c.i > tok.i and self.case_of(c) in self.lex.de_forms
                for x in self.phrase_entities(c, depth + 1, set(seen)) if self.armed(x) and not self._description(x)]

    def possessed_members(self, tok: Token) -> list[str]:
        """« 21 de ses membres ont été arrêtés », « ses combattants sont tués »: members or fighters named by a
        possessive stand for the body the possessive takes up, as « les membres de X » stand for X (PLOVER codes
        members as their group) — a body or state for members, an armed group for fighters; a person's « membres »
        (limbs) or a state's soldiers stay what they are."""
        lemma = _norm(tok.lemma_)
        if lemma not in self.lex.member_nouns and lemma not in self.lex.fighter_nouns:
            return []
        det = next((c for c in self.children_of(tok) if c.dep_ == "det" and (
            _norm(c.text) in self.lex.possessives or "Yes" in self.morph_of(c, "Poss"))), None)
        if det is None or _norm(det.text) in self.lex.first_person_possessives:
            return []
        fits = (lambda x: self.ent_type(x) == "ORG") if lemma in self.lex.member_nouns else self.armed
        passed: set[str] = set()
        for _ in range(6):      # persons and places told of since (« selon le ministre ») are no group: go on back
            ids = self.antecedent_actors(tok.i, _norm(det.text) in self.lex.plural_possessives, passed)
            if not ids or [x for x in ids if fits(x)]:
                return [x for x in ids if fits(x) and not self._subject_since(passed, x, tok.i)]
            passed |= set(ids)
        return []

    def _subject_since(self, passed: set[str], eid: str, i: int) -> bool:
        """One of the entities passed over is the subject of a clause told after the last mention of `eid` before
        token i (« le Front … Marie X a été blessée. Ses membres »: hers, not the Front's)."""
        spans = [sp for sp in self.doc.spans.get("veille_mentions", []) if sp.start < i]
        last = max((sp.start for sp in spans if sp.label_ == eid), default=-1)
        return any(sp.label_ in passed and sp.start > last and sp.root.dep_ in ("nsubj", "nsubj:pass") for sp in spans)

    def member_of_named(self, tok: Token) -> bool:
        """« les membres du Conseil de sécurité », « un membre de l'État islamique »: members of a named body or state
        stand for it (`member_nouns`; PLOVER codes « Members of the G-7 » as the G-7): its « de » complement names
        the actor, read below as a named complement; so do a people's members of a named organisation (« les Kurdes
        du parti X »), not of a country (« les chiites de Lorcanie » are not its state)."""
        group = self.noun_sector(tok)[0] in self.lex.group_sectors
        return (group or _norm(tok.lemma_) in self.lex.member_nouns) and any(
            c.dep_ == "nmod" and c.i > tok.i and self.case_of(c) in self.lex.named_complement_preps and
            self.ent_type(self.entity_of(c)) in (("ORG",) if group else ("ORG", "GPE")) for c in self.children_of(tok))

    def role_sector(self, eid: str) -> str | None:
        """The sector of an actor known only by a description (« un policier », « l'agent de police »: the police),
        None for a named one or one of no sector."""
        ent = self.ents.get(eid)
        return ent.sector if ent is not None and self._description(eid) else None

    def _description(self, eid: str) -> bool:
        """An entity known only by a description (« homologue », « la police »), not by a name."""
        ent = self.ents.get(eid)
        return eid in self.descriptive or (ent is not None and ent.name[:1].islower())

    @read_once(lambda tok: tok.i)
    def noun_sector(self, tok: Token) -> tuple[str | None, Token | None]:
        """The sector a noun names (actor_nouns), or its locution with the complement or adjective naming it (read
        once per token: the actor readers ask it of the same nouns)."""
        lemma = _norm(tok.lemma_)
        # « les forces de l'ordre », « des hommes armés »: a noun and its complement or adjective name the actor together
        locution = next((c for c in tok.rights if c.dep_ in ("nmod", "amod", "acl") and
                         f"{lemma} {_norm(c.lemma_)}" in self.lex.actor_locutions), None)
        if locution is not None:
            return self.lex.actor_locutions[f"{lemma} {_norm(locution.lemma_)}"], locution
        emblem = emblem_group(tok)
        if emblem is not None:
            return self.lex.actor_locutions.get(
                f"{_norm(tok.text).removesuffix('s')} {_norm(emblem.lemma_)}", self.lex.emblem_group_sector), emblem
        if lemma in self.lex.collective_nouns:
            # « un groupe de manifestants »: the members' bare « de » complement says who they are (`collective_nouns`),
            # also a group named after its emblem that the tagger reads as a name (« un groupe de Gilets jaunes »)
            members = next((c for c in tok.rights if c.dep_ == "nmod" and (
                            self.pos_at[c.i] == "NOUN" or c.pos_ == "PROPN" and emblem_group(c) is not None) and
                            self.case_of(c) in self.lex.de_forms and
                            not any(g.dep_ == "det" for g in self.children_of(c))), None)
            sector = self.noun_sector(members)[0] if members is not None else None
            if sector:
                return sector, None
        sector = self.lex.actor_nouns.get(lemma) or self.lex.actor_nouns.get(_norm(tok.text))
        # « les Touaregs » (lemma targui), « aux Kurdes » (a PROPN keeps its form): a people's noun by its text
        plural = self.lex.actor_nouns.get(_norm(tok.text).removesuffix("s"))
        return sector or (plural if plural in self.lex.group_sectors else None), None

    def actor_entity(self, tok: Token) -> str | None:
        """« la police », « des manifestants », « l'armée turque »: an actor named by a common noun."""
        if tok.i in self._no_actor:
            return None     # (the antecedent searches ask again for every noun they pass)
        lemma = _norm(tok.lemma_)
        sector, locution = self.noun_sector(tok)
        is_title = lemma in self.lex.titles
        if not sector and not is_title:
            self._no_actor.add(tok.i)
            return None
        if lemma in self.lex.definite_actors and (not any(
                c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") for c in self.children_of(tok)) or (
                lemma in self.lex.agent_only_actors and tok.dep_ not in ("nsubj", "nsubj:pass", "obl:agent")) or any(
                c.dep_ == "nmod" and c.i > tok.i and self.entity_of(c) for c in self.children_of(tok))):
            # « la gauche », « le pouvoir » act; « à gauche », « prendre le pouvoir » do not, and « le pouvoir de
            # Paul Vernay » is his (read as a named complement)
            return None
        # (a group's noun keeps its own rules: « les manifestants de la place » are protesters there, and « les otages
        # de X » are X's captives, read by the release rules)
        office = is_title and not sector and lemma not in self.lex.captive_nouns
        # modifiers that name the actor: adjectives, « de » + bare noun (groupe de militaires, forces de police); an
        # office's « de » complement, article or not, says whose it is (« le chef du parti X », « le porte-parole de
        # l'armée »): a bare « chef » names no one the reader could find
        mods = [c for c in tok.rights if c.i not in self.dates and (
            (c.dep_ == "amod" and self.pos_at[c.i] in ("ADJ", "VERB", "NOUN")) or
            (c.dep_ == "nmod" and c.i == tok.i + 1 and not any(g.dep_ == "case" for g in self.children_of(c))) or
            (c.dep_ == "nmod" and self.pos_at[c.i] in ("NOUN", "PROPN") and self.case_of(c) in self.lex.de_forms
             and c.i - tok.i <= 3 and (office and not self.measure_complement(c) or
                                       not any(g.dep_ == "det" for g in self.children_of(c)) and not any(
                _norm(g.text) in self.lex.definite_de for g in self.children_of(c) if g.dep_ == "case"))))]
        if locution is not None and locution not in mods:
            mods.append(locution)
        retold = self.retold_person(tok)
        if retold:
            self.registry().add_mention(self.ents[retold], self._described_span(tok, mods))
            self.index_new_mentions()     # seen at once by the next one retold, whatever is read between
            return retold
        if not mods:
            prior = self.known_actor(tok)
            if prior:
                return prior
        if lemma in self.lex.need_modifier and not mods and not (
                lemma in self.lex.definite_plural_actors and "Plur" in self.morph_of(tok, "Number") and any(
                    c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") or
                    c.dep_ == "case" and _norm(c.text) in self.lex.definite_contractions
                    for c in self.children_of(tok))):
            return None
        span = self._described_span(tok, mods)
        key = self._description_key(span, tok)
        if key in self._actor_cache:
            eid = self._actor_cache[key]
            ent = self.registry().get(eid)
            if ent is not None:
                self.registry().add_mention(ent, span)
            return eid
        typ = "PER" if is_title and not sector else "ORG"
        # a movement named by what it wears at its protests is its protesters (« les Gilets jaunes »)
        movement = sector == self.lex.emblem_group_sector and emblem_group(tok) is not None
        eid = self._descriptive(span, typ, key, sector, self_actor=movement or lemma in self.lex.self_actor_nouns)
        if lemma in self.lex.retold_person_nouns and "Plur" not in self.morph_of(tok, "Number"):
            self.retold_persons[eid] = self.chains._phrase_gender(tok)
        return eid

    def patient_person(self, tok: Token) -> str | None:
        """« un mineur a été interpellé », « six des accusés ont été écroués », « a tué deux passantes »: whom an arrest
        (CAMEO 173) or a harm to a person (`person_harm_verbs`) is done to is a person, a civilian named by a common
        noun (PLOVER CVL) as « un individu » is, whatever the noun — also a person's noun of the actor lexicon the
        tagger read as an adjective (« deux passantes »; not « 49 autres », « le premier », which stand for a noun)."""
        tok = self.counted_noun(tok) or tok
        nominal = self.pos_at[tok.i] == "NOUN" or self.pos_at[tok.i] == "ADJ" and any(
            c.dep_ in ("det", "nummod") for c in self.children_of(tok)) \
            and self.noun_sector(tok)[0] is not None
        if not nominal or self.entity_of(tok) or tok.i in self.dates or _norm(tok.lemma_) in self.lex.nouns:
            return None     # (« ont fait 900 interpellations »: the act's own noun, no one arrested)
        if known := self.phrase_entities(tok):
            return known[0]
        span = self._described_span(tok, [])
        key = self._description_key(span, tok)
        return self._actor_cache.get(key) or self._descriptive(span, "ORG", key, "CVL")    # (`_generic_persons`)

    def measure_complement(self, c: Token) -> bool:
        """« un suspect d'une cinquantaine d'années », « le chef de 67 ans », « d'origine algérienne »: a count, an age
        or a background describes the person, it says nothing of whose title it is."""
        lemma = _norm(c.lemma_)
        return lemma in self.lex.quantity_nouns or lemma in self.lex.measure_nouns or \
            lemma in self.lex.background_heads or any(g.dep_ == "nummod" for g in self.children_of(c))

    @staticmethod
    def _description_key(span, tok: Token) -> str:
        """A description's actor-cache key: its lemmas and its head's number (a policeman, the police officers)."""
        return " ".join(_norm(t.lemma_) for t in span) + "|" + "".join(morph_values(tok, "Number"))

    def _described_span(self, tok: Token, mods: list[Token]):
        """The words of a description: the head, the adjectives before it and the modifiers after it."""
        left = tok.i
        for c in tok.lefts:
            if c.dep_ == "amod":
                left = min(left, c.i)
        right = tok.i
        for m in mods:
            subtree = list(m.subtree)       # (read twice)
            # « forces de l'ordre et manifestants »: a noun coordinated inside a modifier is another referent
            cut = min((t.i for t in subtree if t.dep_ == "cc" and t.head.i > t.i
                       and self.other_referent(t.head)), default=len(self.doc))
            sub = [t.i for t in subtree if t.dep_ not in ("acl:relcl", "punct") and t.i - tok.i <= 6 and t.i < cut]
            right = max(right, max(sub) if sub else m.i)
        for c in self.children_of(tok):
            if c.dep_ == "conj" and self.pos_at[c.i] == "ADJ" and not (self.names_people(c) and not any(
                    a.dep_ in ("amod", "nmod") and tok.i < a.i < c.i for a in self.children_of(tok))):
                right = max(right, c.i)     # « forces armées et policières », not « soldats et rebelles »
        # nor over an infinitive clause the noun governs (« aux habitants de Lorcy de partir ») or a comma, which sets
        # off a detached participle, not a modifier (« des manifestants, tentant de … »; not « gouvernements
        # français, belge et danois »)
        right = min(right, self.sent(tok).end - 1, infinitive_clause_start(self.doc, tok.i + 1, right + 1) - 1,
                    next((t.i - 1 for t in self.doc[tok.i + 1:right] if t.text == "," and (
                        "Part" in self.morph_of(self.doc[t.i + 1], "VerbForm"))), right))
        # a description never runs past the end of its line (« grève des chauffeurs de taxi » as a title), nor over a
        # date (« trois passants mardi près de la gare »: the parse may hang the date and what follows on the noun)
        right = next((t.i - 1 for t in self.doc[tok.i + 1:right + 1] if "\n" in t.text or t.i in self.dates), right)
        while right > tok.i and (self.pos_at[right] in ("PUNCT", "ADP", "DET", "CCONJ") or self.doc[right].is_space):
            right -= 1
        left = next((t.i + 1 for t in reversed(self.doc[left:tok.i]) if "\n" in t.text), left)
        return self.doc[left:right + 1]

    def attack_author(self, n: Token, ids: list[str]) -> bool:
        """« les frappes de l'armée X », « les attaques aériennes de la Russie »: the « de » of an attack noun naming
        armed forces, a government or a state is who attacks — unless a « par X » names the author."""
        if not ids or any(self.case_of(c) in self.lex.agent_preps for c in self.children_of(n)):
            return False
        def author(x):
            ent = self.ents.get(x)
            return ent is not None and (ent.sector in self.lex.author_sectors or (
                ent.type == "GPE" and (ent.kb_id or "").startswith("iso:")))
        return all(author(x) for x in ids)

    def names_people(self, tok: Token) -> bool:
        """A name, or a common noun of actors or persons — also when the tagger read it as an adjective (« soldats
        et rebelles »)."""
        lemma = _norm(tok.lemma_)
        return self.pos_at[tok.i] == "PROPN" or bool(self.entity_of(tok)) or (tok.pos_ in ("NOUN", "ADJ") and (
            lemma in self.lex.actor_nouns or lemma in self.lex.private_person_nouns or lemma in self.lex.titles))

    def other_referent(self, conj: Token) -> bool:
        """A conjunct inside a modifier of a description that names other actors (« forces de l'ordre et
        manifestants », « avions de combat et des forces spéciales »), not an adjective coordinated with the
        modifier (« forces armées et policières »)."""
        if conj.dep_ != "conj" or not self.names_people(conj):
            return False
        if self.pos_at[conj.i] != "ADJ":
            return True
        h = conj.head
        return not (h.dep_ == "amod" or (h.dep_ == "nmod" and not any(g.dep_ == "case" for g in self.children_of(h))))

    def cut_conjuncts(self, tok: Token) -> list[Token]:
        """The other actors coordinated inside the modifiers of tok (see other_referent)."""
        return [t for m in self.children_of(tok) if m.dep_ in ("nmod", "amod") and m.i > tok.i
                for t in self.children_of(m) if t.i - tok.i <= 8 and self.other_referent(t)]

    def _descriptive(self, span, typ: str, key: str, sector, self_actor: bool = False) -> str:
        ent = self.registry().descriptive_entity(span, typ)
        if ent.sector is None:
            ent.sector = sector
        self._actor_cache[key] = ent.id
        self.descriptive.add(ent.id)
        if self_actor:
            self.protesters.add(ent.id)
        self.ents[ent.id] = ent
        self.index_new_mentions()
        return ent.id
