"""What every read query shares: connections, full-text syntax, date and outlet filters, actor resolution.

Every query of the package takes a `Store` or a bare sqlite3 connection first and returns plain dicts (row shapes
in docs/queries.md). SQL is always parameterised; user words reach FTS5 only through `fts_query`.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Optional, Union

from veille.model import PLOVER_QUAD
from veille.names import fold as fold_name

# Snippet markers: private-use characters that survive HTML escaping; `plain_snippet` turns them into [ and ]
# for JSON, the web page into <mark>, the terminal into colour.
MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 24
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# PLOVER quad categories (model.PLOVER_QUAD): verbal and material co-operation versus verbal and material conflict.
COOPERATION_TYPES = frozenset(t for t, q in PLOVER_QUAD.items() if q in (1, 2))
CONFLICT_TYPES = frozenset(t for t, q in PLOVER_QUAD.items() if q in (3, 4))

Db = Union["Store", sqlite3.Connection]  # noqa: F821


class BadFilter(ValueError):
    """A filter value the queries cannot use (a malformed date, an unknown event type): one line for the user."""


def connection(db: Any) -> sqlite3.Connection:
    """The sqlite3 connection of a Store (or the connection itself), with Row rows and the fold function."""
    conn = getattr(db, "conn", db)
    conn.row_factory = sqlite3.Row
    conn.create_function("veille_fold", 1, fold_name, deterministic=True)
    return conn


def connect_readonly(db_path: Union[str, Path]) -> sqlite3.Connection:
    """A read-only connection (mode=ro, query_only): whoever holds it cannot write the store."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA query_only = 1")
    # Pages jump between articles: read through the OS page cache (mmap) and keep a larger private cache.
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA cache_size = -32768")
    return connection(conn)


def polarity(event_type: str) -> str:
    return "cooperation" if event_type in COOPERATION_TYPES else "conflict" if event_type in CONFLICT_TYPES \
        else "other"


def actor_key(kb_id: Optional[str], name: Optional[str]) -> Optional[str]:
    """What links to an actor: its kb id when it has one, else its name."""
    return kb_id or name


def loads_list(value: Optional[str]) -> list:
    try:
        out = json.loads(value) if value else []
    except ValueError:
        return []
    return out if isinstance(out, list) else []


def plain_snippet(row: dict) -> dict:
    """The row with its snippet's match markers as [ and ] (the JSON form, CLI and API alike)."""
    if row.get("snippet"):
        row["snippet"] = row["snippet"].replace(MARK_START, "[").replace(MARK_END, "]")
    return row


# -- user input --------------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: Optional[str]) -> Optional[str]:
    """User text → an FTS5 MATCH expression: every word must appear; "quoted phrases" and hyphenated or
    apostrophised words (cessez-le-feu, l'Ukraine) stay phrases; a trailing * makes a prefix search. Control
    characters (a NUL byte) separate words. Never passes FTS5 syntax through, so any input is safe."""
    parts = []
    for m in re.finditer(r'"([^"]*)"|([^\s"]+)', _CONTROL.sub(" ", text or "")):
        prefix = m.group(2) is not None and m.group(2).endswith("*")
        words = _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2))
        if words:
            parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def clean_text(value: Optional[str]) -> Optional[str]:
    """A filter value as typed: control characters out, blanks around it out, empty means no filter."""
    if value is None:
        return None
    value = _CONTROL.sub("", value).strip()
    return value or None


def check_date(name: str, value: Optional[str]) -> Optional[str]:
    value = clean_text(value)
    if value and not re.fullmatch(DATE_PATTERN, value):
        raise BadFilter(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def check_event_type(value: Optional[str]) -> Optional[str]:
    from veille.model import PLOVER_TYPES

    value = clean_text(value)
    if value and value.upper() not in PLOVER_TYPES:
        raise BadFilter(f"type: not a PLOVER event type: {value!r}")
    return value.upper() if value else None


def check_role(value: Optional[str]) -> Optional[str]:
    value = clean_text(value)
    if value and value not in ("source", "target"):
        raise BadFilter(f"role: expected source or target, got {value!r}")
    return value


# -- filters -----------------------------------------------------------------------------------------------
def date_filters(column: str, since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    """Conditions on a date column. A partial date ("2023", "2023-04") counts as inside any bound it contains,
    and a partial bound ("2023-05") includes the whole period."""
    where, params = [], []
    if since:
        where.append(f"({column} >= ? OR substr(?, 1, length({column})) = {column})")
        params += [since, since]
    if until:
        where.append(f"substr({column}, 1, ?) <= ?")
        params += [len(until), until]
    return where, params


def event_window(since: Optional[str], until: Optional[str], type: Optional[str]) -> tuple[str, list]:
    """A condition `ev.rowid IN (…)` selecting the events of a date window (and type): those dated in it, found
    through the (type, date) index, and the undated ones whose article was published in it (published index).
    The same events as date_filters on coalesce(ev.date, a.published), without reading every event."""
    from veille.model import PLOVER_TYPES

    low, high = (since or "")[:4], (until or "") + "~"   # every date the exact conditions keep is in [low, high]
    types = [type.upper()] if type else list(PLOVER_TYPES)
    dated, p1 = date_filters("e.date", since, until)
    undated, p2 = date_filters("a.published", since, until)
    sql = (f"ev.rowid IN (SELECT e.rowid FROM events e WHERE e.type IN ({','.join('?' * len(types))}) "
           f"AND e.date >= ? AND e.date <= ? AND {' AND '.join(dated)} "
           f"UNION ALL SELECT e.rowid FROM articles a JOIN events e ON e.article_id = a.id "
           f"WHERE a.published >= ? AND a.published <= ? AND e.date IS NULL"
           f"{' AND +e.type = ?' if type else ''} AND {' AND '.join(undated)})")
    return sql, [*types, low, high, *p1, low, high, *([type.upper()] if type else []), *p2]


_OUTLETS: dict[tuple, dict[str, list[str]]] = {}


def outlet_spellings(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Folded outlet name → its stored spellings; read again only when the store has changed (a commit by any
    connection changes data_version or this connection's total_changes)."""
    key = (id(conn), conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    spellings = _OUTLETS.get(key)
    if spellings is None:
        spellings = {}
        for (name,) in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"):
            spellings.setdefault(fold_name(name), []).append(name)
        if len(_OUTLETS) > 64:
            _OUTLETS.clear()
        _OUTLETS[key] = spellings
    return spellings


def outlet_filter(conn: sqlite3.Connection, outlet: Optional[str], column: str = "a.outlet") -> tuple[list, list]:
    """The condition for an outlet named with any case and accents ("le monde", "liberation"): the stored
    spellings that fold alike, looked up once in the outlet index, then matched exactly (indexed)."""
    if not outlet:
        return [], []
    names = outlet_spellings(conn).get(fold_name(outlet), [])
    if not names:
        return ["0"], []
    return [f"{column} IN ({','.join('?' * len(names))})"], names


def article_filters(conn: sqlite3.Connection, since: Optional[str], until: Optional[str],
                    outlet: Optional[str], event_type: Optional[str] = None,
                    article_col: str = "a.id") -> tuple[list[str], list]:
    """Date, outlet and reported-event-type conditions on an article (alias `a`)."""
    where, params = date_filters("a.published", since, until)
    w, p = outlet_filter(conn, outlet)
    where += w
    params += p
    if event_type:
        # +ev.type: the planner must take the article's events (primary key), not every event of the type
        where.append(f"EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = {article_col} AND +ev.type = ?)")
        params.append(event_type.upper())
    return where, params


# -- actors ------------------------------------------------------------------------------------------------
def country_code(value: str) -> Optional[str]:
    """ISO alpha-3 code for an alpha-3 or alpha-2 code written in capitals ("RUS", "FR"), else None."""
    if not re.fullmatch(r"[A-Z]{2,3}", value):
        return None
    if len(value) == 3:
        return value
    try:
        import pycountry
        c = pycountry.countries.get(alpha_2=value)
        return c.alpha_3 if c else None
    except ImportError:  # pragma: no cover
        return None


# The entities an actor designates: a kb_id, a name or alias (case and accents folded), or a country code (all
# actors of that country). A name of an entity linked to the knowledge base brings in every entity with that
# kb_id, and the unlinked entities that bear the name of a linked one are that actor too. Separate indexed
# lookups, not one OR that would scan every entity.
# The entities of the kb id asked for are among the linked ones: read once, there.
_ACTOR_SQL = """WITH direct AS (
        SELECT e.article_id, e.id, e.kb_id, e.name FROM entities e WHERE e.country = ?2
        UNION SELECT e.article_id, e.id, e.kb_id, e.name FROM entity_names n
              JOIN entities e ON e.article_id = n.article_id AND e.id = n.entity_id WHERE n.name = ?3),
    linked AS (
        SELECT e.article_id, e.id, e.name FROM entities e
        WHERE e.kb_id IN (SELECT ?1 UNION SELECT kb_id FROM direct WHERE kb_id IS NOT NULL)),
    unlinked AS (
        SELECT e.article_id, e.id FROM entity_names n
        JOIN entities e ON e.article_id = n.article_id AND e.id = n.entity_id
        WHERE n.name IN (SELECT DISTINCT veille_fold(name) FROM linked) AND e.kb_id IS NULL
          AND veille_fold(e.name) = n.name)
    SELECT article_id, id FROM direct UNION SELECT article_id, id FROM linked UNION SELECT * FROM unlinked"""

# The resolved actor as a CTE over one JSON parameter: each query of a summary joins it without resolving again.
ACTOR_CTE = ("WITH actor(article_id, id) AS (SELECT value ->> 0, value ->> 1 FROM json_each(?))")


def rows_of_pairs(conn: sqlite3.Connection, table: str, columns: str, keys: tuple[str, str],
                  pairs: set[tuple[str, str]]) -> list[sqlite3.Row]:
    """The rows of `table` whose two `keys` columns are one of `pairs` (e.g. the actors of a page of events), in
    one indexed statement and in stored order."""
    if not pairs:
        return []
    return conn.execute(f"SELECT {columns} FROM {table} WHERE ({keys[0]}, {keys[1]}) IN "
                        "(SELECT value ->> 0, value ->> 1 FROM json_each(?)) ORDER BY rowid",
                        (json.dumps(sorted(pairs), ensure_ascii=False),)).fetchall()


def packed_rows(conn: sqlite3.Connection, sql: str, columns: str, params: Any = ()) -> list[list]:
    """The rows of `sql` as lists of the values of `columns`, handed over in one step: SQLite packs them into one
    JSON array. Read row by row, a query of hundreds of rows takes and releases the GIL once per row, which costs
    more than the query itself when other requests run Python meanwhile (measured: 4 threads of actor summaries,
    -15% time). Only for TEXT, INTEGER and NULL values (a REAL would pass through decimal text)."""
    return json.loads(conn.execute(f"SELECT json_group_array(json_array({columns})) FROM ({sql})",
                                   params).fetchone()[0])


def actor_entities(conn: sqlite3.Connection, actor: str) -> str:
    """The (article_id, entity_id) pairs `actor` designates, as the JSON parameter of ACTOR_CTE."""
    code = country_code(actor)
    return conn.execute(f"SELECT json_group_array(json_array(article_id, id)) FROM ({_ACTOR_SQL})",
                        (actor, code or "\x00", fold_name(actor))).fetchone()[0]
