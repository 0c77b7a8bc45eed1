"""A document's structure as the extractor needs it.

- where the body ends (a references, notes or bibliography section is excluded to the end);
- the numbered notes at the end, with short forms ("O'Donnell.", "Ibid.") resolved;
- sentences, found lazily around a position: a sentence may run across a line wrap, a page
  break, an image caption or a word hyphenated across lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from extract.dates import first_date
from extract.layout import LABEL_ROW_RE, is_leader_row
from extract.rules import rules

NOTE_LINE_RE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?P<n>[0-9]{1,4})[.)]?[ \t]+(?P<body>\S.*)$", re.MULTILINE)
LIST_ITEM_RE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)(?P<body>\S.*)$")
SUP_RE = re.compile(r"<sup>\s*(?P<n>[0-9]{1,4})(?:\s*[,–-]\s*[0-9]{1,4})*\s*</sup>")
NUMBERED_ITEM_RE = re.compile(r"[0-9]{1,3}[.)]\s")
SHORT_FORM_TAIL_RE = re.compile(r"(?:,\s*[0-9][0-9–\-]*)?\.?\s*$")
NOTE_KEY_END_RE = re.compile(r"[,.“\"]")
IBID_RE = re.compile(r"ibid\b", re.IGNORECASE)
TITLE_MARK_RE = re.compile(r"[\"“”*]")
NON_WORD_RUN_RE = re.compile(r"[^\w\n]+")
QUOTED_RE = re.compile(r"[\"“](?P<t>[^\"”]{6,})[\"”]")

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "dr",
        "mr",
        "mrs",
        "ms",
        "no",
        "nos",
        "st",
        "e.g",
        "i.e",
        "vs",
        "gen",
        "col",
        "lt",
        "sgt",
        "cpl",
        "capt",
        "maj",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "prof",
        "approx",
        "incl",
        "excl",
        "est",
        "p",
        "pp",
        "vol",
        "cf",
        "al",
        "fig",
        "rev",
        "gov",
        "sen",
        "rep",
        "mt",
        "ft",
        "a.m",
        "p.m",
        "d.c",
        "op",
        "ed",
        "eds",
        "para",
        "art",
        "ch",
        "sec",
        "ref",
        "refs",
        "ca",
        "c",
        "govt",
        "dept",
        "univ",
        "assn",
        "intl",
        "natl",
    ]
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
TERMINAL = '.!?:;"”’)]|'
# an answer's opening after a question ("A: Between 2,000 and 3,500", "(Answer: 979.)",
# "**A:** Nine"): the answer is read in one sentence with the question, whose words it leaves out
ANSWER_OPEN_RE = re.compile(r"[ \t]*(?:\*\*|__)?\(?(?:A|Ans|Answer)(?:\*\*|__)?[ \t]*[:.-](?:\*\*|__)?[ \t]")
_WORD_BEFORE_RE = re.compile(r"[\w.]+$")
INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# A sentence's end: terminal punctuation (with closing quotes, a footnote marker ("<sup>2</sup>",
# "[2]", a bare "2") or emphasis markers after it) before whitespace, or a closing quote before a
# capital.
# Written to open with one character set, so the regex engine skips to the next candidate
# character in C.
SENT_END_RE = re.compile(
    r"[.!?…\"”](?:(?<=[.!?…])[.!?…]*[\"”’')\]]*(?:\s*<sup>[^<]{0,20}</sup>|\[[0-9]{1,3}\]|\*\*|_)*(?=\s|$)"
    r"|(?<=[^\s][\"”])(?=\s+[A-Z])"
    # a bare footnote number PDF conversion left after the full stop, before the next sentence
    # or the line's end ("a 13% increase.3 ISKP claimed", "in 2024.17"): not a decimal
    r"|(?:(?<=[a-z%)\"”’]\.)|(?<=(?:19|20)[0-9]{2}\.))[0-9]{1,3}(?=[ \t]+[A-Z]|[ \t]*\n|$))"
)


@dataclass
class Note:
    number: int
    text: str  # as written
    resolved: str  # a short form replaced by the full reference
    when: date | None = None
    dated: bool = False


@dataclass
class Block:
    """One logical paragraph: its pieces of the document joined into one string."""

    text: str
    pieces: list[tuple[int, int, int]]  # (joined offset, doc start, doc end)
    # the sentences split so far, in order: split only as far as a lookup needs (every sentence
    # starting at or before an offset asked for), so each one ends before the next one's start
    sentences: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    _pending: Iterator[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    def to_joined(self, pos: int) -> int:
        for j, s, e in self.pieces:
            if s <= pos <= e:
                return j + (pos - s)
        return -1

    def to_doc(self, j: int) -> int:
        starts = [p[0] for p in self.pieces]
        i = max(0, bisect.bisect_right(starts, j) - 1)
        pj, s, e = self.pieces[i]
        return min(e, s + (j - pj))

    def sentence_before(self, j: int) -> tuple[int, int] | None:
        """The last sentence split so far that ends at or before j (the sentence before the one at
        j), or None."""
        for s, e in reversed(self.sentences):  # (in order, so their ends rise)
            if e <= j:
                return s, e
        return None

    def sentence_at(self, j: int) -> tuple[int, int]:
        # sentences are in order and do not overlap: the last one starting at or before j
        sentences = self.sentences
        starts = self._starts
        if starts is None or len(starts) != len(sentences):
            starts = self._starts = [s for s, _e in sentences]
        pending = self._pending
        if pending is not None and (not starts or starts[-1] <= j):
            # split on until a sentence starts after j (or the paragraph ends)
            for span in pending:
                sentences.append(span)
                starts.append(span[0])
                if span[0] > j:
                    break
            else:
                self._pending = None
        i = bisect.bisect_right(starts, j) - 1
        if i >= 0:
            s, e = sentences[i]
            if j < e:
                return s, e
        return 0, len(self.text)


def _is_heading(line: str) -> bool:
    s = line.strip()
    return s.startswith("#") or (s.startswith("**") and s.endswith("**")) or s.startswith("|")


def _starts_item(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and (s[0] in "-*•#|>" or bool(NUMBERED_ITEM_RE.match(s)))


# Words a sentence cannot end with: a line ending with one, before a blank line, is a sentence
# broken by a page break (or a caption set into it), and resumes after the furniture.
OPEN_ENDINGS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "by",
        "with",
        "and",
        "or",
        "from",
        "for",
        "at",
        "on",
        "as",
        "than",
        "that",
        "its",
        "their",
        "his",
        "her",
        "between",
        "about",
        "some",
        "nearly",
        "around",
        "over",
        "under",
        "into",
        "among",
        "against",
        "across",
        "estimated",
        "including",
        "whose",
        "which",
    ]
)
CAPTION_START_RE = re.compile(
    r"[\s*_\[(>]*(?:photo|image|picture|figure|fig\.|source|credit|caption|map|chart|graphic|illustration"
    r"|table)\b",
    re.IGNORECASE,
)
PAGE_NUMBER_RE = re.compile(r"\W*(?:page\s+)?[0-9]{1,4}(?:\s+of\s+[0-9]{1,4})?\W*$", re.IGNORECASE)


def _is_furniture(line: str) -> bool:
    """A caption, credit, page number or running header set between the parts of a sentence."""
    s = line.strip()
    if not s:
        return True
    if len(s) > 300:
        return False  # a paragraph of text
    if CAPTION_START_RE.match(s) or PAGE_NUMBER_RE.match(s) or "©" in s or " | " in s:
        return True
    # a short line without a full stop (a credit, a place and date), unless it stops open
    return len(s) < 50 and s[-1] not in '.!?:;"”' and not _ends_open(s)


def _ends_open(line: str) -> bool:
    """Whether a line stops on a word no sentence ends with ("... the strength of the")."""
    s = _strip_marks(line)
    if not s or s[-1] in TERMINAL or _is_heading(line):
        return False
    return s.rsplit(None, 1)[-1].lower() in OPEN_ENDINGS


def _opens_resumption(line: str) -> bool:
    """Whether a line can resume a broken sentence with a capital or a digit."""
    if _starts_item(line) or _is_heading(line) or _is_furniture(line):
        return False
    first = line.strip().lstrip("*_“\"'(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _strip_marks(s: str) -> str:
    return s.strip().strip("*_ \t")


ROW_LABEL_RE = re.compile(r"[^:.;]{1,80}:\s")  # a line opening with a label, whatever its value


def _may_go_on(line: str) -> bool:
    """Whether a later line can go on with a line's sentence: it stops without a sentence's end
    (or a footnote marker) and is no heading."""
    p = _strip_marks(line)
    return bool(p) and p[-1] not in TERMINAL and not p.endswith("</sup>") and not _is_heading(line)


def _is_short_form(body: str, full: str) -> bool:
    """'O'Donnell.', 'Amiri and Jackson, 9.', 'Yawar, Ali, and Rajesh.' against the full note."""
    author = SHORT_FORM_TAIL_RE.sub("", body.strip())
    return bool(author) and full.startswith(author)


class Structure:
    def __init__(self, text: str) -> None:
        self.text = text
        r = rules()
        self.body_end = len(text)
        # a references heading in the first fifth of a document is a table of contents entry
        heading = -1
        first = len(text) // 5
        if first == 0 and r.excluded_heading_re.match(text):
            heading = 0
        else:
            m = r.excluded_heading_nl.search(text, max(0, first - 1))
            if m is not None:
                heading = m.start() + 1
        notes_start = None
        if heading >= 0:
            self.body_end = heading
            notes_start = heading
        elif "<sup>" in text:
            # a numbered notes list at the end without a heading: the last line numbered 1
            for m in NOTE_LINE_RE.finditer(text, len(text) // 2):
                if m.group("n") == "1":
                    self.body_end = m.start()
                    notes_start = m.start()
                    break
        self._notes: dict[int, Note] = {}
        self._references: list[str] = []
        self._ref_lower: list[str] | None = None  # the references lower-cased
        self._ref_flat: dict[int, str] = {}  # by index: an entry with non-word runs as spaces
        self._ref_flat_all_slow = False
        self._dates: dict[str, date | None] = {}  # by a note's resolved text (notes share them)
        self._notes_start = notes_start  # parsed when first asked for
        self._blocks: dict[int, Block] = {}
        self._line_blocks: dict[int, Block] = {}  # by the start of a line it holds

    # ------------------------------------------------------------------ notes
    @property
    def notes(self) -> dict[int, Note]:
        """The numbered notes at the end, by number (short forms resolved)."""
        self._ensure_notes()
        return self._notes

    @property
    def references(self) -> list[str]:
        """The entries of a references list that comes before the numbered notes."""
        self._ensure_notes()
        return self._references

    def _ensure_notes(self) -> None:
        if self._notes_start is not None:
            start, self._notes_start = self._notes_start, None
            self._parse_notes(start)

    def _parse_notes(self, start: int) -> None:
        tail = self.text[start:]
        lines = tail.split("\n")
        current: Note | None = None
        expected = 1
        started = False
        note_line = NOTE_LINE_RE.match
        for line in lines:
            m = note_line(line)
            if m is not None:
                n_text, note_body = m.group("n", "body")
                number = int(n_text)
                if (number == expected or not started) and not (
                    not started
                    and self._references
                    and QUOTED_RE.search(note_body) is None
                    and "," not in note_body
                ):
                    started = True
                    note_body = note_body.strip()
                    current = Note(number, note_body, note_body)
                    self._notes[number] = current
                    expected = number + 1
                    continue
            if not line.strip():
                continue
            if not started:
                item = LIST_ITEM_RE.match(line)
                body = item.group("body") if item else line.strip()
                if item or not self._references:
                    self._references.append(body)
                else:
                    self._references[-1] += " " + body
                continue
            if current is not None and current.text[-1:] not in ".”\"’')":
                item = LIST_ITEM_RE.match(line)
                more = (item.group("body") if item else line).strip()
                joiner = "" if current.text.endswith("-") else " "
                current.text = current.text + joiner + more
                current.resolved = current.text
        self._resolve_notes()

    def _resolve_notes(self) -> None:
        last_full: dict[str, str] = {}
        previous: str | None = None
        # (the notes are numbered on from the first: in order already)
        for note in self._notes.values():
            body = note.text
            key = NOTE_KEY_END_RE.split(body, maxsplit=1)[0].strip().lower()
            is_ibid = bool(IBID_RE.match(body))
            has_title = len(body) > 80 or TITLE_MARK_RE.search(body) is not None
            if is_ibid and previous is not None:
                note.resolved = previous
            elif not has_title and key in last_full and _is_short_form(body, last_full[key]):
                note.resolved = last_full[key]
            else:
                note.resolved = body
                if has_title:
                    last_full[key] = body
            previous = note.resolved

    def note_date(self, note: Note) -> date | None:
        """The date of a note's reference (its own text, else its entry in the references)."""
        if note.when is None and not note.dated:
            reference = note.resolved
            if reference not in self._dates:
                self._dates[reference] = first_date(reference) or self._reference_date(reference)
            note.when = self._dates[reference]
            note.dated = True
        return note.when

    def _reference_date(self, note: str) -> date | None:
        m = QUOTED_RE.search(note)
        if not m:
            return None
        title = re.sub(r"\W+", " ", m.group("t")).strip().lower()[:40]
        if len(title) < 8:
            return None
        if self._ref_lower is None:
            self._ref_lower = [entry.lower() for entry in self._references]
            # an entry is flattened on its own as it would be among all of them (entries hold no
            # line breaks; where one does, every entry is flattened the slower way)
            self._ref_flat_all_slow = any("\n" in entry for entry in self._references)
        # every run of word characters in the title is in the lower-cased entry it comes from:
        # only such entries are flattened and searched, in order
        piece = max(title.split(" "), key=len)
        for i, low in enumerate(self._ref_lower):
            if piece not in low:
                continue
            flat = self._ref_flat.get(i)
            if flat is None:
                entry = self._references[i]
                flat = self._ref_flat[i] = (
                    re.sub(r"\W+", " ", entry).lower()
                    if self._ref_flat_all_slow
                    else NON_WORD_RUN_RE.sub(" ", entry).lower()
                )
            if title in flat:
                return first_date(self._references[i])
        return None

    # ------------------------------------------------------------------ lines and blocks
    def _line_bounds(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, (len(self.text) if e < 0 else e)

    def _prev_line(self, start: int) -> tuple[int, int, bool] | None:
        """The nearest non-blank line before a line start, and whether blank lines lie between."""
        e = start - 1
        blank = False
        for _ in range(50):
            if e < 0:
                return None
            s = self.text.rfind("\n", 0, e) + 1
            if self.text[s:e].strip():
                return s, e, blank
            blank = True
            e = s - 1
        return None

    def _next_line(self, end: int) -> tuple[int, int, bool] | None:
        s = end + 1
        blank = False
        n = len(self.text)
        for _ in range(50):
            if s >= n:
                return None
            e = self.text.find("\n", s)
            e = n if e < 0 else e
            if self.text[s:e].strip():
                return s, e, blank
            blank = True
            s = e + 1
        return None

    def _continues(self, prev: str, cur: str, blank: bool) -> bool:
        if _strip_marks(prev).endswith("?") and ANSWER_OPEN_RE.match(cur):
            return True  # "Q: How many fighters does ISKP have?" then "A: About 2,000."
        if not _may_go_on(prev):
            return False
        p = _strip_marks(prev)
        c = cur.strip()
        if not c or _starts_item(cur) or _is_heading(cur):
            return False
        if LABEL_ROW_RE.match(c) and (_starts_item(prev) or LABEL_ROW_RE.match(p)):
            return False  # "- Killed: 441" then "    of whom civilians: 203": an item of its own
        if LABEL_ROW_RE.match(p) and ROW_LABEL_RE.match(c):
            return False  # "Operations (IEA): 96" then "Provinces where ISKP is active: not given"
        if is_leader_row(cur):
            return False  # "    civilians ........ 188" under "- Killed: 503": a table row of its own
        first = c.lstrip("*_“\"'(")[:1]
        if not first:
            return False
        if p[-1] == "-" and p[-2:-1].isalpha():
            return True
        if first.islower():
            return True
        if blank:
            return False
        # a wrapped line is long, or stops on a word no sentence ends with ("... fighters, and"
        # then "Jamaat Ansarullah some 300")
        return (len(p) >= 60 or _ends_open(prev)) and (first.isupper() or first.isdigit())

    def _resumed_from(self, probe: tuple[int, int, bool] | None) -> tuple[int, int] | None:
        """Going back over page furniture: the line that a capitalised line resumes, if any."""
        for _hop in range(4):
            if probe is None:
                return None
            qs, qe, _blank = probe
            line = self.text[qs:qe]
            if not _is_furniture(line):
                return (qs, qe) if _ends_open(line) else None
            probe = self._prev_line(qs)
        return None

    def _resumed_by(self, probe: tuple[int, int, bool] | None) -> tuple[int, int] | None:
        """Going on over page furniture: the capitalised line that resumes an open line, if any."""
        for _hop in range(4):
            if probe is None:
                return None
            qs, qe, _blank = probe
            line = self.text[qs:qe]
            if not _is_furniture(line):
                return (qs, qe) if _opens_resumption(line) else None
            probe = self._next_line(qe)
        return None

    def _block_start(self, ls: int, le: int) -> list[tuple[int, int]]:
        """The lines (start, end) of the logical paragraph ending with the given line."""
        lines = [(ls, le)]
        for _ in range(40):
            cur_s, cur_e = lines[0]
            cur = self.text[cur_s:cur_e]
            prev = self._prev_line(cur_s)
            if prev is None:
                break
            ps, pe, blank = prev
            prev_line = self.text[ps:pe]
            if self._continues(prev_line, cur, blank):
                lines.insert(0, (ps, pe))
                continue
            if blank:
                # a sentence broken by a page break, resumed with a capital after page furniture
                # (the broken line is looked for first: there rarely is one)
                found = self._resumed_from(prev)
                if found is not None and _opens_resumption(cur):
                    lines.insert(0, found)
                    continue
            if blank and (cur.strip()[:1].islower() or prev_line.rstrip().endswith("-")):
                # skip up to three furniture paragraphs (captions, pull quotes) to the sentence's start
                probe: tuple[int, int, bool] | None = prev
                joined = False
                for _hop in range(3):
                    if probe is None:
                        break
                    qs, qe, _qblank = probe
                    line = self.text[qs:qe]
                    if self._continues(line, cur, True):
                        lines.insert(0, (qs, qe))
                        joined = True
                        break
                    probe = self._prev_line(qs)
                if joined:
                    continue
            break
        return lines

    def _block_end(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        for _ in range(40):
            cur_s, cur_e = lines[-1]
            cur = self.text[cur_s:cur_e]
            if not _may_go_on(cur):
                break  # it ends a sentence (the common case): no later line goes on with it
            nxt = self._next_line(cur_e)
            if nxt is None:
                break
            ns, ne, blank = nxt
            if self._continues(cur, self.text[ns:ne], blank):
                lines.append((ns, ne))
                continue
            if blank and _ends_open(cur):
                found = self._resumed_by(nxt)
                if found is not None:
                    lines.append(found)
                    continue
            if blank and (_strip_marks(cur)[-1:] not in TERMINAL):
                # the sentence may resume after a caption or pull quote
                probe: tuple[int, int, bool] | None = nxt
                joined = False
                for _hop in range(3):
                    if probe is None:
                        break
                    qs, qe, _b = probe
                    if self._continues(cur, self.text[qs:qe], True):
                        lines.append((qs, qe))
                        joined = True
                        break
                    probe = self._next_line(qe)
                if joined:
                    continue
            break
        return lines

    def block_at(self, pos: int) -> Block:
        ls, le = self._line_bounds(pos)
        known = self._line_blocks.get(ls)
        if known is not None and known.to_joined(pos) >= 0:
            return known  # another number on the same line
        lines = self._block_start(ls, le)
        key = lines[0][0]
        cached = self._blocks.get(key)
        if cached is not None and cached.to_joined(pos) >= 0:
            self._line_blocks[ls] = cached
            return cached
        lines = self._block_end(lines)
        parts: list[str] = []
        pieces: list[tuple[int, int, int]] = []
        offset = 0
        for i, (s, e) in enumerate(lines):
            seg = self.text[s:e]
            if i > 0:
                prev = parts[-1].rstrip()
                sep = "" if prev.endswith("-") and prev[-2:-1].isalpha() else " "
                if sep == "" and parts[-1] != prev:
                    parts[-1] = prev
                    offset = sum(len(p) for p in parts)
                parts.append(sep)
                offset += len(sep)
            pieces.append((offset, s, e))
            parts.append(seg)
            offset += len(seg)
        block = Block("".join(parts), pieces)
        block._pending = iter_sentences(block.text)
        self._blocks[key] = block
        self._line_blocks[ls] = block
        return block


def split_sentences(text: str) -> list[tuple[int, int]]:
    return list(iter_sentences(text))


def abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation ("Dr.", "e.g.") or an initial."""
    if stop > _LONGEST_ABBREVIATION and text[stop - _LONGEST_ABBREVIATION - 1 : stop].isalnum():
        return False  # after a longer run of letters or digits (the common case): no regex asked
    w = _WORD_BEFORE_RE.search(text, max(0, stop - 12), stop)
    if w is None:
        return False
    word = w.group().lower().rstrip(".")
    # (an initial, but not a name's last letter: "ISIL-K.", "IS-K."; or initials: "D.I. Khan")
    return (
        word in ABBREVIATIONS
        or (len(word) == 1 and word.isalpha() and text[w.start() - 1 : w.start()] != "-")
        or INITIALS_RE.fullmatch(word) is not None
    )


def _quoted_phrase(text: str, close: int) -> bool:
    """Whether the quote closing at offset close ends a short phrase of at most three words
    opened in the same sentence, not a quoted sentence."""
    opening = "“" if text[close] == "”" else '"'
    at = text.rfind(opening, max(0, close - 40), close)
    if at < 0:
        return False
    inner = text[at + 1 : close]
    return bool(inner.strip()) and len(inner.split()) <= 3 and not any(ch in inner for ch in ".!?;")


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentences (start, end) of a paragraph, in order, as they are found."""
    start = 0
    for m in SENT_END_RE.finditer(text):
        at, end = m.span()
        # (either test goes on to the next end: the cheaper first)
        nxt = text[end : end + 3].lstrip()[:1]
        if nxt and (nxt.islower() or nxt in ",;"):
            continue
        if text[at] == "." and abbreviated(text, at):
            continue
        if text[at] == "?" and ANSWER_OPEN_RE.match(text, end):
            continue  # "How many attacks were recorded? (Answer: 979.)"
        if text[at] in '"”' and end == at + 1 and _quoted_phrase(text, at):
            continue  # 'spoke of "dozens of" TTP camps': a quoted phrase, not a quoted sentence
        yield start, end  # never blank: it holds the end's punctuation mark
        start = end
    if start < len(text):
        yield start, len(text)
