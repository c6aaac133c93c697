"""The article state every event stage reads: tokens, sentences, mentions, quotes, dates, and a few syntactic
helpers (the preposition of a nominal, the heads a word depends on). The stages are mixins of `EventRun`
(extractor.py) and share this state through `self`."""
from __future__ import annotations

import bisect
import functools

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

import veille.nlp.extensions  # noqa: F401
from veille.nlp.events.lexicon import Lexicon, _norm
from veille.nlp.events.parties import PartyKinds
from veille.nlp.extensions import doc_text, morph_fields
from veille.nlp.mentions import mention_index, sentence_bounds


# normalised text by string hash, shared by the Docs of a process (a hash names one string in every vocabulary);
# emptied when it grows past this many strings, as a long run meets ever new names
_NORMALISED: dict[int, str] = {}
# a word search's verdicts by string hash: (search key, lemma or form, lexicon id) → (the lexicon, the hashes seen,
# how many of them it tested, those that passed). A search's test reads only the lexicon, and most words come back
# in every article.
_SEARCHED: dict[tuple, tuple] = {}
# the lemma or form hashes the searches have met, as a set and in the order met (`_passing`): each article's distinct
# hashes are sought in it once, whatever the number of searches, and a search tests only those met since it last ran
_SEEN: dict[str, tuple] = {}
_REMEMBERED_MAX = 200_000


def read_once(key):
    """Remember a reader's answers for one article, by `key` of its arguments (a token's index, a sentence's start):
    the stages ask the same token the same question many times, and what it reads of the parse does not change while
    the events are read. The answers live on the article's `EventRun`, so each article starts afresh."""
    def wrap(method):
        slot = "_read_once_" + method.__name__

        @functools.wraps(method)
        def remembered(self, *args):
            memo = self.__dict__.get(slot)
            if memo is None:
                memo = self.__dict__[slot] = {}
            k = key(*args)
            got = memo.get(k, _UNSET)     # (one look-up for an answer already read: most calls are)
            if got is _UNSET:
                got = memo[k] = method(self, *args)
            return got
        return remembered
    return wrap


_UNSET = object()
# the links `governors` climbs, by label hash
_GOVERNED = {get_string_id(d) for d in ("xcomp", "ccomp", "obj", "obl", "obl:arg", "obl:mod", "nmod", "acl", "conj",
                                        "advcl", "csubj")}
_ADVCL = get_string_id("advcl")


class EventDoc(PartyKinds):
    """What the stages share about one Doc; token indices are Doc indices, offsets Doc offsets."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.text = doc_text(doc)
        self._sent_bounds = sentence_bounds(doc)
        self._sent_spans: dict[int, Span] = {}       # sentence start → its Span (`sent`)
        self._children: dict[int, list[Token]] = {}      # token index → its children (`children_of`)
        self._child_index: list[list[int]] | None = None     # each token's children's indices
        self._morph_at: dict[int, dict[str, list[str]]] = {}     # token index → its features (`morph_of`)
        self.midx = mention_index(doc)
        self._mentions_indexed = len(doc.spans.get("veille_mentions", []))
        self.ents = {e.id: e for e in (doc._.veille_entities or [])}
        self.bp = [(s.start, s.end) for s in doc.spans.get("veille_boilerplate", [])]
        self.quote_spans = [(s.start, s.end, s.label_) for s in doc.spans.get("veille_quotes", [])]
        self.quotes = {q.id: q for q in (doc._.veille_quotes or [])}
        art = doc._.veille_article
        self.offset = doc._.veille_offset or 0
        self.body_start = max(0, (getattr(art, "body_start", 0) or 0) - self.offset) if art is not None else 0
        self.dates = self._date_tokens()
        self.ref = doc._.veille_reference_date
        self._registry = None
        self._actor_cache: dict[str, str] = {}       # descriptive actors (actors.py): lemma key → entity id
        self._no_actor: set[int] = set()             # tokens whose noun names no actor, whoever asks (actors.py)
        self.descriptive: set[str] = set()           # the entity ids those actors got
        self.retold_persons: dict = {}              # those that are one person by a generic noun → gender
        self._retold_at, self._retold_read = None, set()     # the person nouns' indices, and those read (actors.py)
        self.protesters: set[str] = set()            # those named by a protest noun (« des manifestants »)
        self.trigger_at: dict = {}                   # token index → its trigger (triggers.py)
        self.last_by_type: dict[str, list[str]] = {}     # event type → the source of its last event told as done
        self.last_speech: tuple[int, list[str]] | None = None   # (token index, author) of the last speech act told
        self.last_judged: tuple[int, list[str]] | None = None   # (token index, recipient) of the last blame or denial
        # (token index, type, source) of acts of force told as done
        self.operations: list[tuple[int, str, list[str]]] = []
        self.harmed: set[str] = set()                # those an act of force told before was done to
        self.assailants: set[str] = set()            # the actors of the attacks told before
        self.protest_aims: list[tuple[int, list[str]]] = []     # (token index, recipient) of the protests told before

    def sent(self, tok: Token) -> Span:
        """The token's sentence, one Span per sentence (the stages ask it of many tokens of each)."""
        s, e = self._sent_bounds[tok.i]
        span = self._sent_spans.get(s)
        if span is None:
            span = self._sent_spans[s] = Span(self.doc, s, e)     # (a slice checks its bounds in Python)
        return span

    def children_of(self, tok: Token) -> list[Token]:
        """The token's children in order, each list built once per article from the head column: the readers list
        the children of the same tokens hundreds of times, and `Token.children` builds every child afresh. The list is
        shared by every caller: read it, never change it."""
        got = self._children.get(tok.i)
        if got is None:
            if self._child_index is None:
                self._child_index = [[] for _ in self.head_column]
                for j, h in enumerate(self.head_column):
                    if h != j:
                        self._child_index[h].append(j)
            doc = self.doc
            got = self._children[tok.i] = [doc[j] for j in self._child_index[tok.i]]
        return got

    @functools.cached_property
    def pos_at(self) -> list[str]:
        """Each token's part-of-speech name by index, as `Token.pos_` reads it: the readers ask it of the same tokens
        many times, and a Token looks its name up afresh on each read."""
        return [POS_NAMES[p] for p in self._columns[2]]

    def morph_of(self, tok: Token, field: str) -> list[str]:
        """`morph_values(tok, field)`, the token's analysis found once per article (`Token.morph` builds it on each
        read)."""
        fields = self._morph_at.get(tok.i)
        if fields is None:
            fields = self._morph_at[tok.i] = morph_fields(tok)
        return list(fields.get(field, ()))

    # ---- entities ------------------------------------------------------------------------------------------
    def registry(self):
        if self._registry is None:
            from veille.nlp.entities import EntityRegistry
            self._registry = EntityRegistry(self.doc)
        return self._registry

    def entity_of(self, tok: Token) -> str | None:
        return self.midx.get(tok.i)

    def index_new_mentions(self) -> None:
        """Read into the mention index the mentions the registry appended since it was built (`mention_index`, for
        the ones the actor readers add one by one: the span group only grows while the events are read), and
        leave it where `mention_index` finds it."""
        spans = self.doc.spans.get("veille_mentions", [])
        if len(spans) == self._mentions_indexed:
            return
        idx = dict(self.midx)
        for k in range(self._mentions_indexed, len(spans)):
            span = spans[k]
            for i in range(span.start, span.end):
                idx.setdefault(i, span.label_)
        self.midx, self._mentions_indexed = idx, len(spans)
        self.doc.user_data["veille_mention_index"] = (len(spans), idx)

    @functools.cached_property
    def _columns(self) -> list[list[int]]:
        """The Doc's lemma hashes, form hashes, part-of-speech ids, dependency label hashes, character offsets and
        head indices by token, read in one call. One flat list of ints per column: a list per token would leave
        thousands of objects to the garbage collector, whose passes over spaCy's heap then cost more than the
        look-ups themselves."""
        if not len(self.doc):
            return [[], [], [], [], [], []]
        arr = self.doc.to_array([LEMMA, ORTH, POS, DEP, IDX, HEAD])
        # (HEAD is the offset to the head, a negative one wrapped into the unsigned array)
        heads = arr[:, 5].astype(numpy.int64) + numpy.arange(len(self.doc))
        return arr[:, :5].T.tolist() + [heads.tolist()]

    @functools.cached_property
    def _hash_columns(self) -> tuple[list[int], list[int], set[int], set[int]]:
        """The Doc's lemma hashes and form hashes by token, and each column's distinct hashes."""
        lemmas, forms = self._columns[:2]
        return lemmas, forms, set(lemmas), set(forms)

    def normalised(self, h: int) -> str:
        """The normalised text of a string hash, each string normalised once per process."""
        w = _NORMALISED.get(h)
        if w is None:
            if len(_NORMALISED) > _REMEMBERED_MAX:
                _NORMALISED.clear()
            w = _NORMALISED[h] = _norm(self.doc.vocab.strings[h])
        return w

    @functools.cached_property
    def pos_dep_columns(self) -> tuple[list[int], list[int]]:
        """The Doc's part-of-speech ids and dependency label hashes by token, for the readers that scan words after
        a trigger without building their Tokens."""
        pos, dep = self._columns[2:4]
        return pos, dep

    @functools.cached_property
    def head_column(self) -> list[int]:
        """Each token's head index (the root's own), for the same readers."""
        return self._columns[5]

    def where_words(self, lemma=None, form=None, key: str | None = None) -> list[int]:
        """Indices of the tokens whose normalised lemma passes `lemma` or whose normalised form passes `form`. Read
        from the Doc's arrays, each distinct string tested once: a Token and its normalisations for every word of the
        article cost more than the rest of a stage, so the stages build Tokens only for the words found. A search
        whose tests read only the lexicon names itself by `key`: its verdicts are then kept for the next Docs."""
        lemma_col, form_col, lemma_set, form_set = self._hash_columns
        searches = []
        for test, column, distinct, part in ((lemma, lemma_col, lemma_set, "lemma"),
                                             (form, form_col, form_set, "form")):
            if test is None:
                continue
            passing = self._passing(test, distinct, (key, part, id(self.lex)) if key else None, part)
            if passing:
                searches.append((column, passing))
        if len(searches) == 2:
            (lemma_col, lemmas), (form_col, forms) = searches
            return [i for i, (le, fo) in enumerate(zip(lemma_col, form_col)) if le in lemmas or fo in forms]
        return [i for i, h in enumerate(searches[0][0]) if h in searches[0][1]] if searches else []

    def _passing(self, test, distinct: set[int], key: tuple | None, part: str) -> set[int]:
        """The hashes among `distinct` whose normalised text passes `test` (remembered under `key`)."""
        if key is None:
            return {h for h in distinct if test(self.normalised(h))}
        seen = self._seen(part, distinct)
        memo = _SEARCHED.get(key)
        if memo is None or memo[0] is not self.lex or memo[1] is not seen:
            memo = _SEARCHED[key] = [self.lex, seen, 0, set()]
        if memo[2] < len(seen):
            memo[3].update(h for h in seen[memo[2]:] if test(self.normalised(h)))
            memo[2] = len(seen)
        return distinct & memo[3]

    def _seen(self, part: str, distinct: set[int]) -> list[int]:
        """The hashes met so far in this column, this article's `distinct` ones among them (sought once per article)."""
        done = self.__dict__.setdefault("_seen_parts", {})
        if part in done:
            return done[part]
        met = _SEEN.get(part)
        strings = self.doc.vocab.strings        # (a search tests hashes of other articles: their vocabulary's)
        if met is None or met[0] is not strings or len(met[2]) > _REMEMBERED_MAX:
            met = _SEEN[part] = (strings, set(), [])
        new = distinct - met[1]
        if new:
            met[1].update(new)
            met[2].extend(new)
        done[part] = met[2]
        return met[2]

    def in_boilerplate(self, tok: Token) -> bool:
        return any(a <= tok.i < b for a, b in self.bp)

    def quote_of(self, tok: Token) -> str | None:
        for s, e, label in self.quote_spans:
            if s <= tok.i < e:
                return label
        return None

    @read_once(lambda tok: tok.i)
    def case_of(self, tok: Token) -> str:
        """The preposition introducing a nominal (« au » → « à »), or '' (read once per token: every reader of a
        complement asks it)."""
        parts = [c for c in tok.lefts if c.dep_ in ("case", "mark")]
        if not parts:
            return ""
        words = " ".join(_norm(c.text) for c in sorted(parts, key=lambda c: c.i))
        first = words.split()[0]
        if first in self.lex.case_contractions:
            return self.lex.case_contractions[first]
        for start, prep in self.lex.case_locutions.items():
            if words.startswith(start):
                return prep
        return first

    @read_once(lambda num: num.i)
    def counted_noun(self, num: Token) -> Token | None:
        """The noun a number counts (« 21 de ses membres »), also when the tagger read the contraction « des » (« de
        les ») as an article or the number as a pronoun (« cinq des assaillants »); None for a token that is no
        number."""
        if self.pos_at[num.i] != "NUM" and "Card" not in self.morph_of(num, "NumType"):
            return None
        if num.dep_ in ("nsubj", "nsubj:pass") and num.head.dep_ == "acl:relcl" and any(
                _norm(c.text) in self.lex.partitive_relatives for c in self.children_of(num)):
            return num.head.head    # « quatre hommes, dont trois sont accusés de … »: some of the antecedent
        return next((c for c in self.children_of(num) if c.dep_ == "nmod" and (
            self.case_of(c) in self.lex.de_forms or any(
                g.dep_ == "det" and g.i == c.left_edge.i and _norm(g.text) in self.lex.de_forms
                for g in self.children_of(c)))), None)

    def bare_de(self, case: str | None) -> bool:
        """« de » with no article in it (« de », « d' »; not « du », « des »): a composition or a bare name follows."""
        return case in self.lex.de_forms and case not in self.lex.de_article_contractions

    def locution_complement(self, tok: Token) -> tuple[str, list[Token]] | None:
        """« ouvrir le feu en direction du camp de X » parsed with « direction » as the complement: the complex preposition
        (« en direction de ») and the « de » complements it introduces, when tok is the locution's own noun."""
        prep = self.lex.case_locutions.get(f"{self.case_of(tok)} {_norm(tok.lemma_)}")
        if prep is None:
            return None
        return prep, [g for g in self.children_of(tok) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms]

    def que_clause(self, tok: Token) -> Token | None:
        """The verb of a « que » clause a dependent introduces: a ccomp (« exige que X parte ») or the « ce » of the
        complex conjunctions « à ce que », « de ce que » (« demande à ce que X parte »), whose preposition belongs
        to the conjunction and tells no place or time."""
        if tok.dep_ == "ccomp" and any(g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers
                                       for g in self.children_of(tok)):
            return tok
        if self.pos_at[tok.i] == "PRON" and _norm(tok.text) == "ce":
            return next((c for c in self.children_of(tok) if c.dep_ in ("acl", "acl:relcl", "ccomp") and any(
                g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers for g in self.children_of(c))), None)
        return None

    def line_start(self, tok: Token) -> int:
        """Index of the first token of the line (paragraph) holding tok."""
        return bisect.bisect_left(self._token_starts, self.text.rfind("\n", 0, tok.idx) + 1, 0, tok.i)

    def in_rubric(self, tok: Token) -> bool:
        """A place opening a line as its rubric (« Lorcanie : des soldats tués », « Isère : … »): the colon, within
        the line's first five tokens with no verb before it, says where the news is from; the place is no side of
        the line's acts (the body names who acted)."""
        return self.ent_type(self.midx.get(tok.i)) in ("GPE", "LOC") and self.before_rubric_colon(tok)

    def place_gloss(self, tok: Token) -> bool:
        """A place alone in parentheses after a name (« Lorcy (Isère) », « le magasin X de Lorcy (Isère) »): French
        news glosses a place with its département or region so, or a town with its country; the gloss says where,
        it is no side of an act (a country after an army or a party, « l'armée nationale (Lorcanie) », tells whose)."""
        kind = self.ent_type(self.midx.get(tok.i))
        if kind != "LOC" and kind != "GPE":
            return False        # (asked of every argument phrase, most no place: its edge is read only for a place)
        after = tok.right_edge.i + 1
        return (kind == "LOC" or self.ent_type(self.midx.get(tok.head.i)) in ("GPE", "LOC")) and \
            tok.i > 0 and self.doc[tok.i - 1].text == "(" and after < len(self.doc) and self.doc[after].text == ")"

    def before_rubric_colon(self, tok: Token) -> bool:
        """tok comes before the colon that closes its line's rubric (within the line's first five tokens, no verb
        before it)."""
        start = self.line_start(tok)
        if tok.i - start > 4:
            return False
        for j in range(start, min(start + 6, len(self.doc))):
            t = self.doc[j]
            if t.text == ":":
                return tok.i < j
            if self.pos_at[t.i] in ("VERB", "AUX") or t.is_punct:
                return False
        return False

    @functools.cached_property
    def _token_starts(self) -> list[int]:
        """Each token's character offset, in order."""
        return self._columns[4]

    def governors(self, tok: Token, hops: int = 3):
        """The heads a trigger depends on through complement links (for flags and content checks)."""
        # (read up the head and label columns: the modality readers ask it of every trigger, most of whose heads
        # end the climb at once)
        heads, deps = self.head_column, self.pos_dep_columns[1]
        i = tok.i
        for _ in range(hops):
            if heads[i] == i or deps[i] not in _GOVERNED:
                return
            if deps[i] == _ADVCL:
                h = self.doc[i]
                if not any(c.dep_ == "mark" for c in self.children_of(h)) and any(
                        "Fin" in self.morph_of(t, "VerbForm") for t in [
                        h] + [c for c in self.children_of(h) if c.dep_.startswith("aux")]):
                    return      # « X pourrait … et les Y avaient demandé … »: a finite clause with no conjunction the
                    #             parse hangs on another stands on its own
            i = heads[i]
            yield self.doc[i]

    def _date_tokens(self) -> dict[int, dict]:
        out = {}
        for d in self.doc._.veille_dates or []:
            span = self.doc.char_span(d["start"], d["end"], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out[t.i] = d
        return out

    @functools.cached_property
    def cue_quotes(self) -> dict[int, object]:
        """Token index of each quotation's speech verb → that quotation (with the speaker the quote stage resolved).
        A speech act (« X dénonce … ») has its speaker as actor: one resolver answers for quotes and events."""
        off, out = self.offset, {}
        for q in self.quotes.values():
            if q.cue is None or not q.speaker:
                continue
            span = self.doc.char_span(q.cue.start - off, q.cue.end - off, alignment_mode="expand")
            for t in span or ():
                out.setdefault(t.i, q)
        return out

    @functools.cached_property
    def cue_speakers(self) -> dict[int, str]:
        return {i: q.speaker for i, q in self.cue_quotes.items()}

    def named_in_quote(self, q) -> list[str]:
        """The one actor a quotation's words name besides its speaker and relays (« Si la ministre ne suspend pas
        son texte … »), or none when they name several."""
        span = self.doc.char_span(q.start - self.offset, q.end - self.offset, alignment_mode="expand")
        named = {self.midx[t.i] for t in span or () if self.midx.get(t.i)}
        named -= {q.speaker, *q.via}
        named = {e for e in named if self.ents.get(e) is None or self.ents[e].type != "LOC"}
        return list(named) if len(named) == 1 else []

    @functools.cached_property
    def sports_article(self) -> bool:
        """An article telling matches and results: three words of sport or more, two of them different
        (« finale », « médaille », « olympique »…), as common nouns (not « Sprint », a company) or as the
        rubric opening a line (« Tennis : X se retire du tournoi »)."""
        def rubric(t) -> bool:
            return t.i == self.line_start(t) and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == ":"
        words = [_norm(self.doc[i].lemma_)
                 for i in self.where_words(lemma=lambda w: w in self.lex.sport_words, key="sport")
                 if self.doc[i].text[:1].islower() or rubric(self.doc[i])]
        return len(words) >= 3 and len(set(words)) >= 2

    @functools.cached_property
    def _accident_at(self) -> list[int]:
        words = self.lex.accident_words | self.lex.disaster_words
        return self.where_words(lemma=lambda w: w in words, form=lambda w: w in words, key="accident")

    def accident_told(self, tok) -> bool:
        """An accident or a disaster told in the headline (« collision ferroviaire : … ») or, as what happened (a
        clause's subject or object), in the lead paragraph that sums the news up (« une fuite de gaz a
        causé l'effondrement d'un hangar », not « appelée pour un accident »), or as a
        complement of the token itself (« tués dans l'accident »; not « tuée après avoir été appelée pour un
        accident »), or in the clause of time that follows it (« tués lorsqu'un car est entré en collision avec
        un camion »: French temporal conjunctions `when_marks`, read in word order as parses often hang the
        clause elsewhere; not when that clause tells an attack, « … quand un kamikaze a provoqué l'effondrement »)."""
        def complement(i: int) -> bool:
            t = self.doc[i]
            while t.i != tok.i and t.head.i != t.i and (t.i == i or self.pos_at[t.i] not in ("VERB", "AUX")):
                t = t.head
            return t.i == tok.i
        # (a lead telling an attack too, « un kamikaze a provoqué l'effondrement du bâtiment », is no accident's)
        lead = self.body_start if any(t.type == "ASSAULT" and t.lemma not in self.lex.outcome_harm_words and
                                      self.doc[i].idx < self.lead_end_first for i, t in self.trigger_at.items()) \
            else self.lead_end_first
        return any(self.doc[i].idx < self.body_start or complement(i) or self._told_when(tok, i) or (
            self.doc[i].idx < lead and self.doc[i].dep_ in ("nsubj", "nsubj:pass", "obj", "ROOT"))
            for i in self._accident_at)

    def _told_when(self, tok, i: int) -> bool:
        """The accident word at `i` is in a clause of time opened after the token, in its sentence, that tells no
        attack of its own."""
        sent = self.sent(tok)
        if not tok.i < i < sent.end:
            return False
        mark = next((t.i for t in self.doc[tok.i + 1:i] if _norm(t.text) in self.lex.when_marks), None)
        return mark is not None and not any(
            t.type == "ASSAULT" and t.lemma not in self.lex.outcome_harm_words
            for j, t in self.trigger_at.items() if mark < j < sent.end)

    def natural_agent(self, verb) -> bool:
        """« la tempête a frappé la côte », « le séisme a tué 300 personnes », « détruit par l'ouragan »: the verb's
        subject or agent is an accident or a disaster (`accident_words`, `disaster_words`), a force of nature that
        no actor wields (PLOVER ASSAULT is an actor's use of force), whatever name it bears."""
        words = self.lex.accident_words | self.lex.disaster_words
        return any(c.dep_ in ("nsubj", "obl:agent") and _norm(c.lemma_) in words for c in self.children_of(verb))

    def field_prize(self, tok) -> bool:
        """An honour given in a science or in letters (`prize_fields`: « le prix Nobel de chimie lui a été
        décerné », « récompensé par un prix en physique »): a field word within a few words after « prix » or
        « Nobel » in the honour's sentence."""
        sent = self.sent(tok)
        prizes = [t.i for t in sent if _norm(t.lemma_) in self.lex.award_nouns or _norm(t.text) in self.lex.award_names]
        return any(_norm(t.lemma_) in self.lex.prize_fields or _norm(t.text) in self.lex.prize_fields
                   for i in prizes for t in self.doc[i + 1:min(sent.end, i + 9)])

    def bare_epithet(self, tok: Token) -> bool:
        """A past participle qualifying a noun of no actor with nothing of its own, no agent, no complement (« les
        emplois aidés », « les contrats aidés »): an epithet naming a kind of thing, not an act told (« les rebelles
        soutenus par X » has its agent)."""
        return tok.dep_ in ("acl", "amod") and "Part" in self.morph_of(tok, "VerbForm") and "Past" in self.morph_of(tok, "Tense") \
            and self.pos_at[self.head_column[tok.i]] == "NOUN" and \
            tok.head.i < tok.i and not any(c.dep_ not in ("punct", "advmod") for c in self.children_of(tok)) and \
            self.midx.get(tok.head.i) is None and self.noun_sector(tok.head)[0] is None and \
            _norm(tok.head.lemma_) not in self.lex.titles

    @functools.cached_property
    def chains(self):
        """The article's referent chains (veille_referents), shared with quotes: designations, gender and number,
        outlets, the subject finder."""
        from veille.nlp.referent_chains import referents_of
        return referents_of(self.doc)

    def ent_type(self, eid: str | None) -> str | None:
        """The type of an entity of the article (PER, ORG, GPE, LOC, MISC), None for no entity."""
        ent = self.ents.get(eid) if eid else None
        return ent.type if ent is not None else None

    def is_outlet(self, eid: str) -> bool:
        """A news outlet, as the article's referent chains know it."""
        return self.chains.is_outlet(eid)

    @functools.cached_property
    def relays(self) -> set:
        """Outlets and sources that relay words (« selon le journal X »), as the referent chains read them."""
        return self.chains.relays

    @functools.cached_property
    def lead_end(self) -> int:
        """Doc offset where the first two body paragraphs end."""
        return self.paragraphs_end(2)

    @functools.cached_property
    def lead_end_first(self) -> int:
        """Doc offset where the first body paragraph (the lead) ends."""
        return self.paragraphs_end(1)

    def paragraphs_end(self, count: int) -> int:
        """Doc offset where the first `count` body paragraphs (lines of more than 40 characters) end."""
        text, pos, n = self.text, self.body_start, 0
        while n < count:
            nxt = text.find("\n", pos)
            if nxt == -1:
                return len(text)
            if text[pos:nxt].strip() and len(text[pos:nxt].strip()) > 40:
                n += 1
            pos = nxt + 1
        return pos

