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
"""
from __future__ import annotations

import logging

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

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
        words = [proxy if w.i == word.i else w.text for w in sent]
        spaces = [bool(w.whitespace_) for w in sent]
        spaces[-1] = False
        again = Doc(doc.vocab, words=words, spaces=spaces)
        for name in PARSE_STAGES:
            if name in self.nlp.pipe_names:
                again = self.nlp.get_pipe(name)(again)
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


def _has_verbal_root(sent: Span) -> bool:
    root = sent.root
    return root.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in root.children)
