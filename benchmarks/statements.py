"""Statements after the real pipeline: the gold of tests/data/statements, extracted by veille.process.process.

Each gold article is processed (its gold outlet and date set), written to a temporary store, and each gold report
is matched to the extracted quote overlapping its span most. Pairwise precision and recall of « same statement »
are computed over all gold reports: a report the pipeline missed, or gave no speaker, is a statement of its own
(so it costs recall). tests/test_crossref_statements.py measures the matcher alone, on the gold's own quotes.

    python benchmarks/statements.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from crossref_gold import gold_article, load_gold, pairwise_scores  # noqa: E402
from veille.store import Store  # noqa: E402


def main() -> None:
    from veille.process import process

    gold = load_gold()
    predicted, labels, found, with_speaker = {}, {}, 0, 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "gold.db") as store:
        extracted = {}
        for name, meta in gold["articles"].items():
            ext = process(gold_article(name, meta))
            store.write(ext)
            extracted[name] = ext
        groups = {(a, q): g for a, q, g in store.conn.execute(
            "SELECT article_id, item_id, group_id FROM crossref_members WHERE kind = 'statement'")}
        for n, r in enumerate(gold["reports"]):
            ext = extracted[r["article"]]
            start = ext.article.text.index(r["quote"])
            end = start + len(r["quote"])
            best = max(ext.quotes, key=lambda q: min(end, q.end) - max(start, q.start), default=None)
            labels[n] = r["statement"]
            predicted[n] = ("alone", n)
            if best is None or min(end, best.end) - max(start, best.start) <= 0:
                continue
            found += 1
            group = groups.get((ext.article.id, best.id))
            if group is not None:
                with_speaker += 1
                predicted[n] = group
    scores = pairwise_scores(predicted, labels)
    print(f"{len(labels)} gold reports: {found} found by the quote extractor, {with_speaker} of them in a statement "
          f"(2+ content words with a speaker, 6+ without)")
    print(f"pairwise over all gold reports: precision {scores['precision']:.3f}, recall {scores['recall']:.3f} "
          f"({scores['tp']} of {scores['true_pairs']} pairs, {scores['fp']} false)")


if __name__ == "__main__":
    sys.exit(main())
