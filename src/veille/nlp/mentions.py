"""Look-ups shared by components: which entity a token or span refers to, and where the parser's sentences
bound."""
from __future__ import annotations

from typing import Optional

from spacy.attrs import SENT_START


def mention_index(doc) -> dict[int, str]:
    """token index → entity id, for every token inside a mention in doc.spans['veille_mentions']."""
    cached = doc.user_data.get("veille_mention_index")
    if cached is not None and cached[0] == len(doc.spans.get("veille_mentions", [])):
        return cached[1]
    idx: dict[int, str] = {}
    for span in doc.spans.get("veille_mentions", []):
        for i in range(span.start, span.end):
            idx.setdefault(i, span.label_)
    doc.user_data["veille_mention_index"] = (len(doc.spans.get("veille_mentions", [])), idx)
    return idx


def mention_rows(doc) -> list[tuple[int, int, str, int]]:
    """(start, end, entity id, root index) of each mention in doc.spans['veille_mentions'], in the group's order.
    A pass over the span group builds every Span afresh (and its label and root with it), and the readers pass over
    it for each word they resolve; the rows are read once per mention, and those the registry appends since (the
    group only grows once built) are added as they come."""
    group = doc.spans.get("veille_mentions")
    if group is None:
        return []
    cached = doc.user_data.get("veille_mention_rows")
    rows = cached[1] if cached is not None and cached[0] == id(group) else None
    if rows is None or len(rows) > len(group) or rows and (
            (last := group[len(rows) - 1]).start, last.label_) != (rows[-1][0], rows[-1][2]):
        rows = []       # (a group built again since: read afresh)
        doc.user_data["veille_mention_rows"] = (id(group), rows)
    for k in range(len(rows), len(group)):
        span = group[k]
        rows.append((span.start, span.end, span.label_, span.root.i))
    return rows


def entity_at(doc, token_or_span) -> Optional[str]:
    """Entity id of the mention covering this token (or the span's root, then any of its tokens)."""
    idx = mention_index(doc)
    if hasattr(token_or_span, "root"):
        root = token_or_span.root
        if root.i in idx:
            return idx[root.i]
        for t in token_or_span:
            if t.i in idx:
                return idx[t.i]
        return None
    return idx.get(token_or_span.i)


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each token's parser sentence (Token.sent walks the doc on every access), read
    once per Doc: the referent chains and the events both ask."""
    cached = doc.user_data.get("veille_sentence_bounds")
    if cached is not None and len(cached) == len(doc):
        return cached
    if not doc.has_annotation("SENT_START"):
        starts = [0]
    elif "sents" in doc.user_hooks:
        starts = [s.start for s in doc.sents]
    else:
        # what `Doc.sents` yields, read from the sentence-start column without building a Span per sentence
        column = doc.to_array(SENT_START).tolist()
        starts = [0] + [i for i in range(1, len(column)) if column[i] == 1]
    starts.append(len(doc))
    bounds = []
    for a, b in zip(starts, starts[1:]):
        bounds.extend([(a, b)] * (b - a))
    doc.user_data["veille_sentence_bounds"] = bounds
    return bounds


def in_boilerplate(doc, token) -> bool:
    return any(s.start <= token.i < s.end for s in doc.spans.get("veille_boilerplate", []))
