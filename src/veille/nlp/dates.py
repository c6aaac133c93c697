"""`veille_dates`: French date expressions resolved to ISO dates (partial allowed: YYYY-MM-DD, YYYY-MM, YYYY).

- Full dates (« le 10 avril 2023 », « mercredi 6 janvier », « 1er septembre 2016 ») and month-years (« mars 2016 »).
- A day or month without a year (« le 31 mars », « en novembre ») takes its year from the context: the year of the
  last date written with a year before it when that year differs from the reference year (a paragraph about 2015),
  else the most recent such day up to the reference date (a few weeks of future are allowed: « d'ici le 22 »).
- Bare years after a preposition (« en 1994 », « depuis 2014 »).
- Relative words (« hier », « l'année dernière », « mardi », « la semaine dernière ») against the reference date:
  the article's publication date, else its dateline's date (« 23 mai 2017 . – »), else the latest full date
  written in the text.
- Anaphoric days (« le lendemain », « la veille », « trois jours plus tard ») against the last day the story told
  (not a date in parentheses, nor one far from the reference); a weekday picks the year its day falls on.

Language words live in lang/<lang>/dates.json. Writes doc.spans["veille_dates"] (label = value or "") and
doc._.veille_dates = [{start, end, text, value}] with doc character offsets, and doc._.veille_reference_date.
`find_dates(text, published)` is the same analysis without spaCy.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

import veille.nlp.extensions  # noqa: F401
from veille.nlp.extensions import doc_text
from veille.lang import norm_word as _norm
from veille.lang import read_json


@dataclass
class DateExpr:
    start: int
    end: int
    text: str
    value: str | None
    kind: str                        # full | day | month_year | month | year | relative | weekday
    year_explicit: bool = False

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


def _alt(words) -> str:
    """Regex alternation, longest first, with flexible spaces."""
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ws)


@functools.cache
def _lexicon(lang: str):
    d = read_json(lang, "dates.json")
    months = {k.lower(): v for k, v in d["months"].items()}
    weekdays = d["weekdays"]
    M, W = _alt(months), _alt(weekdays)
    first = _alt(d["first_day"])
    B = r"(?<![\w])"
    rx = {
        # [weekday] day month [year], optionally preceded by « le »/« du »…
        "full": re.compile(
            rf"{B}(?:(?P<pre>{_alt(d['before_day'])})\s+)?(?:(?P<wd>{W})\s+)?(?P<day>{first}|[0-3]?\d)\s+"
            rf"(?P<month>{M})(?!\w)(?:\s+(?P<year>1[5-9]\d\d|2[01]\d\d)(?!\d))?", re.IGNORECASE),
        "month_year": re.compile(
            rf"{B}(?:(?P<pre>{_alt(d['month_prepositions'])})\s*)?(?P<month>{M})(?!\w)\s+(?P<year>1[5-9]\d\d|2[01]\d\d)(?!\d)",
            re.IGNORECASE),
        "month": re.compile(rf"{B}(?P<pre>{_alt(d['month_prepositions'])})\s*(?P<month>{M})(?!\w)", re.IGNORECASE),
        "year": re.compile(rf"{B}(?P<pre>{_alt(d['year_prepositions'])})\s+(?P<year>1[5-9]\d\d|20\d\d)(?![\d\s]*(?:{_alt(d['year_count_units'])}))",
                           re.IGNORECASE),
        "relative": re.compile(rf"{B}(?P<rel>{_alt(list(d['relative_days']) + list(d['relative_weeks']) + list(d['relative_months']) + list(d['relative_years']))})(?!\w)",
                               re.IGNORECASE),
        # « le lendemain », « trois jours plus tard »: counted from the last day told (not « la veille du scrutin »)
        "anaphoric": re.compile(
            rf"{B}(?:(?P<ana>{_alt(d['anaphoric_days'])})|(?P<count>{_alt(d['day_counts'])}|\d{{1,2}})\s+"
            rf"(?:{_alt(d['day_nouns'])})\s+(?P<shift>{_alt(d['counted_day_shifts'])}))(?!\w)"
            rf"(?!\s+(?:{_alt(d['relational_after'])})(?!\w))", re.IGNORECASE),
        "weekday": re.compile(
            rf"{B}(?:(?P<pre>{_alt(d['weekday_before'])})\s+)?(?P<wd>{W})(?!\w)"
            rf"(?:\s+(?P<time>{_alt(d['weekday_times'])}))?(?:\s+(?P<after>{_alt(d['weekday_after'])}))?(?!\w)",
            re.IGNORECASE),
    }
    return d, months, rx


def _day(txt: str, d: dict) -> int:
    return 1 if _norm(txt) in {_norm(x) for x in d["first_day"]} else int(txt)


@functools.cache
def _normalised_tables(lang: str) -> tuple[dict, dict, dict, dict, dict]:
    """The relative days, weeks, months and years and the words after a weekday, keyed by normalised text (read
    once: each article's dates look them up)."""
    d = _lexicon(lang)[0]
    return tuple({_norm(k): v for k, v in d[name].items()} for name in (
        "relative_days", "relative_weeks", "relative_months", "relative_years", "weekday_after"))


def _safe_date(y: int, m: int, day: int) -> dt.date | None:
    try:
        return dt.date(y, m, day)
    except ValueError:
        return None


@functools.cache
def _lowercase_patterns(lang: str) -> dict[str, re.Pattern]:
    """The date patterns without IGNORECASE, to run over the lower-cased text: a case-blind alternation tries each
    word in full at every word start, a lower-case one rejects it on its first letter (the scan runs twice as
    fast). A pattern with an upper-case escape (\\S, \\W …) would change meaning when lower-cased: none then."""
    _, _, rx = _lexicon(lang)
    return {k: re.compile(r.pattern.lower().replace("(?p<", "(?P<")) for k, r in rx.items()
            if not re.search(r"\\[A-Z]", r.pattern)}


@functools.cache
def _required_words(lang: str) -> dict[str, tuple[str, ...]]:
    """For the patterns most articles have no match of (a weekday, a relative day, a day counted from another),
    words one of which any match holds as written — the longest part of each alternative of the word the pattern
    requires: a text holding none of them has no match, and that scan is skipped. (Months are in nearly every
    article: looking for them first would cost more than it saves.)"""
    d = _lexicon(lang)[0]
    def parts(words) -> tuple[str, ...]:
        return tuple(sorted({max(re.split(r"[\s'’-]+", w.lower()), key=len) for w in words}))
    relative = [*d["relative_days"], *d["relative_weeks"], *d["relative_months"], *d["relative_years"]]
    return {"weekday": parts(d["weekdays"]), "relative": parts(relative),
            "anaphoric": parts([*d["anaphoric_days"], *d["day_nouns"]])}


@functools.cache
def _anchors(lang: str) -> tuple[dict[str, re.Pattern], dict[str, tuple[str, int, int, int, int]]]:
    """The words every match of a pattern holds (a month, a weekday, a year's digits, a relative or counted day),
    a scan for each kind of word, and how far before and after such a word each pattern's match may reach: (kind of
    word, characters before, whitespace runs before, characters after, whitespace runs after).

    Each pattern is then run only around its words. Over the whole text, a pattern led by optional words (« le »,
    « mardi », « au début du mois de ») is tried at every character, while an alternation of plain words is skipped
    to by its first letters (each kind has its own scan: one alternation of them all would lose that skip). The
    reaches follow the patterns of `_lexicon` and their words in dates.json, a `\\s+` counting as the text's
    longest run of whitespace; tests/test_dates.py checks both scans agree."""
    d, months, _ = _lexicon(lang)

    def reach(*words) -> tuple[int, int]:
        # at most: (characters, whitespace runs) of one of the words (a space is a `\s+` in `_alt`)
        return max(len(w) for ws in words for w in ws), max(w.count(" ") for ws in words for w in ws)

    def plus(*parts) -> tuple[int, int]:
        return sum(p[0] for p in parts), sum(p[1] for p in parts)

    def most(*parts) -> tuple[int, int]:
        return max(p[0] for p in parts), max(p[1] for p in parts)

    space, char = (0, 1), (1, 0)
    month, weekday = reach(months), reach(d["weekdays"])
    relative = [*d["relative_days"], *d["relative_weeks"], *d["relative_months"], *d["relative_years"]]
    groups = {"month": rf"(?:{_alt(months)})(?!\w)", "weekday": rf"(?:{_alt(d['weekdays'])})(?!\w)",
              "year": r"(?:1[5-9]|2[01])\d\d", "relative": _alt(relative),
              "day": _alt([*d["anaphoric_days"], *d["day_nouns"]])}
    # the digits, then the unit a count ends with (« personnes »); runs of digits and spaces between them are added
    # per match (`_windows`)
    year_after = plus((4, 0), reach(d["year_count_units"]))
    reaches = {
        "full": ("month", plus(reach(d["before_day"]), space, weekday, space, reach(d["first_day"], ["00"]), space),
                 plus(month, char, space, (4, 0), char)),
        "month_year": ("month", plus(reach(d["month_prepositions"]), space), plus(month, char, space, (4, 0), char)),
        "month": ("month", plus(reach(d["month_prepositions"]), space), plus(month, char)),
        "year": ("year", plus(reach(d["year_prepositions"]), space), year_after),
        "weekday": ("weekday", plus(reach(d["weekday_before"]), space),
                    plus(weekday, space, reach(d["weekday_times"]), space, reach(d["weekday_after"]), char)),
        "relative": ("relative", (0, 0), plus(reach(relative), char)),
        "anaphoric": ("day", plus(reach(d["day_counts"], ["00"]), space),
                      plus(most(reach(d["anaphoric_days"]), plus(reach(d["day_nouns"]), space,
                                                                 reach(d["counted_day_shifts"]))),
                           char, space, reach(d["relational_after"]), char)),
    }
    return ({k: re.compile(v) for k, v in groups.items()},
            {k: (g, b[0], b[1], a[0], a[1]) for k, (g, b, a) in reaches.items()})


_WHITESPACE_RUN = re.compile(r"\s\s+")
_DIGITS_AND_SPACES = re.compile(r"[\d\s]*")


def _windows(low: str, lang: str, kinds) -> dict[str, list[tuple[int, int]]]:
    """For each of the patterns `kinds`, the stretches of the lower-cased text its matches can lie in, in order and
    apart: around each word of `_anchors` the pattern needs, as far as its reach."""
    patterns, reaches = _anchors(lang)
    ws = max(map(len, _WHITESPACE_RUN.findall(low)), default=1)
    found: dict[str, list[int]] = {}
    out = {}
    for kind in kinds:
        group, chars_before, runs_before, chars_after, runs_after = reaches[kind]
        if group not in found:
            found[group] = [m.start() for m in patterns[group].finditer(low)]
        back, ahead = chars_before + runs_before * ws + 2, chars_after + runs_after * ws + 2
        spans: list[tuple[int, int]] = []
        for a in found[group]:
            # (a year's reach runs over the digits and spaces after it: « en 2016 , 12 000 personnes »)
            hi = min(len(low), (_DIGITS_AND_SPACES.match(low, a + 4).end() if group == "year" else a) + ahead)
            if spans and a - back <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
            else:
                spans.append((max(0, a - back), hi))
        out[kind] = spans
    return out


def _matches(kind: str, text: str, low: str | None, lang: str, spans=None) -> list[re.Match]:
    """The matches of one pattern over the text, found in its lower-cased copy `low` (within `spans` of it, from
    `_windows`, when given) and matched again on the text itself (the readers need its case: « Mardi » opening a
    sentence); the plain scan when a span differs."""
    rx, fast = _lexicon(lang)[2][kind], _lowercase_patterns(lang).get(kind)
    if low is None or fast is None:
        return list(rx.finditer(text))
    out = []
    found = fast.finditer(low) if spans is None else (f for lo, hi in spans for f in fast.finditer(low, lo, hi))
    for f in found:
        m = rx.match(text, f.start())
        if m is None or m.span() != f.span():
            return list(rx.finditer(text))
        out.append(m)
    return out


def _scan(text: str, lang: str) -> list[tuple[int, int, str, re.Match]]:
    """Non-overlapping matches, most specific pattern first."""
    # lower() keeps offsets unless it changes a length (« İ »); « ı », « ſ » match « i », « s » only case-blind
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        low = None
    taken: list[tuple[int, int]] = []
    out = []
    required = _required_words(lang)
    # (a match is found in the lower-cased copy: a pattern none of whose words is there has none at all)
    kinds = [k for k in ("full", "month_year", "anaphoric", "relative", "month", "year", "weekday")
             if low is None or k not in required or any(w in low for w in required[k])]
    windows = _windows(low, lang, kinds) if low is not None else {}
    for kind in kinds:
        for m in _matches(kind, text, low, lang, windows.get(kind)):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, e, kind, m))
    out.sort(key=lambda x: x[0])
    return out


@functools.cache
def _dateline_end(lang: str) -> re.Pattern:
    return re.compile(_lexicon(lang)[0]["dateline_end"])


def parse_iso(value) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def reference_date(text: str, published=None, lang: str = "fr", scan=None) -> dt.date | None:
    """The publication date, else the date of the text's dateline (« 23 mai 2017 . – »), else the latest full date
    (day, month, year) written in the text."""
    ref = parse_iso(published)
    if ref:
        return ref
    d, months, _ = _lexicon(lang)
    scan = scan if scan is not None else _scan(text, lang)
    dateline_end = _dateline_end(lang)
    for s, e, kind, m in scan:
        if s > d["dateline_reach"]:
            break
        if kind == "full" and m["year"] and dateline_end.match(text, e):
            x = _safe_date(int(m["year"]), months[_norm(m["month"])], _day(m["day"], d))
            if x:
                return x
    best = None
    for s, e, kind, m in scan:
        if kind == "full" and m["year"]:
            x = _safe_date(int(m["year"]), months[_norm(m["month"])], _day(m["day"], d))
            if x and (best is None or x > best):
                best = x
    return best


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _year_for(month: int, day: int | None, ref: dt.date | None, anchor_year: int | None,
              tolerance: int, recent: int = 0) -> int | None:
    if anchor_year is not None and (ref is None or anchor_year != ref.year):
        # (« en novembre 2016, … Le 17 février, … » in an article of 20 February 2017: a day of the last weeks
        # before the reference is that day, news tell what just happened, whatever year the background named)
        near = _year_for(month, day, ref, None, tolerance) if day is not None and ref is not None else None
        cand = _safe_date(near, month, day) if near is not None else None
        if cand is None or not ref - dt.timedelta(days=recent) <= cand <= ref + dt.timedelta(days=tolerance):
            return anchor_year
        return near
    if ref is None:
        return anchor_year
    y = ref.year
    cand = _safe_date(y, month, day or 1)
    if cand is None:
        return y
    if cand > ref + dt.timedelta(days=tolerance):
        return y - 1
    if cand < ref - dt.timedelta(days=365 - tolerance) and day is not None:
        return y + 1
    return y


def _direction_after(text: str, end: int, after: dict) -> int:
    """« le 2 mai dernier » -1, « en juin prochain » +1: the word right after a date without its year."""
    m = re.match(r"\s+(\w+)", text[end:end + 30])
    return after.get(_norm(m[1]), 0) if m else 0


def _toward(y: int | None, month: int, day: int | None, ref: dt.date | None, direction: int) -> int | None:
    """The year that makes a date « dernier » the latest one before the reference, « prochain » the next one
    after it, whatever year the narrative was anchored on."""
    if not direction or ref is None:
        return y
    y = ref.year
    cand = _safe_date(y, month, day or 1)
    if cand is None:
        return y
    if direction < 0 and (cand > ref if day else (y, month) > (ref.year, ref.month)):
        return y - 1
    if direction > 0 and (cand < ref if day else (y, month) < (ref.year, ref.month)):
        return y + 1
    return y


def find_dates(text: str, published=None, lang: str = "fr", reference: dt.date | None = None,
               scan=None) -> list[DateExpr]:
    """Every date expression of `text`, resolved. `reference` overrides the publication/dateline reference."""
    d, months, _ = _lexicon(lang)
    scan = scan if scan is not None else _scan(text, lang)
    ref = reference or reference_date(text, published, lang, scan)
    tol = int(d.get("future_tolerance_days", 60))
    recent = int(d["recent_days"])
    rel, rel_w, rel_m, rel_y, after = _normalised_tables(lang)
    anchor_year: int | None = None       # year of the last date written with its year
    told_day: dt.date | None = None      # the last day the narrative told (« le lendemain » counts from it)
    out: list[DateExpr] = []
    for s, e, kind, m in scan:
        value, explicit = None, False
        if kind == "anaphoric":
            value = _anaphoric_day(m, d, told_day or ref, text, e)
            if value is None:
                continue
        if kind == "full":
            month, day = months[_norm(m["month"])], _day(m["day"], d)
            if m["year"]:
                y, explicit = int(m["year"]), True
            else:
                y = _year_for(month, day, ref, anchor_year, tol, recent)
                y = _toward(y, month, day, ref, _direction_after(text, e, after))
                if m["wd"]:
                    y = _weekday_year(y, month, day, d["weekdays"][_norm(m["wd"])], ref)
            x = _safe_date(y, month, day) if y else None
            value = x.isoformat() if x else None
        elif kind == "month_year":
            y, month, explicit = int(m["year"]), months[_norm(m["month"])], True
            value = f"{y:04d}-{month:02d}"
        elif kind == "month":
            month = months[_norm(m["month"])]
            y = _year_for(month, None, ref, anchor_year, tol)
            y = _toward(y, month, None, ref, _direction_after(text, e, after))
            value = f"{y:04d}-{month:02d}" if y else None
        elif kind == "year":
            value = m["year"]
        elif kind == "relative" and ref:
            k = _norm(m["rel"])
            if k in rel:
                value = (ref + dt.timedelta(days=rel[k])).isoformat()
            elif k in rel_w:
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=rel_w[k])
                value = f"{monday.year:04d}-{monday.month:02d}"
            elif k in rel_m:
                y, mo = _shift_months(ref.year, ref.month, rel_m[k])
                value = f"{y:04d}-{mo:02d}"
            elif k in rel_y:
                value = f"{ref.year + rel_y[k]:04d}"
        elif kind == "weekday":
            if not _weekday_is_date(text, s, m):
                continue
            if ref:
                wd = d["weekdays"][_norm(m["wd"])]
                direction = after.get(_norm(m["after"] or ""), 0)
                if direction > 0:
                    delta = (wd - ref.weekday()) % 7 or 7
                else:
                    delta = -((ref.weekday() - wd) % 7)
                    if direction < 0 and delta == 0:
                        delta = -7
                value = (ref + dt.timedelta(days=delta)).isoformat()
        out.append(DateExpr(s, e, text[s:e], value, kind, explicit))
        day = parse_iso(value) if kind != "year" else None
        if day and ref and -365 <= (day - ref).days <= tol and not _in_parentheses(text, s):
            told_day = day      # not « (né le 31 décembre 1977) » nor a day planned far ahead: no day of the story
        if explicit:
            # the written year anchors later day-month dates, even when its day is impossible (« 31 février »)
            anchor_year = y if kind in ("full", "month_year") else anchor_year
    return out


def _weekday_year(y: int | None, month: int, day: int, weekday: int, ref: dt.date | None) -> int | None:
    """« mardi 6 décembre » is in a year where the 6th of December is a Tuesday: the guessed year, else the one
    nearest the reference that fits."""
    if y is None or (_safe_date(y, month, day) or dt.date.min).weekday() == weekday:
        return y
    around = ref.year if ref else y
    fits = [c for c in (around, around - 1, around + 1, y - 1, y + 1)
            if (_safe_date(c, month, day) or dt.date.min).weekday() == weekday]
    return fits[0] if fits else y


def _anaphoric_day(m: re.Match, d: dict, anchor: dt.date | None, text: str, end: int) -> str | None:
    """« le lendemain » → the day after `anchor`; « deux jours après » only before a pause (« deux jours après son
    départ » counts from a thing, not a day)."""
    if anchor is None:
        return None
    if m["ana"]:
        shift = d["anaphoric_days"][_norm(m["ana"])]
    else:
        if not re.match(r"\s*(?:[,.;:!?)]|$)", text[end:end + 3]):
            return None
        count = m["count"]
        n = int(count) if count.isdigit() else d["day_counts"][_norm(count)]
        shift = n * d["counted_day_shifts"][_norm(m["shift"])]
    return (anchor + dt.timedelta(days=shift)).isoformat()


def _in_parentheses(text: str, pos: int) -> bool:
    para = text[text.rfind("\n", 0, pos) + 1:pos]
    return para.count("(") > para.count(")")


def _weekday_is_date(text: str, start: int, m: re.Match) -> bool:
    """« mardi » alone is a date; « Mardi gras » or a capitalised name part is not (cheap look at neighbours). A
    capital after a sentence's end, a colon, a closing quote or a dash opens a sentence: the dash ends a news
    dateline (« 3 mai 2017 . – Mardi, … ») and opens an incise, after which French capitalises no name part."""
    word = m["wd"]
    if not m["pre"] and word[:1].isupper() and start > 1 and text[start - 2] not in ".!?\n:»\"–—" and \
            text[start - 1] != "\n":
        return False
    return True


@Language.factory("veille_dates", assigns=["doc.spans", "doc._.veille_dates"], requires=[],
                  default_config={"lang": "fr"})
def make_dates(nlp: Language, name: str, lang: str):
    return DateFinder(lang)


class DateFinder:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.veille_article
        offset = doc._.veille_offset or 0
        if art is not None and art.text:
            full = art.text
            published = art.published
        else:
            full, published, offset = doc_text(doc), None, 0
        scan = _scan(full, self.lang)
        ref = reference_date(full, published, self.lang, scan)
        doc._.veille_reference_date = ref.isoformat() if ref else None
        exprs = find_dates(full, published, self.lang, reference=ref, scan=scan)
        lo, hi = offset, offset + len(doc_text(doc))
        items, spans = [], []
        for x in exprs:
            if x.start < lo or x.end > hi:
                continue
            s, e = x.start - offset, x.end - offset
            items.append({"start": s, "end": e, "text": x.text, "value": x.value, "kind": x.kind})
            span = doc.char_span(s, e, label=x.value or "", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.veille_dates = items
        doc.spans["veille_dates"] = spans
        return doc
