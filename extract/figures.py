"""Figures read out of a document's prose (the figure contract, sections 1-5).

One compiled regular expression finds every candidate quantity in the body in one pass (C speed);
Python work happens only per candidate: its sentence (found lazily), its value and qualifier, and
the words around it that give measure, subject, period, claimant and source. Rules are data
(``extract/data/*.yaml``, ``schemas/vocab/*.yaml``); see ``extract.rules``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extract.dates import anchor_period, explicit_period, infer_document_date, relative_period
from extract.figure import Figure
from extract.rules import Rules, alias_to_subject, norm, rules
from extract.structure import SUP_RE, Block, Structure
from ingest.document import Document
from schemas import vocab

__all__ = ["extract_figures", "infer_document_date"]

_DEBUG = False

_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
MONTH_BEFORE_RE = re.compile(rf"(?<![\w]){_MONTH_WORD}\s*$", re.IGNORECASE)
MONTH_AFTER_RE = re.compile(rf"^(?:<sup>\w+</sup>|st|nd|rd|th)?,?\s*{_MONTH_WORD}(?![\w])", re.IGNORECASE)
AGE_AFTER_RE = re.compile(
    r"^\s*-?\s*(?:years?|yrs?)[\s-]*old\b|^-year\b|^\s*years?\s+of\s+age\b", re.IGNORECASE
)
DISTANCE_RE = re.compile(
    r"^\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m\s+(?:west|east|north|south)|sq)\b",
    re.IGNORECASE,
)
RESOLUTION_AFTER_RE = re.compile(r"^\s*\((?:19|20)[0-9]{2}\)")
DENOMINATOR_RE = re.compile(
    r"(?P<n>[0-9][0-9,]*|\b[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?$", re.IGNORECASE
)
OF_DENOMINATOR_RE = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?([0-9]+|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE
)
TOKEN_RE = re.compile(r"\s*([A-Za-z][A-Za-z.'’\-]*|[^\sA-Za-z])")
STOP_WORDS = frozenset(
    [
        "in",
        "at",
        "on",
        "of",
        "and",
        "or",
        "to",
        "from",
        "by",
        "for",
        "with",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "who",
        "which",
        "that",
        "per",
        "a",
        "an",
        "the",
        "as",
        "than",
        "since",
        "during",
        "after",
        "before",
        "over",
        "under",
        "into",
        "onto",
        "across",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "them",
        "he",
        "she",
        "we",
        "our",
        "more",
        "most",
        "each",
        "every",
        "some",
        "all",
        "both",
        "while",
        "when",
        "where",
        "whose",
        "what",
        "why",
        "how",
        "there",
        "here",
        "not",
        "no",
        "only",
        "also",
        "still",
        "just",
        "about",
        "around",
        "nearly",
        "almost",
        "up",
        "down",
        "out",
        "off",
        "said",
        "says",
        "claimed",
    ]
)
CLAUSE_BREAK_RE = re.compile(r"[;:()]|\b(?:which|that|who|while|but|after|before|when|whereas|although)\b")
AGGREGATE_ADJ_RE = re.compile(
    r"\b(?:terrorist|militant|jihadi|jihadist|extremist|armed|insurgent|foreign|violent|islamist|terror)\b",
    re.IGNORECASE,
)
NEW_RE = re.compile(
    r"\bnew(?:ly)?\b|\bset\s+up\b|\bestablished\b|\bopened\b|\bbuilt\b|\bcreated\b", re.IGNORECASE
)
CAMP_RE = re.compile(r"\bcamps?\b", re.IGNORECASE)
ATTACK_WORD_RE = re.compile(r"\b(?:attacks?|bombings?|assaults?|violence|incidents)\b", re.IGNORECASE)
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:]{2,120})", re.IGNORECASE)
BY_AGENT_RE = re.compile(
    r"\b(?:listed|identified|named|cited|documented|recorded|estimated|reported|counted|compiled|assessed)\s+by\s+"
    r"(?P<who>[^,.;:]{2,100})",
    re.IGNORECASE,
)
ANNUAL_BEFORE_RE = re.compile(r"\b(?P<w>annual|annually|yearly|monthly|weekly)\b[^.;]{0,40}$", re.IGNORECASE)
RESPONSIBILITY_RE = re.compile(
    r"[A-Z][^.;]{0,80}?\s+(?:claimed|admitted|took)\s+responsibility|\bclaimed\s+by\s+[^.;]{2,80}",
)
ADJECTIVAL_BEFORE_RE = re.compile(
    r"(?:[’']s|\ban|\bthe|\ba|\bits|\btheir|\bhis|\bher|\bnewly|\bwidely)\s*$", re.IGNORECASE
)
BARE_MARKER_RE = re.compile(r"(?<=[a-z.,;:\"”’)])(?P<n>[0-9]{1,3})\s*$")
FOUNDING_TAIL_RE = re.compile(
    rf"\s+(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH_WORD}\s+)?(?:of\s+)?$", re.IGNORECASE
)
CURRENCY_CODES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "₹": "INR",
    "inr": "INR",
    "rs": "PKR",
    "rs.": "PKR",
    "pkr": "PKR",
    "rupees": "PKR",
    "afn": "AFN",
    "af": "AFN",
    "afghani": "AFN",
    "afghanis": "AFN",
}


@dataclass
class Mention:
    start: int
    end: int
    subject: str | None
    text: str
    demoted: bool


@dataclass
class Candidate:
    start: int  # document offsets of the quantity's own wording
    end: int
    low: float | None
    high: float | None
    qualifier: str
    currency: str | None
    percent: bool
    vague: bool
    number_text: str
    is_year: bool
    paren: bool


# ---------------------------------------------------------------------------------- numbers


def parse_words(text: str, r: Rules) -> float | None:
    tokens = [t for t in re.split(r"[\s\-]+", text.lower()) if t]
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in r.units:
            current += r.units[tok]
            seen = True
        elif tok == "half":
            current += 0.5
            seen = True
        elif tok == "a" or tok == "and":
            pass
        elif tok.rstrip("s") in r.scales:
            scale = r.scales[tok.rstrip("s")]
            base = current if current else 1.0
            if scale < 1000:
                current = base * scale
            else:
                total += base * scale
                current = 0.0
            seen = True
        else:
            return None
        i += 1
    return total + current if seen else None


def parse_number(text: str, r: Rules) -> float | None:
    t = text.strip()
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    return parse_words(t, r)


def scale_of(text: str | None, r: Rules) -> float:
    if not text:
        return 1.0
    out = 1.0
    for tok in re.split(r"\s+", text.strip().lower()):
        if not tok:
            continue
        if tok in r.scales:
            out *= r.scales[tok]
        elif tok in r.abbreviations:
            out *= r.abbreviations[tok]
    return out


def trailing_scale(text: str | None, r: Rules) -> float:
    """The product of the scale words ending a number in words ("six thousand" -> 1000)."""
    out = 1.0
    for tok in reversed(re.split(r"[\s\-]+", (text or "").strip().lower())):
        if tok in r.scales and r.scales[tok] >= 100:
            out *= r.scales[tok]
        else:
            break
    return out


def currency_of(*parts: str | None) -> str | None:
    for part in parts:
        if not part:
            continue
        p = part.strip().lower().replace("\\", "")
        p = re.sub(r"\s+", "", p)
        if "$" in p or "dollar" in p or p == "usd":
            return "USD"
        for key, code in CURRENCY_CODES.items():
            if p.startswith(key) or p.endswith(key):
                return code
    return None


# ---------------------------------------------------------------------------------- extraction


class _Extractor:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.r = rules()
        self.structure = Structure(self.text)
        self.body_end = self.structure.body_end
        self.doc_date: date | None = document.published or infer_document_date(self.text)
        self.figures: list[Figure] = []
        self.last_money: tuple[int, Figure] | None = None

    # ----------------------------------------------------------- mentions of subjects
    def mentions(self, lo: int, hi: int) -> list[Mention]:
        """Subjects named (or referred back to) in text[lo:hi], in order."""
        if True:
            out: list[Mention] = []
            text = self.text
            r = self.r
            lo = max(0, lo)
            last_by_subject: dict[str, int] = {}
            for m in r.alias_re.finditer(text, lo, hi):
                subject = alias_to_subject(m.group(0))
                if subject is not None:
                    short = r.shortening.get(subject)
                    if short and last_by_subject.get(short, -(10**9)) > m.start() - 3000:
                        before = text[max(0, m.start() - 20) : m.start()].lower()
                        if "core of" not in before and "central" not in before:
                            subject = short
                    last_by_subject[subject] = m.start()
                demoted = bool(r.object_prep_re.search(text, max(0, m.start() - 25), m.start()))
                out.append(Mention(m.start(), m.end(), subject, m.group(0), demoted))
            for m in r.anaphora_re.finditer(text, lo, hi):
                word = m.group(0).lower()
                if word == "its":
                    continue
                head = word.split()[-1]
                resolved = None
                for prev in reversed(out):
                    if (
                        prev.start >= m.start()
                        or prev.subject is None
                        or prev.text.lower().startswith("the ")
                    ):
                        continue
                    if prev.start < m.start() - 3000:
                        break
                    if head in ("network", "movement") and head not in prev.text.lower():
                        continue
                    resolved = prev.subject
                    break
                if resolved:
                    out.append(Mention(m.start(), m.end(), resolved, m.group(0), False))
            for m in r.aggregate_re.finditer(text, lo, hi):
                out.append(Mention(m.start(), m.end(), "militant_groups", m.group(0), False))
            out.sort(key=lambda x: x.start)
        return out

    # ----------------------------------------------------------- main loop
    def run(self) -> list[Figure]:
        text = self.text
        r = self.r
        quantity, prefix = r.quantity, r.prefix
        body_end = self.body_end
        covered = -1
        lowered = text.lower()
        if len(lowered) == len(text):
            anchors = r.anchor_lower.finditer(lowered, 0, body_end)
        else:
            anchors = r.anchor.finditer(text, 0, body_end)
        for a in anchors:
            p = a.start()
            if p < covered:
                continue
            if p and text[p - 1].isalpha() and not text[p].isdigit():
                continue  # inside a word
            pm = prefix.search(text, max(0, p - 24), p)
            m = None
            if pm is not None and pm.start() < p:
                m = quantity.match(text, pm.start(), body_end)
                if m is not None and m.end() <= p:
                    m = None
            if m is None:
                m = quantity.match(text, p, body_end)
            if m is None or m.end() <= p:
                continue
            covered = m.end()
            try:
                self._candidate(m)
            except (
                ValueError,
                IndexError,
                KeyError,
                OverflowError,
                ZeroDivisionError,
                AttributeError,
                TypeError,
            ):
                if _DEBUG:
                    raise
                continue
        self.figures.sort(key=lambda f: (f.start, f.end))
        return self.figures

    def _candidate(self, m: re.Match[str]) -> None:
        text = self.text
        r = self.r
        g = m.groupdict()
        start, end = m.start(), m.end()
        # trim leading "between" whitespace and trailing whitespace
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            return
        after = text[end : end + 60]
        before = text[max(0, start - 40) : start]

        vague = False
        percent = bool(g.get("pct"))
        currency: str | None = None
        is_year = False
        low: float | None
        high: float | None
        qualifier = "exact"
        number_text = m.group(0)

        if g.get("vague"):
            words = re.split(r"\s+of\s+", g["vague"].lower())
            base = r.vague_plural.get(words[0])
            if base is None:
                return
            mult = 1.0
            for w in words[1:]:
                mult *= r.scales.get(w.rstrip("s"), 1.0)
            low, high = base[0] * mult, base[1] * mult
            vague, qualifier = True, "vague"
            currency = currency_of(g.get("vcur"))
            if g["vague"].lower() == "tens" and not g.get("vof"):
                return
        elif g.get("mult"):
            base = r.vague_multipliers.get(norm(g["mult"]))
            if base is None:
                return
            mult = scale_of(g["msc"].rstrip("sS") if g.get("msc") else None, r)
            low, high = base[0] * mult, base[1] * mult
            vague, qualifier = True, "vague"
            currency = currency_of(g.get("mcur"))
        else:
            n1_text = g["n1"]
            if n1_text is None:
                return
            if before.endswith("<sup>") or before.endswith("<b>"):
                return
            n1 = parse_number(n1_text, r)
            if n1 is None:
                return
            sc1 = g.get("sc1")
            n2 = parse_number(g["n2"], r) if g.get("n2") else None
            rsep = (g.get("rsep") or "").strip().lower()
            range_ok = n2 is not None
            if range_ok and rsep == "and" and not g.get("between"):
                range_ok = False
            if range_ok and rsep == "to" and re.search(r"\bfrom\s*$", before, re.IGNORECASE):
                range_ok = False
            if not range_ok and n2 is not None:
                # keep only the first number: re-cut the match after it
                end = m.end("sc1") if sc1 else m.end("n1")
                if g.get("pct") and m.start("pct") < end:
                    pass
                after = text[end : end + 60]
                n2 = None
                percent = False
                if g.get("between"):
                    return
            cur_parts = (
                g.get("cur1"),
                g.get("cur2") if range_ok else None,
                g.get("cursuf") if range_ok or not g.get("n2") else None,
            )
            currency = currency_of(*cur_parts)
            s1 = scale_of(sc1, r)
            sc2 = g.get("sc2") if n2 is not None else None
            s2 = scale_of(sc2, r)
            for sc in (sc1, sc2):
                if sc and sc.strip().lower() in r.currency_only_abbreviations and currency is None:
                    return
            if n2 is not None:
                if not sc1 and sc2:
                    s1 = s2
                elif not sc1 and not sc2 and not n1_text[0].isdigit():
                    tail = trailing_scale(g["n2"], r)
                    if tail > 1 and trailing_scale(n1_text, r) == 1 and n1 < n2 / tail + 1:
                        s1 = tail
                low, high = n1 * s1, n2 * s2
                if high < low:
                    return
                qualifier = "range" if high > low else "exact"
            else:
                low = high = n1 * s1
            plain_digits = n1_text[0].isdigit() and "," not in n1_text and "." not in n1_text
            # --- exclusions of contract section 1, on the raw text around the number
            nxt = text[end : end + 1]
            if nxt.isalpha() or (nxt == "-" and text[end + 1 : end + 2].isalpha()):
                return
            if nxt in "/:" and text[end + 1 : end + 2].isdigit():
                return
            if (
                n1_text[0].isdigit()
                and "." in n1_text
                and n2 is None
                and not sc1
                and not currency
                and not percent
            ):
                whole, _, frac = n1_text.partition(".")
                if len(whole) == 4 and 1800 <= int(whole) <= 2100 and len(frac) <= 3:
                    return  # "in 2024.15": a year followed by a bare footnote number
            if (MONTH_BEFORE_RE.search(before) or MONTH_AFTER_RE.match(after)) and (
                plain_digits and n1 <= 31 and not currency
            ):
                return
            if AGE_AFTER_RE.match(after) or r.age_re.search(before):
                return
            if DISTANCE_RE.match(after):
                return
            if RESOLUTION_AFTER_RE.match(after):
                return
            if r.label_re.search(before) and not currency and not percent:
                return
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip(" \t-*•#>") and re.match(r"[.)]\s", after):
                return  # list numbering "23. The Team ..."
            dm = DENOMINATOR_RE.search(before)
            if dm and parse_number(dm.group("n"), r) is not None:
                return  # "10 of the 34 provinces": 34 is not a figure
            if (
                plain_digits
                and n1_text.isdigit()
                and len(n1_text) == 4
                and 1000 <= n1 <= 2100
                and not currency
                and not percent
                and not sc1
                and (n2 is None or (g.get("n2") or "").isdigit())
            ):
                is_year = True
            if (
                plain_digits
                and len(n1_text) >= 5
                and not currency
                and not sc1
                and n1 > 99999
                and "," not in n1_text
            ):
                # long bare digit runs are identifiers, not quantities
                return

        cand = Candidate(
            start=start,
            end=end,
            low=low,
            high=high,
            qualifier=qualifier,
            currency=currency,
            percent=percent,
            vague=vague,
            number_text=number_text,
            is_year=is_year,
            paren=text[max(0, start - 1) : start] == "(",
        )
        self._analyse(cand)

    # ----------------------------------------------------------- per-candidate analysis
    def _analyse(self, c: Candidate) -> None:
        r = self.r
        if c.is_year and not r.founding_re.search(self.text, max(0, c.start - 45), c.start):
            return
        block = self.structure.block_at(c.start)
        j = block.to_joined(c.start)
        k = block.to_joined(c.end)
        if j < 0:
            return
        if k < 0:
            k = j + (c.end - c.start)
        ss, se = block.sentence_at(j)
        sentence = block.text[ss:se]
        sj, sk = j - ss, min(k - ss, len(sentence))
        left, right = sentence[:sj], sentence[sk:]

        # qualifier words before the number
        q_start = sj
        if not c.vague and c.qualifier != "range":
            qm = r.qual_before.search(left[-30:])
            if qm:
                c.qualifier = r.qual_before_map.get(norm(qm.group("q")), "exact")
                q_start = sj - (len(left[-30:]) - qm.start("q"))
        qa = r.qual_after.match(right)
        if qa and c.qualifier == "exact":
            c.qualifier = r.qual_after_map.get(norm(qa.group("q")), "exact")
        if c.qualifier == "at_least":
            c.high = None
        elif c.qualifier == "at_most":
            c.low = None

        if c.is_year:
            self._founding(c, block, ss, sentence, sj, sk)
            return

        # a conversion in parentheses repeating a sum just given is not a second figure
        if c.currency and c.paren and self.last_money is not None:
            last_end, last_fig = self.last_money
            if 0 <= c.start - last_end <= 3:
                if (
                    c.currency == "USD"
                    and last_fig.unit != "USD"
                    and last_fig.measure in ("revenue", "aid_funding", "bounty", "other")
                ):
                    self.figures.remove(last_fig)
                    fig = self._rebuild_money(last_fig, c)
                    self.figures.append(fig)
                    self.last_money = (c.end, fig)
                return

        measure, head_end, victims = self._measure(c, sentence, sj, sk, left, right)
        if measure is None:
            return
        subject = self._subject(c, measure, sentence, sj, sk, head_end, block, ss)
        if subject is None:
            return
        if measure == "other" and subject == "__backref__":
            return
        if subject == "__backref__":
            return
        per = self._per(c, measure, sentence, sj, sk, left, right)
        unit = vocab.measure_unit(measure) if measure in vocab.measures() else "other"
        if measure in ("revenue", "aid_funding", "bounty") or (measure == "other" and c.currency):
            unit = c.currency or "USD"
        if measure == "other" and c.percent:
            unit = "percent"
        if measure == "attack_change_pct":
            sign = self._change_sign(sentence, sj, sk)
            if sign is None:
                return
            c.low = None if c.low is None else sign * abs(c.low)
            c.high = None if c.high is None else sign * abs(c.high)
            if c.low is not None and c.high is not None and c.low > c.high:
                c.low, c.high = c.high, c.low
        period = self._period(sentence, sj, sk, c, measure)
        claimant, ctype = self._claimant(sentence, sj, sk, subject)
        location, region = self._place(sentence, sj)
        cited = self._cited(sentence, sj, sk)
        doc_start = block.to_doc(ss + q_start) if q_start < sj else c.start
        if doc_start > c.start or self.text[doc_start : c.start].count("\n"):
            doc_start = c.start
        fig = Figure(
            doc=self.doc.file_name,
            start=doc_start,
            end=c.end,
            quote=re.sub(r"\s+", " ", sentence).strip(),
            text=self.text[doc_start : c.end],
            subject=subject,
            measure=measure,
            value_low=c.low,
            value_high=c.high,
            qualifier=c.qualifier,
            unit=unit,
            per=per,
            period_start=period[0].isoformat() if period[0] else None,
            period_end=period[1].isoformat() if period[1] else None,
            location=location,
            region=region,
            victims=victims if measure in ("deaths", "injured") else None,
            claimant=claimant,
            claimant_type=ctype,
            cited_source=cited,
        )
        self.figures.append(fig)
        if c.currency:
            self.last_money = (c.end, fig)

    def _rebuild_money(self, old: Figure, c: Candidate) -> Figure:
        data = {name: getattr(old, name) for name in old.__dataclass_fields__}
        data.update(
            start=c.start,
            end=c.end,
            text=self.text[c.start : c.end],
            value_low=c.low if old.value_low is not None or c.qualifier != "at_most" else None,
            value_high=c.high,
            unit="USD",
        )
        if old.value_low is None:
            data["value_low"] = None
        if old.value_high is None:
            data["value_high"] = None
        return Figure(**data)

    # ----------------------------------------------------------- founding years
    def _founding(self, c: Candidate, block: Block, ss: int, sentence: str, sj: int, sk: int) -> None:
        r = self.r
        left = sentence[:sj]
        tail = FOUNDING_TAIL_RE.search(left)
        cut = tail.start() if tail else len(left)
        fm = None
        for m in r.founding_re.finditer(left, max(0, cut - 25), cut):
            fm = m
        if fm is None or left[fm.end() : cut].strip():
            return
        subject = self._subject(c, "founded_year", sentence, sj, sk, sk, block, ss)
        if subject is None or subject == "__backref__" or subject in ("militant_groups", "united_states"):
            return
        year = int(self.text[c.start : c.end])
        claimant, ctype = self._claimant(sentence, sj, sk, subject)
        self.figures.append(
            Figure(
                doc=self.doc.file_name,
                start=c.start,
                end=c.end,
                quote=re.sub(r"\s+", " ", sentence).strip(),
                text=self.text[c.start : c.end],
                subject=subject,
                measure="founded_year",
                value_low=float(year),
                value_high=float(year),
                qualifier="exact",
                unit="year",
                per=None,
                period_start=date(year, 1, 1).isoformat(),
                period_end=date(year, 12, 31).isoformat(),
                location=None,
                region=None,
                victims=None,
                claimant=claimant,
                claimant_type=ctype,
                cited_source=self._cited(sentence, sj, sk),
            )
        )

    # ----------------------------------------------------------- measure
    def _head_noun(self, right: str) -> tuple[str | None, int, str]:
        """(family, end offset in `right`, noun phrase) of the counted noun after a number."""
        r = self.r
        pos = 0
        for _ in range(6):
            hm = r.head_noun_re.match(right, pos + (len(right[pos:]) - len(right[pos:].lstrip())))
            if hm:
                fam = r.head_nouns.get(norm(hm.group(0)))
                return fam, hm.end(), right[: hm.end()].strip()
            nm = r.non_measure_re.match(right, pos + (len(right[pos:]) - len(right[pos:].lstrip())))
            if nm:
                return "non", nm.end(), right[: nm.end()].strip()
            tm = TOKEN_RE.match(right, pos)
            if tm is None:
                return None, pos, ""
            tok = tm.group(1)
            low = tok.lower()
            if not tok[0].isalpha():
                if tok in "-–" or tok in "'’":
                    pos = tm.end()
                    continue
                return None, pos, ""
            if low in STOP_WORDS or low.endswith("ly") or (low.endswith("ed") and len(low) > 4):
                return None, pos, ""
            pos = tm.end()
        return None, pos, ""

    def _measure(
        self, c: Candidate, sentence: str, sj: int, sk: int, left: str, right: str
    ) -> tuple[str | None, int, str | None]:
        r = self.r
        if c.percent:
            if re.match(r"^\s*of\b", right, re.IGNORECASE):
                return "other", sk, None
            if self._change_sign(sentence, sj, sk) is not None and ATTACK_WORD_RE.search(sentence):
                if re.search(r"\b(?:deaths|killed|casualties|fatalities)\b", right[:40], re.IGNORECASE):
                    return "other", sk, None
                return "attack_change_pct", sk, None
            return "other", sk, None
        if c.currency:
            for measure, pattern in r.money_measures:
                if pattern.search(sentence):
                    if measure == "not_revenue":
                        return "other", sk, None
                    return measure, sk, None
            return "other", sk, None

        # "n of (the) 34 provinces"
        den = OF_DENOMINATOR_RE.match(right)
        head_right = right
        offset = 0
        if den and (den.group(1).isdigit() or den.group(1).lower() in r.units):
            offset = den.end()
            head_right = right[offset:]
        family, head_end, phrase = self._head_noun(head_right)
        head_end += offset + sk
        if family is None and self._is_pronoun_number(c):
            return None, sk, None
        if family == "non":
            return None, sk, None
        if family == "provinces":
            return (
                ("provinces_with_camps" if CAMP_RE.search(sentence) else "provinces_active"),
                head_end,
                None,
            )
        if family == "camps":
            return (
                (
                    "new_training_camps"
                    if NEW_RE.search(phrase) or NEW_RE.search(left[-40:])
                    else "training_camps"
                ),
                head_end,
                None,
            )
        if family == "attacks":
            return "attacks", head_end, None
        if family == "operations":
            return "operations_against", head_end, None
        if family == "affiliates":
            return "affiliates", head_end, None
        if family == "groups":
            if re.search(r"\bthe\s*$", left, re.IGNORECASE) or not AGGREGATE_ADJ_RE.search(phrase):
                return None, sk, None
            if r.presence_re.search(sentence[sk:]) or r.presence_re.search(left[-60:]):
                return "groups_present", head_end, None
            return None, sk, None
        if family == "core_members":
            return "core_members", head_end, None

        # a count of people that a verb makes a toll, a release or an arrest
        verb = self._verb_measure(left, right)
        if verb is not None:
            victims = None
            if family in ("victims", "fighters") and verb in ("deaths", "injured"):
                victims = re.sub(r"\bU\.S\.", "US", phrase)
                victims = re.sub(r"\bU\.K\.", "UK", victims)
            if family is None and verb in ("deaths", "injured"):
                rm = re.match(
                    r"^\s*([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?:were\s+|was\s+)?(?:dead|killed|injured|wounded)\b",
                    right,
                )
                if rm and rm.group(1).lower() not in STOP_WORDS:
                    victims = rm.group(1)
            return verb, head_end if family else sk, victims
        if family == "fighters":
            return "fighters", head_end, None
        if family == "victims":
            return None, sk, None
        if family is None and not re.match(r"^\s*of\b", right, re.IGNORECASE):
            window = left[-70:]
            brk = CLAUSE_BREAK_RE.search(window[::-1])
            for fam, pattern in r.lead_nouns:
                pm = None
                for pm_ in pattern.finditer(window):
                    pm = pm_
                if pm is None:
                    continue
                between = window[pm.end() :]
                if re.search(r"[.;]|\b(?:which|who|while|but|although)\b", between):
                    continue
                _ = brk
                if fam == "camps":
                    return ("new_training_camps" if NEW_RE.search(window) else "training_camps"), sk, None
                if fam == "provinces":
                    return "provinces_active", sk, None
                return fam, sk, None
        return None, sk, None

    def _is_pronoun_number(self, c: Candidate) -> bool:
        """'one' (and 'a') without a counted noun is a pronoun ("the one on", "one of")."""
        return c.number_text.strip().lower() in ("one", "a") or (
            c.qualifier == "exact" and c.number_text.strip().lower() in self.r.units and False
        )

    def _verb_measure(self, left: str, right: str) -> str | None:
        r = self.r
        for measure, pattern in r.verb_right:
            if pattern.match(right) or re.match(
                r"^\s*(?:[A-Za-z][\w.'’-]*\s+){1,3}?" + pattern.pattern[4:], right, re.IGNORECASE
            ):
                return measure
        window = left[-80:]
        best: tuple[int, str] | None = None
        for measure, pattern in r.verb_left:
            unanchored = re.compile(pattern.pattern[: -len(r"\s*$")], re.IGNORECASE)
            for vm in unanchored.finditer(window):
                between = window[vm.end() :]
                if len(between) > 48 or CLAUSE_BREAK_RE.search(between):
                    continue
                if best is None or vm.end() > best[0]:
                    best = (vm.end(), measure)
        return best[1] if best else None

    def _change_sign(self, sentence: str, sj: int, sk: int) -> int | None:
        r = self.r
        near_right = sentence[sk : sk + 30]
        near_left = sentence[max(0, sj - 30) : sj]
        rm_pos = r.change_pos.search(near_right)
        rm_neg = r.change_neg.search(near_right)
        cand: list[tuple[int, int]] = []
        if rm_pos and re.match(r"^\s*(?:[\w-]+\s+)?$", near_right[: rm_pos.start()]):
            cand.append((rm_pos.start(), 1))
        if rm_neg and re.match(r"^\s*(?:[\w-]+\s+)?$", near_right[: rm_neg.start()]):
            cand.append((rm_neg.start(), -1))
        if cand:
            return min(cand)[1]
        lp = None
        for m in r.change_pos.finditer(near_left):
            lp = m
        ln = None
        for m in r.change_neg.finditer(near_left):
            ln = m
        best = max(
            [
                (m.end(), s)
                for m, s in ((lp, 1), (ln, -1))
                if m is not None
                and re.match(
                    r"^\s*(?:by\s+)?(?:a\s+|an\s+|about\s+|some\s+|nearly\s+|around\s+|almost\s+|over\s+|more\s+than\s+)?\(?\s*$",
                    near_left[m.end() :],
                    re.IGNORECASE,
                )
            ],
            default=None,
        )
        if best is not None:
            return best[1]
        if r.change_neg_ctx.search(sentence):
            return -1
        if r.change_pos_ctx.search(sentence):
            return 1
        return None

    # ----------------------------------------------------------- subject
    def _eligible(self, subject: str | None, measure: str) -> bool:
        if subject is None:
            return False
        only = self.r.measure_only.get(subject)
        return only is None or measure in only

    def _subject(
        self,
        c: Candidate,
        measure: str,
        sentence: str,
        sj: int,
        sk: int,
        head_end: int,
        block: Block,
        ss: int,
    ) -> str | None:
        r = self.r
        if measure == "groups_present":
            return "militant_groups"
        ments: list[Mention] = []
        events = [(a.start(), a.end()) for a in r.anchors_re.finditer(sentence)]
        for m in r.alias_re.finditer(sentence):
            if any(s <= m.start() < e for s, e in events):
                continue  # "since the Taliban takeover" names an event, not an actor
            subject = alias_to_subject(m.group(0))
            demoted = bool(r.object_prep_re.search(sentence, max(0, m.start() - 25), m.start()))
            ments.append(Mention(m.start(), m.end(), subject, m.group(0), demoted))
        # the generic name of a parent read as the province named just before
        if ments:
            doc_pos = block.to_doc(ss)
            for mt in ments:
                short = r.shortening.get(mt.subject or "")
                if short and (
                    any(x.subject == short and x.start < mt.start for x in ments)
                    or any(x.subject == short for x in self.mentions(doc_pos - 3000, doc_pos))
                ):
                    low = sentence[max(0, mt.start - 20) : mt.start].lower()
                    if "core of" not in low and short:
                        mt.subject = short
        eligible = [mt for mt in ments if self._eligible(mt.subject, measure)]
        if measure == "aid_funding":
            us = [mt for mt in eligible if mt.subject == "united_states"]
            if us:
                return "united_states"
        # a group named inside the counted phrase ("IS-K members", "Al Qaeda affiliates")
        inside = [mt for mt in eligible if sk <= mt.start < head_end]
        if inside:
            if measure in ("deaths", "injured"):
                return None
            return inside[0].subject
        if measure in ("deaths", "injured") and any(
            sk <= mt.start < head_end and mt.subject not in (None, "united_states") for mt in ments
        ):
            return None
        if measure in ("attacks", "attack_change_pct"):
            for mt in eligible:
                tail = sentence[mt.end : mt.end + 30]
                if (
                    re.match(r"^[’']?s?\s*(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?)\b", tail, re.IGNORECASE)
                    and mt.start > sk - 5
                ):
                    return mt.subject
            for mt in eligible:
                if re.search(
                    r"\b(?:attacks?|bombings?)\s+(?:claimed\s+)?by\s+(?:the\s+)?$",
                    sentence[max(0, mt.start - 30) : mt.start],
                    re.IGNORECASE,
                ):
                    return mt.subject
        if measure == "operations_against":
            for mt in eligible:
                if mt.start >= sk and re.search(r"\bagainst\b", sentence[sk : mt.start], re.IGNORECASE):
                    return mt.subject
        if measure in ("detained", "released"):
            for mt in eligible:
                if re.search(
                    r"\bagainst\s+(?:the\s+)?$", sentence[max(0, mt.start - 20) : mt.start], re.IGNORECASE
                ):
                    return mt.subject
            for mt in eligible:
                if mt.start >= sk and re.search(
                    r"\b(?:ties|links|connections|affiliation|membership|belonging|loyalty)\b|\bsuspected\b",
                    sentence[sk : mt.start],
                    re.IGNORECASE,
                ):
                    return mt.subject
        aggregate = self._eligible("militant_groups", measure) and r.aggregate_re.search(sentence)
        if aggregate and r.aggregate_re.search(sentence[sk : max(head_end, sk) + 40]):
            return "militant_groups"
        before = [mt for mt in eligible if mt.end <= sj]
        after = [mt for mt in eligible if mt.start >= sk]
        nearest = next((mt for mt in reversed(before) if not mt.demoted), None)
        for am in r.anaphora_re.finditer(sentence, nearest.end if nearest else 0, sj):
            if am.group(0).lower() == "its" and nearest is None:
                continue
            prior = [mt for mt in before if mt.end <= am.start()]
            if prior:
                return prior[-1].subject  # "the group's strength": the group last named
        for group in (
            [mt for mt in before if not mt.demoted][::-1],
            [mt for mt in after if not mt.demoted],
        ):
            if group:
                return group[0].subject
        if aggregate:
            return "militant_groups"
        for group in (before[::-1], after):
            if group:
                return group[0].subject
        # refer back: the group last named before this sentence
        doc_start = block.to_doc(ss)
        if measure in ("deaths", "injured", "attacks"):
            window = self.text[doc_start : min(self.body_end, doc_start + 1500)]
            for cm in RESPONSIBILITY_RE.finditer(window):
                hit = r.alias_re.search(cm.group(0))
                subj = alias_to_subject(hit.group(0)) if hit else None
                if subj and self._eligible(subj, measure):
                    return subj
        for mt in reversed(self.mentions(doc_start - 1500, doc_start)):
            if mt.start >= doc_start:
                continue
            if mt.start < doc_start - 1500:
                break
            if self._eligible(mt.subject, measure) and not (
                measure in ("deaths", "injured") and mt.subject == "united_states"
            ):
                if measure == "other":
                    return "__backref__"
                return mt.subject
        return None

    # ----------------------------------------------------------- per, period
    def _per(
        self, c: Candidate, measure: str, sentence: str, sj: int, sk: int, left: str, right: str
    ) -> str | None:
        r = self.r
        for per, pattern in r.per_re:
            if pattern.match(right):
                return per
        money = measure in ("revenue", "aid_funding", "bounty") or (measure == "other" and c.currency)
        if not money:
            return None
        am = ANNUAL_BEFORE_RE.search(left[-50:])
        if am:
            w = am.group("w").lower()
            return {
                "annual": "year",
                "annually": "year",
                "yearly": "year",
                "monthly": "month",
                "weekly": "week",
            }[w]
        return "total"

    def _period(
        self, sentence: str, sj: int, sk: int, c: Candidate, measure: str
    ) -> tuple[date | None, date | None]:
        d = self.doc_date
        lo = sentence.rfind(";", 0, sj) + 1
        hi = sentence.find(";", sk)
        clause = sentence[lo : hi if hi >= 0 else len(sentence)]
        span = explicit_period(clause, (sj + sk) // 2 - lo, d, skip=(sj - lo, sk - lo))
        if span is None:
            span = anchor_period(sentence, d)
        if span is None:
            span = relative_period(sentence, d)
        if span is None:
            note = self._note(sentence, sj, sk)
            when = self.structure.note_date(note) if note is not None else None
            if when is not None:
                span = (None, when)
        if span is None:
            span = (None, d)
        start, end = span
        if measure in ("revenue", "aid_funding") and r_cumulative(self.r, sentence) and start is not None:
            end = d if d is not None and d >= start else end
        if end is None and start is not None:
            end = d if d is not None and d >= start else None
        return start, end

    # ----------------------------------------------------------- claimant
    def _classify(self, who: str, *, allow_self: bool = True) -> str | None:
        r = self.r
        if allow_self and r.alias_re.search(who):
            for m in r.alias_re.finditer(who):
                s = alias_to_subject(m.group(0))
                if s and s not in ("united_states", "militant_groups"):
                    return "subject_self"
        for ctype, pattern in r.claimant_types:
            if ctype == "subject_self" and not allow_self:
                continue
            if pattern.search(who):
                return ctype
        return None

    def _clean_who(self, who: str) -> str | None:
        w = re.sub(r"\s+", " ", who).strip(" ,“”\"'")
        w = re.sub(
            r"^(?:and|but|while|however|for example|for instance|also|so|yet|thus|hence)\s+",
            "",
            w,
            flags=re.IGNORECASE,
        )
        w = re.sub(r"^(?:a|an)\s+", "", w, flags=re.IGNORECASE)
        w = re.sub(r"\s+(?:in|on|from|of)\s+(?:[A-Z][a-z]+|[0-9]{4})(?:\s+[0-9]{4})?$", "", w)
        w = re.sub(r"\s+(?:has|have|had|also|recently|reportedly|now|then)$", "", w)
        if not w or norm(w) in self.r.claim_generic or len(w.split()) > 12:
            return None
        return w

    def _claimant(self, sentence: str, sj: int, sk: int, subject: str) -> tuple[str | None, str | None]:
        r = self.r
        candidates: list[tuple[str, str]] = []
        for m in ACCORDING_RE.finditer(sentence):
            who = m.group("who")
            rest = sentence[m.end() : m.end() + 80]
            context = who + (rest.split(",")[1] if rest.startswith(",") and rest.count(",") >= 1 else "")
            candidates.append((who, context))
        for m in BY_AGENT_RE.finditer(sentence):
            if m.start() >= sk - 2 or m.start() > sj - 120:
                candidates.append((m.group("who"), m.group("who")))
        verbs = [
            vm for vm in r.claim_verbs_re.finditer(sentence, 0, sj) if vm.group(0).lower() != "according"
        ]
        for last_verb in reversed(verbs):
            head = sentence[: last_verb.start()]
            if ADJECTIVAL_BEFORE_RE.search(head):
                continue  # "an estimated", "its reported": an adjective, not an attribution
            word = last_verb.group(0).lower()
            if word.endswith("ing") and "," in head:
                who = head.split(",")[0]
                am = r.alias_re.search(who)
                who = am.group(0) if am else who
            else:
                who = re.split(r"[,;:(“\"]|\bthat\b|\bwhich\b|\bwhile\b|\band\b", head)[-1]
            candidates.append((who, who))
        after = re.search(
            r",\s*(?P<who>(?:the\s+)?[A-Z][^,.;]{1,80}?)\s+(?:said|says|claimed|claims|reported|estimated|estimates|stated)\b",
            sentence[sk:],
        )
        if after:
            candidates.append((after.group("who"), after.group("who")))
        for who, context in candidates:
            clean = self._clean_who(who)
            if clean is None:
                continue
            ctype = self._classify(clean) or self._classify(context, allow_self=False)
            if ctype is None and not re.match(r"[A-Z]", clean):
                continue
            if ctype is None and len(clean.split()) > 5:
                continue
            return clean, ctype
        return None, None

    # ----------------------------------------------------------- place, sources
    def _place(self, sentence: str, sj: int) -> tuple[str | None, str | None]:
        r = self.r
        best: tuple[int, str] | None = None
        for m in r.countries_re.finditer(sentence):
            key = norm(m.group(0))
            code = r.country_of.get(key) or r.region_country.get(key)
            if code is None:
                continue
            dist = abs(m.start() - sj)
            if best is None or dist < best[0]:
                best = (dist, code)
        regions = {
            r.region_name[norm(m.group(0))]
            for m in r.regions_re.finditer(sentence)
            if norm(m.group(0)) in r.region_name
        }
        region = next(iter(regions)) if len(regions) == 1 else None
        location = best[1] if best else None
        if region is not None and location is None:
            location = r.region_country.get(norm(region))
        return location, region

    def _note_number(self, sentence: str, sj: int, sk: int) -> int | None:
        marks = [(m.start(), int(m.group("n"))) for m in SUP_RE.finditer(sentence)]
        if not marks:
            bm = BARE_MARKER_RE.search(sentence.rstrip())
            if bm and int(bm.group("n")) in self.structure.notes:
                return int(bm.group("n"))
            return None
        after_ = [n for p, n in marks if p >= sk]
        if after_:
            return after_[0]
        return marks[-1][1]

    def _note(self, sentence: str, sj: int, sk: int):  # type: ignore[no-untyped-def]
        n = self._note_number(sentence, sj, sk)
        if n is None:
            return None
        return self.structure.notes.get(n)

    def _cited(self, sentence: str, sj: int, sk: int) -> str | None:
        note = self._note(sentence, sj, sk)
        return note.resolved if note is not None else None


def r_cumulative(r: Rules, sentence: str) -> bool:
    return bool(r.cumulative_re.search(sentence))


def extract_figures(document: Document) -> list[Figure]:
    """Every figure the contract counts in a document, sorted by (start, end)."""
    if not document.text:
        return []
    return _Extractor(document).run()
