"""`veille evaluate`: run the extraction over gold-annotated articles and score it.

Gold files (`*.gold.json`) name their article in `doc`, relative to the gold file's folder. Each article is read
with `veille.ingest.readers.read_path` and analysed with `veille.process.process`, then scored with the matching
rules below (the gold format and rules are documented in docs/extraction.md):

- Quotes: a system quote and a gold quote match when their overlap covers at least half of each; pairs are made
  one to one, largest share of the gold span first. An unmatched system quote that overlaps a gold quote that way
  is a duplicate (neither right nor wrong); one that overlaps none is a false positive. `optional` gold items
  never count against the system (not needed for recall, not false positives when found).
- Speakers: a system entity is a gold entity when one of its names (name, aliases, mention texts, normalised)
  is one of the gold variants or holds one as a whole-word run; it is *not* when one of its names is exactly a
  variant of another gold entity (two referents merged). A gold speaker of null wants no speaker.
- Events: the type is among the gold `types`, a source matches one gold source (any when the gold lists none),
  a target likewise, and the trigger lies within 250 characters of the evidence or the sentence covers it; one
  to one, nearest first. An unmatched event with the type and actors of a gold event is a duplicate; an
  unmatched negated or hypothetical event is not held against the system. Dates are right when the system's
  ISO date starts with the gold one.
- Entities: each gold entity must be one system entity holding all its `seen` variants and no other referent.
- Boilerplate: each gold noise line must be reported (compared after normalisation).

Micro-averages add up the counts of every file. Ratios are rounded to three decimals.
"""
from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

from veille.names import fold

log = logging.getLogger(__name__)

GOLD_SUFFIX = ".gold.json"
MIN_SHARE = 0.5          # each span must be covered at least this much by the overlap
EVENT_REACH = 250        # characters between a trigger and the gold evidence start
FAR = 10 ** 6            # distance of a location with no trigger offset


# ---------------------------------------------------------------- small helpers

def overlap(a: tuple, b: tuple) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(system: tuple, gold: tuple) -> bool:
    shared = overlap(system, gold)
    return shared >= MIN_SHARE * (gold[1] - gold[0]) and shared >= MIN_SHARE * max(1, system[1] - system[0])


def ratio(num: int, den: int) -> Optional[float]:
    return round(num / den, 3) if den else None


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def pair_one_to_one(candidates: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Greedy one-to-one matching of (score, system index, gold index), best score first → {gold: system}."""
    taken_system, pairs = set(), {}
    for _, si, gi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if si not in taken_system and gi not in pairs:
            taken_system.add(si)
            pairs[gi] = si
    return pairs


def holds_run(name: str, variant: str) -> bool:
    """`name` is `variant` or holds its words as a contiguous run ('le president russe vladimir poutine')."""
    if name == variant:
        return True
    words, run = name.split(), variant.split()
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


# ---------------------------------------------------------------- entity identity

class EntityIndex:
    """The normalised names each system entity is known by, and the gold referents they may stand for."""

    def __init__(self, entities: list[dict], gold_referents: list[list[str]]):
        self.names: dict[Any, set[str]] = {}
        for ent in entities or []:
            names = {fold(ent.get("name"))}
            names |= {fold(a) for a in ent.get("aliases") or []}
            names |= {fold(m.get("text")) for m in ent.get("mentions") or []}
            names.discard("")
            self.names[ent.get("id")] = names
        self.referents = [{fold(v) for v in variants} - {""} for variants in gold_referents]

    def is_referent(self, entity_id: Any, variants: list[str]) -> bool:
        """True when the entity is the gold referent with these variants and is not merged with another one."""
        names = self.names.get(entity_id, set())
        wanted = {fold(v) for v in variants} - {""}
        if not any(holds_run(n, v) for n in names for v in wanted):
            return False
        for other in self.referents:
            if other & wanted:          # the same referent (or one sharing a variant with it)
                continue
            # A name that IS another referent's variant (and not a description holding ours) is a merge.
            if any(n in other and not any(holds_run(n, v) for v in wanted) for n in names):
                return False
        return True


def gold_referents(gold: dict) -> list[list[str]]:
    """Every distinct list of name variants the gold file uses (entities, speakers, relays, actors)."""
    found: list[list[str]] = [e["names"] for e in gold.get("entities") or []]
    for q in gold.get("quotes") or []:
        found += [x for x in (q.get("speaker"), q.get("via")) if x]
    for e in gold.get("events") or []:
        found += [x for x in (e.get("source") or []) + (e.get("target") or []) if x]
    distinct: list[list[str]] = []
    for variants in found:
        if variants not in distinct:
            distinct.append(variants)
    return distinct


# ---------------------------------------------------------------- scoring one article

COUNT_KEYS = ("gold_quotes", "q_tp", "q_fp", "q_fn", "q_core_matched", "q_dup", "spk_ok", "qs_tp", "qs_fp", "qs_fn",
              "via_ok", "via_total", "gold_events", "e_tp", "e_fp", "e_fn", "e_dup", "date_ok", "date_total",
              "ent_ok", "ent_total", "bp_ok", "bp_total")


@dataclass
class Counts:
    """What one or several articles add up to; figures are derived from these."""
    values: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))

    def add(self, other: "Counts") -> None:
        for k in COUNT_KEYS:
            self.values[k] += other.values[k]

    def __getitem__(self, key: str) -> int:
        return self.values[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.values[key] = value

    def figures(self) -> dict[str, Any]:
        c, out = self.values, {}
        if c["gold_quotes"]:
            out["quote_P"], out["quote_R"], out["quote_F1"] = prf(c["q_tp"], c["q_fp"], c["q_fn"])
            out["speaker_acc"] = ratio(c["spk_ok"], c["q_core_matched"]) or 0.0
            out["quote_speaker_P"], out["quote_speaker_R"], out["quote_speaker_F1"] = prf(
                c["qs_tp"], c["qs_fp"], c["qs_fn"])
            out["quote_duplicates"] = c["q_dup"]
            out["via_acc"] = ratio(c["via_ok"], c["via_total"])
        if c["gold_events"]:
            out["event_P"], out["event_R"], out["event_F1"] = prf(c["e_tp"], c["e_fp"], c["e_fn"])
            out["event_duplicates"] = c["e_dup"]
            out["event_date_acc"] = ratio(c["date_ok"], c["date_total"])
        if c["ent_total"]:
            out["entity_merge_acc"] = ratio(c["ent_ok"], c["ent_total"])
        if c["bp_total"]:
            out["boilerplate_flagged"] = f"{c['bp_ok']}/{c['bp_total']}"
        return out


def _score_quotes(gold: dict, system: dict, index: EntityIndex, c: Counts) -> None:
    gold_quotes = gold.get("quotes") or []
    sys_quotes = [q for q in system.get("quotes") or [] if "start" in q and "end" in q]
    c["gold_quotes"] = len(gold_quotes)
    if not gold_quotes:
        return
    candidates = []
    for si, sq in enumerate(sys_quotes):
        for gi, gq in enumerate(gold_quotes):
            s_span, g_span = (sq["start"], sq["end"]), tuple(gq["span"])
            if spans_match(s_span, g_span):
                candidates.append((overlap(s_span, g_span) / max(1, g_span[1] - g_span[0]), si, gi))
    matched = pair_one_to_one(candidates)
    used = set(matched.values())
    near_gold = {si for _, si, _ in candidates}
    c["q_dup"] = sum(1 for si in range(len(sys_quotes)) if si not in used and si in near_gold)
    c["q_fp"] = sum(1 for si in range(len(sys_quotes)) if si not in used and si not in near_gold)

    core = [gi for gi, gq in enumerate(gold_quotes) if not gq.get("optional")]
    core_found = [gi for gi in core if gi in matched]
    optional_found = sum(1 for gi in matched if gold_quotes[gi].get("optional"))
    c["q_core_matched"] = len(core_found)
    c["q_tp"], c["q_fn"] = len(core_found) + optional_found, len(core) - len(core_found)

    def right_speaker(gi: int) -> bool:
        want, got = gold_quotes[gi].get("speaker"), sys_quotes[matched[gi]].get("speaker")
        return not got if not want else index.is_referent(got, want)

    c["spk_ok"] = sum(1 for gi in core_found if right_speaker(gi))
    c["qs_tp"] = c["spk_ok"] + optional_found
    c["qs_fp"] = c["q_fp"] + len(core_found) - c["spk_ok"]
    c["qs_fn"] = len(core) - c["spk_ok"]

    relayed = [gi for gi in core_found if gold_quotes[gi].get("via")]
    c["via_total"] = len(relayed)
    c["via_ok"] = sum(1 for gi in relayed if any(index.is_referent(v, gold_quotes[gi]["via"])
                                                 for v in sys_quotes[matched[gi]].get("via") or []))


def _event_locations(event: dict) -> list[tuple[Optional[int], tuple]]:
    """(trigger start, sentence span) of the event's first telling and of every mention."""
    out = []
    for telling in [event] + list(event.get("mentions") or []):
        trigger, sentence = telling.get("trigger") or {}, telling.get("sentence") or {}
        if trigger.get("start") is None and sentence.get("start") is None:
            continue
        span = (sentence.get("start", trigger.get("start")), sentence.get("end", trigger.get("end")))
        out.append((trigger.get("start"), span))
    return out


def _score_events(gold: dict, system: dict, index: EntityIndex, c: Counts) -> None:
    gold_events = gold.get("events") or []
    c["gold_events"] = len(gold_events)
    if not gold_events:
        return
    sys_events = system.get("events") or []

    def actors_match(ids, gold_lists) -> bool:
        return not gold_lists or any(index.is_referent(x, g) for x in ids or [] for g in gold_lists)

    candidates, same_as_gold = [], set()
    for si, se in enumerate(sys_events):
        for gi, ge in enumerate(gold_events):
            if se.get("type") not in ge["types"]:
                continue
            if not (actors_match(se.get("source"), ge["source"]) and actors_match(se.get("target"), ge["target"])):
                continue
            same_as_gold.add(si)
            evidence = tuple(ge["evidence_span"])
            for trigger_start, sentence in _event_locations(se):
                distance = abs(trigger_start - evidence[0]) if trigger_start is not None else FAR
                covers = None not in sentence and overlap(sentence, evidence) > 0
                if covers or distance <= EVENT_REACH:
                    candidates.append((1.0 / (1 + distance), si, gi))
    matched = pair_one_to_one(candidates)
    used = set(matched.values())
    unmatched = [si for si in range(len(sys_events)) if si not in used]
    c["e_dup"] = sum(1 for si in unmatched if si in same_as_gold)
    c["e_fp"] = sum(1 for si in unmatched if si not in same_as_gold
                    and not (sys_events[si].get("negated") or sys_events[si].get("hypothetical")))
    core = [gi for gi, ge in enumerate(gold_events) if not ge.get("optional")]
    core_found = [gi for gi in core if gi in matched]
    optional_found = sum(1 for gi in matched if gold_events[gi].get("optional"))
    c["e_tp"], c["e_fn"] = len(core_found) + optional_found, len(core) - len(core_found)
    dated = [gi for gi in core_found if gold_events[gi].get("date")]
    c["date_total"] = len(dated)
    c["date_ok"] = sum(1 for gi in dated
                       if str(sys_events[matched[gi]].get("date") or "").startswith(gold_events[gi]["date"]))


def _score_entities(gold: dict, index: EntityIndex, c: Counts) -> None:
    gold_entities = gold.get("entities") or []
    c["ent_total"] = len(gold_entities)
    for ge in gold_entities:
        seen = {fold(x) for x in ge["seen"]}
        if any(seen <= names and index.is_referent(eid, ge["names"]) for eid, names in index.names.items()):
            c["ent_ok"] += 1


def _score_boilerplate(gold: dict, system: dict, c: Counts) -> None:
    lines = gold.get("boilerplate") or []
    reported = {fold(b.get("text")) for b in system.get("boilerplate") or []}
    c["bp_total"] = len(lines)
    c["bp_ok"] = sum(1 for line in lines if fold(line) in reported)


def score_counts(gold: dict, system: dict) -> Counts:
    """The counts of one extraction (a contract dict) against one gold annotation."""
    c = Counts()
    index = EntityIndex(system.get("entities") or [], gold_referents(gold))
    _score_quotes(gold, system, index, c)
    _score_events(gold, system, index, c)
    _score_entities(gold, index, c)
    _score_boilerplate(gold, system, c)
    return c


def score(gold: dict, system: dict) -> dict[str, Any]:
    """Figures of one extraction (the JSON object of the output contract) against one gold annotation."""
    return score_counts(gold, system).figures()


# ---------------------------------------------------------------- running over gold files

def gold_files(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """*.gold.json files: the files given (even absent ones, reported later), and those inside the folders given."""
    found: list[Path] = []
    for p in map(Path, paths):
        found += sorted(p.glob("*" + GOLD_SUFFIX)) if p.is_dir() else [p]
    return found


def _article_for(gold_path: Path, gold: dict):
    """The article a gold file names (the one with the gold's text hash when the file holds several)."""
    from veille.ingest.readers import ReadError, read_path

    doc = gold.get("doc")
    if not doc:
        raise ReadError(gold_path, "gold file names no article (\"doc\")")
    first = None
    for item in read_path(gold_path.parent / doc):
        if isinstance(item, ReadError):
            raise item
        if gold.get("text_sha256") in (None, item.id):
            return item
        first = first or item
    if first is None:
        raise ReadError(gold_path.parent / doc, "no article")
    log.warning("%s: text_sha256 differs from the gold's, offsets may not align", gold_path.parent / doc)
    return first


def evaluate_file(gold_path: Path, extract: Optional[Callable] = None) -> dict[str, Any]:
    """Score one gold file; an article that cannot be analysed is scored as an empty extraction, with its error
    (a gold file that cannot be read counts for nothing, with its error)."""
    from veille.process import process

    extract = extract or process
    row: dict[str, Any] = {"gold": str(gold_path), "doc": None, "error": None}
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        row["error"] = f"unreadable gold file ({getattr(exc, 'strerror', None) or exc})"
        row["counts"], row["figures"] = Counts().values, {}
        return row
    row["doc"] = gold.get("doc")
    try:
        system = extract(_article_for(Path(gold_path), gold)).to_dict()
    except Exception as exc:  # noqa: BLE001 — one bad article must not hide the others' figures
        log.warning("%s: %s", gold_path, exc)
        row["error"] = str(exc)
        system = {}
    counts = score_counts(gold, system)
    row["counts"] = counts.values
    row["figures"] = counts.figures()
    return row


def evaluate_paths(paths: Iterable[Union[str, Path]], *, progress: Union[None, bool, Callable] = None,
                   extract: Optional[Callable] = None) -> dict[str, Any]:
    """Run the extraction over the articles named by gold files (folders or *.gold.json) and score it.

    Returns {"files": [{gold, doc, error, counts, figures}], "micro": figures summed over every file,
    "counts": the summed counts}. `progress`: None shows a bar on stderr when it is a terminal, False none,
    a callable is called with each finished row. `extract` replaces `veille.process.process` (tests).
    """
    files = gold_files(paths)
    total, rows = Counts(), []
    bar = None
    if progress is None and sys.stderr.isatty() and files:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("evaluate"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        task = bar.add_task("evaluate", total=len(files))
        bar.start()
    try:
        for path in files:
            row = evaluate_file(path, extract)
            rows.append(row)
            total.add(Counts(dict(row["counts"])))
            if bar is not None:
                bar.advance(task)
            elif callable(progress):
                progress(row)
    finally:
        if bar is not None:
            bar.stop()
    micro = total.figures()
    micro["files"] = len(rows)
    micro["errors"] = sum(1 for r in rows if r["error"])
    return {"files": rows, "micro": micro, "counts": total.values}


# ---------------------------------------------------------------- report

QUOTE_COLUMNS = (
    ("quote_P", "quote P"), ("quote_R", "quote R"), ("quote_F1", "quote F1"), ("speaker_acc", "speaker acc"),
    ("quote_speaker_F1", "quote+speaker F1"), ("via_acc", "via acc"), ("quote_duplicates", "dup"),
)
OTHER_COLUMNS = (
    ("event_P", "event P"), ("event_R", "event R"), ("event_F1", "event F1"), ("event_date_acc", "date acc"),
    ("event_duplicates", "dup"), ("entity_merge_acc", "entity merge"), ("boilerplate_flagged", "boilerplate"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table(title: str, columns, rows: list[dict], micro: dict):
    from rich.table import Table
    from rich.text import Text

    present = [(k, label) for k, label in columns if k in micro or any(k in r["figures"] for r in rows)]
    table = Table(title=title, title_justify="left")
    table.add_column("article", no_wrap=True)
    for _, label in present:
        table.add_column(label, justify="right")
    for r in rows:
        name = Path(r["gold"]).name
        name = name[: -len(GOLD_SUFFIX)] if name.endswith(GOLD_SUFFIX) else name
        label = Text(name)
        if r.get("error"):
            label.append(" (error)", style="red")
        table.add_row(label, *(_cell(r["figures"].get(k)) for k, _ in present))
    table.add_section()
    table.add_row(Text(f"micro ({len(rows)} files)", style="bold"),
                  *(Text(_cell(micro.get(k)), style="bold") for k, _ in present))
    return table


def print_report(report: dict[str, Any], file=None) -> None:
    """Per-file and micro-averaged figures as rich tables on stdout: quotes, then events/entities/boilerplate."""
    from rich.console import Console

    rows = report.get("files") or []
    micro = report.get("micro") or {}
    console = Console(file=file, highlight=False) if file is not None else Console(highlight=False)
    if not console.is_terminal:  # piped or captured: wide enough for every column
        console = Console(file=file or sys.stdout, width=140, highlight=False)
    quote_rows = [r for r in rows if r["counts"]["gold_quotes"]]
    other_rows = [r for r in rows if any(r["counts"][k] for k in ("gold_events", "ent_total", "bp_total"))]
    if quote_rows:
        console.print(_table("Quotes and speakers", QUOTE_COLUMNS, quote_rows, micro))
    if other_rows:
        console.print(_table("Events, entities, boilerplate", OTHER_COLUMNS, other_rows, micro))
    if not rows:
        console.print("no gold files")
    console.print(f"{micro.get('files', len(rows))} files, {micro.get('errors', 0)} errors")
    for r in rows:
        if r.get("error"):
            console.print(f"error: {r['gold']}: {r['error']}", markup=False)
