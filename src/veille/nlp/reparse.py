"""A main clause the parser read without its verb. French has verb forms that are also nouns or adjectives
(« critique », « juge », « traite », « attaque »): in « Le ministre critique vivement la réforme » the tagger may read
« critique » as an adjective of « ministre », and the sentence gets a noun for root and no verb at all, so no stage
can find who did what to whom.

When a sentence's root is no verb and one of its words is a form of an event verb of the lexicon, tagged noun or
adjective and without a determiner, the sentence is parsed again with that word replaced by the same form of a verb
that has no such homograph (`proxy_verb`, same ending, same valency of a speech act); when the parser then reads the
proxy as the main verb of a subject before it, its analysis of the sentence replaces the first one, the word keeping
its own text and taking its verb's lemma. Only sentences without a verbal root are looked at, so the cost is a few
short parses per article. It runs after the model's NER (whose entities it keeps) and before veille's entity stages,
which read the corrected parse.

It also gives back its object to a verb restricted by « ne … que » (`restore_restricted_objects`: « la police n'a
arrêté que deux manifestants », whose object the parser reads as a completive clause), detaches the stressed pronoun of insistence (`detach_emphatic_pronouns`: « X a elle aussi condamné Y »),
which the parser reads as a second subject or an indirect object, and joins a compound tense split by an adverbial (`join_split_tenses`: « il avait dès le lendemain appelé X »),
which the parser reads as « avoir » for main verb and the participle as a modifier of the adverbial's noun; a
sentence whose compound tense an incise between commas splits (« X a, selon Y, attaqué Z ») is parsed again without
it (`_reparse_without_incise`). A subject the parse hung on an auxiliary goes to its verb (`lift_auxiliary_subjects`).
A person's participle-noun after its determiner (« un manifestant », tagged adjective) is made the noun it is
(`nominalise_determined_words`).
"""
from __future__ import annotations

import logging

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import ADJ, VERB
from spacy.tokens import Doc, Span, Token
from veille.nlp.extensions import morph_values

log = logging.getLogger(__name__)

ATTRS = [HEAD, DEP, POS, TAG, MORPH, LEMMA]
# the stages of the model that read a sentence (the NER's entities are kept as they are)
PARSE_STAGES = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


@Language.factory("veille_reparse", assigns=["token.head", "token.dep", "token.pos", "token.tag", "token.morph",
                                               "token.lemma"],
                  requires=["token.dep", "token.pos", "token.lemma"], default_config={"lang": "fr"})
def make_reparse(nlp: Language, name: str, lang: str):
    return VerblessReparse(nlp, lang)


class VerblessReparse:
    """The `veille_reparse` component: a verbless main clause parsed again around the event verb it hides."""

    def __init__(self, nlp: Language, lang: str = "fr"):
        from veille.nlp.events.lexicon import lexicon

        self.nlp = nlp
        self.lex = lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        join_split_tenses(doc)
        for aux, part in [pair for t in doc if (pair := _incised_tense(t)) is not None]:
            self._reparse_without_incise(doc, aux, part)
        detach_emphatic_pronouns(doc, self.lex.emphatic_pronouns, self.lex.emphatic_marks)
        lift_auxiliary_subjects(doc)
        nominalise_determined_words(doc, self.lex.actor_nouns)
        restore_restricted_objects(doc, self.lex.negation_particles, self.lex.restriction_words)
        for sent in list(doc.sents):
            if _has_verbal_root(sent):
                continue
            word = next((w for w in sent if self._hidden_verb(w)), None)
            if word is not None:
                self._reparse(doc, sent, word)
        return doc

    def _hidden_verb(self, w: Token) -> bool:
        """A form of a first-group event verb (the proxy's group, so that its ending fits the proxy's stem) tagged
        noun or adjective, with no determiner or preposition before it (« la critique », « de critique » are nouns)."""
        lemma = self.lex.verb_forms.get(w.text.lower())
        suffix = self.lex.proxy_verb[-2:]       # the infinitive ending of the proxy's group (« -er »)
        if not (lemma and lemma.endswith(suffix) and w.text.lower().startswith(lemma[:-2]) and
                w.pos_ in ("NOUN", "ADJ") and w.i > w.sent.start and
                not any(c.dep_ == "det" for c in w.children) and w.nbor(-1).pos_ not in ("DET", "ADP")):
            return False
        # a subject must stand before it after any headline colon (« Lorcanie : attaque à Vernay » has none):
        # checked here so that such headlines are not parsed again for nothing
        before = w.doc[w.sent.start:w.i]
        start = max((t.i + 1 for t in before if t.text == ":"), default=w.sent.start)
        return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in w.doc[start:w.i])

    def _reparse(self, doc: Doc, sent: Span, word: Token) -> None:
        lemma = self.lex.verb_forms[word.text.lower()]
        ending = word.text.lower()[len(lemma) - 2:]
        proxy = self.lex.proxy_verb[:-2] + ending
        again = self._parse_words(doc, [proxy if w.i == word.i else w.text for w in sent], list(sent))
        read = again[word.i - sent.start]
        if read.pos_ != "VERB" or len(list(again.sents)) != 1 or read.dep_ != "ROOT" or not any(
                c.dep_ == "nsubj" and c.i < read.i and not any(t.text == ":" for t in again[c.i:read.i])
                for c in read.children):
            return      # the proxy is not the main verb of a subject (« Lorcanie : incendie en cours » is a
            #             headline's place and topic): keep the first analysis
        arr = doc.to_array(ATTRS)
        arr[sent.start:sent.end] = again.to_array(ATTRS)
        arr[word.i, ATTRS.index(LEMMA)] = doc.vocab.strings.add(lemma)
        doc.from_array(ATTRS, arr)
        log.debug("reparsed %r around %r", sent.text[:60], word.text)

    def _parse_words(self, doc: Doc, words: list[str], tokens: list[Token]) -> Doc:
        """The model's parse of these words, spaced as the tokens they stand for (the last one unspaced)."""
        spaces = [bool(w.whitespace_) for w in tokens]
        spaces[-1] = False
        again = Doc(doc.vocab, words=words, spaces=spaces)
        for name in PARSE_STAGES:
            if name in self.nlp.pipe_names:
                again = self.nlp.get_pipe(name)(again)
        return again

    def _reparse_without_incise(self, doc: Doc, aux: Token, part: Token) -> None:
        """« Des manifestants ont, peu après, jeté des pierres », « la banque a, elle, écopé d'une amende »: an incise
        between commas splits a compound tense, and the parser, which rarely sees one there, may lose the whole
        clause (the subject read as the root, the auxiliary as punctuation). The sentence is parsed again without
        the incise; when the participle then takes the auxiliary, that analysis replaces the first, and the incise
        (its own words as first parsed) hangs on the participle: a stressed pronoun as dislocated (« elle »), an
        adverb as « advmod », a verb as an adverbial clause (« avant de quitter Lorcy »), else an oblique."""
        sent = aux.sent
        lo, hi = aux.i + 1, part.i - 1       # the two commas around the incise
        kept = [w for w in sent if not lo <= w.i <= hi]
        again = self._parse_words(doc, [w.text for w in kept], kept)
        new_of = {w.i: k for k, w in enumerate(kept)}
        read = again[new_of[part.i]]
        if len(list(again.sents)) != 1 or read.pos_ not in ("VERB", "AUX") or not any(
                c.i == new_of[aux.i] and c.dep_.startswith("aux") for c in read.children):
            return      # the participle still does not take the auxiliary: keep the first analysis
        old_of = {k: w.i for k, w in enumerate(kept)}
        arr = doc.to_array(ATTRS)
        new = again.to_array(ATTRS)
        for k, i in old_of.items():
            row = new[k].copy()
            row[0] = (old_of[again[k].head.i] - i) % 2 ** 64     # (relative heads, as unsigned 64-bit words)
            arr[i] = row
        incise = doc[lo + 1:hi]
        top = [w for w in incise if not lo < w.head.i < hi or w.head.i == w.i]
        for w in top:
            dep = {"PRON": "dislocated", "ADV": "advmod", "VERB": "advcl"}.get(w.pos_, "obl:mod")
            arr[w.i, ATTRS.index(HEAD)] = (part.i - w.i) % 2 ** 64
            arr[w.i, ATTRS.index(DEP)] = doc.vocab.strings.add(dep)
        for i in (lo, hi):
            arr[i, ATTRS.index(HEAD)] = ((top[0].i if top else part.i) - i) % 2 ** 64
            arr[i, ATTRS.index(DEP)] = doc.vocab.strings.add("punct")
        doc.from_array(ATTRS, arr)
        log.debug("reparsed %r without the incise before %r", sent.text[:60], part.text)


def join_split_tenses(doc: Doc) -> None:
    """« il avait dès le lendemain appelé X », « la France a depuis des mois critiqué Y »: French puts adverbials
    between the auxiliary « avoir » and its past participle; the parser then reads « avoir » as the main verb and
    the participle as a modifier of the adverbial's noun, so no stage finds the participle's subject or tense. The
    participle takes the auxiliary's place in the tree (its head, relation and dependents), the auxiliary becoming
    its « aux:tense »; heads and relations only, nothing else is touched."""
    joins = [pair for t in doc if (pair := _split_tense(t)) is not None]
    if not joins:
        return
    arr = doc.to_array([HEAD, DEP, POS])
    heads = [t.head.i for t in doc]
    deps = [t.dep for t in doc]
    for aux, part in joins:
        for c in aux.children:
            if c.i != part.i:
                heads[c.i] = part.i
        for c in part.children:     # read as a participle of a noun, hence passive; with « avoir » it is active
            if c.dep_ == "obl:agent" and not any(w.lower_ == "par" for w in c.children):
                deps[c.i] = doc.vocab.strings.add("obj")
        heads[part.i] = part.i if aux.head.i == aux.i else aux.head.i
        deps[part.i] = aux.dep
        heads[aux.i], deps[aux.i] = part.i, doc.vocab.strings.add("aux:tense")
        arr[aux.i, 2] = doc.vocab.strings.add("AUX")
        log.debug("joined %r to its auxiliary", part.text)
    for i in range(len(doc)):     # (relative heads, stored as unsigned 64-bit words)
        arr[i, 0], arr[i, 1] = (heads[i] - i) % 2 ** 64, deps[i]
    doc.from_array([HEAD, DEP, POS], arr)


# the relations of a noun phrase in a clause (UD): subject, object, complement, apposition
_NOMINAL_DEPS = ("nsubj", "obj", "iobj", "obl", "nmod", "appos")
_ADJ_VERB = (ADJ, VERB)


def nominalise_determined_words(doc: Doc, person_nouns) -> None:
    """« un manifestant a été blessé », « la police a arrêté un opposant »: a participle-noun of a person
    (`actor_nouns`: « manifestant », « opposant », « assaillant ») that a determiner opens and that stands where a
    noun phrase does (subject, object, complement) is that noun, not the adjective or verb the tagger may read (its
    lemma then a verb's), and no stage would see the person it names."""
    for t in doc:
        if t.pos in _ADJ_VERB and t.dep_.split(":")[0] in _NOMINAL_DEPS and t.head.i != t.i and any(
                c.dep_ == "det" and c.i < t.i for c in t.children) and _singular(t.text) in person_nouns and not any(
                c.dep_ == "advmod" and c.i < t.i for c in t.children) and doc[t.i - 1].pos_ != "ADV" and not (
                t.i + 1 < len(doc) and _singular(doc[t.i + 1].text) in person_nouns):
            # (not a superlative, « le plus meurtrier », nor an adjective before its noun, « un jeune militant »)
            t.pos_ = "NOUN"
            t.tag_ = "NOUN"
            t.lemma_ = _singular(t.text)


def lift_auxiliary_subjects(doc: Doc) -> None:
    """« la Lorcanie a, par ailleurs, condamné X »: an auxiliary has no subject of its own (UD hangs the subject on
    the lexical verb); when the parse hung one on an auxiliary, it goes to the verb the auxiliary belongs to."""
    moves = [(t.i, t.head.head.i) for t in doc if t.dep_.startswith("nsubj") and t.head.dep_.startswith("aux")
             and t.head.head.i != t.head.i and t.head.head.pos_ in ("VERB", "AUX", "ADJ")]
    if not moves:
        return
    arr = doc.to_array([HEAD, DEP])
    for i, verb in moves:
        arr[i, 0] = (verb - i) % 2 ** 64      # (relative heads, stored as unsigned 64-bit words)
    doc.from_array([HEAD, DEP], arr)


def detach_emphatic_pronouns(doc: Doc, pronouns: set, marks: set) -> None:
    """« la Lorcanie a elle aussi condamné l'attaque », « un policier, qui a lui aussi été blessé », « il l'a
    lui-même reconnu »: a stressed third-person pronoun right after a finite verb or an auxiliary and marked by
    « aussi », « même », « également », « non plus » or « seul » repeats the subject for emphasis, and so does the
    topic « quant à lui » (« X a quant à lui nié ») (object clitics
    stand before the verb and its auxiliary, never after them). The parser reads it as a subject beside the real one
    or as an indirect object, and the stages would take it for an argument: it becomes « dislocated », its head
    kept. A pronoun that is a clause's only subject (the real one lost by the parse) is left to the resolvers."""
    detached = [t for t in doc if _emphatic(t, pronouns, marks)]
    if not detached:
        return
    arr = doc.to_array([HEAD, DEP])
    heads = [t.head.i for t in doc]
    deps = [t.dep for t in doc]
    dislocated = doc.vocab.strings.add("dislocated")
    for t in detached:
        # the verb the pronoun repeats the subject of: the participle when the parse hung it on the auxiliary
        verb = t.head
        if verb.lower_ == "quant" and verb.head.i != verb.i:   # (« quant à lui » hung on « quant »: its verb)
            verb = verb.head
        verb = verb.head if verb.dep_.startswith("aux") else verb
        moved = [c for c in t.children] + [c for c in t.head.children if c.dep_.startswith("nsubj") and verb != t.head]
        # (and the subject the parse hung on the auxiliary beside it: « le Tchad a quant à lui dénoncé »)
        moved += [c for a in verb.children if a.dep_.startswith("aux") and a.i < t.i for c in a.children
                  if c.dep_.startswith("nsubj")]
        if doc[t.i + 1].text == "-":        # « eux-mêmes » tokenised in three: the hyphen and « mêmes » too
            moved += [w for w in doc[t.i + 1:t.i + 3] if w.head.i != t.i]
            deps[t.i + 1] = deps[t.i + 2] = dislocated
        for c in moved:      # (« les manifestants ont eux aussi dénoncé »: the subject hung on the pronoun)
            heads[c.i] = verb.i
        heads[t.i], deps[t.i] = verb.i, dislocated
        log.debug("detached the emphatic %r", t.text)
    for i in range(len(doc)):     # (relative heads, stored as unsigned 64-bit words)
        arr[i, 0], arr[i, 1] = (heads[i] - i) % 2 ** 64, deps[i]
    doc.from_array([HEAD, DEP], arr)


def restore_restricted_objects(doc: Doc, particles: set, restriction: set) -> None:
    """« la police n'a arrêté que deux manifestants », « n'accepte que des observateurs »: « ne … que » restricts the
    complement « que » stands before (French grammar: the restrictive, no negation); the parser reads that « que »
    as a conjunction and its noun as a completive clause or an oblique. The noun becomes the verb's object (an
    oblique when a preposition opens it: « ne négociera qu'avec X »), the « que » an adverb of the verb."""
    fixes = []
    for que in doc:
        noun = que.head
        if que.lower_.replace("’", "'") not in restriction or que.dep_ != "mark" or noun.pos_ not in (
                "NOUN", "PROPN", "PRON", "NUM") or noun.i < que.i or noun.head.i == noun.i:
            continue
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > que.i or not any(
                c.lower_.replace("’", "'") in particles and c.i < verb.i for c in verb.children):
            continue
        case = any(c.dep_ == "case" for c in noun.children)
        if not case and any(c.dep_ == "obj" and c.i != noun.i for c in verb.children):
            continue
        fixes.append((que, noun, verb, "obl:arg" if case else "obj"))
    if not fixes:
        return
    arr = doc.to_array([HEAD, DEP])
    heads = [t.head.i for t in doc]
    deps = [t.dep for t in doc]
    for que, noun, verb, dep in fixes:
        heads[que.i], deps[que.i] = verb.i, doc.vocab.strings.add("advmod")
        deps[noun.i] = doc.vocab.strings.add(dep)
        log.debug("restored the object %r of a restriction", noun.text)
    for i in range(len(doc)):     # (relative heads, stored as unsigned 64-bit words)
        arr[i, 0], arr[i, 1] = (heads[i] - i) % 2 ** 64, deps[i]
    doc.from_array([HEAD, DEP], arr)


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") else w


def _emphatic(t: Token, pronouns: set, marks: set) -> bool:
    low = t.lower_
    base = low.removesuffix("s").removesuffix("-même") if low.endswith(("-même", "-mêmes")) else low
    doc = t.doc
    if base not in pronouns or t.i == 0 or t.i + 1 >= len(doc) or t.dep_ == "ROOT" or t.head.i == t.i or \
            any(c.dep_ == "cop" for c in t.children):
        return False        # (« c'est lui aussi qui signe »: the pronoun is the predicate)
    topic = t.i >= 2 and [w.lower_ for w in doc[t.i - 2:t.i]] == ["quant", "à"]   # « X a quant à lui nié »
    verb = doc[t.i - 1]
    if not topic and (verb.pos_ not in ("AUX", "VERB") or not (morph_values(verb, "Mood") or verb.dep_.startswith("aux"))):
        return False
    mark = doc[t.i + 2] if doc[t.i + 1].text == "-" and t.i + 2 < len(doc) else doc[t.i + 1]
    if base == low and not topic and not (mark.lower_ in marks or mark.lower_ == "mêmes"):
        return False
    # a pronoun that is its clause's only subject (the real one lost by the parse) is left to the resolvers
    subjects = [c for c in (*t.head.children, *t.children) if c.dep_.startswith("nsubj") and c.i != t.i]
    return not t.dep_.startswith("nsubj") or bool(subjects)


def _split_tense(aux: Token) -> tuple[Token, Token] | None:
    """(auxiliary, participle) when a finite « avoir » is followed by an adverbial complement it governs and then by
    a past participle the parse hung inside that complement (adverbs allowed around the complement)."""
    if aux.lemma_ != "avoir" or not morph_values(aux, "Mood") or any(
            c.dep_.startswith("aux") or c.dep_ in ("obj", "xcomp", "ccomp") and c.i < aux.i for c in aux.children):
        return None
    doc, j = aux.doc, aux.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    comp = next((c for c in aux.children if c.left_edge.i == j and c.dep_.startswith(("obl", "nmod"))), None)
    if comp is None:
        return None
    # the participle is the first verb after the complement's head, hung on a word of the complement before it
    part = next((t for t in doc[comp.i + 1:comp.right_edge.i + 1] if t.pos_ in ("VERB", "AUX")), None)
    if part is None or "Part" not in morph_values(part, "VerbForm") or "Past" not in morph_values(part, "Tense") or \
            part.dep_ != "acl" or not j <= part.head.i < part.i or \
            any(c.dep_.startswith("aux") for c in part.children) or \
            any(t.text in (",", "(", ":") for t in doc[comp.i:part.i]):
        return None         # (an incise between commas is parsed again without it: _reparse_without_incise)
    return aux, part


def _incised_tense(aux: Token) -> tuple[Token, Token] | None:
    """(auxiliary, participle) when a finite « avoir » or « être » is followed by an incise between commas (a few
    words, no finite verb: « a, selon ses proches, », « ont, peu après, », « a, elle, ») and then by a past
    participle that the parse did not give that auxiliary."""
    doc = aux.doc
    if aux.lemma_ not in ("avoir", "être") or aux.pos_ not in ("AUX", "VERB") or not morph_values(aux, "Mood") or \
            aux.i + 3 >= len(doc) or doc[aux.i + 1].text != ",":
        return None
    sent_end = aux.sent.end
    close = next((t.i for t in doc[aux.i + 2:min(aux.i + 2 + INCISE_WORDS + 1, sent_end)]
                  if t.text in (",", ".", ";", ":", "(", ")", "«", "»")), None)
    if close is None or doc[close].text != "," or close == aux.i + 2 or close + 1 >= sent_end:
        return None
    if any(w.pos_ in ("VERB", "AUX") and "Fin" in morph_values(w, "VerbForm") for w in doc[aux.i + 2:close]):
        return None         # (« a, dit-il, accepté » is left alone: a clause of its own)
    part = doc[close + 1]
    if part.pos_ not in ("VERB", "AUX") or "Part" not in morph_values(part, "VerbForm") or \
            "Past" not in morph_values(part, "Tense") or any(c.i == aux.i for c in part.children):
        return None
    return aux, part


# the longest incise read between an auxiliary and its participle (« a, dès le lendemain de l'annonce, condamné »)
INCISE_WORDS = 8


def _has_verbal_root(sent: Span) -> bool:
    root = sent.root
    return root.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in root.children)
