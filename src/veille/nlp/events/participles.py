"""Participle clauses of the clause stage: who does the act of a gerund (« en accusant X »), of a present participle
apposed to a clause (« …, tuant 32 personnes ») or of a participle phrase opening the sentence. French grammar
gives the first two the subject of the verb they go with; the quote stage reads that verb the same way
(`SubjectFinder.participle_main_verb`, through the referent chains)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.subjects import participle_clause


class ParticipleReader:
    """Mixin of `ClauseReader`: reads the article state of `EventDoc`, subjects through `ClauseReader.subject`."""

    def main_clause_subject(self, part: Token, hops: int) -> list[str]:
        """The subject of the verb a gerund, an apposed participle or an adverbial infinitive goes with (« X a
        critiqué le projet en accusant Y »: X accuses; « X a tiré avant de s'enfuir »), read by the referent chains'
        subject finder whatever word the parse hangs it on. Of a passive: its surface subject for a gerund or an
        infinitive (« X a été arrêté en tentant de fuir », « … après avoir frappé Y »), its agent for an apposed
        participle (« des écoles ont été bombardées par X, tuant … »)."""
        main = self.chains.participle_main_verb(part)
        if main is None or hops >= 3:
            return []
        ids, passive = self.subject(main, hops + 1)
        if passive and not ids:
            ids = self.surface_subject(main) if participle_clause(part) in ("gerund", "infinitive") else self.agent(main)
        return ids

    def controlled_patient(self, verb: Token) -> list[str]:
        """« la députée est morte après avoir été attaquée », « X a tiré avant d'être abattu »: the surface subject of
        a passive adverbial infinitive, the one who underwent its act, is the main clause's subject (French subject
        control)."""
        if participle_clause(verb) != "infinitive" or not self.is_passive(verb):
            return []
        return self.main_clause_subject(verb, 1)

    def after_agentless_passive(self, verb: Token) -> bool:
        """« des écoles ont été bombardées, tuant 50 civils »: a participle continuing a passive whose agent is not
        named does the act of that unnamed agent."""
        head = verb.head
        return verb.dep_ in ("advcl", "conj", "xcomp") and "Part" in self.morph_of(verb, "VerbForm") and \
            head.i != verb.i and self.is_passive(head) and not self.agent(head)

    def fronted_participle_patient(self, part: Token) -> list[str]:
        """« Formés et soutenus par X, les rebelles … »: a participle phrase opening the sentence tells what was
        done to the subject that follows its comma (read from word order: parses split such sentences)."""
        doc = self.doc
        start, lo = part.i, self.line_start(part)     # the sentence start, read from punctuation
        while start > lo and doc[start - 1].text not in (".", "!", "?", ";", ":"):
            start -= 1
        if any(self.pos_at[t.i] not in ("ADV", "CCONJ", "VERB", "NOUN", "ADJ", "SPACE") or t.text == ","
               for t in doc[start:part.i]):
            return []
        end = next((t.i for t in doc[part.i + 1:min(len(doc), part.i + 40)] if t.text in (".", ";") or "\n" in t.text),
                   min(len(doc), part.i + 40))
        comma = next((t for t in doc[part.i + 1:end] if t.text == ","), None)
        if comma is None or any(t.pos_ == "VERB" and "Fin" in self.morph_of(t, "VerbForm") for t in doc[part.i:comma.i]):
            return []
        head = next((t for t in doc[comma.i + 1:min(end, comma.i + 5)] if self.pos_at[t.i] in ("NOUN", "PROPN")), None)
        if head is None or not any(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in doc[comma.i + 1:head.i + 1]):
            return []
        return self.phrase_entities(head)
