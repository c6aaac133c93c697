"""`veille_quotes`: direct, mixed and indirect quotations with their cue, speaker, relays and channel.

1. Quote marks are paired by a scanner (every typographic style, nesting, paragraph continuation); quoted names
   (« le journal “X” ») are not speech.
2. Each quotation gets its cue: a post-posed incise (« …», a-t-il ajouté / poursuit le Biélorusse), the speech verb
   that governs it, or the nearest speech verb before it; « Selon X, « … » » makes X the speaker. A quotation with
   no cue of its own continues the previous speaker's words.
3. Indirect quotations: a speech verb with a que-clause, and « selon X / d'après X, clause ».
4. The speaker is resolved from the cue's subject: a name, a pronoun (the last compatible person), a nominal
   designation (le président biélorusse, le porte-parole du Kremlin → the person it designates), an organisation,
   or a description kept as is (un officier de police).
5. Relays (`via`): « selon X », « selon une traduction du journal X », « cité par X » when the words have their own
   speaker.

Writes doc._.veille_quotes (list of model.Quote) and doc.spans["veille_quotes"].
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import veille.nlp.extensions  # noqa: F401
from veille.nlp.extensions import doc_text
from veille.lang import read_json, read_lines, speech_verbs, word_set
from veille.model import Quote, TextSpan
from veille.nlp.entities import EntityRegistry, fold, get_kb, similar_names
from veille.nlp.mentions import mention_index

log = logging.getLogger(__name__)

SENTENCE_END = {".", "!", "?", "…"}
QUOTE_OPENERS = {"«", "“", "\"", "„", "‹"}


# ---- language data -------------------------------------------------------------------------------------------
@dataclass
class Lexicon:
    verbs: dict
    multiword: dict          # verb lemma -> set of particles (faire -> {part, savoir, valoir …})
    pairs: dict
    symmetric: set
    continuation: set
    cues: dict
    outlets: dict
    titles: frozenset
    speakers: dict
    channel_nouns: dict = field(default_factory=dict)
    verbs_single: set = field(default_factory=set)   # lemmas that are speech verbs on their own


@functools.lru_cache(maxsize=None)
def lexicon(lang: str = "fr") -> Lexicon:
    multi: dict[str, set] = {}
    single: set[str] = set()
    for line in read_lines(lang, "speech_verbs.tsv"):
        words = line.split("\t")[0].replace("s'", "se ").split()
        if words[0] == "se":
            words = words[1:]
        if len(words) > 1:
            multi.setdefault(words[0], set()).add(" ".join(words[1:]))
        else:
            single.add(words[0])
    marks = read_json(lang, "quote_marks.json")
    outlets = read_json(lang, "outlets.json")
    return Lexicon(
        verbs=speech_verbs(lang), multiword=multi,
        pairs={o: c for o, c in marks["pairs"]}, symmetric=set(marks["symmetric"]),
        continuation=set(marks["continuation"]), cues=read_json(lang, "source_cues.json"),
        outlets=outlets, titles=word_set(lang, "titles.txt"), speakers=read_json(lang, "speakers.json"),
        channel_nouns=outlets.get("channel_nouns", {}), verbs_single=single,
    )


# ---- 1. quote marks --------------------------------------------------------------------------------------------
@dataclass
class MarkPair:
    open: int     # index of the opening mark
    close: int    # index of the closing mark
    depth: int


def find_quote_marks(text: str, lex: Lexicon) -> list[MarkPair]:
    """Pair quotation marks. Unclosed marks at a paragraph end continue when the next paragraph opens with one."""
    out: list[MarkPair] = []
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    closers = {c for c in lex.pairs.values()}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if i in skip:
            i += 1
            continue
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and text[j] in lex.continuation and stack[0][0] not in lex.symmetric:
                    skip.add(j)  # the next paragraph continues the quotation
                else:
                    stack.clear()
            i += 1
            continue
        if c in lex.symmetric:
            if stack and stack[-1][0] == c:
                o = stack.pop()
                out.append(MarkPair(o[1], i, len(stack)))
            elif _opens_symmetric(text, i):
                stack.append((c, i))
            i += 1
            continue
        if stack and c == lex.pairs.get(stack[-1][0]):
            o = stack.pop()
            out.append(MarkPair(o[1], i, len(stack)))
        elif c in lex.pairs and not (c in closers and any(lex.pairs.get(s[0]) == c for s in stack)):
            # a stray '»' never opens: the reversed German style (» … «) is too rare to risk in French text
            if c != "»":
                stack.append((c, i))
        elif c in closers:
            for k in range(len(stack) - 1, -1, -1):
                if lex.pairs.get(stack[k][0]) == c:
                    o = stack[k]
                    del stack[k:]
                    out.append(MarkPair(o[1], i, len(stack)))
                    break
        i += 1
    out.sort(key=lambda m: m.open)
    return out


def _opens_symmetric(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace() or prev.isspace() or prev in "(:[,"


# ---- helpers on tokens ---------------------------------------------------------------------------------------
_SPEAKER_WORDS = read_json("fr", "speakers.json")
SUBJECT_PRONOUNS = frozenset(_SPEAKER_WORDS["subject_pronouns"])       # il, elle, ils, elles
QUE = frozenset(_SPEAKER_WORDS["complementizers"])                      # que, qu'
DE = frozenset(_SPEAKER_WORDS["genitive_prepositions"])                 # de, d', du, des
VERB_GROUP_WORDS = frozenset(_SPEAKER_WORDS["verb_group_words"])        # auxiliaries, clitics, adverbs
EDGE_PUNCT = {".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "(", "«", "“", "„"}


def is_edge_punct(tok: Token) -> bool:
    """Punctuation that ends a reported clause without belonging to it (a « % » or a closing mark does)."""
    return tok.text in EDGE_PUNCT or tok.is_space
def is_speech_verb(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or tok.is_punct:
        return False
    if tok.pos_ in ("NOUN", "ADJ", "PROPN"):
        # misparsed verbs (« ajoute », « précise »): accept only a form never preceded by a determiner
        if tok.i > 0 and tok.nbor(-1).pos_ in ("DET", "ADP"):
            return False
    key = tok.lemma_.lower()
    info = lex.verbs.get(key) or lex.verbs.get(tok.lower_)
    if info is None:
        return False
    lemma = info["lemma"].replace("s'", "se ").split()
    if lemma[0] == "se":
        lemma = lemma[1:]
    if lemma[0] in lex.multiword and lemma[0] not in lex.verbs_single:
        return speech_verb_particle(tok, lex) is not None  # faire alone is not a speech verb
    return True


def speech_verb_particle(tok: Token, lex: Lexicon) -> Optional[Token]:
    """The particle of a multi-word speech verb (faire *part*, faire *savoir*)."""
    lemma = tok.lemma_.lower()
    info = lex.verbs.get(lemma) or lex.verbs.get(tok.lower_)
    if info is not None:
        lemma = info["lemma"].replace("s'", "se ").split()[-1] if " " not in info["lemma"] else \
            info["lemma"].split()[0]
    for part in lex.multiword.get(lemma, ()):
        p = _particle_after(tok, part)
        if p is not None:
            return p
    return None


def _particle_after(tok: Token, particle: str) -> Optional[Token]:
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 3)):
        if doc[j].lower_ == particle.split()[0]:
            return doc[j]
    return None


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    info = lex.verbs.get(tok.lemma_.lower()) or lex.verbs.get(tok.lower_)
    return info["lemma"] if info else tok.lemma_


def is_negated(tok: Token, lex: Lexicon) -> bool:
    negs = set(lex.speakers["negations"])
    return any(c.lower_ in negs for c in tok.children) and any(c.lower_ in ("ne", "n'", "n’") for c in tok.children)


def subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, looking through coordination, participial adjuncts and auxiliaries."""
    seen = 0
    v = verb
    while v is not None and seen < 4:
        subs = []
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.lower_ not in ("-t", "t"):
                if c.dep_ == "expl:subj" and c.lower_ in ("il",) and c.i < v.i and \
                        any(x.lower_ in ("y", "faut", "s'", "se") for x in v.children):
                    continue  # impersonal « il y a », « il s'agit »
                if c.i > 0 and c.doc[c.i - 1].dep_ in ("case",) and c.doc[c.i - 1].lower_ in ("selon", "après"):
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
        if t.dep_ in ("acl:relcl", "ccomp", "advcl"):
            continue
        if t.dep_ == "nmod" and t.head is head and any(
                c.dep_ == "case" and c.lower_ not in DE for c in t.children):
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
    while len(block) > 1 and block[-1].is_punct:
        block.pop()
    while len(block) > 1 and block[0] is not head and (block[0].dep_ in ("case", "fixed") or block[0].is_punct):
        block.pop(0)
    return block


# ---- the component ---------------------------------------------------------------------------------------------
@dataclass
class _Found:
    start: int            # char offsets in the doc
    end: int
    kind: str
    cue: Optional[Token] = None
    cue_end: Optional[Token] = None
    speaker: Optional[str] = None
    speaker_span: Optional[Span] = None
    via: list = field(default_factory=list)
    channel: Optional[str] = None
    confidence: float = 0.0


class QuoteExtractor:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        run = _QuoteRun(doc, lexicon(self.lang))
        run.extract()
        return doc


@Language.factory("veille_quotes", assigns=["doc.spans", "doc._.veille_quotes"],
                  requires=["doc.spans", "token.dep", "token.lemma", "token.pos"], default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str):
    return QuoteExtractor(lang)


class _QuoteRun:
    """One article's quote extraction: holds the state speaker resolution needs (last speaker, designations)."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: read it once
        self.lex = lex
        self.registry = EntityRegistry(doc)
        self.kb = get_kb()
        self.bp = [(s.start_char, s.end_char) for s in doc.spans.get("veille_boilerplate", [])]
        self.last_speaker: Optional[str] = None
        self.last_speaker_tok: int = -1
        self.last_speaker_end: Optional[int] = None
        # (token index, designation key « président biélorusse », title lemma, entity id), in reading order
        self.designations: list[tuple[int, str, str, str]] = []
        self._keys: dict[int, str] = {}    # token index -> designation key
        self.gender: dict[str, str] = {}   # entity id -> "M" | "F", from titles and honorifics in the article
        self.quoted_ranges: list[tuple[int, int]] = []  # char ranges inside quote marks (speech only)

    # -- bookkeeping
    def in_bp(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.bp)

    def in_quotes(self, char: int) -> bool:
        # quoted ranges are sorted and disjoint (outermost quotations only): binary search
        i = bisect.bisect_right(self._quote_starts, char) - 1
        return i >= 0 and char < self.quoted_ranges[i][1]

    @property
    def quoted_ranges(self) -> list[tuple[int, int]]:
        return self._quoted_ranges

    @quoted_ranges.setter
    def quoted_ranges(self, ranges: list[tuple[int, int]]) -> None:
        self._quoted_ranges = sorted(ranges)
        self._quote_starts = [a for a, _ in self._quoted_ranges]

    def ent_type(self, eid: Optional[str]) -> Optional[str]:
        e = self.registry.get(eid)
        return e.type if e else None

    # -- main
    def extract(self) -> None:
        doc, lex = self.doc, self.lex
        self._learn_designations()
        marks = [m for m in find_quote_marks(self.text, lex) if m.depth == 0 and not self.in_bp(m.open)]
        candidates = []
        for m in marks:
            s, e = m.open + 1, m.close
            while s < e and self.text[s].isspace():
                s += 1
            while e > s and self.text[e - 1].isspace():
                e -= 1
            inner = self.text[s:e]
            if not re.search(r"\w", inner) or self._is_name(inner, s):
                continue
            candidates.append((m, s, e))
        self.quoted_ranges = [(m.open, m.close + 1) for m, _, _ in candidates]
        jobs = [(m.open, "direct", (m, s, e)) for m, s, e in candidates]
        jobs += [(tok.idx, "indirect", (tok, s, e))
                 for tok, s, e in self._indirect_candidates([(s, e) for _, s, e in candidates])]
        found: list[_Found] = []
        # in reading order, so that « il » and « le Biélorusse » see the speakers before them
        for _, kind, args in sorted(jobs, key=lambda j: (j[0], j[1])):
            f = self._direct(*args) if kind == "direct" else self._attribute_indirect(*args)
            if f is None:
                continue
            if f.speaker is None and (kind == "indirect" or f.cue is None):
                continue  # « Rappelons que … », « on note que … », a quoted title or term: no one's words
            if f.speaker is not None:
                self.last_speaker = f.speaker
                self.last_speaker_end = f.end
            if any(g.start == f.start and g.end == f.end for g in found):
                continue  # the same words reported twice (« s'est dit …, rappelant que … »)
            found.append(f)
        found += [f for f in self._selon_clauses(found) if f.speaker is not None]
        found.sort(key=lambda f: f.start)
        self._write(found)

    def _is_name(self, inner: str, start: int = -1) -> bool:
        """« DW News », “Ukrainska Pravda”, « Bouclier de l'Euphrate »: a short capitalised phrase, or exactly a
        known name, names something; it is not speech."""
        words = inner.split()
        particles = word_set(self.lang_code, "name_particles.txt")
        if len(words) > 6:
            return False
        if start >= 0 and any(sp.start_char == start and sp.end_char == start + len(inner)
                              for sp in self.doc.spans.get("veille_mentions", [])):
            return True
        # « l'Euphrate », « d'Orsay »: an elided article before a capital still makes a capitalised word
        bare = [re.sub(r"^[ldLD]['’]", "", w) for w in words]
        caps = [w for w in bare if w[:1].isupper() or w[:1].isdigit()]
        return len(caps) == len([w for w in bare if w.lower() not in particles and w]) and len(caps) >= 1 \
            and not inner.rstrip().endswith(("!", "?", "."))

    @property
    def lang_code(self) -> str:
        return "fr"

    @functools.cached_property
    def generic_org_nouns(self) -> set:
        return {w.lower() for w in self.lex.outlets.get("generic_org_nouns", [])}

    @functools.cached_property
    def org_nouns(self) -> set:
        return {w.lower() for w in self.lex.outlets["org_nouns"]} | {w.lower() for w in self.lex.outlets["outlet_nouns"]}

    # -- designations learnt from appositions: « le président biélorusse, Alexandre Loukachenko »
    def _learn_designations(self) -> None:
        doc = self.doc
        idx = mention_index(doc)
        for span in doc.spans.get("veille_mentions", []):
            eid = span.label_
            etype = self.ent_type(eid)
            if etype not in ("PER", "ORG"):
                continue
            head = span.root
            cands = []
            # apposition either way: head of the mention attached to a title noun, or a title noun attached to it
            if head.dep_ in ("appos", "flat:name", "nmod") and head.head.i not in idx:
                cands.append(head.head)
            for c in head.children:
                if c.dep_ == "appos" and c.i not in idx:
                    cands.append(c)
            # « le PDG de la compagnie Flydubai », « la compagnie aérienne Flydubai »: title right before the name
            j = span.start - 1
            while j >= 0 and doc[j].pos_ in ("ADJ", "PUNCT") and doc[j].text not in (",", ".", ":"):
                j -= 1
            if j >= 0 and doc[j].pos_ == "NOUN":
                cands.append(doc[j])
            # « le président biélorusse, NAME » / « NAME, chef du bureau … »: the nearest title across the comma
            if span.start >= 2 and doc[span.start - 1].text == ",":
                for k in range(span.start - 2, max(-1, span.start - 8), -1):
                    if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ":", ";", ","):
                        break
                    if doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in self.lex.titles:
                        cands.append(doc[k])
                        break
            if span.end + 1 < len(doc) and doc[span.end].text == ",":
                for k in range(span.end + 1, min(len(doc), span.end + 4)):
                    if doc[k].pos_ == "NOUN":
                        if doc[k].lemma_.lower() in self.lex.titles:
                            cands.append(doc[k])
                        break
            for t in cands:
                if t.pos_ != "NOUN":
                    continue
                key = self._designation_key(t)
                lemma = t.lemma_.lower()
                # titles designate people, organisation nouns designate organisations
                if key and ((lemma in self.lex.titles and etype == "PER") or (lemma in self.org_nouns and etype == "ORG")):
                    self.designations.append((t.i, key, lemma, eid))
                    if etype == "PER":
                        self._note_gender(eid, t)
            if etype == "PER" and span.start > 0:
                g = self.lex.speakers["honorifics"].get(doc[span.start - 1].lower_)
                if g:
                    self.gender.setdefault(eid, g)
        self.designations.sort()

    def _apposed_person(self, last: Token) -> Optional[str]:
        """A person named right after a phrase and a comma."""
        doc = self.doc
        j = last.i + 1
        if j + 1 < len(doc) and doc[j].text == ",":
            idx = mention_index(doc)
            if doc[j + 1].i in idx and self.ent_type(idx[doc[j + 1].i]) == "PER":
                return idx[doc[j + 1].i]
        return None

    def _note_gender(self, eid: str, title: Token) -> None:
        """« la préfète », « une représentante »: the grammatical gender of a person's title is theirs."""
        # only the determiner: « la ministre » is feminine; a noun's own gender is the tagger's guess
        forms = [c for c in title.children if c.dep_ == "det" and c.lower_ not in ("l'", "l’", "les")]
        for t in forms:
            g = t.morph.get("Gender")
            if g:
                self.gender.setdefault(eid, "F" if g[0] == "Fem" else "M")
                return

    def _designation_key(self, noun: Token) -> str:
        """« président biélorusse », « chef gouvernement »: the title with its adjectives and first complement."""
        key = self._keys.get(noun.i)
        if key is None:
            # Token.children walks the whole subtree span: read it once per noun
            kids = list(noun.children)
            mods = sorted(c.lemma_.lower() for c in kids if c.dep_ == "amod")
            comp = next((c.lemma_.lower() for c in kids if c.dep_ == "nmod" and c.pos_ == "NOUN"
                         and c.i > noun.i), None)
            key = self._keys[noun.i] = " ".join([noun.lemma_.lower()] + mods + ([comp] if comp else []))
        return key

    # -- 2. direct quotations
    def _context(self, char_start: int, char_end: int) -> tuple[list[Token], list[Token]]:
        """Tokens of the sentence around a quotation: before its opening mark and after its closing mark."""
        doc = self.doc
        left_tok = doc.char_span(char_start, char_start + 1, alignment_mode="expand")
        right_tok = doc.char_span(char_end - 1, char_end, alignment_mode="expand")
        if left_tok is None or right_tok is None:
            return [], []
        left = []
        i = left_tok.start - 1
        while i >= 0:
            t = doc[i]
            if "\n" in t.text or (t.text in SENTENCE_END and not self.in_quotes(t.idx)):
                break
            left.append(t)
            i -= 1
        left.reverse()
        right = []
        i = right_tok.end
        while i < len(doc):
            t = doc[i]
            if "\n" in t.text or (t.text in SENTENCE_END and not self.in_quotes(t.idx)):
                break
            right.append(t)
            i += 1
        return left, right

    def _outside(self, toks: list[Token]) -> list[Token]:
        return [t for t in toks if not self.in_quotes(t.idx) and t.text not in self.lex.pairs
                and t.text not in self.lex.pairs.values() and t.text not in self.lex.symmetric]

    def _direct(self, m: MarkPair, s: int, e: int) -> Optional[_Found]:
        doc, lex = self.doc, self.lex
        left, right = self._context(m.open, m.close + 1)
        left_out, right_out = self._outside(left), self._outside(right)
        f = _Found(s, e, "direct")
        prev = left_out[-1].text if left_out else ""
        if left_out and prev not in (":", ",", "—", "–", "-"):
            f.kind = "mixed"
        cue = self._incise(right_out)
        if cue is None:
            cue = self._governor(s, e, left_out)
        if cue is None:
            cue = next((t for t in reversed(left_out) if is_speech_verb(t, lex) and not is_negated(t, lex)), None)
        if cue is None:
            cue = next((t for t in right_out if is_speech_verb(t, lex)), None)
        if cue is None:
            cue = self._colon_verb(left_out, m.open)
        selon = self._source_pp(left_out + right_out)
        if cue is not None:
            f.cue = cue
            f.cue_end = speech_verb_particle(cue, lex) or cue
            self._attribute(f, cue, left_out + right_out)
            if f.speaker is None:
                colon_cue = self._colon_verb(left_out, m.open)
                if colon_cue is not None and colon_cue is not cue:
                    self._attribute(f, colon_cue, left_out + right_out)
            if f.speaker is None and selon is not None:
                f.speaker, f.speaker_span = selon
                f.confidence = 0.75
        elif selon is not None:
            f.speaker, f.speaker_span = selon
            f.confidence = 0.8
        elif not left_out or all(t.is_punct for t in left_out):
            # a quotation standing alone continues the last speaker's words
            if self.last_speaker is not None:
                f.speaker = self.last_speaker
                f.confidence = 0.5
        else:
            words = len(self.text[s:e].split())
            if words <= 3:
                return None  # a scare-quoted word or two with no one saying it
            f.confidence = 0.3
        if f.speaker is None and self.last_speaker and self.last_speaker_end is not None and \
                self.last_speaker_end <= m.open and self._sentences_between(self.last_speaker_end, m.open) == 0:
            # « « … » poursuivant par « … » »: the second quotation of a sentence goes on with the first one's speaker
            f.speaker, f.confidence = self.last_speaker, 0.6
        if f.speaker is not None and selon is not None and selon[0] != f.speaker:
            f.via.append(selon[0])
        self._relays(f, left_out + right_out)
        f.channel = self._channel(f.cue, left_out + right_out)
        return f

    def _colon_verb(self, left: list[Token], open_char: int) -> Optional[Token]:
        """« X a réagi vivement à l'annonce : « … » » (also across a paragraph break): a colon introduces the
        words, and the finite verb before it carries their speaker."""
        doc = self.doc
        if left:
            if left[-1].text != ":":
                return None
            before = left[:-1]
        else:
            j = open_char - 1
            while j >= 0 and self.text[j].isspace():
                j -= 1
            if j < 0 or self.text[j] != ":":
                return None
            colon = doc.char_span(j, j + 1, alignment_mode="expand")
            if colon is None:
                return None
            sent = self._sentence(doc[colon.start - 1]) if colon.start > 0 else None
            before = [t for t in sent if t.i < colon.start] if sent is not None else []
        verbs = [t for t in before if t.pos_ == "VERB" and ("Fin" in t.morph.get("VerbForm")
                                                            or any(c.dep_.startswith("aux") for c in t.children))]
        return verbs[-1] if verbs else None

    def _incise(self, right: list[Token]) -> Optional[Token]:
        """« …», a-t-il ajouté / « … » déclare X / poursuit le Biélorusse: a speech verb opening the right context."""
        toks = [t for t in right if t.text not in (",", "–", "—", "-")]
        for t in toks[:3]:
            if is_speech_verb(t, self.lex):
                return t
            if t.pos_ not in ("AUX", "ADV") and not t.lower_.startswith("-"):
                break
        return None

    def _governor(self, s: int, e: int, left: list[Token]) -> Optional[Token]:
        """The speech verb the quotation depends on (« a qualifié les propos de “…” »)."""
        doc = self.doc
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        left_ids = {t.i for t in left}
        for t in span:
            h = t.head
            if span.start <= h.i < span.end:
                continue
            for _ in range(4):
                if h.i in left_ids and is_speech_verb(h, self.lex) and not is_negated(h, self.lex):
                    return h
                if h.head is h:
                    break
                h = h.head
        return None

    # -- speaker of a cue verb
    def _attribute(self, f: _Found, cue: Token, context: list[Token]) -> None:
        lex = self.lex
        subj = None
        # clitic after the verb: « a-t-il ajouté », « précise-t-elle »
        for j in range(cue.i + 1, min(len(self.doc), cue.i + 3)):
            t = self.doc[j]
            if t.lower_.lstrip("-") in SUBJECT_PRONOUNS and t.text.startswith("-"):
                subj = t
                break
        if subj is None:
            for j in range(cue.i - 3, cue.i):
                if j >= 0 and self.doc[j].text.startswith("-") and self.doc[j].lower_.lstrip("-") in SUBJECT_PRONOUNS:
                    subj = self.doc[j]
        participle = "Part" in cue.morph.get("VerbForm") and "Pres" in cue.morph.get("Tense") and cue.head is not cue
        if participle and subj is None:
            # « …, qualifiant X de « … » »: the participle's subject is the main clause's
            main = cue.head
            subj = subject_of(main) or self._left_subject(main) or self._sentence_topic(main)
        if subj is None:
            subj = self._left_subject(cue)
        if subj is None:
            subj = subject_of(cue)
        if (subj is None or (subj.i < cue.i and self.in_quotes(subj.idx))) and not participle:
            subj = self._inverted_subject(cue)
        if subj is None or subj.lower_ in ("nous", "vous", "me", "m'", "te"):
            # « X (…) nous apprend que »: the pronoun is the reader; or the parse lost the subject:
            # the name opening the sentence
            subj = self._sentence_topic(cue) or None
        if subj is None:
            return
        eid, span, conf = self.resolve_speaker(subj)
        f.speaker, f.speaker_span, f.confidence = eid, span, conf

    def _left_subject(self, verb: Token) -> Optional[Token]:
        """The name right before the verb group, over auxiliaries, adverbs and one comma-bounded apposition
        (« Louis Dreyfus, président du directoire du journal, estime »). Parses go wrong around quotation marks;
        word order rarely does."""
        doc = self.doc
        idx = mention_index(doc)
        skip = VERB_GROUP_WORDS
        j = verb.i - 1
        while j >= 0 and (doc[j].lower_ in skip or doc[j].pos_ in ("AUX", "ADV")) and doc[j].text not in SENTENCE_END:
            j -= 1
        if j >= 0 and doc[j].text == ",":
            # one apposition back to the previous comma, with no verb inside
            k = j - 1
            while k >= 0 and doc[k].text not in (",", ".", ":", ";", "\n") and k > j - 14:
                if doc[k].pos_ in ("VERB",) or self.in_quotes(doc[k].idx):
                    return None
                k -= 1
            if k < 0 or doc[k].text != ",":
                return None
            j = k - 1
        if j < 0 or j not in idx or self.in_quotes(doc[j].idx):
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
        # climb from a complement to the head of its phrase (« la direction d'I-Télé » → direction)
        for _ in range(3):
            h = tok.head
            if tok.dep_ in ("nmod", "flat:name", "appos", "amod") and h.i < tok.i and h.pos_ in ("NOUN", "PROPN") \
                    and h.i > j - 8:
                tok = h
            else:
                break
        return tok

    def _sentence_topic(self, verb: Token) -> Optional[Token]:
        """The first name of the sentence before the verb, outside parentheses and prepositional phrases."""
        idx = mention_index(self.doc)
        depth = 0
        sent = self._sentence(verb)
        for t in self.doc[sent.start:verb.i]:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif depth == 0 and t.i in idx and not (t.i > 0 and self.doc[t.i - 1].pos_ == "ADP") \
                    and not t.dep_.startswith(("obl", "nmod")) and self.ent_type(idx[t.i]) in ("PER", "ORG", "MISC"):
                return t
        return None

    def _inverted_subject(self, verb: Token) -> Optional[Token]:
        """« déclare Loukachenko », « précise la compagnie »: the subject after the verb."""
        skip = set(self.lex.speakers["skip_after_verb"])
        doc = self.doc
        j = verb.i + 1
        p = speech_verb_particle(verb, self.lex)
        if p is not None:
            j = p.i + 1
        while j < len(doc) and j < verb.i + 10:
            t = doc[j]
            if t.lower_ in skip or t.is_punct and t.text not in SENTENCE_END and t.text != ",":
                j += 1
                continue
            if t.pos_ in ("DET",):
                j += 1
                continue
            if t.pos_ == "ADP" and t.head.i > t.i and t.head.pos_ == "NOUN":
                # « a lancé au mégaphone Karim Benali »: a complement between the verb and its subject
                j = t.head.i + 1
                continue
            if t.pos_ in ("PROPN", "NOUN", "PRON") and not self.in_quotes(t.idx):
                # climb to the head of its noun phrase
                h = t
                while h.head is not h and h.head.i > verb.i and h.dep_ in ("flat:name", "amod", "nmod", "appos") \
                        and h.head.pos_ in ("PROPN", "NOUN"):
                    h = h.head
                return h if h.pos_ != "PRON" or h.lower_ in SUBJECT_PRONOUNS else None
            break
        return None

    def resolve_speaker(self, tok: Token) -> tuple[Optional[str], Optional[Span], float]:
        """Entity id, mention span and confidence for a subject token."""
        doc, lex = self.doc, self.lex
        idx = mention_index(doc)
        low = tok.lower_.lstrip("-")
        if tok.pos_ == "PRON" or low in SUBJECT_PRONOUNS:
            if low == "qui" and tok.head.dep_ == "acl:relcl" and tok.head.head is not tok.head:
                # « X, qui déclare … »: the relative pronoun stands for the noun the clause hangs on
                return self.resolve_speaker(tok.head.head)
            if low in self.lex.speakers["pronouns"]:  # il, elle, celui-ci, qui …
                eid = self._antecedent(tok, plural=low in ("ils", "elles"))
                span = doc[tok.i:tok.i + 1]
                return eid, span, 0.7 if eid else 0.0
            return None, None, 0.0
        toks = np_tokens(tok)
        end = toks[-1].i + 1
        for sp in doc.spans["veille_mentions"]:
            if toks[0].i <= sp.start < end < sp.end:
                end = sp.end  # never cut a name in two (« la direction d'I-Télé »)
        span = doc[toks[0].i:end]
        head_lemma = tok.lemma_.lower()
        org_head = tok.pos_ == "NOUN" and head_lemma in self.org_nouns
        # names inside the subject phrase: a person first (« le porte-parole du Kremlin Dmitri Peskov »),
        # unless the phrase is an organisation named after one (« le gouvernement Assad »)
        ids = []
        for t in toks:
            if t.i in idx and idx[t.i] not in ids:
                ids.append(idx[t.i])
        per = [i for i in ids if self.ent_type(i) == "PER"]
        if per and not org_head:
            return per[0], span, 0.9
        if org_head and tok.i not in idx and any(
                t.i in idx and self.ent_type(idx[t.i]) in ("ORG", "MISC", "GPE")
                and any(c.dep_ == "case" and c.lower_ in DE for c in t.children)
                for t in toks):
            # « la direction d'I-Télé », « le ministère russe des Situations d'urgence »: a part of an organisation
            ent = self.registry.descriptive_entity(span, "ORG")
            return ent.id, span, 0.7
        appos = self._apposed_person(toks[-1])
        if appos is not None and tok.pos_ == "NOUN" and not org_head:
            # « a affirmé le procureur de Paris, François Molins »
            return appos, span, 0.9
        is_demonym = self.kb.demonym_country(tok.text) is not None and self.kb.place_country(tok.text) is None
        if tok.i in idx and not is_demonym:
            return idx[tok.i], span, 0.9
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and self.kb.demonym_country(tok.text)):
            eid = self._designated(tok, span)
            if eid is not None:
                self.registry.add_mention(self.registry.get(eid), span)
                return eid, span, 0.75
        if tok.pos_ == "NOUN" and head_lemma in self.lex.titles:
            # a title with no one it designates in this article: keep the description as the speaker
            ent = self.registry.descriptive_entity(span, "PER")
            return ent.id, span, 0.6
        orgs = [i for i in ids if self.ent_type(i) in ("ORG", "MISC")]
        if orgs and not (org_head and tok.i not in idx and any(t.dep_ in ("flat:name", "appos", "nmod") and
                                                               t.i in idx and self.ent_type(idx[t.i]) == "PER"
                                                               for t in toks)):
            return orgs[0], span, 0.85
        if ids and tok.pos_ == "PROPN":
            return ids[0], span, 0.8
        if tok.pos_ == "PROPN":
            name_toks = [t for t in toks if t.pos_ == "PROPN" or t.dep_ == "flat:name"]
            name = doc[name_toks[0].i:name_toks[-1].i + 1]
            ent = self._entity_for_name(name)
            return ent, span, 0.8
        if ids and head_lemma in self.lex.cues["document_nouns"]:
            return ids[0], span, 0.8
        if head_lemma in set(self.lex.cues["vague_sources"]):
            return None, span, 0.0
        # an unnamed speaker keeps its description, when its head can speak (a person, a group, an organisation)
        if tok.pos_ == "NOUN" and (head_lemma in self.org_nouns or head_lemma in self.lex.titles):
            typ = "ORG" if head_lemma in self.org_nouns else "PER"
            desc = doc[toks[0].i:toks[-1].i + 1]
            ent = self.registry.descriptive_entity(desc, typ)
            return ent.id, span, 0.6
        return None, span, 0.0

    def _entity_for_name(self, name: Span) -> Optional[str]:
        """A capitalised name the NER missed: merge with a known entity of the same name or surname, else new."""
        text = name.text
        for e in self.registry.entities:
            names = [e.name] + e.aliases
            if any(fold(n) == fold(text) for n in names) or (
                    e.type == "PER" and any(similar_names(text.split()[-1], n.split()[-1]) for n in names if n)):
                self.registry.add_mention(e, name)
                return e.id
        typ = "PER" if len(name) >= 2 else "ORG"
        actor = self.kb.match(text)
        ent = self.registry.new_entity(text, getattr(actor, "type", None) or typ)
        if actor is not None:
            ent.kb_id, ent.country, ent.sector = actor.kb_id, actor.country, actor.sector
        self.registry.add_mention(ent, name)
        return ent.id

    def _designated(self, noun: Token, span: Span) -> Optional[str]:
        """The person or organisation a nominal designation stands for in this article."""
        lemma = noun.lemma_.lower()
        key = self._designation_key(noun)
        # the latest holder named before (or, failing that, anywhere) of this designation, then of this title
        for wanted, pos in ((key, 1), (lemma, 2)):
            before = [d[3] for d in self.designations if d[pos] == wanted and d[0] < noun.i]
            anywhere = [d[3] for d in self.designations if d[pos] == wanted]
            if before:
                return before[-1]
            if anywhere and pos == 1:
                return anywhere[0]
        country = self.kb.demonym_country(noun.text)
        if country is None:
            for c in noun.children:
                if c.dep_ == "amod":
                    country = self.kb.demonym_country(c.text) or country
        wants_person = lemma in self.lex.titles or country is not None and noun.pos_ == "PROPN"
        wants_org = lemma in {w.lower() for w in self.lex.outlets["org_nouns"]} or \
            lemma in {w.lower() for w in self.lex.outlets["outlet_nouns"]}
        if wants_person:
            if country is not None:
                for e in reversed(self._entities_before(noun.i)):
                    if e.type == "PER" and e.country == country:
                        return e.id
            if country is not None or noun.pos_ == "PROPN":
                # « poursuit le Biélorusse »: the person speaking goes on
                if self.last_speaker and self.ent_type(self.last_speaker) == "PER":
                    return self.last_speaker
            return None
        if wants_org:
            before = list(reversed(self._entities_before(noun.i)))
            for e in before:
                if e.type in ("ORG",) and any(lemma in fold(a) for a in [e.name] + e.aliases):
                    return e.id
            if lemma in self.generic_org_nouns and noun.i > 0 and any(
                    c.dep_ == "det" and c.lower_ in ("l'", "l’", "le", "la", "cette", "ce") for c in noun.children):
                # « l'institution », « la compagnie »: the organisation last named
                return next((e.id for e in before if e.type == "ORG"), None)
        return None

    def _entities_before(self, tok_i: int):
        """Entities in order of their last mention before token tok_i (most recent last)."""
        last: dict[str, int] = {}
        for sp in self.doc.spans.get("veille_mentions", []):
            if sp.start < tok_i and not self.in_quotes(sp.start_char):
                last[sp.label_] = max(last.get(sp.label_, -1), sp.start)
        order = sorted(last, key=lambda k: last[k])
        return [self.registry.get(k) for k in order if self.registry.get(k) is not None]

    def _antecedent(self, pron: Token, plural: bool = False) -> Optional[str]:
        ents = self._entities_before(pron.i)
        if plural:
            for e in reversed(ents):
                if e.type in ("ORG", "GPE") or " " in e.name and e.name.split()[0].lower() in ("les", "des"):
                    return e.id
            return self.last_speaker
        # the speaker of the words just reported outranks a person only mentioned since
        want = self.lex.speakers["pronoun_gender"].get(pron.lower_)
        ents = [e for e in ents if not (want and self.gender.get(e.id, want) != want)]
        if self.last_speaker and self.last_speaker_end is not None and \
                self._sentences_between(self.last_speaker_end, pron.idx) <= 1 and \
                not (want and self.gender.get(self.last_speaker, want) != want) and \
                not self._person_named_between(self.last_speaker_end, pron.idx, self.last_speaker):
            return self.last_speaker
        designated = self._previous_designated_subject(pron)
        if designated is not None and not (want and self.gender.get(designated, want) != want):
            return designated
        for e in reversed(ents):
            if e.type == "PER":
                if self.last_speaker and self.ent_type(self.last_speaker) == "PER" and e.id != self.last_speaker:
                    # keep the last speaker when the other person was only named inside a complement
                    last_subj = self._last_subject_person(pron.i)
                    if last_subj and want and self.gender.get(last_subj, want) != want:
                        last_subj = None
                    return last_subj or e.id
                return e.id
        if want and self.gender.get(self.last_speaker, want) != want:
            return None
        return self.last_speaker if self.ent_type(self.last_speaker) == "PER" else None

    def _sentences_between(self, start_char: int, end_char: int) -> int:
        text = self.text[start_char:end_char]
        return len(re.findall(r"[.!?…](?:\s|$)|\n", text))

    def _person_named_between(self, start_char: int, end_char: int, other_than: str) -> bool:
        for sp in self.doc.spans.get("veille_mentions", []):
            if start_char <= sp.start_char < end_char and sp.label_ != other_than \
                    and self.ent_type(sp.label_) == "PER" and not self.in_quotes(sp.start_char):
                return True
        return False

    def _previous_designated_subject(self, pron: Token) -> Optional[str]:
        """« Son homologue mauritanien a insisté … « … », a-t-il ajouté »: the title subject of the last sentence."""
        doc = self.doc
        sent = self._sentence(pron)
        start = sent.start
        prev_end = start - 1
        while prev_end > 0 and (doc[prev_end].is_space or doc[prev_end].is_punct):
            prev_end -= 1
        if prev_end <= 0:
            return None
        prev = self._sentence(doc[prev_end])
        for t in prev:
            if t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.titles \
                    and not self.in_quotes(t.idx):
                eid = self._designated(t, doc[t.i:t.i + 1])
                if eid is not None and self.ent_type(eid) == "PER":
                    return eid
        return None

    def _last_subject_person(self, tok_i: int) -> Optional[str]:
        idx = mention_index(self.doc)
        for t in reversed(self.doc[max(0, tok_i - 120):tok_i]):
            if self.in_quotes(t.idx):
                continue
            if t.i in idx and self.ent_type(idx[t.i]) == "PER" and (
                    t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj") or t.dep_ in ("appos", "flat:name")):
                return idx[t.i]
        return None

    # -- sources and relays
    def _source_pp(self, toks: list[Token], allow_weak: bool = False) -> Optional[tuple[str, Span]]:
        """« selon X », « d'après X »: the entity X (looking through « un rapport de l'agence X »)."""
        preps = set(self.lex.cues["prepositions"]) | (set(self.lex.cues["prepositions_weak"]) if allow_weak else set())
        for t in toks:
            word = t.lower_
            if word == "après" and t.i > 0 and t.nbor(-1).lower_ in ("d'", "d’"):
                word = "d'après"
            if word not in preps:
                continue
            idx = mention_index(self.doc)
            first = next((x for x in self.doc[t.i + 1:t.i + 5] if x.pos_ in ("NOUN", "PROPN", "X")
                          and not self.doc[x.i - 1].text in QUOTE_OPENERS), None)
            if first is not None and first.pos_ == "NOUN" and first.lemma_.lower() not in \
                    self.lex.cues["document_nouns"] and first.i not in idx:
                if first.lemma_.lower() in self.lex.cues["vague_sources"]:
                    # « d'après les informations des médias américains »: the source is the complement, if any
                    comp = next((c for c in first.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                                 and any(k.lower_ in DE for k in c.children)), None)
                    if comp is None:
                        return None
                    first = comp
                eid, span, _ = self.resolve_speaker(first)
                if eid is not None:
                    return eid, span
            hit = None
            for x in self.doc[t.i + 1:t.i + 12]:
                if x.text in SENTENCE_END or x.text in (",", ":", ";") or "\n" in x.text:
                    break
                if x.i in idx and self.ent_type(idx[x.i]) in ("PER", "ORG", "MISC"):
                    hit = x
                    break
            if hit is not None:
                ms = next(sp for sp in self.doc.spans["veille_mentions"] if sp.start <= hit.i < sp.end)
                return idx[hit.i], ms
            obj = t.head if t.dep_ in ("case", "fixed") else None
            if t.dep_ == "fixed":
                obj = t.head.head
            if obj is None or obj is t:
                obj = next((x for x in self.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                continue
            if obj.i < t.i:  # parser attached the preposition to something before it: take the next noun
                obj = next((x for x in self.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN", "X")), obj)
            eid, span, _ = self.resolve_speaker(obj)
            if eid is None:
                # « selon “DW News” »: the first mention right after the preposition
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

    def _relays(self, f: _Found, toks: list[Token]) -> None:
        """« cité par X », « rapporté par X »: X relayed the words."""
        relay = set(self.lex.cues["relay_participles"])
        idx = mention_index(self.doc)
        for t in toks:
            if t.lower_ in relay:
                for x in self.doc[t.i + 1:t.i + 6]:
                    if x.i in idx and idx[x.i] != f.speaker and idx[x.i] not in f.via:
                        f.via.append(idx[x.i])
                        break
        # « a déclaré à l'AFP », « a confié au Monde »: words given to a news outlet reached us through it
        if f.cue is not None:
            doc = self.doc
            for x in doc[f.cue.i + 1:min(len(doc), f.cue.i + 4)]:
                if x.lower_ in ("à", "au", "aux"):
                    for y in doc[x.i + 1:min(len(doc), x.i + 4)]:
                        if y.i in idx:
                            ent = self.registry.get(idx[y.i])
                            if ent is not None and ent.sector in self.lex.cues["relay_sectors"] and \
                                    ent.id != f.speaker and ent.id not in f.via:
                                f.via.append(ent.id)
                            break
                    break

    def _channel(self, cue: Optional[Token], toks: list[Token]) -> Optional[str]:
        if cue is not None:
            info = self.lex.verbs.get(cue.lemma_.lower()) or self.lex.verbs.get(cue.lower_)
            if info and info.get("channel"):
                return info["channel"]
        for t in toks:
            ch = self.lex.channel_nouns.get(t.lower_) or self.lex.channel_nouns.get(t.lemma_.lower())
            if ch:
                return ch
        return None

    # -- 3. indirect quotations
    def _indirect_candidates(self, direct_ranges: list[tuple[int, int]]) -> list[tuple[Token, int, int]]:
        """(speech verb, start, end) of reported clauses: « X a dit que … » and « …, précise la compagnie »."""
        doc, lex = self.doc, self.lex
        out = []
        reporting = set(lex.cues["reporting_verbs"])
        for tok in doc:
            if self.in_quotes(tok.idx) or self.in_bp(tok.idx):
                continue
            if not (is_speech_verb(tok, lex) or tok.lemma_.lower() in reporting and tok.pos_ == "VERB"):
                continue
            if is_negated(tok, lex):
                continue
            ranges = self._que_clause(tok) or self._fronted_report(tok)
            if not ranges:
                continue
            if len(ranges) > 1 and self._covered(ranges[0][0], ranges[-1][1], direct_ranges):
                # « a annoncé que « … » était terminée et qu'il n'y avait … »: keep the conjuncts not quoted
                ranges = [r for r in ranges[1:] if not self._covered(r[0], r[1], direct_ranges)]
            else:
                ranges = [(ranges[0][0], ranges[-1][1])]
                if self._covered(ranges[0][0], ranges[0][1], direct_ranges):
                    continue
            for s, e in ranges:
                out.append((tok, s, e))
        return out

    def _attribute_indirect(self, tok: Token, s: int, e: int) -> _Found:
        f = _Found(s, e, "indirect", cue=tok, cue_end=speech_verb_particle(tok, self.lex) or tok)
        ctx = self._outside(list(self._sentence(tok)))
        self._attribute(f, tok, ctx)
        selon = self._source_pp([t for t in ctx if t.i < tok.i or t.idx >= e])
        if selon is not None:
            if f.speaker is None:
                f.speaker, f.speaker_span = selon
            elif selon[0] != f.speaker:
                f.via.append(selon[0])
        self._relays(f, ctx)
        f.channel = self._channel(tok, ctx)
        return f

    def _fronted_report(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """« Les vents étaient puissants, précise la compagnie. »: the sentence before a closing speech verb whose
        subject follows it."""
        doc = self.doc
        sent = self._sentence(verb)
        after = [t for t in doc[verb.i + 1:sent.end] if not t.is_punct and not t.is_space]
        if not after or len(after) > 12 or any(t.pos_ in ("VERB", "SCONJ") or t.lower_ in QUE
                                               for t in after):
            return None
        finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
        if not finite or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                                                      for c in verb.children) \
                or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
            return None  # the subject must follow the verb (the parser often calls it an object)
        head = next((t for t in after[:4] if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None or len(after) > 8 or self._left_subject(verb) is not None:
            return None
        idx = mention_index(doc)
        if not (head.i in idx or head.pos_ == "PROPN" or head.lemma_.lower() in self.lex.titles
                or head.lemma_.lower() in self.org_nouns):
            return None
        start = verb.i
        aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        if aux:
            start = min(a.i for a in aux)
        if speech_verb_particle(verb, self.lex) is None and verb.lemma_.lower() == "faire":
            return None
        before = [t for t in doc[sent.start:start] if not t.is_space]
        while before and is_edge_punct(before[-1]):
            before.pop()
        while before and before[0].is_punct:
            before.pop(0)
        if len(before) < 4 or any(self.in_quotes(t.idx) for t in before):
            return None
        return [(before[0].idx, before[-1].idx + len(before[-1].text))]

    def _que_clause(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """Char ranges of the que-clause the verb governs: its first part, then each coordinated « et que … »."""
        doc = self.doc
        for c in verb.children:
            if c.dep_ not in ("ccomp", "obj", "xcomp", "advcl") or c.i < verb.i:
                continue
            sub = list(c.subtree)
            que = next((t for t in sub[:4] if t.lower_ in QUE and t.pos_ in ("SCONJ", "PRON")
                        and t.dep_ == "mark"), None)
            if que is None:
                # the parser sometimes hangs the clause on a noun: accept « que » right after the verb phrase
                que = next((t for t in doc[verb.i + 1:verb.i + 4] if t.lower_ in QUE
                            and t.pos_ == "SCONJ"), None)
                if que is None or que.i > sub[0].i:
                    continue
            if que.i > 0 and doc[que.i - 1].lower_ in self.lex.speakers["compound_que"]:
                continue  # « sans que », « avant que »: not a reported clause
            start_tok = doc[que.i + 1] if que.i + 1 < len(doc) else None
            while start_tok is not None and start_tok.i < len(doc) - 1 and is_edge_punct(start_tok):
                start_tok = doc[start_tok.i + 1]  # « a affirmé que, ce mardi, … »
            if start_tok is None:
                return None
            # a coordinated verb with neither its own « que » nor its own subject belongs to the main clause
            # (« a précisé qu'il visait X et dit regretter Y »)
            dropped = set()
            for conj in c.children:
                if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and not any(
                        t.dep_ == "mark" and t.lower_ in QUE for t in conj.children) and not any(
                        t.dep_.startswith("nsubj") for t in conj.children):
                    dropped.update(t.i for t in conj.subtree)
                    cc = [t for t in conj.children if t.dep_ == "cc"]
                    dropped.update(t.i for t in cc)
            # « …, tout en expliquant … »: a gerund adjunct is the narrator's, not the reported clause
            for adj in c.children:
                if adj.dep_ == "advcl" and adj.i > que.i and any(
                        k.lower_ in ("en", "tout") and k.dep_ == "mark" for k in adj.children):
                    first = min(t.i for t in adj.subtree)
                    dropped.update(t.i for t in doc[first:max(t.i for t in adj.subtree) + 1])
            sub = [t for t in sub if t.i not in dropped]
            end_tok = sub[-1]
            while end_tok.i > start_tok.i and is_edge_punct(end_tok):
                end_tok = doc[end_tok.i - 1]
            s, e = start_tok.idx, end_tok.idx + len(end_tok.text)
            if "\n" in self.text[s:e]:
                e = s + self.text[s:e].index("\n")
            if len(self.text[s:e].split()) < 3:
                return None
            parts = []
            for conj in c.children:
                if conj.dep_ == "conj" and conj.i > que.i:
                    m = next((t for t in conj.subtree if t.lower_ in QUE and t.dep_ == "mark"), None)
                    if m is not None:
                        cc = [t for t in conj.subtree if t.i < m.i]
                        cut = (cc[0] if cc else m)
                        prev = doc[cut.i - 1]
                        while prev.i > start_tok.i and prev.is_punct:
                            prev = doc[prev.i - 1]
                        parts.append((doc[m.i + 1].idx, min(e, conj.subtree.__iter__ and
                                                           max(t.idx + len(t.text) for t in conj.subtree
                                                               if not t.is_punct))))
                        if len(parts) == 1:
                            first_end = prev.idx + len(prev.text)
            if parts:
                return [(s, first_end)] + parts
            return [(s, e)]
        return self._que_after(verb)

    def _que_after(self, verb: Token) -> Optional[list[tuple[int, int]]]:
        """When the parse misses the clause: « que » within a few words after the verb, up to the sentence end."""
        doc = self.doc
        sent = self._sentence(verb)
        for t in doc[verb.i + 1:min(sent.end, verb.i + 6)]:
            if t.lower_ in QUE:
                if doc[t.i - 1].lower_ in self.lex.speakers["compound_que"] or t.pos_ not in ("SCONJ", "PRON"):
                    return None
                toks = [x for x in doc[t.i + 1:sent.end] if not x.is_space]
                while toks and is_edge_punct(toks[-1]):
                    toks.pop()
                if len(toks) < 3:
                    return None
                return [(toks[0].idx, toks[-1].idx + len(toks[-1].text))]
            if t.pos_ in ("VERB", "NOUN", "PROPN") or t.is_punct and t.text not in (",",):
                return None
        return None

    def _covered(self, s: int, e: int, ranges: list[tuple[int, int]]) -> bool:
        """A report whose content is mostly a quotation, or holds a quoted fragment of 3+ words."""
        for fs, fe in ranges:
            o = max(0, min(e, fe) - max(s, fs))
            if o == 0:
                continue
            if o >= 0.5 * (e - s) or len(self.text[fs:fe].split()) >= 3:
                return True
        return False

    def _selon_clauses(self, found: list[_Found]) -> list[_Found]:
        """« Selon X, clause » / « clause, selon X »: the clause is X's claim (when no speech verb carries it)."""
        doc = self.doc
        preps = set(self.lex.cues["prepositions"])
        weak = set(self.lex.cues["prepositions_weak"])
        out = []
        for t in doc:
            word = t.lower_
            if word == "après" and t.i > 0 and t.nbor(-1).lower_ in ("d'", "d’"):
                word = "d'après"
            if word in weak and self._sentence(t).start == t.i:
                # « Pour L'Orient-Le Jour, … »: a weak cue counts only before a name and a comma
                nxt = [x for x in doc[t.i + 1:t.i + 8]]
                comma = next((x.i for x in nxt if x.text == ","), None)
                if comma is None or not any(x.i in mention_index(doc) and x.i < comma
                                            and self.ent_type(mention_index(doc)[x.i]) in ("PER", "ORG")
                                            for x in nxt):
                    continue
            elif word not in preps or self.in_quotes(t.idx) or self.in_bp(t.idx):
                continue
            sent = self._sentence(t)
            if any(f.start < sent.end_char and f.end > sent.start_char for f in found):
                continue
            pp_start = t.i - 1 if word == "d'après" else t.i
            # the source phrase ends at the next comma (or the sentence end)
            pp_end = sent.end
            depth = 0
            for x in doc[t.i + 1:sent.end]:
                depth += (x.text == "(") - (x.text == ")")
                if depth <= 0 and x.text in (",", ":", ";"):
                    pp_end = x.i  # the first comma outside a parenthesis (« d'après X (NDLR : …), »)
                    break
            before = doc[sent.start:pp_start]
            after = doc[pp_end + 1:sent.end] if pp_end < sent.end else doc[sent.end:sent.end]
            clause = after if len(after) > len(before) else before
            toks = [x for x in clause if not x.is_space]
            while toks and is_edge_punct(toks[-1]):
                toks.pop()
            while toks and toks[0].is_punct:
                toks.pop(0)
            if len(toks) < 4:
                continue
            src = self._source_pp([t], allow_weak=True)
            f = _Found(toks[0].idx, toks[-1].idx + len(toks[-1].text), "indirect", cue=t,
                       cue_end=doc[pp_start:pp_end][-1] if pp_end > pp_start else t)
            if src is not None:
                f.speaker, f.speaker_span = src
                f.confidence = 0.7
            if src is None and any(x.lemma_.lower() in self.lex.cues["vague_sources"] for x in doc[t.i:pp_end]):
                f.confidence = 0.3
            out.append(f)
        return out

    def _sentence(self, tok: Token) -> Span:
        """The sentence around a token, bounded by end punctuation outside quotations or a line break."""
        doc = self.doc
        i = tok.i
        while i > 0 and not ("\n" in doc[i - 1].text or (doc[i - 1].text in SENTENCE_END
                                                           and not self.in_quotes(doc[i - 1].idx))):
            i -= 1
        j = tok.i
        while j < len(doc) - 1 and not ("\n" in doc[j].text or (doc[j].text in SENTENCE_END
                                                               and not self.in_quotes(doc[j].idx))):
            j += 1
        return doc[i:j + 1]

    # -- output
    def _write(self, found: list[_Found]) -> None:
        doc = self.doc
        off = doc._.veille_offset or 0
        quotes, spans = [], []
        for n, f in enumerate(found, 1):
            qid = f"q{n}"
            cue = None
            if f.cue is not None:
                c0 = f.cue
                # include auxiliaries (« a déclaré », « a-t-il ajouté » → the verb group)
                aux = [c for c in c0.children if c.dep_.startswith("aux") and c.i < c0.i and c.i >= c0.i - 3]
                start_tok = aux[0] if aux else c0
                end_tok = f.cue_end if f.cue_end is not None and f.cue_end.i >= c0.i else c0
                cs, ce = start_tok.idx, end_tok.idx + len(end_tok.text)
                cue = TextSpan(cs + off, ce + off, self.text[cs:ce])
            sm = None
            if f.speaker_span is not None:
                sm = TextSpan(f.speaker_span.start_char + off, f.speaker_span.end_char + off, f.speaker_span.text)
            via = [v for v in dict.fromkeys(f.via) if v and v != f.speaker]
            quotes.append(Quote(id=qid, start=f.start + off, end=f.end + off, text=self.text[f.start:f.end],
                                kind=f.kind, speaker=f.speaker, speaker_mention=sm, cue=cue, via=via,
                                channel=f.channel, confidence=round(f.confidence, 2)))
            sp = doc.char_span(f.start, f.end, label=qid, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc._.veille_quotes = quotes
        doc.spans["veille_quotes"] = spans
