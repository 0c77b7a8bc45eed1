"""Tables and list layouts read as labelled values.

A number in a table cell is a figure about what its row and its column name together: the row's
label (a group, a period) and the column's header (a measure, a period). Prose rules cannot see
that pairing, so each cell is restated as one labelled list item ("- <row> <column>: <value>")
under the table's caption, read by the ordinary rules, and its figure is mapped back to the cell.

Layouts recognised (each a property of the layout, not of any wording):

- dot leaders: "Deaths in attacks ........ 38" (an indented row under another continues its label);
- pipe rows: "Group | measure: value | measure: value";
- pipe grids (markdown tables): a header row of columns ("| Province | Attacks | Killed |"), perhaps
  a rule row ("|---|---|"), and rows of a label and values ("| Balochistan | 88 | 205 |");
- slash columns: a header naming columns "(a / b / c)" and rows "- label: 1 / 2 / 3" (bulleted or
  not);
- space-aligned tables: a header row and two or more rows, fields separated by two or more spaces,
  every field after the first a value (a row with empty cells puts each value under the column it
  is aligned with);
- dash rows: two or more lines of a label and a value divided by a dash ("1. Bannu — 38");
- stacked cells (a table as PDF conversion leaves it, one cell per line): the column headers, then
  rows of a label line and one line per value, two rows or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.rules import named_groups, rules

LEADER_RE = re.compile(
    r"(?P<indent>[ \t]*)(?P<label>[^\s.…][^\n]*?)[ \t]*(?:\.{3,}|…+|(?:\. ){3,})[ \t.…]*"
    r"(?P<value>[^\s.…][^\n]*?)[ \t]*"
)
# dot leaders: four dots or more, or spaced dots (one pattern opening with a literal, which the
# regex engine skips to fast), or two ellipsis characters or more
DOT_LEADER_HINT_RE = re.compile(r"\.(?:\.\.\.| \. \. \.)")
ELLIPSIS_LEADER_HINT = "……"
# a contents page's heading, whose dot-leader rows end in page numbers, not figures
CONTENTS_CAPTION_RE = re.compile(r"(?:table\s+of\s+)?contents:?(?:\s+(?:paragraphs|pages?))*", re.IGNORECASE)
PIPE_LINE_RE = re.compile(r"[ \t]*(?P<name>[^|\n]*\S)[ \t]*\|(?P<rest>[^\n]*\|[^\n]*)")
GRID_RULE_RE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
PIPE_FIELD_RE = re.compile(r"[ \t]*(?P<key>[^|:\n]*[^|:\s])[ \t]*:[ \t]*(?P<value>[^|\n]*[^|\s])[ \t]*")
# " / ", as a pattern opening with "/", which the regex engine skips to faster than to a space
SLASH_HINT_RE = re.compile(r"/ (?<= / )")
SLASH_HEADER_RE = re.compile(r"\((?P<cols>[^()/\n]+(?:/[^()/\n]+)+)\)")
SLASH_ROW_RE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<label>[^:\n]+):[ \t]*(?P<values>[^\n]*/[^\n]*)$")
SLASH_WORDS_RE = re.compile(r"[\w-]+(?:\s+/\s+[\w-]+)+")  # "killed / injured"
SLASH_CELL_RE = re.compile(r"(?<![^\s/])[^\s/](?:(?!\s+/\s)[^\n])*?(?=\s+/\s|\s*$)")
FIELD_RE = re.compile(r"\S+(?: \S+)*")
# a caption line naming a grid's columns in parentheses: "2. BY GROUP (attacks | killed)"
CAPTION_COLUMNS_RE = re.compile(r"[ \t]*[^|()\n]+\((?P<cols>[^()|\n]+(?:\|[^()|\n]+)+)\)[ \t]*")
# a caption's column names follow its last dash or colon ("BY GROUP - attacks | killed | injured")
COLUMN_NAMES_RE = re.compile(r"\s[-–—]\s|:")
# what may open a value before its digits ("~40", "some 40", "about 40", "approx. 40")
VALUE_OPENING = r"(?:[~<>≈]|some |about |approx\.? )"
# the value a label's colon gives, up to its first digit ("298 attacks", "~$40m", "about 2,000",
# "up to US$10 million", "PKR 3-4 billion")
CURRENCY_OPENING = r"(?:US\$|A\$|\$|PKR ?|Rs\.? ?|AFN ?)"
LABEL_VALUE_START = (
    rf"[ \t]*(?:{VALUE_OPENING}|(?:around|roughly|up to|over|more than|at least|nearly|almost|under"
    rf"|fewer than|less than) )?[-+]?{CURRENCY_OPENING}?[0-9]"
)
# a whole line that gives a labelled value ("of whom civilians: 203", "Strength (UN): about 2,000")
LABEL_ROW_RE = re.compile(r"[ \t]*[^\s:.;][^:.;\n]{0,89}:" + LABEL_VALUE_START, re.IGNORECASE)
# a row of a label and a value divided by a dash, perhaps numbered or bulleted ("1. Bannu — 38")
DASH_HINT_RE = re.compile(r" [—–] | - ")
# (a hyphen divides only a list item's label from its value: "- Tank - 16")
DASH_ROW_RE = re.compile(
    r"[ \t]*(?P<mark>[0-9]{1,2}[.)][ \t]+|[-*•][ \t]+)?(?P<label>[^\s—–|:][^\n—–|:]{0,60}?)"
    r"[ \t]+(?:[—–]|(?(mark)-|(?!)))[ \t]+"
    rf"(?P<value>{VALUE_OPENING}?[0-9][0-9,.]*%?)[ \t]*"
)
BULLET_RE = re.compile(r"^[-*•][ \t]+")
PARENS_RE = re.compile(r"\(([^()\n]*)\)")
COLUMN_VALUE_RE = re.compile(r"[^|\s](?:[^|\n]*[^|\s])?")
VALUE_CELL_RE = re.compile(
    rf"(?:n/?a|[-–—]|none|(?:{VALUE_OPENING}|[≤≥+\-−]|c\. )?{CURRENCY_OPENING}?[0-9][0-9,.]*"
    r"(?:\s*[-–]\s*[0-9][0-9,.]*)?\+?%?"
    # a sum's scale and rate ("PKR 600-750 m / month (US$2.1-2.7 m)")
    r"(?: ?(?:m|bn|k|million|billion|thousand)\b)?(?: ?/ ?(?:week|month|year|wk|mo|yr)\b)?"
    r"(?: \([^()]*\))?|(?:up|down) [0-9][0-9,.]*%)",  # ("up 12%": a change)
    re.IGNORECASE,
)
DIGIT_IN_RE = re.compile(r"[0-9]")
YEAR_COLUMN_RE = re.compile(r"(?:19|20)[0-9]{2}")
NO_VALUE_RE = re.compile(r"(?:n/?a|[-–—]|none(?: reported)?)", re.IGNORECASE)
PERIOD_COLUMN_RE = re.compile(
    r"(?:Q[1-4]|H[12]|FY)?\s*'?(?:19|20)?[0-9]{2}|(?:Q[1-4]|H[12])|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)[0-9]{2})?",
    re.IGNORECASE,
)
PER_IN_LABEL_RE = re.compile(r"\(\s*(?P<per>month|year|week)(?:ly)?\b[^()]*\)", re.IGNORECASE)
NUMBER_IN_VALUE_RE = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|few|several|scores)\b",
    re.IGNORECASE,
)
QUOTE_MARK_RE = re.compile(r"[\"“”]")
LOWER_START_RE = re.compile(r"[a-z(]")
# a row's label and value are short (longer lines are prose)
MAX_LABEL = 100
MAX_VALUE = 80


@dataclass(frozen=True)
class Cell:
    """One table cell: the value's span in the document, its row's line, and its restatement."""

    start: int
    end: int
    line_start: int
    line_end: int
    synthetic: str
    offset: int  # where the value starts in the restatement


def _lines_with(text: str, hint: str | re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding hint (a string, or a match of a pattern within one line),
    once each, in order."""
    pos = 0
    while True:
        if isinstance(hint, str):
            # str.find skips to a string faster than the regex engine does
            start = text.find(hint, pos)
            if start < 0:
                return
            end = start + len(hint)
        else:
            m = hint.search(text, pos)
            if m is None:
                return
            start, end = m.span()
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        le = len(text) if le < 0 else le
        yield ls, le
        pos = le + 1


def _runs(lines: Iterator[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Lines (start, end) grouped into runs of consecutive lines."""
    runs: list[list[tuple[int, int]]] = []
    for ls, le in lines:
        if runs and runs[-1][-1][1] + 1 == ls:
            runs[-1].append((ls, le))
        else:
            runs.append([(ls, le)])
    return runs


def line_before(text: str, ls: int) -> tuple[int, int] | None:
    """The line just above the one starting at ls, if there is one."""
    if ls <= 0:
        return None
    return text.rfind("\n", 0, ls - 1) + 1, ls - 1


def line_after(text: str, le: int) -> tuple[int, int] | None:
    """The line just below the one ending at le, if there is one."""
    if le >= len(text):
        return None
    end = text.find("\n", le + 1)
    return le + 1, len(text) if end < 0 else end


def _caption(text: str, line_start: int, skip: re.Pattern[str] | None = None) -> str:
    """The nearest non-empty line above line_start that is not itself a row (skip)."""
    at = line_before(text, line_start)
    for _ in range(40):
        if at is None:
            return ""
        line = text[slice(*at)]
        if line.strip() and (skip is None or not skip.fullmatch(line)):
            return line.strip()
        at = line_before(text, at[0])
    return ""


def _cell(caption: str, label: str, value: str, start: int, ls: int, le: int) -> Cell | None:
    value = QUOTE_MARK_RE.sub(" ", value.rstrip())  # a quoted value ("over 40") is read as written
    if not value.strip() or NO_VALUE_RE.fullmatch(value.strip()) or not NUMBER_IN_VALUE_RE.search(value):
        return None  # no value, or words with no number in them ("Image credits: ...")
    label = BULLET_RE.sub("", " ".join(label.split()).rstrip(":"))
    tail = ""
    per = PER_IN_LABEL_RE.search(label)
    if per:
        tail = f" a {per.group('per').lower()}"
    head = f"{caption}\n" if caption else ""
    line = f"- {label}: "
    return Cell(start, start + len(value), ls, le, f"{head}{line}{value}{tail}\n", len(head) + len(line))


def _leader_row(text: str, ls: int, le: int) -> re.Match[str] | None:
    """The dot-leader row that text[ls:le] is, if it is one: a row is short; a line of prose with
    an ellipsis in it is no row."""
    m = LEADER_RE.fullmatch(text, ls, le)
    if m is None or len(m.group("label")) > MAX_LABEL or len(m.group("value")) > MAX_VALUE:
        return None
    return m


def is_leader_row(line: str) -> bool:
    """Whether a line is a dot-leader row ("civilians ........ 188")."""
    if not (DOT_LEADER_HINT_RE.search(line) or ELLIPSIS_LEADER_HINT in line):
        return False
    return _leader_row(line, 0, len(line)) is not None


def _leader_cells(text: str) -> Iterator[Cell]:
    parent: tuple[int, str] | None = None  # (indent, label) of the last row with a smaller indent
    last_end = -2
    lines = set(_lines_with(text, DOT_LEADER_HINT_RE))
    lines.update(_lines_with(text, ELLIPSIS_LEADER_HINT))
    for ls, le in sorted(lines):
        m = _leader_row(text, ls, le)
        if m is None:
            continue
        indent = len(m.group("indent").expandtabs())
        label = m.group("label")
        if m.start() > last_end + 1:
            parent = None  # a new block
        last_end = m.end()
        full = label
        if parent is not None and indent > parent[0] and LOWER_START_RE.match(label):
            full = f"{parent[1]}, {label}"
        else:
            parent = (indent, label)
        caption = _caption(text, m.start(), LEADER_RE)
        if CONTENTS_CAPTION_RE.fullmatch(caption):
            full = "page"  # "II. Al-Qaida and affiliated groups ..... 12" is read as "page: 12"
        yield from _leader_row_cells(caption, full, m)


def _leader_row_cells(caption: str, label: str, m: re.Match[str]) -> Iterator[Cell]:
    """A leader row's cells: one value, or several divided by bars or slashes ("171 | 236 | 402")
    under a caption ending with as many column names ("- attacks | killed | injured")."""
    value, start = m.group("value"), m.start("value")
    for sep in ("|", "/"):
        if sep not in value:
            continue
        names = _column_names(caption, sep)
        parts = [
            (p.start(), p.group()) for p in (COLUMN_VALUE_RE if sep == "|" else SLASH_CELL_RE).finditer(value)
        ]
        if len(names) < 2 or len(names) != len(parts):
            continue
        for name, (offset, part) in zip(names, parts, strict=True):
            cell = _cell(caption, f"{label} {name.strip()}", part.strip(), start + offset, m.start(), m.end())
            if cell is not None:
                yield cell
        return
    cell = _cell(caption, label, value, start, m.start(), m.end())
    if cell is not None:
        yield cell


def _pipe_cells(text: str) -> Iterator[Cell]:
    for ls, le in _lines_with(text, "|"):
        if le - ls > 4 * MAX_LABEL or text.count("|", ls, le) < 2:
            continue  # a row is short, and holds two bars (counted faster than matched)
        m = PIPE_LINE_RE.fullmatch(text, ls, le)
        if m is None or len(m.group("name")) > MAX_LABEL:
            continue
        name = m.group("name")
        caption = _caption(text, m.start(), PIPE_LINE_RE)
        fields = [(m.start("rest"), f) for f in PIPE_FIELD_RE.finditer(m.group("rest"))]
        first = PIPE_FIELD_RE.fullmatch(text, m.start("name"), m.end("name"))
        every_field = len(fields) == m.group("rest").count("|") + 1
        if first is not None and every_field and NUMBER_IN_VALUE_RE.match(first.group("value")):
            # every field a key and its value ("October: 108 | November: 98"): no row name
            name = ""
            fields.insert(0, (0, first))
        for base, f in fields:
            cell = _cell(
                caption,
                f"{name} {f.group('key')}".strip(),
                f.group("value"),
                base + f.start("value"),
                m.start(),
                m.end(),
            )
            if cell is not None:
                yield cell


def _split_fields(text: str, start: int, end: int, sep: str, strip: str | None) -> list[tuple[int, str]]:
    """The fields `sep` divides text[start:end] into, each stripped of `strip` (None: of white
    space), with where it starts."""
    fields: list[tuple[int, str]] = []
    pos = start
    for part in text[start:end].split(sep):
        lead = len(part) - len(part.lstrip(strip))
        fields.append((pos + lead, part.strip(strip)))
        pos += len(part) + 1
    return fields


def _grid_fields(text: str, ls: int, le: int) -> list[tuple[int, str]]:
    """A pipe-delimited line's fields (the bars at its ends, if any, open and close no field)."""
    line = text[ls:le]
    inner_start = line.find("|") + 1 if line.lstrip().startswith("|") else 0
    inner_end = line.rstrip().rfind("|") if line.rstrip().endswith("|") else len(line)
    # (bold or italic markers are stripped too: "**Total**")
    return _split_fields(text, ls + inner_start, ls + inner_end, "|", " \t*_")


def _label_split(text: str, fields: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row's fields with its first, "label: value", divided in two at the colon."""
    start, first = fields[0]
    m = PIPE_FIELD_RE.fullmatch(text, start, start + len(first))
    if m is None or not NUMBER_IN_VALUE_RE.match(m.group("value")):
        return fields
    return [(m.start("key"), m.group("key")), (m.start("value"), m.group("value")), *fields[1:]]


def _column_names(caption: str, sep: str) -> list[str]:
    """The column names a caption gives for values divided by sep: in parentheses ("BY PROVINCE
    (all groups; attacks | killed)"), else after its last dash or colon ("BY GROUP - attacks |
    killed")."""
    for group in PARENS_RE.findall(caption):
        if sep in group:
            return [name.strip() for name in re.split(r"[;:]", group)[-1].split(sep)]
    return [name.strip() for name in COLUMN_NAMES_RE.split(caption)[-1].split(sep)]


def _caption_columns(text: str, ls: int, le: int) -> list[tuple[int, str]] | None:
    """A grid header given as a caption naming the columns in parentheses ("2. BY GROUP (attacks |
    killed)", "HOTSPOTS (all groups; attacks | killed | injured)"): a first field for the rows'
    labels, then one per column."""
    m = CAPTION_COLUMNS_RE.fullmatch(text, ls, le)
    if m is None:
        return None
    return [(ls, "")] + [(m.start("cols"), name) for name in _column_names(text[ls:le], "|")]


def _grid_cells(text: str) -> Iterator[Cell]:
    for run in _runs(_lines_with(text, "|")):
        is_rule = [GRID_RULE_RE.fullmatch(text, *line) is not None for line in run]
        if True in is_rule and (first_rule := is_rule.index(True)) >= 2:
            # a rule line ("|---|") follows the header: lines with bars above it are its caption
            # ("Slide 2 / 5 | MONTHLY TREND" over "| Month | Attacks | Killed |")
            run, is_rule = run[first_rule - 1 :], is_rule[first_rule - 1 :]
        lines = [line for line, rule in zip(run, is_rule, strict=True) if not rule]
        if len(lines) < 2:
            continue
        header = _caption_columns(text, *lines[0]) or _grid_fields(text, *lines[0])
        width = len(header)
        # a grid's first row names its columns; above a rule line ("|---|---|") a year names one
        ruled = len(run) > 1 and is_rule[1]
        if width < 2 or any(
            VALUE_CELL_RE.fullmatch(h) and not (ruled and YEAR_COLUMN_RE.fullmatch(h)) for _, h in header[1:]
        ):
            continue
        caption = text[slice(*lines[0])].strip() if not header[0][1] else _caption(text, run[0][0])
        header = _columns_of_one_group(header)
        for rs, re_ in lines[1:]:
            fields = _grid_fields(text, rs, re_)
            if len(fields) == width - 1:
                fields = _label_split(text, fields)  # "- Punjab: 31 | 36 | 71": the label's colon
            if len(fields) != width or not fields[0][1] or len(fields[0][1]) > MAX_LABEL:
                continue
            yield from _row_cells(caption, _row_label(fields), fields, header, rs, re_)


def _row_cells(
    caption: str, label: str, fields: list[tuple[int, str]], header: list[tuple[int, str]], rs: int, re_: int
) -> Iterator[Cell]:
    """The cells of a row of fields under the header naming its columns: one per value after the
    row's label, named by its label and its column."""
    for (start, value), (_, col) in zip(fields[1:], header[1:], strict=True):
        if value and VALUE_CELL_RE.fullmatch(value):
            cell = _cell(caption, f"{label} {col}", value, start, rs, re_)
            if cell is not None:
                yield cell


def _row_label(fields: list[tuple[int, str]]) -> str:
    """What a grid row is about: its first field, unless that is a rank ("| 1 | TTP | 139 |"), whose
    row is named by the words of its other fields (not a note with a number of its own)."""
    first = fields[0][1]
    if not VALUE_CELL_RE.fullmatch(first) or YEAR_COLUMN_RE.fullmatch(first):
        return first
    words = [value for _, value in fields[1:] if value and not DIGIT_IN_RE.search(value)]
    return " ".join(words) or first


# a comma-separated row's value: a comma right before a digit, after neither a digit (a thousands
# separator, "1,200") nor a space (prose, "in 2024, 31 attacks"); the comma is written first so the
# regex engine skips to it as fast as str.find would
CSV_HINT_RE = re.compile(r",(?<![0-9\s],)[0-9]")
# a comma-separated header: three or more fields, none empty or opening with a space
CSV_HEADER_RE = re.compile(r"[ \t]*[^\s,][^,\n]*(?:,[^\s,][^,\n]*){2,}")


def _csv_cells(text: str) -> Iterator[Cell]:
    """Cells of a table pasted as comma-separated values, under a header line naming its columns
    ("district,province,attacks,detained" then "Duki,BAL,5,7"); a line with a comma and a space
    is prose, not a row."""
    for run in _runs(_lines_with(text, CSV_HINT_RE)):
        above = line_before(text, run[0][0])
        if above is None or ", " in text[slice(*above)] or not CSV_HEADER_RE.fullmatch(text, *above):
            continue
        header = _split_fields(text, *above, ",", None)
        if any(VALUE_CELL_RE.fullmatch(name) and not YEAR_COLUMN_RE.fullmatch(name) for _, name in header):
            continue  # a header names its columns
        rows = [
            (rs, re_, fields)
            for rs, re_ in run
            if ", " not in text[rs:re_]
            and len(fields := _split_fields(text, rs, re_, ",", None)) == len(header)
            and fields[0][1]
            and len(fields[0][1]) <= MAX_LABEL
        ]
        if len(rows) < 2:
            continue
        caption = _caption(text, above[0])
        for rs, re_, fields in rows:
            yield from _row_cells(caption, fields[0][1], fields, header, rs, re_)


def _columns_of_one_group(header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A grid's columns, where one column alone names a group and none names militancy at large
    ("| Quarter | TTP attacks | Killed | Injured |"): the group is the table's, and the other
    columns are named as its ("TTP Killed")."""
    named: list[tuple[int, str]] = []  # (column, the group's name as written)
    r = rules()
    for i, (_, col) in enumerate(header[1:], 1):
        if r.aggregate_re.search(col):
            return header
        for s, e, subject in named_groups(col):
            if subject not in (None, "militant_groups", "united_states"):
                named.append((i, col[s:e]))
    if len({i for i, _ in named}) != 1 or len({name for _, name in named}) != 1:
        return header
    owner, name = named[0]
    return [header[0]] + [
        (pos, col if i == owner else f"{name} {col}") for i, (pos, col) in enumerate(header[1:], 1)
    ]


def _slash_values(row: re.Match[str]) -> list[tuple[int, str]]:
    """(offset, text) of each value in a slash row's values ("1 / 2 / 3")."""
    off = row.start("values")
    return [(off + p.start(), p.group()) for p in SLASH_CELL_RE.finditer(row.group("values"))]


def _slash_cells(text: str) -> Iterator[Cell]:
    for h in SLASH_HEADER_RE.finditer(text):
        ls = text.rfind("\n", 0, h.start()) + 1
        le = text.find("\n", h.end())
        if le < 0:
            continue
        cols = [c.strip() for c in h.group("cols").split("/")]
        title = " ".join((text[ls : h.start()] + text[h.end() : le]).split())
        pos = le + 1
        while pos < len(text):
            e = text.find("\n", pos)
            e = len(text) if e < 0 else e
            row = SLASH_ROW_RE.match(text, pos, e)
            if row is None:
                break
            parts = _slash_values(row)
            if len(parts) != len(cols):
                break
            label = row.group("label").strip()
            for col, (start, part) in zip(cols, parts, strict=True):
                # a column of periods keeps the header's title for the measure ("ATTACKS (2023 / 2024)")
                name = f"{label} {title} ({col})" if PERIOD_COLUMN_RE.fullmatch(col) else f"{label} {col}"
                cell = _cell("", name, part.strip(), start, pos, e)
                if cell is not None:
                    yield cell
            pos = e + 1


def _slash_pair_cells(text: str) -> Iterator[Cell]:
    """A list item pairing words and values alike: "- Civilians killed / injured in ISKP attacks:
    49 / 131" is one item per word, "Civilians killed in ISKP attacks: 49" and "... injured ...: 131"."""
    for ls, le in _lines_with(text, SLASH_HINT_RE):
        row = SLASH_ROW_RE.match(text, ls, le)
        if row is None:
            continue
        label = row.group("label").strip()
        words = SLASH_WORDS_RE.search(label)
        parts = _slash_values(row)
        if words is None or len(parts) < 2:
            continue
        alternatives = [w.strip() for w in words.group(0).split("/")]
        if len(alternatives) != len(parts):
            continue
        head, tail = label[: words.start()], label[words.end() :]
        caption = _caption(text, ls)
        for word, (start, part) in zip(alternatives, parts, strict=True):
            cell = _cell(caption, f"{head}{word}{tail}", part.strip(), start, ls, le)
            if cell is not None:
                yield cell


def _dash_cells(text: str) -> Iterator[Cell]:
    """Rows of a label and a value divided by a dash, two or more in a run under a caption
    ("MOST AFFECTED DISTRICTS (attacks)" then "1. Bannu — 38")."""
    for run in _runs(_lines_with(text, DASH_HINT_RE)):
        rows = [row for ls, le in run if (row := DASH_ROW_RE.fullmatch(text, ls, le)) is not None]
        if len(rows) < 2:
            continue
        caption = _caption(text, run[0][0], DASH_ROW_RE)
        for row in rows:
            cell = _cell(caption, row.group("label"), row.group("value"), row.start("value"), *row.span())
            if cell is not None:
                yield cell


def _fields(text: str, ls: int, le: int) -> list[tuple[int, str]]:
    """A line's fields: runs of words separated by single spaces (two or more spaces divide)."""
    return [(ls + f.start(), f.group()) for f in FIELD_RE.finditer(text[ls:le])]


# a row of an aligned table: a value after a gap of two or more spaces (written to open with two
# literal spaces, which the regex engine skips to faster than to any one space)
ALIGNED_HINT_RE = re.compile(rf"  \ *{VALUE_OPENING}?[0-9]")


def _aligned_header(text: str, hs: int, he: int, width: int) -> list[tuple[int, str]] | None:
    """A header line's fields for rows of `width` fields: one field a column, the first naming the
    rows' labels; a header with no field over the labels ("        2022   2023") gets an empty one."""
    if he <= hs:
        return None
    header = _fields(text, hs, he)
    if len(header) == width - 1 and header and header[0][0] > hs:
        header = [(hs, ""), *header]
    return header if len(header) == width and width >= 2 else None


def _aligned_to(
    header: list[tuple[int, str]], hs: int, fields: list[tuple[int, str]], rs: int
) -> list[str] | None:
    """The header column of each value of a row with cells left empty ("TJP   14   9" under
    "Group   2025   2024   Change"): the column whose field ends (or starts) nearest the value's,
    each used once, in order; None when a value has no column of its own."""
    cols: list[str] = []
    last = 0
    for start, value in fields:
        at, end = start - rs, start - rs + len(value)
        best = min(
            range(1, len(header)),
            key=lambda i: min(abs(header[i][0] - hs + len(header[i][1]) - end), abs(header[i][0] - hs - at)),
        )
        if best <= last:
            return None
        cols.append(header[best][1])
        last = best
    return cols


def _aligned_cells(text: str) -> Iterator[Cell]:
    for run in _runs(_lines_with(text, ALIGNED_HINT_RE)):
        width = max(len(_fields(text, ls, le)) for ls, le in run)
        # the header: the line above the rows, else the run's own first line (a header of periods)
        hs = text.rfind("\n", 0, max(0, run[0][0] - 1)) + 1
        header = _aligned_header(text, hs, run[0][0] - 1, width)
        if header is None and len(run) >= 3:
            hs = run[0][0]
            header = _aligned_header(text, hs, run[0][1], width)
            run = run[1:]
        if header is None:
            continue
        rows: list[tuple[int, int, list[tuple[int, str]], list[str]]] = []
        for rs, re_ in run:
            fields = _fields(text, rs, re_)
            if len(fields) < 2 or not all(VALUE_CELL_RE.fullmatch(v) for _, v in fields[1:]):
                break
            cols = (
                [col for _, col in header[1:]]
                if len(fields) == width
                else _aligned_to(header, hs, fields[1:], rs)
            )
            if cols is None:
                break
            rows.append((rs, re_, fields, cols))
        if len(rows) < 2:
            continue
        caption = _caption(text, hs)
        for rs, re_, fields, cols in rows:
            label = fields[0][1]
            for (start, value), col in zip(fields[1:], cols, strict=True):
                cell = _cell(caption, f"{label} {col}", value, start, rs, re_)
                if cell is not None:
                    yield cell


# a line holding only a number: a cell of a table whose cells PDF conversion put one per line
STACKED_VALUE_RE = re.compile(r"\n[ \t]*[-+−]?[0-9][0-9,.]*%?[ \t]*(?=\n)")
# a stacked table's header cell or row label: a short line, no sentence
STACKED_NAME_RE = re.compile(r"[ \t]*[^\s.,;:][^\n.;:]{0,40}")
MAX_COLUMNS = 12


def _stacked_cells(text: str) -> Iterator[Cell]:
    values = {m.start() + 1: m.end() for m in STACKED_VALUE_RE.finditer(text)}
    if len(values) < 4:
        return
    done = -1
    for first in sorted(values):
        if first <= done:
            continue
        # the first row: its label on the line above, its values on the lines below
        label = line_before(text, first)
        if label is None or label[0] in values or not STACKED_NAME_RE.fullmatch(text, *label):
            continue
        width, next_value = 0, first
        while next_value in values and width <= MAX_COLUMNS:
            width, next_value = width + 1, values[next_value] + 1
        if width > MAX_COLUMNS:
            continue
        # the header: one line per column above the first label, the rows' own first
        header: list[str] = []
        line: tuple[int, int] | None = label
        for _ in range(width + 1):
            line = line_before(text, line[0]) if line is not None else None
            if line is None or line[0] in values or not STACKED_NAME_RE.fullmatch(text, *line):
                break
            header.insert(0, text[slice(*line)].strip())
        if len(header) != width + 1 or line is None:
            continue
        rows: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
        row_label: tuple[int, int] | None = label
        while row_label is not None and STACKED_NAME_RE.fullmatch(text, *row_label):
            cells = []
            at = row_label
            for _ in range(width):
                nxt = line_after(text, at[1])
                if nxt is None or nxt[0] not in values:
                    break
                cells.append(nxt)
                at = nxt
            if len(cells) != width:
                break
            rows.append((row_label, cells))
            row_label = line_after(text, at[1])
        if len(rows) < 2:
            continue
        caption = _caption_block(text, line[0])
        for (ls, le), cells in rows:
            name = text[ls:le].strip()
            row_end = cells[-1][1]
            done = row_end
            for (vs, ve), col in zip(cells, header[1:], strict=True):
                value = text[vs:ve].strip()
                start = vs + text[vs:ve].index(value)
                cell = _cell(caption, f"{name} {col}", value, start, ls, row_end)
                if cell is not None:
                    yield cell


def _caption_block(text: str, line_start: int) -> str:
    """The lines just above line_start up to a blank line (at most three), as one line: a
    caption PDF conversion wrapped ("Table 1: Attacks in selected districts," then "Q3 2025")."""
    lines: list[str] = []
    at: tuple[int, int] | None = (line_start, line_start)
    for _ in range(3):
        at = line_before(text, at[0]) if at is not None else None
        if at is None or not text[slice(*at)].strip():
            break
        lines.insert(0, text[slice(*at)].strip())
    return " ".join(lines)


def table_cells(text: str) -> list[Cell]:
    """Every table cell in the text, at most one per value span (the first layout that reads it)."""
    layouts = []
    # (one character is found many times faster than a string: where most texts lack one, it is
    # looked for first)
    if DOT_LEADER_HINT_RE.search(text) or ("…" in text and ELLIPSIS_LEADER_HINT in text):
        layouts.append(_leader_cells(text))
    if "|" in text:
        layouts.append(_pipe_cells(text))
        layouts.append(_grid_cells(text))
    if CSV_HINT_RE.search(text):
        layouts.append(_csv_cells(text))
    if "/" in text and SLASH_HINT_RE.search(text):
        layouts.append(_slash_cells(text))
        layouts.append(_slash_pair_cells(text))
    if "  " in text:
        layouts.append(_aligned_cells(text))
    if ("—" in text or "–" in text or " - " in text) and DASH_HINT_RE.search(text):
        layouts.append(_dash_cells(text))
    layouts.append(_stacked_cells(text))
    out: list[Cell] = []
    taken: set[int] = set()
    for found in layouts:
        for cell in found:
            if cell.start not in taken:
                taken.add(cell.start)
                out.append(cell)
    return out
