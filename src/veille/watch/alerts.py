"""Alerts: rules over newly stored records, one JSON notification per matching record, never twice.

Rules: a speaker (quotes whose speaker's name or alias contains NAME), an actor and/or a PLOVER type (events
whose source — or target, or either — has that country code, kb id or sector), or a text query (articles whose
title and text contain every term; "quoted phrases" kept whole). Matching ignores case and accents.

Each match gets a `record_key` that stays the same when an edited article is ingested again (it is built from the
article's key and the record's content, not from the content-hash id), and a row in alert_deliveries,
UNIQUE(alert_id, record_key): the row is created once, delivered (webhook POST or JSONL line), and marked
delivered; a failed delivery stays pending and is retried on later runs, up to MAX_ATTEMPTS.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shlex
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import httpx

from veille.model import PLOVER_TYPES
from veille.names import fold
from veille.store import Store
from veille.watch.fetch import USER_AGENT
from veille.watch.state import normalise_url, now_utc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10          # a delivery failing this many times (over several runs) is given up
ROLES = ("source", "target", "any")


@dataclass
class Alert:
    id: int
    speaker: Optional[str]
    actor: Optional[str]
    actor_role: str
    event_type: Optional[str]
    query: Optional[str]
    sink: str
    target: str
    created_at: str
    enabled: int

    @property
    def kind(self) -> str:
        if self.speaker:
            return "speaker"
        if self.query:
            return "query"
        return "event"

    def rule(self) -> str:
        if self.speaker:
            return f"speaker: {self.speaker}"
        if self.query:
            return f"query: {self.query}"
        parts = []
        if self.actor:
            parts.append(f"actor: {self.actor}" + ("" if self.actor_role == "source" else f" ({self.actor_role})"))
        if self.event_type:
            parts.append(f"type: {self.event_type}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"id": self.id, "rule": self.rule(), "speaker": self.speaker, "actor": self.actor,
                "actor_role": self.actor_role, "type": self.event_type, "query": self.query, "sink": self.sink,
                "target": self.target, "created_at": self.created_at, "enabled": bool(self.enabled)}


_ALERT_COLUMNS = "id, speaker, actor, actor_role, event_type, query, sink, target, created_at, enabled"


def add_alert(store: Store, *, speaker: Optional[str] = None, actor: Optional[str] = None,
              event_type: Optional[str] = None, query: Optional[str] = None, role: str = "source",
              webhook: Optional[str] = None, file: Optional[str] = None) -> Alert:
    """Validate and save one rule with one sink (an identical alert is returned as is). Raises ValueError with a
    one-line reason."""
    speaker, actor, query = (v.strip() if v else None for v in (speaker, actor, query))
    rules = sum(bool(x) for x in (speaker, actor or event_type, query))
    if rules != 1:
        raise ValueError("give exactly one rule: --speaker NAME, --actor CODE and/or --type TYPE, or --query TEXT")
    if event_type:
        event_type = event_type.strip().upper()
        if event_type not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {event_type!r} (one of {', '.join(PLOVER_TYPES)})")
    if role not in ROLES:
        raise ValueError(f"--role must be one of {', '.join(ROLES)}")
    if query and not query_terms(query):
        raise ValueError("the query has no words")
    if bool(webhook) == bool(file):
        raise ValueError("give exactly one sink: --webhook URL or --file PATH")
    if webhook:
        sink, target = "webhook", normalise_url(webhook)
    else:
        sink, target = "file", str(Path(file).expanduser().resolve())
    with store.transaction() as conn:
        same = conn.execute("SELECT id FROM alerts WHERE speaker IS ? AND actor IS ? AND actor_role = ? AND"
                            " event_type IS ? AND query IS ? AND sink = ? AND target = ?",
                            (speaker, actor, role, event_type, query, sink, target)).fetchone()
        if same:   # the same rule and sink twice would notify every record twice
            return get_alert(store, same[0])
        cur = conn.execute("INSERT INTO alerts(speaker, actor, actor_role, event_type, query, sink, target,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (speaker, actor, role, event_type, query, sink, target, now_utc()))
    return get_alert(store, cur.lastrowid)


def get_alert(store: Store, alert_id: int) -> Optional[Alert]:
    row = store.conn.execute(f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)).fetchone()
    return Alert(*tuple(row)) if row else None


def list_alerts(store: Store) -> list[Alert]:
    return [Alert(*tuple(r)) for r in store.conn.execute(f"SELECT {_ALERT_COLUMNS} FROM alerts ORDER BY id")]


def remove_alert(store: Store, alert_id: int) -> bool:
    with store.transaction() as conn:
        cur = conn.execute("DELETE FROM alerts WHERE id = ?", (alert_id,))
    return cur.rowcount > 0


def delivery_counts(store: Store) -> dict[int, dict]:
    rows = store.conn.execute(
        "SELECT alert_id, count(delivered_at), sum(delivered_at IS NULL AND attempts < ?),"
        " sum(delivered_at IS NULL AND attempts >= ?), max(delivered_at),"
        " (SELECT last_error FROM alert_deliveries d2 WHERE d2.alert_id = d.alert_id AND last_error IS NOT NULL"
        "  ORDER BY id DESC LIMIT 1)"
        " FROM alert_deliveries d GROUP BY alert_id", (MAX_ATTEMPTS, MAX_ATTEMPTS))
    return {r[0]: {"delivered": r[1], "pending": r[2] or 0, "given_up": r[3] or 0, "last_delivered": r[4],
                   "last_error": r[5]} for r in rows}


# -- matching ------------------------------------------------------------------------------------------------
def padded_fold(text: Optional[str]) -> str:
    """The folded text (`veille.names.fold`) padded with spaces, so that `in` finds whole words only."""
    folded = fold(text)
    return f" {folded} " if folded else ""


def contains(haystack: Optional[str], needle: str) -> bool:
    n = padded_fold(needle)
    return bool(n) and n in padded_fold(haystack)


def query_terms(query: str) -> list[str]:
    try:
        terms = shlex.split(query)
    except ValueError:   # an unbalanced quote: take the words
        terms = query.replace('"', " ").split()
    return [t for t in terms if padded_fold(t)]


def _digest(*parts: Optional[str]) -> str:
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:32]


def _article_info(row) -> dict:
    return {"id": row["id"], "key": row["key"], "url": row["url"], "title": row["title"],
            "published": row["published"], "outlet": row["outlet"]}


def _articles(store: Store, article_ids: list[str]) -> dict[str, dict]:
    out = {}
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT id, key, url, title, published, outlet, text FROM articles"
                                    f" WHERE id IN ({marks})", chunk):
            out[r["id"]] = {"info": _article_info(r), "text": r["text"]}
    return out


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def match_speaker(store: Store, alert: Alert, articles: dict[str, dict]) -> list[tuple[str, str, dict]]:
    out = []
    for chunk in _chunks(list(articles)):
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            "SELECT q.article_id, q.id, q.text, q.kind, q.speaker_name, q.speaker_kb_id, q.cue_text, q.channel,"
            " q.confidence, e.aliases FROM quotes q LEFT JOIN entities e"
            " ON e.article_id = q.article_id AND e.id = q.speaker_id"
            f" WHERE q.article_id IN ({marks}) AND q.speaker_name IS NOT NULL ORDER BY q.article_id, q.start",
            chunk)
        for r in rows:
            names = [r["speaker_name"]] + _json_list(r["aliases"])
            if not any(contains(name, alert.speaker) for name in names):
                continue
            art = articles[r["article_id"]]["info"]
            key = "quote:" + _digest(art["key"], padded_fold(r["speaker_name"]), padded_fold(r["text"]))
            out.append((key, r["article_id"], {
                "kind": "quote", "article": art,
                "quote": {"id": r["id"], "text": r["text"], "kind": r["kind"], "speaker": r["speaker_name"],
                          "speaker_kb_id": r["speaker_kb_id"], "cue": r["cue_text"], "channel": r["channel"],
                          "confidence": r["confidence"]}}))
    return out


def _json_list(value: Optional[str]) -> list[str]:
    try:
        data = json.loads(value) if value else []
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def match_event(store: Store, alert: Alert, articles: dict[str, dict]) -> list[tuple[str, str, dict]]:
    out = []
    code = alert.actor.upper() if alert.actor else None
    for chunk in _chunks(list(articles)):
        marks = ",".join("?" * len(chunk))
        params: list = list(chunk)
        sql = ("SELECT article_id, id, type, mode, date, date_text, trigger_text, sentence_start, sentence_end,"
               " negated, hypothetical, confidence FROM events"
               f" WHERE article_id IN ({marks}) AND negated = 0")
        if alert.event_type:
            sql += " AND type = ?"
            params.append(alert.event_type)
        events = store.conn.execute(sql + " ORDER BY article_id, sentence_start", params).fetchall()
        actors: dict[tuple[str, str], list] = {}
        for a in store.conn.execute(
                "SELECT ea.article_id, ea.event_id, ea.role, ea.name, ea.kb_id, ea.country, e.sector"
                " FROM event_actors ea LEFT JOIN entities e ON e.article_id = ea.article_id AND e.id = ea.entity_id"
                f" WHERE ea.article_id IN ({marks})", chunk):
            actors.setdefault((a["article_id"], a["event_id"]), []).append(a)
        for v in events:
            these = actors.get((v["article_id"], v["id"]), [])
            if code and not any(_actor_matches(a, code, alert.actor_role) for a in these):
                continue
            art = articles[v["article_id"]]
            sentence = art["text"][v["sentence_start"]:v["sentence_end"]] if v["sentence_start"] is not None else ""
            key = "event:" + _digest(art["info"]["key"], v["type"], padded_fold(v["trigger_text"]),
                                     padded_fold(sentence))
            out.append((key, v["article_id"], {
                "kind": "event", "article": art["info"],
                "event": {"id": v["id"], "type": v["type"], "mode": v["mode"], "date": v["date"],
                          "date_text": v["date_text"], "trigger": v["trigger_text"], "sentence": sentence,
                          "source": [a["name"] for a in these if a["role"] == "source"],
                          "target": [a["name"] for a in these if a["role"] == "target"],
                          "hypothetical": bool(v["hypothetical"]), "confidence": v["confidence"]}}))
    return out


def _actor_matches(actor, code: str, role: str) -> bool:
    if role != "any" and actor["role"] != role:
        return False
    return code in {(actor["country"] or "").upper(), (actor["kb_id"] or "").upper(), (actor["sector"] or "").upper()}


def match_query(store: Store, alert: Alert, articles: dict[str, dict]) -> list[tuple[str, str, dict]]:
    terms = query_terms(alert.query)
    out = []
    for aid, art in articles.items():
        haystack = padded_fold((art["info"]["title"] or "") + "\n" + art["text"])
        if all(padded_fold(t) in haystack for t in terms):
            out.append(("article:" + _digest(art["info"]["key"]), aid, {"kind": "article", "article": art["info"]}))
    return out


def find_matches(store: Store, alert: Alert, article_ids: list[str]) -> list[tuple[str, str, dict]]:
    """(record_key, article_id, payload body) for every record of these articles the alert matches."""
    articles = _articles(store, article_ids)
    if not articles:
        return []
    if alert.kind == "speaker":
        return match_speaker(store, alert, articles)
    if alert.kind == "query":
        return match_query(store, alert, articles)
    return match_event(store, alert, articles)


def queue_matches(store: Store, article_ids: Optional[list[str]] = None) -> int:
    """Create one pending delivery per new (alert, record); records already queued are ignored.
    Without `article_ids`, each alert looks at the articles ingested since it was created."""
    queued = 0
    for alert in list_alerts(store):
        if not alert.enabled:
            continue
        ids = article_ids if article_ids is not None else [r[0] for r in store.conn.execute(
            "SELECT id FROM articles WHERE ingested_at >= ?", (alert.created_at,))]
        matches = find_matches(store, alert, ids)
        if not matches:
            continue
        now = now_utc()
        with store.transaction() as conn:
            for key, aid, body in matches:
                payload = {"alert": {"id": alert.id, "rule": alert.rule()}, "record_key": key, **body,
                           "matched_at": now}
                cur = conn.execute("INSERT OR IGNORE INTO alert_deliveries(alert_id, record_key, article_id,"
                                   " payload, created_at) VALUES (?, ?, ?, ?, ?)",
                                   (alert.id, key, aid, json.dumps(payload, ensure_ascii=False), now))
                queued += cur.rowcount
    return queued


# -- delivery ------------------------------------------------------------------------------------------------
class DeliveryError(Exception):
    pass


def _post(client: httpx.Client, url: str, payload: str) -> None:
    try:
        resp = client.post(url, content=payload.encode("utf-8"),
                           headers={"Content-Type": "application/json; charset=utf-8"})
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from None
    if not 200 <= resp.status_code < 300:
        raise DeliveryError(f"HTTP {resp.status_code}")


def _append(path: str, payload: str) -> None:
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(payload + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise DeliveryError(f"{path}: {exc.strerror or exc}") from None


def deliver_pending(store: Store, *, retries: int = 2, backoff: float = 0.5, timeout: float = 10.0,
                    sleep=time.sleep) -> tuple[int, int]:
    """Deliver every pending notification, oldest first; returns (delivered, failed). A delivery is marked done
    right after it succeeds, so a crash can at worst resend the one in flight (payloads carry record_key for
    receivers that want to be sure)."""
    rows = store.conn.execute(
        "SELECT d.id, d.payload, a.sink, a.target FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id"
        " WHERE d.delivered_at IS NULL AND d.attempts < ? AND a.enabled = 1 ORDER BY d.id",
        (MAX_ATTEMPTS,)).fetchall()
    if not rows:
        return 0, 0
    delivered = failed = 0
    broken: dict[str, str] = {}   # a sink that failed this run is not retried for each of its rows
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=timeout) as client:
        for row in rows:
            target = row["target"]
            error, attempts = broken.get(target), 0
            if error is None:
                for attempt in range(retries + 1):
                    attempts += 1
                    try:
                        if row["sink"] == "webhook":
                            _post(client, target, row["payload"])
                        else:
                            _append(target, row["payload"])
                        error = None
                        break
                    except DeliveryError as exc:
                        error = str(exc)
                        if attempt < retries:
                            sleep(backoff * 2 ** attempt)
                if error:
                    broken[target] = error
            else:
                attempts = 1
            with store.transaction() as conn:
                if error is None:
                    conn.execute("UPDATE alert_deliveries SET delivered_at = ?, attempts = attempts + ?,"
                                 " last_error = NULL WHERE id = ?", (now_utc(), attempts, row["id"]))
                    delivered += 1
                else:
                    conn.execute("UPDATE alert_deliveries SET attempts = attempts + ?, last_error = ? WHERE id = ?",
                                 (attempts, error, row["id"]))
                    failed += 1
                    log.warning("alert delivery to %s failed: %s", target, error)
    return delivered, failed


def run_alerts(store: Store, article_ids: Optional[list[str]], **delivery) -> tuple[int, int]:
    """Match the alerts against these (newly ingested) articles — or, given None, against everything ingested
    since each alert was created — then deliver everything pending."""
    if not store.conn.execute("SELECT 1 FROM alerts WHERE enabled = 1 LIMIT 1").fetchone():
        return 0, 0
    if article_ids is None or article_ids:
        queue_matches(store, article_ids)
    return deliver_pending(store, **delivery)
