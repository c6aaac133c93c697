"""Who a pronoun or an anaphoric noun stands for among the events' actors: relative pronouns, « il / elle /
ils », possessives, « le pays », « ces trois États », and « je / nous » in a quotation (its speaker).

Pronouns are read from the article's referent chains (veille_referents, shared with quotes): a pronoun the chains
resolved as a speaker is theirs; for the others, the chains' search under the last-subject policy
(`Referents.antecedent(prefer="subject")`: the nearest subject actor within three sentences, agreeing in gender
and number), with the hooks only events can answer — the actors they name by common nouns and the persons their
titles designate — and the phrase a relative or a dislocated pronoun takes up (`relative_head`,
`dislocated_phrase`).
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from veille.names import fold
from veille.nlp.events.document import read_once
from veille.nlp.events.lexicon import _norm
from veille.nlp.designations import designation_modifiers
from veille.nlp.mentions import mention_rows

# a mention's words: split at spaces and apostrophes (« l'armée »), not hyphens (« centre-gauche » is no « gauche »)
_WORD_BREAKS = re.compile(r"[\s'’]+")


def _folded_word(word: str) -> str:
    """A word as names are folded (`names.fold`), a compound's parts joined again by hyphens."""
    return fold(word).replace(" ", "-")


class PronounReader:
    """Mixin of `EventRun`: reads the article state of `EventDoc`; names phrases through `ActorResolver`."""

    def anaphoric(self, tok: Token) -> list[str]:
        """« l'institution », « l'organisation », « le pays » as subject: the last entity of that kind named."""
        types = self.lex.anaphoric_nouns.get(_norm(tok.lemma_))
        # the definite article may be contracted with the preposition (« reproche au pays », « à l'égard du
        # régime »: à + le, de + le), which the parse tags as the case marker, Definite=Def
        if not types or not any(c.dep_ in ("det", "case") and ("Def" in self.morph_of(c, "Definite") or "Dem" in
                                self.morph_of(c, "PronType") and c.dep_ == "det") for c in self.children_of(tok)) or any(
                c.dep_ == "nmod" for c in self.children_of(tok)):
            return []
        if any(c.dep_ == "amod" and c.i > tok.i for c in self.children_of(tok)):
            return []       # « la principale organisation patronale »: a new actor described, not one taken up
        e = self.last_named(tok, lambda x, ent: ent.type in types and x not in self.relays and x not in self.descriptive)
        return [e] if e else []

    def last_named(self, tok: Token, accept) -> str | None:
        """The entity named last before tok (within 150 tokens) that `accept(id, entity)` takes."""
        for j in range(tok.i - 1, max(-1, tok.i - 150), -1):
            e = self.midx.get(j)
            ent = self.ents.get(e) if e else None
            if ent is not None and accept(e, ent):
                return e
        return None

    def retold_person(self, tok: Token) -> str | None:
        """« un individu … L'homme de 31 ans a sorti un couteau »: a definite singular generic noun of a person takes
        up the person last named by one (within 150 tokens), of its gender — the events' side of the chains'
        definite descriptions (`described_person`), for people the article never names."""
        if _norm(tok.lemma_) not in self.lex.retold_person_nouns or "Plur" in self.morph_of(tok, "Number") or not any(
                c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") for c in self.children_of(tok)):
            return None
        self.read_retold_before(tok)
        g = self.chains._phrase_gender(tok)
        return self.last_named(tok, lambda x, ent: x in self.retold_persons and self.retold_persons[x] in (g, None))

    def described_person(self, tok: Token) -> list[str]:
        """« Paul Vernay a annoncé sa candidature. L'ancien banquier dénonce … »: a definite singular description by a
        role noun (no title, no actor noun, no kin: « le père de famille ») takes up the person its sentence or the
        one before names, their subject first — the referent chains' reading of a description (`described_person`),
        the quote stage's too; a person named, not another description (« selon le témoin, l'animateur … »), and
        never one named after it (an act needs its actor told first)."""
        lemma = _norm(tok.lemma_)
        if lemma in self.lex.titles or lemma in self.lex.relation_nouns or not self.chains.person_noun(lemma):
            return []
        eid = self.chains.described_person(tok, ahead=False, accept=lambda x: not self._description(x))
        return [eid] if self.ent_type(eid) == "PER" else []

    def read_retold_before(self, tok: Token):
        """Who is retold as whom is a fact of the text, not of which trigger was read first: the person nouns before
        tok are read as actors once, in text order, before it takes one of them up."""
        if self._retold_at is None:
            self._retold_at = self.where_words(lemma=lambda w: w in self.lex.retold_person_nouns, key="retold")
        self._retold_read.add(tok.i)
        for j in self._retold_at:
            if j >= tok.i:
                break
            if j > tok.i - 150 and j not in self._retold_read and self.pos_at[j] == "NOUN":
                self._retold_read.add(j)
                self.actor_entity(self.doc[j])

    def demonstrative_group(self, tok: Token) -> list[str]:
        """« ces trois États » → the last list of places named before."""
        if _norm(tok.lemma_) not in self.lex.demonstrative_groups:
            return []
        if not any(c.dep_ == "det" and "Dem" in self.morph_of(c, "PronType") for c in self.children_of(tok)):
            return []
        n = None
        for c in self.children_of(tok):
            if c.dep_ == "nummod" and c.like_num:
                try:
                    n = int(c.text)
                except ValueError:
                    n = self.lex.number_words.get(c.lower_)
        groups = self._lists_in(self.doc[max(0, tok.i - 120):tok.i])
        for g in reversed(groups):
            if (n is None and len(g) >= 2) or len(g) == n:
                return g
        return []

    def _lists_in(self, span: Span) -> list[list[str]]:
        """Runs of place entities joined by commas, « et », articles and « de » (« de la Bolivie, du
        Pérou et de l'Équateur »)."""
        out, run = [], []
        for t in span:
            e = self.entity_of(t)
            if e and (self.ents.get(e) is None or self.ents[e].type in ("GPE", "LOC")):
                if e not in run:
                    run.append(e)
            elif e or t.text in self.lex.list_joiners or t.pos_ in ("DET",) or _norm(t.text) in self.lex.de_forms:
                continue
            else:
                if len(run) >= 2:
                    out.append(run)
                run = []
        if len(run) >= 2:
            out.append(run)
        return out

    def resolve_pronoun(self, tok: Token) -> list[str]:
        """A pronoun the referent chains resolved (a speaker) is read from them; the others are searched here."""
        if self.entity_of(tok) and _norm(tok.text) not in self.lex.first_person:
            return [self.entity_of(tok)]
        return self._resolve_pronoun(tok)

    def _resolve_pronoun(self, tok: Token) -> list[str]:
        low = _norm(tok.text)
        if low in self.lex.first_person:
            return self.quote_speaker(tok)
        if low in self.lex.unresolved_relatives:
            return []
        if low in self.lex.relative_demonstratives | self.lex.plural_relative_demonstratives:
            # « Celui qui était président du parti X annonce … »: the demonstrative heading a relative is the person
            # the previous sentences are about (« ceux qui … »: anyone who did it), never its relative's complement;
            # read by word order, as the parse often hangs the pronoun elsewhere
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            heads = nxt is not None and _norm(nxt.text) in self.lex.relative_pronouns
            return self.antecedent_actors(tok.i) if heads and low in self.lex.relative_demonstratives else []
        if "Rel" in self.morph_of(tok, "PronType") or low in self.lex.relative_pronouns:
            if tok.i >= 2 and _norm(self.doc[tok.i - 2:tok.i].text) in self.lex.relative_pronominal_heads:
                # « Ce serait le même qui avait volé la voiture »: « le même » heads the relative as « celui » does
                return self.antecedent_actors(tok.i - 2)
            focus = self.cleft_focus(tok)
            if focus is not None:
                return self.phrase_entities(focus, 0, {tok.i})
            noun = self.chains.relative_head(tok)
            if noun is not None:
                ante = self._past_places(noun)
                ids = self.phrase_entities(ante, 0, {tok.i}) if ante is not None else []
                if not ids and _norm(noun.lemma_) in self.lex.document_nouns and (
                        author := self.chains.document_author(noun)) is not None:
                    return self.phrase_entities(author)     # « X publie un texte qui exige … »: X's demand
                if ids or self.doc[tok.i - 1].text != ",":
                    return ids
                # « le refus … du collectif pilotant le mouvement, qui réclamait … » hung on the sentence's head:
                # the nearest actor before the comma that agrees with the verb
                number = self.morph_of(tok.head, "Number")
                for j in range(tok.i - 2, max(self.sent(tok).start, tok.i - 10) - 1, -1):
                    t = self.doc[j]
                    if self.pos_at[t.i] in ("NOUN", "PROPN") and (not number or not self.morph_of(t, "Number")
                                                        or self.morph_of(t, "Number") == number):
                        if self._past_places(t) is not t:
                            continue    # a place where something is, not who does it
                        ids = self.phrase_entities(t, 0, {tok.i})
                        if ids:
                            return ids
            return []
        if low in self.lex.third_person or tok.lemma_ in self.lex.third_person_lemmas:
            plural = low in self.lex.plural_pronouns or "Plur" in self.morph_of(tok, "Number")
            dislocated = self.chains.dislocated_phrase(tok)
            if dislocated is not None:
                return self.phrase_entities(dislocated, 0, {tok.i})
            others: set = set()
            if tok.dep_ in ("obj", "iobj") and tok.i < tok.head.i and tok.head.pos_ in ("VERB", "AUX"):
                # « Pence, qui l'avait défendu »: a clitic object is never the verb's own subject (that is « se »)
                others = {x for c in self.children_of(tok.head) if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i
                          for x in self.phrase_entities(c)}
                if not others and tok.head.dep_ == "conj":
                    others = set(self.subject(tok.head)[0])     # « Il dresse … et l'accuse »: the shared subject
                near = None if plural else self._person_named_before_in_sentence(tok, others)
                if near is not None:
                    return [near]
            told = self.trigger_at.get(tok.head.i) if tok.dep_ == "nsubj:pass" else None
            if told is not None and told.mode in self.lex.offender_modes:
                others = self.harmed    # « X a été frappé par un homme. Il a été arrêté »: the offender, not X
            return self.antecedent_actors(tok.i, plural, others)
        return []

    def _person_named_before_in_sentence(self, tok: Token, others) -> str | None:
        """« Malgré sa rencontre avec le ministre lorcanien, X le critique »: a singular clitic object takes up the
        nearest person its own sentence named before it (by name, or by a title the article gave someone), of its
        gender — not the clause's subject, nor anyone named inside the subject's phrase (« des élus comme Y le
        soutiennent »), nor a plural noun. In a relative clause (« X, qui le reçoit ») the relative's antecedent
        comes first: the search there is the chains' one."""
        if tok.head.dep_ == "acl:relcl":
            return None
        g = self.morph_of(tok, "Gender")
        want = ("F" if g[0] == "Fem" else "M") if g else None
        start = self._sent_bounds[tok.i][0]
        subjects = [(c.left_edge.i, c.right_edge.i) for c in self.children_of(tok.head)
                    if c.dep_ in ("nsubj", "nsubj:pass")]
        for j in range(tok.i - 1, start - 1, -1):
            t = self.doc[j]
            if self.pos_at[t.i] not in ("PROPN", "NOUN") or any(a <= j <= b for a, b in subjects) or \
                    "Plur" in self.morph_of(t, "Number"):
                continue
            e = self.midx.get(j) or (self.designated(t) if t.pos_ == "NOUN" and _norm(t.lemma_) in self.lex.titles
                                     else None)
            if e and e not in others and self.ent_type(e) == "PER" and \
                    (not want or self.chains.gender.get(e, want) == want):
                return e
        return None

    def latter_actors(self, tok: Token) -> list[str]:
        """« ce dernier », « cette dernière » (the latter): the nearest noun phrase before it, of its gender, that
        names an actor — the referent chains' reading of « celui-ci » (`latter_phrase`), asked for actors."""
        g = self.morph_of(tok, "Gender") or [self.morph_of(c, "Gender")[0] for c in self.children_of(tok)
                                        if c.dep_ == "det" and self.morph_of(c, "Gender")]
        gender = ("F" if g[0] == "Fem" else "M") if g else None
        plural = _norm(tok.text) not in self.lex.latter_nouns     # « ces derniers », « ces dernières »
        if plural and gender == "M":
            gender = None       # (the masculine plural is French's mixed gender: any group)
        found: dict = {}

        def names(t: Token) -> bool:
            own = self.entity_of(t)     # the phrase itself, not its conjuncts (« Anne Lorcy et le préfet »)
            found[t.i] = [own] if own else self.phrase_entities(t, 0, {tok.i})
            return bool(found[t.i])
        noun = self.chains.latter_phrase(tok, gender=gender, names=names, states=True, plural=plural)
        return found.get(noun.i, []) if noun is not None else []

    def cleft_focus(self, pron: Token) -> Token | None:
        """« C'est la police de Vernay qui a mené l'arrestation », « c'est justement ce dernier qui forme … »: in a
        cleft sentence « qui » stands for the phrase between « c'est » and itself, whatever the parse hung the
        relative on (it hangs that phrase on « être »). Read from word order; None when the relative is no cleft's
        (a finite verb or another relative between, a phrase opening on a preposition: « c'est dans ce but que »)."""
        if _norm(pron.text) != "qui":
            return None
        doc, lo = self.doc, self.line_start(pron)
        for j in range(pron.i - 1, max(lo, pron.i - 25) - 1, -1):
            t = doc[j]
            if t.lemma_ == "être" and j > lo and _norm(doc[j - 1].text) in self.lex.cleft_pronouns:
                break
            if (t.pos_ in ("VERB", "AUX") and "Fin" in self.morph_of(t, "VerbForm")) or t.text in (".", ";", ":", "«", "»") \
                    or _norm(t.text) in self.lex.relative_pronouns:
                return None
        else:
            return None
        first = next((t for t in doc[j + 1:pron.i] if self.pos_at[t.i] in ("NOUN", "PROPN", "PRON", "ADP")), None)
        if first is None or self.pos_at[first.i] == "ADP":
            return None
        h = first
        while j < h.head.i < pron.i and self.pos_at[self.head_column[h.i]] in ("NOUN", "PROPN") and h.dep_ in (
                "amod", "nmod", "flat:name", "flat", "appos", "conj"):
            h = h.head
        return h

    def _past_places(self, noun: Token) -> Token | None:
        """« des groupes basés en Russie et en Sicile, qui … »: a relative clause the parse hangs on a place named
        in a locative complement stands for the noun that complement describes (None when there is none)."""
        h, hops = noun, 0
        while hops < 4:
            # « en Sicile », « dans le Nord de l'Italie et en Sicile »: climb out of the place phrase
            if not (self.case_of(h) in self.lex.locative_preps or h.dep_ in ("conj", "nmod")) or \
                    not self._places_only(h):
                return h
            if h.head.i == h.i:
                return None
            h, hops = h.head, hops + 1
            while self.pos_at[h.i] == "VERB" and h.dep_ in ("acl", "acl:relcl") and h.head.i != h.i:
                h = h.head      # « basés en … »: the participle describes the noun before it
        return h

    def _places_only(self, tok: Token) -> bool:
        ids = self.phrase_entities(tok, 0, set())
        return bool(ids) and all(self.ent_type(x) in ("GPE", "LOC") for x in ids)

    def antecedent_actors(self, i: int, plural: bool = False, others=frozenset()) -> list[str]:
        """The chains' last-subject search for the pronoun at token i, never one of `others` (the co-arguments it
        cannot be). Inside a direct quote, « il » is not the speaker (who says « je »)."""
        qid = self.quote_of(self.doc[i])
        q = self.quotes.get(qid) if qid else None
        excluded = set(others) | ({q.speaker} if q is not None and q.speaker and q.kind == "direct" else set())
        return self.chains.antecedent(i, plural, excluded, prefer="subject", entity_at=self._named_or_designated,
                                      named_actor=self._subject_actor)

    def _named_or_designated(self, tok: Token) -> str | None:
        """The entity a token names, the person a title designates (« … avec le président russe. Il m'a
        soutenu »), or the actor a common noun names."""
        e = self.midx.get(tok.i)
        if not e and self.pos_at[tok.i] == "NOUN" and _norm(tok.lemma_) in self.lex.titles:
            e = self.designated(tok)
        elif not e and self.pos_at[tok.i] == "NOUN":
            # « un adolescent a été arrêté … Son interpellation »: an actor a common noun names is one whether or not
            # a reader already asked for it, so the answer does not depend on which reader asks first
            e = self.actor_entity(tok)
        return e

    def _subject_actor(self, tok: Token, eid: str | None) -> list[str]:
        """« Le gouvernement pakistanais estime … Il réclame »: an actor named by a common noun, as subject, and
        the states its adjectives name — unless the token already names an entity of its own."""
        if (eid and eid not in self.descriptive and self.ent_type(eid) != "ORG") or self.quote_of(tok) is not None \
                or _norm(tok.lemma_) not in self.lex.actor_nouns:
            return []
        ids = self.phrase_entities(tok) + [x for c in self.children_of(tok) if c.dep_ == "amod"
                                           for x in self.demonym_entities(c)]
        return list(dict.fromkeys(ids))

    def possessor(self, noun: Token, patient: bool = False) -> list[str]:
        """Whom « son », « leur », « notre » stand for: the clause subject (« X a annoncé son retrait »), else the
        last subject before. The one who undergoes an act (`patient`: « la police a procédé à son arrestation »)
        is never the subject doing it."""
        for c in self.children_of(noun):
            if c.dep_ == "det" and (_norm(c.text) in self.lex.possessives or "Yes" in self.morph_of(c, "Poss")):
                if _norm(c.text) in self.lex.first_person_possessives:
                    return self.quote_speaker(c)
                subj = self.subject_of_nominal(noun, 1)
                if subj and (not patient or self._undergone_in_frame(noun, subj)):
                    return subj
                plural = _norm(c.text) in self.lex.plural_possessives
                return self.antecedent_actors(noun.i, plural, others=set(subj))
        return []

    def _undergone_in_frame(self, noun: Token, subject: list[str]) -> bool:
        """« Paul Vernay a répété ses menaces lors de son arrestation », « il a été libéré après son enlèvement »: an
        act undergone told as the time of the clause (`time_frame_preps`) happened to the clause's subject, a
        person, whom the possessive takes up — not to someone else, as when the act noun is the clause's object
        (« la police a procédé à son arrestation »)."""
        frames = self.lex.time_frame_preps
        framed = noun.dep_ in ("obl", "obl:mod", "nmod") and self.case_of(noun) in frames or (
            noun.head.pos_ == "ADV" and _norm(noun.head.text) in frames)    # « lors de » read as an adverb
        return framed and all(self.ent_type(x) == "PER" for x in subject)

    def quote_speaker(self, tok: Token) -> list[str]:
        """« je », « nous », « notre » in a quote: its speaker."""
        qid = self.quote_of(tok)
        q = self.quotes.get(qid) if qid else None
        return [q.speaker] if q is not None and q.speaker else []

    def known_actor(self, tok: Token) -> str | None:
        """« l'armée » after « l'armée turque »: a bare definite noun names the actor already named with it."""
        if not any(c.dep_ == "det" and ("Def" in self.morph_of(c, "Definite") or "Dem" in self.morph_of(c, "PronType"))
                   for c in self.children_of(tok)):
            return None
        if any(c.dep_ == "nmod" and (self.pos_at[c.i] == "PROPN" or self.entity_of(c)) for c in self.children_of(tok)):
            return None     # « les forces du régime X » are not bare: not « les Forces Y » named before
        fighting = self._fighting_group(tok)
        if fighting:
            return fighting
        word = _folded_word(tok.text)
        best = None
        for start, end, eid, _ in mention_rows(self.doc):
            if start < tok.i and end - start > 1 and word in self._mention_words(start, end):
                best = eid
        return best

    @read_once(lambda start, end: (start, end))
    def _mention_words(self, start: int, end: int) -> set[str]:
        """The folded words of a mention's text (read once per mention: each bare noun asks them of all)."""
        return {_folded_word(w) for w in _WORD_BREAKS.split(self.doc[start:end].text)} - {""}

    def _fighting_group(self, tok: Token) -> str | None:
        """« Les Forces de Lorcy ont lancé une offensive … les combattants ont pris la ville »: a bare plural fighter
        noun (`bare_fighter_sectors`: nothing says whose — no complement, adjective, count or relative) doing an act
        of war takes up the armed side of a sector it may name that did the last act of war told in its paragraph
        or the one before — never the one the act is done to."""
        sectors = self.lex.bare_fighter_sectors.get(_norm(tok.lemma_))
        if sectors is None or "Plur" not in self.morph_of(tok, "Number") or tok.dep_ != "nsubj":
            return None
        # the act its verb tells, or the one that verb leads to (« ont réussi à reprendre », « avancent et prennent »)
        acts = [self.trigger_at.get(v.i) for v in [tok.head, *(c for c in self.children_of(tok.head) if c.dep_ in (
            "xcomp", "conj"))]]
        if not any(t is not None and (t.type == "ASSAULT" or t.type == "COERCE" and (
                t.mode or "") in self.lex.war_coerce_modes) for t in acts):
            return None
        if any(c.dep_ in ("amod", "nmod", "nummod", "acl", "acl:relcl", "appos", "flat", "flat:name")
               for c in self.children_of(tok)):
            return None
        line = self.line_start(tok)
        j = line - 1
        while j > 0 and (self.doc[j].is_space or "\n" in self.doc[j].text):
            j -= 1
        earliest = self.line_start(self.doc[j]) if j > 0 else 0
        told = {self.midx.get(t.i) for t in tok.head.subtree if not tok.left_edge.i <= t.i <= tok.right_edge.i}
        # the last act of war an armed side of that sector did (« grâce aux frappes américaines, les combattants … »:
        # a state's help is no side the fighters can be)
        sides = next((armed for i, _typ, src in reversed(self.operations) if earliest <= i < tok.i for armed in [[
            x for x in src if self.armed(x) and x not in told and (not sectors or self.ents[x].sector in sectors)
            and not self._one_attacker(x, tok.i)]] if armed), [])
        if sectors and sides:
            # « X a attaqué l'État Y. Les djihadistes … »: a side of that sector fought there may be the one meant
            named = {self.midx.get(j) for j in range(earliest, tok.i)}
            if any(x in self.harmed and x not in sides and self.ents[x].sector in sectors for x in named if x):
                return None
        return sides[0] if len(sides) == 1 else None

    def _one_attacker(self, eid: str, before: int) -> bool:
        """« Un tireur a tué trois personnes. Les rebelles … »: a plural noun does not take up one person — an actor
        named so far only by singular nouns of an attacker (`attacker_nouns`)."""
        nouns = [t for t in self.doc[:before] if self.midx.get(t.i) == eid and self.pos_at[t.i] == "NOUN"]
        return bool(nouns) and all("Sing" in self.morph_of(t, "Number") and _norm(t.lemma_) in self.lex.attacker_nouns
                                   for t in nouns)

    # ---- designations: whom a title or a role noun stands for ----------------------------------------------
    def _designation_key(self, noun: Token) -> str:
        mods = sorted(_norm(c.lemma_) for c in designation_modifiers(noun))
        return " ".join([_norm(noun.lemma_)] + mods)

    @functools.cached_property
    def designations(self) -> list[tuple[int, str, str, str]]:
        """« la présidente moldave, Maia Sandu »: (token index, designation key, the chains' key with the title's
        complement, the person's entity id) in reading order, as the article's shared referents (veille_referents)
        learnt them: one learning of designations for quotes and events."""
        out = []
        for tok_i, full_key, _lemma, eid in self.chains.designations:
            ent = self.ents.get(eid)
            if ent is not None and ent.type == "PER" and tok_i not in self.midx:
                out.append((tok_i, self._designation_key(self.doc[tok_i]), full_key, eid))
        return out

    def designated(self, noun: Token) -> str | None:
        """The person a title designates in this article (« la présidente moldave », « la cheffe d'État
        moldave » when the only Moldovan designated so far is the president): the latest designation learnt before
        it, as the chains read one, else the first learnt after it for that title, unless the title's own complement
        says another office (« l'ancien ministre de l'Économie » is not « l'ancienne ministre des Sports » named
        further on)."""
        lemma = _norm(noun.lemma_)
        if self.pos_at[noun.i] == "NOUN" and lemma not in self.lex.titles:
            return self.introduced_as(noun, lemma)
        key = self._designation_key(noun)
        # one person per designation, the latest learnt up to the noun (its own: « le président X »), the first
        # learnt where one title was read for two names
        latest: dict[str, str] = {}
        for d in sorted((d for d in self.designations if d[0] <= noun.i), key=lambda d: -d[0]):
            latest.setdefault(d[1], d[3])
        same = latest.get(key)
        if same is None:
            # (« le maire de Lorcy … X, maire de cette commune »: a headline names the title before the person)
            complement = set(self.chains._designation_key(noun).split()) - set(key.split())
            same = next((d[3] for d in self.designations if d[0] > noun.i and d[1] == key
                         and complement <= set(d[2].split())), None)
        if same is not None and not self._other_office(noun, same):
            return same
        adjs = {_norm(c.lemma_) for c in self.children_of(noun) if c.dep_ == "amod"}
        if self.pos_at[noun.i] == "PROPN":
            adjs = {lemma}
        if not adjs:
            return self._chains_designated(noun)
        heads = {lemma} | (self.lex.head_of_state if lemma in self.lex.head_of_state else set())
        hits = {eid for k, eid in latest.items() if adjs & set(k.split()[1:]) and k.split()[0] in heads}
        if len(hits) == 1:
            return hits.pop()
        return self._chains_designated(noun)

    def _other_office(self, noun: Token, eid: str) -> bool:
        """« le président de la République » and « X, président de la commission »: one title, but a complement
        naming another body in both is another office, someone else."""
        def body(t: Token) -> str | None:
            return next((_norm(c.lemma_) for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > t.i),
                        None)
        own = body(noun)
        held = [body(self.doc[d[0]]) for d in self.chains.designations if d[3] == eid]
        return own is not None and bool(held) and all(b is not None and b != own for b in held)

    def introduced_as(self, noun: Token, lemma: str) -> str | None:
        """« L'animatrice Marie Dutilleul … demande à l'animatrice », « l'entreprise Lorcatel … l'entreprise »: a
        definite singular noun that is no title takes up the person or body the article introduced with it last
        (the chains' designations; a body only while no other was named since); « l'entreprise de X » names
        its own."""
        if "Plur" in self.morph_of(noun, "Number") or not any(
                c.dep_ == "det" and "Def" in self.morph_of(c, "Definite") for c in self.children_of(noun)) or any(
                c.dep_ == "nmod" and c.i > noun.i and self.pos_at[c.i] in ("NOUN", "PROPN")
                and self.case_of(c) in self.lex.de_forms for c in self.children_of(noun)):
            return None
        eid = next((d[3] for d in reversed(self.chains.designations) if d[2] == lemma and d[0] < noun.i
                    and d[0] not in self.midx), None)
        if eid is None or self.ent_type(eid) == "PER":
            return eid
        # an article names several groups: « le groupe » is the one it introduced so only if no other was named since
        bodies = [e.id for e in self.chains._entities_before(noun.i) if e.type in ("ORG", "MISC")]
        return eid if bodies and bodies[-1] == eid else None

    def _chains_designated(self, noun: Token) -> str | None:
        """The referent chains' reading of a title (quotes use it too): one office named two ways (« la chef de
        l'État » after « la présidente X »), the latest holder of a designation, the holder of the office on the
        article's date as the KB records it (« le président russe »)."""
        if self.pos_at[noun.i] != "NOUN" or "Plur" in self.morph_of(noun, "Number"):
            return None
        eid = self.chains._designated(noun, self.doc[noun.i:noun.i + 1])
        if eid is not None and eid not in self.ents and self.registry().get(eid) is not None:
            self.ents[eid] = self.registry().get(eid)     # a holder the chains added from the KB
        return eid if self.ent_type(eid) == "PER" else None
