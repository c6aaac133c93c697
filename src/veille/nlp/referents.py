"""Who a mention stands for in one article: the referent reasoning quotations and events share.

- the subject of a verb, read from word order and the parse (`verb_subject`, in subjects.py, a mixin of Referents);
- the entity a subject phrase designates (`Referents.resolve_mention`): a name, a pronoun (the discourse focus or
  the last compatible person), a nominal designation learnt from an apposition (« la maire de Vernay, Odile
  Carrec » → « la maire » is Odile Carrec), an organisation, or a description kept as is;
- the discourse focus: the last speaker and where their words ended (`note_speaker`);
- whom a pronoun stands for (`antecedent`, in focus.py, a mixin of Referents): the discourse focus for quotes, the
  last subject for events — one search over the chains, the policy a parameter — and the phrase a relative
  pronoun or a left dislocation takes up (`relative_head`, `dislocated_phrase`);
- the gender and number of people and described groups (in genders.py, a mixin of Referents);
- the designations learnt from appositions and titles (in designations.py, a mixin of Referents);
- outlets and the relays words came through (`is_outlet`, `relays`), which pronouns do not stand for.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from veille.names import fold
from veille.nlp.clusters import bare_name, similar_names
from veille.nlp.designations import Designations
from veille.nlp.entities import emblem_group
from veille.nlp.extensions import morph_values
from veille.nlp.focus import PronounFocus
from veille.nlp.genders import Genders
from veille.nlp.mentions import mention_index
from veille.nlp.offices import office_entity
from veille.nlp.quote_context import QuoteContext
from veille.nlp.quote_lexicon import (COORDINATORS, DE, DEFINITE_ARTICLES, DEFINITE_DETERMINERS, PLURAL_PRONOUNS,
                                      SUBJECT_PRONOUNS)
from veille.nlp.subjects import SubjectFinder, np_tokens, subject_of  # noqa: F401 (re-exported)
from veille.nlp.taken_up import TakenUpPhrases


class Referents(SubjectFinder, PronounFocus, TakenUpPhrases, Genders, Designations):
    """The article's referents, built once per Doc: designations and genders learnt from appositions and titles,
    and the discourse focus pronouns fall back on."""

    def __init__(self, ctx: QuoteContext):
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex
        # (token index, designation key « ministre suédois », title lemma, entity id), in reading order
        self.designations: list[tuple[int, str, str, str]] = []
        self._keys: dict[int, str] = {}    # token index -> designation key
        self.gender: dict[str, str] = {}   # entity id -> "M" | "F", from titles and honorifics in the article
        self.number: dict[str, str] = {}   # entity id -> "P" for groups described in the plural (« les grévistes »)
        # the discourse focus: the last speaker and the end of their words
        self.last_speaker: Optional[str] = None
        self.last_speaker_end: Optional[int] = None
        self._learn_designations()

    def note_speaker(self, eid: str, end_char: int) -> None:
        """Words up to end_char were `eid`'s: they become the discourse focus."""
        self.last_speaker = eid
        self.last_speaker_end = end_char

    def _coordinated_people(self, tok: Token) -> Optional[Span]:
        """« Marc et Odile Carrec », « Paul Marin, Anne Sorel et Luc Morel »: people named together as one subject
        are one group speaker (its name holds each of theirs)."""
        doc, idx = self.doc, mention_index(self.doc)
        if tok.i not in idx or self.ctx.ent_type(idx[tok.i]) != "PER":
            return None
        mentions = {sp.start: sp for sp in doc.spans.get("veille_mentions", [])}
        spans = sorted(doc.spans.get("veille_mentions", []), key=lambda sp: sp.start)
        here = next((sp for sp in spans if sp.start <= tok.i < sp.end), None)
        if here is None:
            return None
        first = last = here
        # members before: « X et » / « X, » right before the mention
        while first.start >= 2 and doc[first.start - 1].lower_ in COORDINATORS:
            prev = next((sp for sp in spans if sp.end == first.start - 1), None)
            if prev is None or self.ctx.ent_type(prev.label_) != "PER":
                break
            first = prev
        # members after: « et Y » right after the mention
        while last.end + 1 < len(doc) and doc[last.end].lower_ in COORDINATORS and last.end + 1 in mentions:
            nxt = mentions[last.end + 1]
            if self.ctx.ent_type(nxt.label_) != "PER":
                break
            last = nxt
        if first is last or not any(doc[k].lower_ == "et" for k in range(first.end, last.start)):
            return None
        return doc[first.start:last.end]

    def people_group(self, tok: Token) -> Optional[tuple[str, Span]]:
        """The group speaker of people named together (« Paul Marin et Luc Morel ont déclaré », « selon Paul Marin
        et Luc Morel »): its entity id and span."""
        group = self._coordinated_people(tok)
        if group is None:
            return None
        ent = self.ctx.registry.descriptive_entity(group, "PER")
        self.number[ent.id] = "P"
        return ent.id, group

    # -- the entity a subject phrase stands for
    def resolve_mention(self, tok: Token, speaks: bool = False) -> tuple[Optional[str], Optional[Span], float]:
        """Entity id, mention span and confidence for a subject token; `speaks` when it is a verb of saying's
        subject (an agent noun then names someone: « l'attaquant a déclaré »)."""
        doc = self.doc
        idx = mention_index(doc)
        low = tok.lower_.lstrip("-")
        if tok.lemma_.lower() in self.lex.speakers["quantity_nouns"]:
            # « une cinquantaine de grévistes », « un groupe de riverains »: the people counted speak
            counted = next((c for c in tok.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                            and any(k.lower_ in DE for k in c.children)), None)
            if counted is not None:
                eid, _, conf = self.resolve_mention(counted, speaks)
                if eid is not None:
                    return eid, self.doc[np_tokens(tok)[0].i:np_tokens(counted)[-1].i + 1], conf
        if low in self.lex.speakers.get("last_named_anaphors", ()) and any(
                c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette") for c in tok.children):
            # « cette dernière a affirmé »: the person of that gender named last
            want = "F" if any(c.lower_ == "cette" for c in tok.children) else "M"
            span = doc[min(c.i for c in tok.children if c.dep_ == "det"):tok.i + 1]
            for e in reversed(self._entities_before(tok.i)):
                if e.type == "PER" and self.gender.get(e.id, want) == want and self.number.get(e.id) != "P":
                    return e.id, span, 0.7
            return None, span, 0.0
        if low in self.lex.speakers["latter_pronouns"]:
            # « l'instruction du Saint-Office dans laquelle celui-ci explique »: the nearest phrase of its gender
            noun = self.latter_phrase(tok)
            eid, _, conf = self.resolve_mention(noun, speaks) if noun is not None else (None, None, 0.0)
            return eid, doc[tok.i:tok.i + 1], min(conf, 0.7)
        if tok.pos_ == "PRON" or low in SUBJECT_PRONOUNS:
            noun = self.relative_head(tok) if low == "qui" else None
            if noun is not None:
                # « X, qui déclare … »: the relative pronoun stands for the noun the clause hangs on
                return self.resolve_mention(self._relative_antecedent(noun), speaks)
            if low in self.lex.speakers["pronouns"]:  # il, elle, celui-ci, qui …
                ids = self.antecedent(tok.i, plural=low in PLURAL_PRONOUNS, prefer="focus")
                eid = ids[0] if ids else None
                span = doc[tok.i:tok.i + 1]
                return eid, span, 0.7 if eid else 0.0
            return None, None, 0.0
        group = self.people_group(tok)
        if group is not None:
            return group[0], group[1], 0.8
        toks = np_tokens(tok)
        end = toks[-1].i + 1
        for sp in doc.spans["veille_mentions"]:
            if toks[0].i <= sp.start < end < sp.end:
                end = sp.end  # never cut a name in two (« la direction de Radio Vernay »)
        span = doc[toks[0].i:end]
        head_lemma = tok.lemma_.lower()
        org_head = tok.pos_ == "NOUN" and head_lemma in self.ctx.org_nouns
        # names inside the subject phrase: a person first (« le porte-parole de la préfecture Marc Tellier »),
        # unless the phrase is an organisation named after one (« le gouvernement Berglund »)
        ids = []
        for t in toks:
            if t.i in idx and idx[t.i] not in ids:
                ids.append(idx[t.i])
        per = sorted((i for i in ids if self.ctx.ent_type(i) == "PER"), key=lambda i: self._complement_rank(i, toks))
        appos = self._apposed_person(toks[-1])
        if appos is not None and tok.pos_ == "NOUN" and self.person_noun(head_lemma, speaks):
            # « le ministre de la Mer, Nils Berglund, »: the name in apposition is who the title designates
            return appos, span, 0.9
        if per and not org_head:
            return per[0], span, 0.9
        named = next((t for t in span if t.i > tok.i and t.i in idx and t.pos_ == "PROPN" and doc[t.i - 1].pos_ == "NOUN"
                      and self.ctx.ent_type(idx[t.i]) in ("ORG", "MISC", "LOC")), None) if org_head else None
        if named is not None and tok.i not in idx:
            return idx[named.i], span, 0.85     # « la société d'autoroute Vialis »: the organisation by its name
        if org_head and tok.i not in idx and any(
                t.i in idx and self.ctx.ent_type(idx[t.i]) in ("ORG", "MISC", "GPE")
                and any(c.dep_ == "case" and c.lower_ in DE for c in t.children)
                for t in toks):
            # « la direction de Radio Vernay », « le ministère suédois de la Mer »: a part of an organisation
            ent = self.ctx.registry.descriptive_entity(span, "ORG")
            return ent.id, span, 0.7
        if appos is not None and tok.pos_ == "NOUN" and not org_head:
            # « a affirmé la procureure de Vernay, Anne Sorel »
            return appos, span, 0.9
        is_demonym = self.ctx.kb.demonym_country(tok.text) is not None and self.ctx.kb.place_country(tok.text) is None
        if tok.i in idx and not is_demonym:
            return idx[tok.i], span, 0.9
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and self.ctx.kb.demonym_country(tok.text)):
            eid = self._designated(tok, span, speaks)
            if eid is not None:
                self.ctx.registry.add_mention(self.ctx.registry.get(eid), span)
                return eid, span, 0.75
        if (tok.pos_ == "NOUN" and self.person_noun(head_lemma, speaks) or is_demonym) and \
                (eid := self.described_person(tok)) is not None:
            # « l'attaquant », « le Jamaïcain »: the person named just before (or just after) in that role
            self.ctx.registry.add_mention(self.ctx.registry.get(eid), span)
            return eid, span, 0.7
        if tok.pos_ == "NOUN" and (self.person_noun(head_lemma, speaks) or emblem_group(tok) is not None):
            # a title with no one it designates in this article: keep the description as the speaker
            ent = self.ctx.registry.descriptive_entity(span, "PER")
            self._note_description(ent.id, tok)
            return ent.id, span, 0.6
        orgs = [i for i in ids if self.ctx.ent_type(i) in ("ORG", "MISC")]
        if orgs and not (org_head and tok.i not in idx and any(t.dep_ in ("flat:name", "appos", "nmod") and
                                                               t.i in idx and self.ctx.ent_type(idx[t.i]) == "PER"
                                                               for t in toks)):
            return orgs[0], span, 0.85
        if ids and tok.pos_ == "PROPN":
            return ids[0], span, 0.8
        if tok.pos_ == "PROPN":
            name_toks = [t for t in toks if t.pos_ == "PROPN" or t.dep_ == "flat:name"]
            end = name_toks[-1].i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in idx:
                end += 1    # a broken parse leaves the rest of the name out of the phrase
            name = doc[name_toks[0].i:end]
            return self._entity_for_name(name), doc[span.start:max(span.end, end)], 0.8
        if ids and head_lemma in self.lex.cues["document_nouns"]:
            return ids[0], span, 0.8
        if head_lemma in self.lex.cues["document_nouns"] and (author := self.document_author(tok)) is not None:
            eid, _, conf = self.resolve_mention(author, speaks)
            if eid is not None:
                return eid, span, min(conf, 0.75)
        if head_lemma in self.lex.cues["document_nouns"] and self.last_speaker and any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
            # « X a confirmé … La déclaration explique : « … » »: the statement just told of is its author's
            return self.last_speaker, span, 0.6
        if head_lemma in set(self.lex.cues["vague_sources"]):
            return None, span, 0.0
        # an unnamed speaker keeps its description, when its head can speak (a person, a group, an organisation)
        if tok.pos_ == "NOUN" and (head_lemma in self.ctx.org_nouns or self.person_noun(head_lemma, speaks)):
            typ = "ORG" if head_lemma in self.ctx.org_nouns else "PER"
            desc = doc[toks[0].i:toks[-1].i + 1]
            ent = self.ctx.registry.descriptive_entity(desc, typ)
            self._note_description(ent.id, tok)
            return ent.id, span, 0.6
        return None, span, 0.0

    resolve_speaker = resolve_mention  # the name quotation code knew it by

    @staticmethod
    def document_author(noun: Token) -> Optional[Token]:
        """Who issued a statement that names no author in its phrase: the subject of the verb it is the object of
        (« le parti publie un texte qui exige … »), or the agent of the participle describing it (« un rapport
        rédigé par l'ONG dénonce … »)."""
        if noun.dep_ == "obj" and noun.head.pos_ == "VERB":
            return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.pos_ == "VERB":
                return next((c for c in acl.children if c.dep_ == "obl:agent"), None)
        return None

    def _relative_antecedent(self, noun: Token) -> Token:
        """« le chef de mission de MSF pour la Syrie qui considère », « Président du Tchad et de l'Union africaine,
        qui a rappelé »: the parse hangs a relative clause on the last complement of a noun phrase; one whose verb
        speaks is said by the title (or organisation) heading the phrase, not by a place or thing in its
        complement. A person in the complement stays the antecedent."""
        idx = mention_index(self.doc)
        t = noun
        for _ in range(4):
            if t.i in idx and self.ctx.ent_type(idx[t.i]) == "PER":
                return noun
            complement = any(c.dep_ == "case" and c.pos_ == "ADP" for c in t.children)
            if not (complement and t.dep_ in ("nmod", "conj") and t.head.pos_ in ("NOUN", "PROPN")
                    and t.head.i < t.i):
                return noun
            t = t.head
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and (lemma in self.lex.titles or lemma in self.ctx.org_nouns):
                return t
        return noun

    def _entity_for_name(self, name: Span) -> Optional[str]:
        """A capitalised name the NER missed: merge with a known entity of the same name or surname, else new."""
        text = name.text
        for e in self.ctx.registry.entities:
            names = [e.name] + e.aliases
            if any(bare_name(n) == bare_name(text) for n in names) or (
                    e.type == "PER" and any(similar_names(text.split()[-1], n.split()[-1]) for n in names if n)):
                self.ctx.registry.add_mention(e, name)
                return e.id
        typ = "PER" if len(name) >= 2 else "ORG"
        actor = self.ctx.kb.match(text)
        ent = self.ctx.registry.new_entity(text, getattr(actor, "type", None) or typ)
        if actor is not None:
            ent.kb_id, ent.country, ent.sector = actor.kb_id, actor.country, actor.sector
        self._note_first_name(ent)
        self.ctx.registry.add_mention(ent, name)
        return ent.id

    def _office(self, key: str) -> Optional[str]:
        """The office a designation key names (« chef gouvernement », « ministre premier suédois » → one office)."""
        # a nationality does not change the office (« ministre premier suédois »); any other word does
        # (« président assemblée » is not « président »)
        core = " ".join(w for w in key.split() if self.ctx.kb.demonym_country(w) is None)
        for names in self.lex.speakers["title_equivalents"]:
            if core in names:
                return names[0]
        return None

    def _designated(self, noun: Token, span: Span, speaks: bool = False) -> Optional[str]:
        """The person or organisation a nominal designation stands for in this article."""
        lemma = noun.lemma_.lower()
        key = self._designation_key(noun)
        if lemma in self.ctx.outlet_nouns and not any(t.i in mention_index(self.doc) for t in span) and any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            # « le journal », « l'hebdomadaire » with no name of their own: the outlet named last
            outlet = self._last_outlet_before(noun.i)
            if outlet is not None:
                return outlet
        if lemma in self.ctx.org_nouns and "Plur" in morph_values(noun, "Number"):
            return None     # « les différents groupes », « les syndicats »: several bodies, not the one named before
        if lemma in self.lex.speakers.get("counterpart_nouns", ()):
            counterpart = self._counterpart(noun)
            if counterpart is not None:
                return counterpart
        # the latest holder named before (or, failing that, anywhere) of this designation, then of this title
        office, lemma_office = self._office(key), self._office(lemma)
        nationality = {self.ctx.kb.demonym_country(w) for w in key.split()} - {None}
        # the same office of another country is someone else (« le président russe », « le président biélorusse »)
        foreign = lambda d: bool(nationality - {self.ctx.kb.demonym_country(w) for w in d[1].split()})
        # « le Premier ministre » is a title of its own: not the « ministre de la Défense » named before
        own = any(c.dep_ == "amod" and f"{c.lemma_.lower()} {lemma}" in self.lex.titles for c in noun.children)
        for wanted, pos in ((key, 1),) + (() if own else ((lemma, 2),)):
            # a title names its office whatever its adjectives (« l'ancien souverain » after « le roi X »)
            same = (lambda d: d[1] == key or (office is not None and self._office(d[1]) == office and not foreign(d))) \
                if pos == 1 else (lambda d: (d[2] == lemma or lemma_office is not None and self._office(d[2]) ==
                                             lemma_office) and not foreign(d))
            before = [d[3] for d in self.designations if same(d) and d[0] < noun.i]
            anywhere = [d[3] for d in self.designations if same(d)]
            if before:
                return before[-1]
            if anywhere and pos == 1:
                return anywhere[0]
        country = self.ctx.kb.demonym_country(noun.text)
        if country is None:
            for c in noun.children:
                if c.dep_ == "amod":
                    country = self.ctx.kb.demonym_country(c.text) or country
        wants_person = self.person_noun(lemma, speaks) or country is not None and noun.pos_ == "PROPN"
        wants_org = lemma in self.ctx.org_nouns
        if wants_person:
            if noun.pos_ == "NOUN" and "Plur" not in morph_values(noun, "Number"):
                # « le président russe »: the one in that office on the article's date, as the KB records it
                holder = office_entity(self.ctx, noun, self.lex.speakers["title_equivalents"])
                if holder is not None:
                    return holder
            if country is not None:
                for e in reversed(self._entities_before(noun.i)):
                    if e.type == "PER" and e.country == country:
                        return e.id
            described = country is not None and speaks and noun.pos_ == "NOUN" and "Plur" not in \
                morph_values(noun, "Number") and any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES
                                                 for c in noun.children)
            if self.ctx.kb.demonym_country(noun.text) is not None or noun.pos_ == "PROPN" or described:
                # « poursuit le Suédois », « l'universitaire belge considère »: the person speaking goes on (not
                # « une source française »: an indefinite phrase says nothing of who is meant), or, after words of no
                # person, the last person introduced by a title; never one known to be of another country
                person = lambda eid: eid is not None and self.ctx.ent_type(eid) == "PER"
                last = self.last_speaker if person(self.last_speaker) or not described else next(
                    (d[3] for d in reversed(self.designations) if d[0] < noun.i and person(d[3])), None)
                if person(last) and (not described or self.ctx.registry.get(last).country in (None, country)):
                    return last
            return None
        if wants_org:
            if any(c.dep_ == "nmod" and c.i > noun.i and any(k.lower_ in DE for k in c.children)
                   for c in noun.children):
                return None     # « la direction du groupe X »: its own complement says whose, no anaphor
            before = list(reversed(self._entities_before(noun.i)))
            for e in before:
                if e.type in ("ORG",) and any(lemma in fold(a) for a in [e.name] + e.aliases):
                    return e.id
            if lemma in self.ctx.generic_org_nouns and noun.i > 0 and any(
                    c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
                # « l'institution », « la mutuelle »: the organisation last named
                return next((e.id for e in before if e.type == "ORG"), None)
        return None

    def _counterpart(self, noun: Token) -> Optional[str]:
        """« le président mexicain a dénoncé la décision de son homologue »: a counterpart noun (`counterpart_nouns`)
        with a possessive and no name of its own is the one person the article designates by the same office as its
        possessor, the subject of its clause, in another country (or in the country its adjective names)."""
        if "Plur" in morph_values(noun, "Number") or noun.dep_.startswith("nsubj") or not any(
                c.dep_ == "det" and "Yes" in morph_values(c, "Poss") for c in noun.children) or any(
                c.dep_ in ("appos", "flat:name", "nmod") and c.pos_ == "PROPN" for c in noun.children):
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = subject_of(verb) or self.left_subject(verb)
        owner = self.resolve_mention(subj)[0] if subj is not None and subj.i != noun.i else None
        if owner is None:
            return None
        demonym = self.ctx.kb.demonym_country

        def country(eid: str, key: str) -> Optional[str]:
            ent = self.ctx.registry.get(eid)
            return (ent.country if ent is not None else None) or next(
                (c for c in map(demonym, key.split()) if c is not None), None)

        held = [(d[2], self._office(d[2]) or d[2], country(owner, d[1])) for d in self.designations if d[3] == owner]
        if not held:
            return None
        offices = {o for _, o, _ in held}
        own = {c for _, _, c in held} - {None}
        wanted = {demonym(c.text) for c in noun.children if c.dep_ == "amod"} - {None}
        found = {d[3] for d in self.designations if d[3] != owner and (self._office(d[2]) or d[2]) in offices
                 for c in [country(d[3], d[1])] if c is not None and c not in own and (not wanted or c in wanted)}
        return found.pop() if len(found) == 1 else None

    def is_outlet(self, eid: Optional[str]) -> bool:
        """A news outlet: a media actor of the KB, an entity the article introduced with an outlet noun (« le
        quotidien X »), or one whose name opens with one (« Radio X ») or holds a media word (« Vernay TV »)."""
        e = self.ctx.registry.get(eid) if eid else None
        if e is None or e.type not in ("ORG", "MISC", "LOC"):
            return False
        words = fold(e.name).split(" ")
        if not self.ctx.outlet_name_words.isdisjoint(words):
            return True     # whatever type the NER guessed (« Presse Vernay » read as a place)
        if e.type == "LOC":
            return False
        if e.sector in self.lex.cues["relay_sectors"]:
            return True
        if any(d[3] == eid and d[2] in self.ctx.outlet_nouns for d in self.designations):
            return True
        return words[0] in self.ctx.outlet_nouns

    @property
    def relays(self) -> set:
        """Outlets and sources that relayed words (« selon le journal X »), once the quotations are on the Doc: not
        the actors pronouns stand for."""
        return {v for q in (self.doc._.veille_quotes or []) for v in q.via}

    def _last_outlet_before(self, tok_i: int) -> Optional[str]:
        """The news outlet mentioned last before token tok_i."""
        return next((e.id for e in reversed(self._entities_before(tok_i)) if self.is_outlet(e.id)), None)

    def _entities_before(self, tok_i: int):
        """Entities in order of their last mention before token tok_i (most recent last)."""
        last: dict[str, int] = {}
        for sp in self.doc.spans.get("veille_mentions", []):
            if sp.start < tok_i and not self.ctx.in_quotes(sp.start_char):
                last[sp.label_] = max(last.get(sp.label_, -1), sp.start)
        order = sorted(last, key=lambda k: last[k])
        return [self.ctx.registry.get(k) for k in order if self.ctx.registry.get(k) is not None]

