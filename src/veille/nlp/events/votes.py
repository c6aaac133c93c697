"""Votes and polls, which PLOVER does not code: a verb whose clause counts votes or opinions (« approuve
l'indépendance à 92,7 % », « 68 % des électeurs soutiennent X ») tells no act. Read by the extractor's checks of
what is no act."""
from __future__ import annotations

import functools

from spacy.strings import get_string_id
from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm


_PERCENT = get_string_id("%")


class VoteReader:
    """Mixin of `ClauseReader`: reads the lexicon's election nouns and share words, `case_of` and the Doc's forms."""

    def is_vote(self, verb: Token, yielding: bool = False) -> bool:
        """An election or a vote count, which PLOVER does not code: its object or subject is a vote, or it is
        counted in per cent (« approuve l'indépendance à 92,7 % »). A yielding verb's complement names the race
        it gives up (« renonce à se présenter à l'élection », « se retire de la primaire »), no vote."""
        if not self._election_words and _PERCENT not in self._hash_columns[3]:
            return False        # (most articles: no word of a vote, no « % », nothing below can pass)
        for c in self.children_of(verb):
            if c.dep_ in ("obj", "nsubj", "nsubj:pass") and _norm(c.lemma_) in self.lex.election_nouns:
                return True
            # (an article with no « % » at all, most, has no phrase to search for one)
            if c.dep_.startswith("obl") and _PERCENT in self._hash_columns[3] and any(
                    t.text == "%" for t in c.subtree) and self.case_of(c) == "à":
                return True
            if not yielding and any(g.dep_.startswith("obl") and _norm(g.lemma_) in self.lex.election_nouns
                                    for g in [c, *self.children_of(c)]):
                return True     # « affrontera le maire sortant lors de l'élection municipale »: a contest of votes
        return False

    @functools.cached_property
    def _election_words(self) -> bool:
        """The article has a word whose lemma is an election noun (sought once per article)."""
        return bool(self.where_words(lemma=lambda w: w in self.lex.election_nouns, key="election_nouns"))

    def counted_opinion(self, verb: Token) -> bool:
        """A poll's count of opinions, no act: the verb's subject or agent (or the parse's apposition to it) is a
        share of a public (« 68 % des électeurs soutiennent X », « 7 Lorcaniens sur 10 jugent … », « critiqué par
        60 % des sondés »), counted like the votes `is_vote` leaves out."""
        sides = [c for c in self.children_of(verb) if c.dep_ in ("nsubj", "nsubj:pass") or c.dep_.startswith("obl") and
                 self.case_of(c) in self.lex.agent_preps]
        return any(self._share(c) for c in sides + [a for c in sides for a in self.children_of(c) if a.dep_ == "appos"])

    def _share(self, c: Token) -> bool:
        """« 68 % », « 68 pour cent », « 7 Lorcaniens sur 10 » (a count over a count)."""
        return _norm(c.text) in self.lex.share_words or any(g.dep_ == "nmod" and (
            _norm(g.text) in self.lex.share_words or f"{self.case_of(g)} {_norm(g.text)}" in self.lex.share_words or
            self.case_of(g) == "sur" and g.like_num and any(n.dep_ == "nummod" for n in self.children_of(c)))
            for g in self.children_of(c))
