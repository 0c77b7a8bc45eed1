"""Dates: a document's own date, and the period a figure refers to."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from extract.rules import norm, rules

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

# Month names as a trie (full name first, then the short form), written in lower case: the
# date pattern runs on a lower-cased copy of the text, where plain literals let the regex engine
# reject a branch on its first character (case-insensitive alternations are several times slower).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_PART = (
    r"(?:early|mid|late|(?:the\s+)?(?:end\s+of|beginning\s+of|start\s+of"
    r"|first\s+half\s+of|second\s+half\s+of|(?:first|second|third|fourth|final|last)\s+quarter\s+of)"
    r"|q[1-4]|h[12])"
)
_REL = r"(?:in|during|since|by|until|till|through|throughout|as\s+of|from|after|before|on|(?P<between>between)|of|for)"
# What joins the two ends of a range of days ("1 January to 31 March 2025"); "and" only after
# "between" ("on 3 May and 9 June 2025" names two days, not the days between them).
_RANGE_JOIN = r"(?:[-–—]|to|until|till|through|(?(between)and|(?!)))"

# A date starts a word (not inside "Omar" or "%202021"), with a letter or digit that can open one.
_DATE_PATTERN = rf"""
    (?<![a-z0-9])(?=[0-9abdefhijlmnopqstu])
    (?P<rel>\b(?:{_REL}\s+|pre-|post-))?
    (?:
      (?P<m1>{_MONTH})\s+(?P<d1>{_DAY})
        (?:(?:,?\s+(?P<y1s>{_YEAR}))?\s*{_RANGE_JOIN}\s*(?:(?P<m1e>{_MONTH})\s+)?(?P<d1e>{_DAY}))?
        ,?\s+(?P<y1>{_YEAR})
    | (?:(?P<d2s>{_DAY})(?:\s+(?P<m2s>{_MONTH})(?:,?\s+(?P<y2s>{_YEAR}))?)?\s*{_RANGE_JOIN}\s*)?
        (?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})
    | (?P<pm>{_PART}[\s-]+)?(?P<m3>{_MONTH})(?:\s*(?:[-–—]|to|and|until|through)\s*(?P<m5>{_MONTH}))?\s+(?P<y3>{_YEAR})
        (?:\s*(?:[-–—]|to|and|until)\s*(?P<m4>{_MONTH})\s+(?P<y4>{_YEAR}))?
    | (?P<py>{_PART}[\s-]+)?(?P<y5>{_YEAR})(?P<decade>s)?(?![0-9])
        (?:\s*(?:[-–—]|to|and|until)\s*(?P<y6>{_YEAR}|(?<=[-–—])[0-9]{{2}})(?![0-9]))?
    | (?P<m7>{_MONTH})(?:\s+(?P<d7>{_DAY})|\s*{_RANGE_JOIN}\s*(?P<m8>{_MONTH}))?(?![\w])
    )
    """
DATE_RE = re.compile(_DATE_PATTERN, re.VERBOSE)  # on lower-cased text
_DATE_RE_ANY_CASE = re.compile(_DATE_PATTERN, re.VERBOSE | re.IGNORECASE)


# What every date contains: a year, or the start of a month's name (on lower-cased text; each
# branch opens with a literal, so the engine skips to a candidate in C).
_DATE_CORE_RE = re.compile(
    r"1(?<![0-9]1)[89][0-9]{2}(?![0-9])|2(?<![0-9]2)0[0-9]{2}(?![0-9])|j(?<![a-z]j)(?:an|u[nl])|f(?<![a-z]f)eb"
    r"|m(?<![a-z]m)a[ry]|a(?<![a-z]a)(?:pr|ug)|s(?<![a-z]s)ep|o(?<![a-z]o)ct|n(?<![a-z]n)ov|d(?<![a-z]d)ec"
)
# No date expression starts further than this before its year or month.
_DATE_REACH = 60


def find_dates(text: str) -> Iterator[re.Match[str]]:
    """Every date expression in a text (the matches' groups are lower-cased).

    The same matches as `DATE_RE.finditer`, found by trying the full pattern only near a year or a
    month's name.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        yield from _DATE_RE_ANY_CASE.finditer(text)
        return
    pos = 0
    for core in _DATE_CORE_RE.finditer(lowered):
        if core.start() < pos:
            continue
        m = DATE_RE.search(lowered, max(pos, core.start() - _DATE_REACH))
        if m is None:
            return
        yield m
        pos = m.end()


_DATE_HINT_RE = re.compile(r"(?:1[89]|20)[0-9]{2}|[JFMASOND][aepuco][nbrylgptvc]", re.IGNORECASE)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE_RE = re.compile(
    rf"\b(?:(?P<wd>{'|'.join(WEEKDAYS)})(?:['’]s)?"
    r"|(?P<yest>yesterday)|(?P<today>today)"
    r"|(?P<last>last|past|previous|this|next)\s+(?P<unit>year|month|week)"
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?P<n>[0-9]+|two|three|six|twelve)\s+(?P<nunit>years|months|weeks))\b",
    re.IGNORECASE,
)
_SMALL = {"two": 2, "three": 3, "six": 6, "twelve": 12}

Period = tuple[date | None, date | None]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day(s: str) -> int:
    return int(re.match(r"[0-9]+", s).group(0))  # type: ignore[union-attr]


_QUARTERS = {
    "q1": 1,
    "first quarter": 1,
    "q2": 2,
    "second quarter": 2,
    "q3": 3,
    "third quarter": 3,
    "q4": 4,
    "fourth quarter": 4,
    "final quarter": 4,
    "last quarter": 4,
}


def _part_span(part: str | None, y: int) -> tuple[date, date]:
    p = re.sub(r"\s+", " ", (part or "").lower())
    quarter = next((q for name, q in _QUARTERS.items() if name in p), None)
    if quarter is not None:
        return date(y, 3 * quarter - 2, 1), _month_end(y, 3 * quarter)
    if p.startswith(("h1", "h2")):
        return (date(y, 1, 1), date(y, 6, 30)) if p[1] == "1" else (date(y, 7, 1), date(y, 12, 31))
    if "early" in p or "beginning" in p or "start" in p:
        return date(y, 1, 1), date(y, 4, 30)
    if "mid" in p:
        return date(y, 5, 1), date(y, 8, 31)
    if "late" in p or "end" in p:
        return date(y, 9, 1), date(y, 12, 31)
    if "first half" in p:
        return date(y, 1, 1), date(y, 6, 30)
    if "second half" in p:
        return date(y, 7, 1), date(y, 12, 31)
    return date(y, 1, 1), date(y, 12, 31)


def _month_part(part: str | None, y: int, m: int) -> tuple[date, date]:
    p = (part or "").lower()
    end = _month_end(y, m)
    if "early" in p or "beginning" in p or "start" in p:
        return date(y, m, 1), date(y, m, 10)
    if "mid" in p:
        return date(y, m, 11), date(y, m, 20)
    if "late" in p or "end" in p:
        return date(y, m, 21), end
    return date(y, m, 1), end


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_range(start_year: str | None, month: int, day: int, end: date | None) -> tuple[date, date] | None:
    """A range of days whose start may leave out its year: the end's, or the year before when the
    start's month falls later ("1 December to 31 January 2025")."""
    if end is None:
        return None
    year = int(start_year) if start_year else end.year
    start = _safe_date(year, month, day)
    if start is not None and start > end and not start_year:
        start = _safe_date(year - 1, month, day)
    return (start, end) if start is not None and start <= end else None


def date_span(m: re.Match[str], doc_date: date | None) -> tuple[date, date] | None:
    """The span of days one DATE_RE match names."""
    g = m.groupdict()
    if g["y1"]:  # "May 3, 2025", "May 3-9, 2025", "January 1 to March 31, 2025"
        y, mo = int(g["y1"]), _month(g["m1"])
        if not g["d1e"]:
            d = _safe_date(y, mo, _day(g["d1"]))
            return (d, d) if d else None
        end = _safe_date(y, _month(g["m1e"]) if g["m1e"] else mo, _day(g["d1e"]))
        return _day_range(g["y1s"], mo, _day(g["d1"]), end)
    if g["y2"]:  # "3 May 2025", "3-9 May 2025", "1 January to 31 March 2025"
        y, mo = int(g["y2"]), _month(g["m2"])
        end = _safe_date(y, mo, _day(g["d2"]))
        if not g["d2s"]:
            return (end, end) if end else None
        return _day_range(g["y2s"], _month(g["m2s"]) if g["m2s"] else mo, _day(g["d2s"]), end)
    if g["y3"]:
        y, mo = int(g["y3"]), _month(g["m3"])
        start, end = _month_part(g["pm"], y, mo)
        if g["m5"]:  # "January to June 2025"
            end = _month_end(y, _month(g["m5"]))
        elif g["y4"]:
            end = _month_end(int(g["y4"]), _month(g["m4"]))
        return (start, end) if start <= end else None
    if g["y5"]:
        y = int(g["y5"])
        if g["decade"]:
            if y % 10:
                return None
            return date(y, 1, 1), date(y + 9, 12, 31)
        start, end = _part_span(g["py"], y)
        if g["y6"]:
            y2 = int(g["y6"])
            if y2 < 100:
                y2 = (y // 100) * 100 + y2
            if y2 <= y:
                return None
            end = date(y2, 12, 31)
        return start, end
    if g["m7"] and doc_date is not None:
        if not g["rel"]:
            return None
        mo = _month(g["m7"])
        if g["m8"]:  # "for January-June": the latest such months up to the document's date
            last = _month(g["m8"])
            y = doc_date.year if last <= doc_date.month else doc_date.year - 1
            return date(y if mo <= last else y - 1, mo, 1), _month_end(y, last)
        y = doc_date.year if mo <= doc_date.month else doc_date.year - 1
        if g["d7"]:
            d = _safe_date(y, mo, _day(g["d7"]))
            return (d, d) if d else None
        return date(y, mo, 1), _month_end(y, mo)
    return None


# "pre-2001" and "post-2021" relate as "before" and "after" do
_PREFIX_RELATIONS = {"pre-": "before", "post-": "after"}


def apply_relation(
    rel: str | None, span: tuple[date, date], doc_date: date | None, closed: bool = False
) -> Period:
    """The period a relation word makes of a span; a `closed` span (a range, "from March to May
    2024") keeps its end."""
    r = (rel or "").strip().lower()
    r = _PREFIX_RELATIONS.get(r) or re.sub(r"\s+", " ", r)
    if r == "by" or r == "as of":
        return None, span[1]
    if r == "since" or r == "from":
        return span[0], doc_date if not closed else span[1]
    if r == "after":  # "after 2021": from the day the span ends
        return span[1] + timedelta(days=1), doc_date
    if r in ("before", "until", "till"):
        return None, span[0]
    return span


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date expression in a sentence and the period it gives (its relation applied)."""

    start: int
    end: int
    year_start: int  # offset of a bare year ("in 2023"), else -1
    period: Period


def date_hits(sentence: str, doc_date: date | None) -> list[DateHit]:
    """Every date expression in a sentence that names a span of days."""
    if not _DATE_HINT_RE.search(sentence):
        return []
    out: list[DateHit] = []
    for m in find_dates(sentence):
        span = date_span(m, doc_date)
        if span is None:
            continue
        # "<sup>n</sup>" and bare years glued to words are not dates
        if sentence[max(0, m.start() - 5) : m.start()].endswith("<sup>"):
            continue
        if _is_baseline(sentence, m):
            continue
        year_start = m.start("y5") if m.group("y5") else -1
        closed = bool(
            m.group("m4")
            or m.group("m5")
            or m.group("y6")
            or m.group("d1e")
            or m.group("d2s")
            or m.group("m8")
        )
        out.append(
            DateHit(m.start(), m.end(), year_start, apply_relation(m.group("rel"), span, doc_date, closed))
        )
    return out


# A date that is a point of comparison, not the period a figure covers: after a superlative
# ("the deadliest attack in the city since 2018") or after a change ("up 93% on 2022").
_SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|largest|biggest|highest|lowest|heaviest|first|most\s+\w+)\b[^.;,]{0,50}$",
    re.IGNORECASE,
)
_CHANGE_BEFORE_RE = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\b(?:up|down|higher|lower|more|fewer|less|rise|rose|increase|increased"
    r"|decrease|decreased|drop|dropped|fell|jump|jumped)\b)\s*$",
    re.IGNORECASE,
)


# "compared with 2022", "against 2021", "than in 2020": the date compared with
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|relative\s+to)\s+(?:(?:the\s+)?same\s+period\s+)?$",
    re.IGNORECASE,
)


def _is_baseline(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - 60) : m.start()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").strip().lower())
    if rel in ("", "in", "of") and _COMPARED_BEFORE_RE.search(before):
        return True
    if not rel:
        return False
    if rel == "since":
        return _SUPERLATIVE_BEFORE_RE.search(before) is not None
    if rel in ("on", "over", "from", "than"):
        return _CHANGE_BEFORE_RE.search(before) is not None
    return False


def nearest_period(hits: list[DateHit], at: int, skip: tuple[int, int] | None = None) -> Period | None:
    """The period of the date expression nearest to offset `at` (none overlapping `skip`), one
    after it before one as near before it."""
    best: tuple[int, Period] | None = None
    for h in hits:
        overlaps = skip is not None and h.start < skip[1] and h.end > skip[0]
        if overlaps and skip is not None and not (h.year_start >= 0 and skip[0] <= h.year_start < skip[1]):
            continue  # the figure's own wording is not its period
        # to the expression's nearer edge (long ones too); English gives a count's period after
        # it ("31 in the same period of 2023"), so one before counts double
        distance = max(0, h.start - at, 2 * (at - h.end))
        if best is None or distance < best[0]:
            best = (distance, h.period)
    return best[1] if best else None


def explicit_period(
    sentence: str, at: int, doc_date: date | None, skip: tuple[int, int] | None = None
) -> Period | None:
    """The period named by the date expression nearest to offset `at` in a sentence."""
    return nearest_period(date_hits(sentence, doc_date), at, skip)


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def anchor_period(sentence: str, doc_date: date | None) -> Period | None:
    r = rules()
    lowered = sentence.lower()
    events = (
        r.anchors_lc.finditer(lowered) if len(lowered) == len(sentence) else r.anchors_re.finditer(sentence)
    )
    for m in events:
        event = r.anchor_date.get(norm(m.group(0)))
        if event is None:
            continue
        rel = r.relation_re.search(sentence[max(0, m.start() - 40) : m.start()])
        if rel is None:
            return event, event
        key = norm(re.sub(r"\s+(?:the\s+)?$", "", rel.group(0), flags=re.IGNORECASE))
        spec = r.relations.get(key, ("event", "event"))

        def resolve(token: str | None, ev: date = event) -> date | None:
            if token is None:
                return None
            if token == "event":
                return ev
            if token == "event+1y":
                return _shift_year(ev, 1)
            if token == "event-1y":
                return _shift_year(ev, -1)
            if token == "doc":
                return doc_date
            return None

        start, end = resolve(spec[0]), resolve(spec[1])
        if key in ("after", "following"):
            end = event
        return start, end
    return None


def relative_period(sentence: str, doc_date: date | None) -> Period | None:
    if doc_date is None:
        return None
    # every branch of the pattern holds "day", "year", "month" or "week" (no letter of them has a
    # case-insensitive match whose lower case differs): without one, nothing matches
    lowered = sentence.lower()
    if "day" not in lowered and "year" not in lowered and "month" not in lowered and "week" not in lowered:
        return None
    m = RELATIVE_RE.search(sentence)
    if m is None:
        return None
    if m.group("wd"):
        wd = WEEKDAYS.index(m.group("wd").lower())
        back = (doc_date.weekday() - wd) % 7
        d = doc_date - timedelta(days=back)
        return d, d
    if m.group("yest"):
        d = doc_date - timedelta(days=1)
        return d, d
    if m.group("today"):
        return doc_date, doc_date
    if m.group("unit"):
        which, unit = m.group("last").lower(), m.group("unit").lower()
        if unit == "year":
            if which == "this":
                return date(doc_date.year, 1, 1), doc_date
            if which == "past":
                return _shift_year(doc_date, -1), doc_date
            if which == "next":
                return None
            y = doc_date.year - 1
            return date(y, 1, 1), date(y, 12, 31)
        if unit == "month":
            if which == "this":
                return date(doc_date.year, doc_date.month, 1), doc_date
            first = date(doc_date.year, doc_date.month, 1)
            prev_end = first - timedelta(days=1)
            if which == "past":
                return doc_date - timedelta(days=30), doc_date
            if which == "next":
                return None
            return date(prev_end.year, prev_end.month, 1), prev_end
        if which == "next":
            return None
        return doc_date - timedelta(days=7), doc_date
    if m.group("nunit"):
        n_text = m.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _SMALL.get(n_text, 1)
        unit = m.group("nunit").lower()
        days = {"years": 365, "months": 30, "weeks": 7}[unit] * n
        return doc_date - timedelta(days=days), doc_date
    return None


def first_date(text: str) -> date | None:
    """The first full or month-level date in a string (a reference's date)."""
    seen: list[re.Match[str]] = []  # (the same matches again: found once)
    for m in find_dates(text):
        seen.append(m)
        if m.group("y1") or m.group("y2") or m.group("y3"):
            span = date_span(m, None)
            if span:
                return span[1] if m.group("y3") and not m.group("m4") else span[0]
    for m in seen:
        if m.group("y5") and not m.group("decade") and not m.group("y6"):
            return date(int(m.group("y5")), 12, 31)
    return None


# A dateline, from the newline before it (a literal the regex engine skips to fast; the text gets
# one in front of its first line).
_DATELINE_RE = re.compile(
    rf"\n[ \t#*_>]*(?:(?:published|updated|posted|dated|date)[:\s]+)?(?:[A-Z][A-Z .\-]{{2,30}},(?:\s*[A-Z][A-Za-z .]{{2,30}},)?\s*)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})|(?P<iso>{_YEAR}-[01][0-9]-[0-3][0-9]))"
    rf"(?:[ \t]*(?:\([^)\n]{{0,40}}\)[ \t]*)?(?:[,|–—-].*)?)$",
    re.IGNORECASE | re.MULTILINE,
)
# on lower-cased text: every branch opens with a literal, so the engine skips to one in C
_COPYRIGHT_RE = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:{_YEAR}\s*[-–]\s*)?(?P<y>{_YEAR})")


_COPYRIGHT_OPENINGS = ("©", "(c)", "copyright")


def _copyright(lowered: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`_COPYRIGHT_RE.search(lowered, pos, endpos)`, tried only where one of its openings is."""
    while True:
        found = [i for i in (lowered.find(o, pos, endpos) for o in _COPYRIGHT_OPENINGS) if i >= 0]
        if not found:
            return None
        at = min(found)
        m = _COPYRIGHT_RE.match(lowered, at, endpos)
        if m is not None:
            return m
        pos = at + 1


def infer_document_date(text: str, lowered: str | None = None) -> date | None:
    """A document's own date from a dateline near its top, else its copyright year.

    `lowered` is text.lower() when that keeps every offset (its slices are then the slices'
    lower-cased copies), else None.
    """
    head = text[:4000]
    for m in _DATELINE_RE.finditer("\n" + head):
        g = m.groupdict()
        if g["iso"]:
            try:
                return date.fromisoformat(g["iso"])
            except ValueError:
                continue
        if g["y1"]:
            d = _safe_date(int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
        elif g["y2"]:
            d = _safe_date(int(g["y2"]), _month(g["m2"]), _day(g["d2"]))
        else:
            d = date(int(g["y3"]), _month(g["m3"]), 1)
        if d is not None:
            return d
    if lowered is not None and len(lowered) == len(text):
        m2 = _copyright(lowered, 0, min(4000, len(lowered))) or _copyright(
            lowered, max(0, len(text) - 4000), len(lowered)
        )
    else:
        low_head, low_tail = head.lower(), text[-4000:].lower()
        m2 = _copyright(low_head, 0, len(low_head)) or _copyright(low_tail, 0, len(low_tail))
    if m2:
        return date(int(m2.group("y")), 1, 1)
    return None
