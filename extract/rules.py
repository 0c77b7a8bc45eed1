"""The extractor's rules, read once from YAML data and compiled into regular expressions.

Everything an analyst could change about how English is read (number words, cue words, aliases,
claimant patterns, places, anchor events) lives in ``extract/data/*.yaml`` and
``schemas/vocab/*.yaml``; this module only turns it into compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from schemas import vocab

DATA_DIR = Path(__file__).parent / "data"


def load_data(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: spaces match any whitespace, a trailing '*' any word ending."""
    star = phrase.endswith("*")
    core = phrase[:-1] if star else phrase
    parts = [re.escape(word) for word in core.split()]
    pattern = r"\s+".join(parts)
    if star:
        pattern += r"[\w’'-]*"
    return pattern


def words_regex(phrases: list[str], *, flags: int = re.IGNORECASE) -> str:
    """An alternation of phrases, longest first, bounded by non-word characters."""
    ordered = sorted({str(p) for p in phrases if p is not None and str(p)}, key=len, reverse=True)
    body = "|".join(phrase_pattern(p) for p in ordered)
    return rf"(?<![\w])(?:{body})(?![\w])" if body else r"(?!x)x"


def trie_regex(words: list[str]) -> str:
    """An alternation of lower-case words as a trie, each first letter matching either case.

    Python's regex engine tries the branches of an alternation one by one at every position; a
    trie fails on the first character instead, which keeps a scan for number words fast.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any], first: bool) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            sub = build(node[ch], False)
            lit = f"[{ch}{ch.upper()}]" if first and ch.isalpha() else re.escape(ch)
            alts.append(lit + sub)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie, True)


def _alias_pattern(alias: str) -> str:
    out: list[str] = []
    for ch in alias:
        if ch in " -":
            out.append(r"[\s\-–]?")
        elif ch in "'’`":
            out.append(r"[’'`‘]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "").replace("/", "")
    return len(letters) <= 6 and letters.isupper()


@dataclass(frozen=True)
class Rules:
    units: dict[str, int]
    scales: dict[str, float]
    abbreviations: dict[str, float]
    currency_only_abbreviations: frozenset[str]
    vague_plural: dict[str, tuple[float, float]]
    vague_multipliers: dict[str, tuple[float, float]]
    quantity: re.Pattern[str]
    anchor: re.Pattern[str]
    anchor_lower: re.Pattern[str]  # the same, run on a lower-cased copy of the text (faster)
    prefix: re.Pattern[str]
    qual_before: re.Pattern[str]
    qual_before_map: dict[str, str]
    qual_after: re.Pattern[str]
    qual_after_map: dict[str, str]
    head_nouns: dict[str, str]  # lower-case noun phrase -> family
    head_noun_re: re.Pattern[str]
    non_measure_re: re.Pattern[str]
    lead_nouns: list[tuple[str, re.Pattern[str]]]
    verb_left: list[tuple[str, re.Pattern[str]]]
    verb_right: list[tuple[str, re.Pattern[str]]]
    money_measures: list[tuple[str, re.Pattern[str]]]
    per_re: list[tuple[str, re.Pattern[str]]]
    cumulative_re: re.Pattern[str]
    change_pos: re.Pattern[str]
    change_neg: re.Pattern[str]
    change_neg_ctx: re.Pattern[str]
    change_pos_ctx: re.Pattern[str]
    presence_re: re.Pattern[str]
    founding_re: re.Pattern[str]
    anaphora_re: re.Pattern[str]
    aggregate_re: re.Pattern[str]
    object_prep_re: re.Pattern[str]
    label_re: re.Pattern[str]
    age_re: re.Pattern[str]
    alias_re: re.Pattern[str]
    alias_subject: dict[str, str | None]  # lower-case alias text -> subject (None: not a subject)
    alias_subject_cs: dict[str, str | None]
    measure_only: dict[str, frozenset[str]]
    shortening: dict[str, str]
    countries_re: re.Pattern[str]
    country_of: dict[str, str]
    regions_re: re.Pattern[str]
    region_country: dict[str, str]
    region_name: dict[str, str]
    anchors_re: re.Pattern[str]
    anchor_date: dict[str, date]
    relations: dict[str, tuple[str | None, str | None]]
    relation_re: re.Pattern[str]
    claim_verbs_re: re.Pattern[str]
    claim_generic: frozenset[str]
    claimant_types: list[tuple[str, re.Pattern[str]]]
    excluded_heading_re: re.Pattern[str]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower().replace("’", "'"))


@cache
def rules() -> Rules:
    numbers = load_data("numbers.yaml")
    quals = load_data("qualifiers.yaml")
    cues = load_data("cues.yaml")
    places = load_data("places.yaml")
    anchors = load_data("anchors.yaml")
    claimants = load_data("claimants.yaml")
    sections = load_data("sections.yaml")
    extras = load_data("subject_extras.yaml")

    units = {k: int(v) for k, v in {**numbers["units"], **numbers["tens"]}.items()}
    scales = {k: float(v) for k, v in numbers["scales"].items()}
    abbreviations = {k: float(v) for k, v in numbers["abbreviations"].items()}
    vague_plural = {k: (float(v[0]), float(v[1])) for k, v in numbers["vague_plural"].items()}
    vague_mult = {k: (float(v[0]), float(v[1])) for k, v in numbers["vague_multipliers"].items()}

    word = "|".join(sorted(units, key=len, reverse=True))
    scale = "|".join(sorted(scales, key=len, reverse=True))
    scale_words = rf"(?:{scale})s?"
    wordnum = (
        rf"(?:\ba\s+(?=(?:{scale})\b)|\bhalf\s+a\s+(?=(?:{scale})\b)|\b(?:{word})\b"
        rf"(?:(?:\s+|-)(?:{word})\b)*(?:\s+and\s+a\s+half\b)?)"
        rf"(?:(?:\s+|-)(?:{scale})\b(?:(?:\s+and\s+|\s+|-)(?:{word})\b(?:(?:\s+|-)(?:{word})\b)*)?)*"
    )
    digits = r"(?<![\w.,/\"”’)\]^])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
    abbr = "|".join(sorted(abbreviations, key=len, reverse=True))
    num_scale = rf"(?:\s*(?:{scale})\b(?:\s+(?:{scale})\b)*|\s?(?:{abbr})\b)"
    cur_pre = (
        r"(?:US\s?\\?\$|\\?\$|USD\s?|US\s?dollars?\s|£|€|₹|Rs\.?\s?|PKR\s?|AFN\s?|GBP\s?|EUR\s?|INR\s?|Af\s)"
    )
    cur_suf = (
        r"(?:\s+(?:US\s+|U\.S\.\s+|American\s+)?dollars\b|\s+(?:USD|PKR|AFN|GBP|EUR|INR)\b"
        r"|\s+(?:Pakistani\s+)?rupees\b|\s+afghanis?\b|\s+pounds(?:\s+sterling)?\b|\s+euros?\b)"
    )
    vague_words = "|".join(sorted(vague_plural, key=len, reverse=True))
    mult_words = "|".join(phrase_pattern(w) for w in sorted(vague_mult, key=len, reverse=True))
    quantity = re.compile(
        rf"""
        (?P<vague>\b(?:{vague_words})\b(?:\s+of\s+(?:{vague_words})\b)*)(?P<vof>\s+of\b)?(?P<vcur>{cur_suf})?
        |(?P<mult>\b(?:{mult_words})\b)(?:\s+(?P<msc>{scale_words})\b)?(?P<mof>\s+of\b)?(?P<mcur>{cur_suf})?
        |(?P<between>\bbetween\s+)?(?P<cur1>{cur_pre})?\s?(?P<n1>{digits}|{wordnum})(?P<sc1>{num_scale})?
         (?:(?P<rsep>\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?P<cur2>{cur_pre})?\s?(?P<n2>{digits}|{wordnum})(?P<sc2>{num_scale})?)?
         (?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?(?P<cursuf>{cur_suf})?
        """,
        re.IGNORECASE | re.VERBOSE,
    )

    anchor_words = sorted(
        set(units) | set(scales) | {f"{w}s" for w in scales} | set(vague_plural) | {"several", "few", "half"}
    )
    anchor = re.compile(rf"[0-9]+|(?:{trie_regex(anchor_words)})(?![A-Za-z])")
    lower_trie = re.sub(r"\[([a-z])[A-Z]\]", r"\1", trie_regex(anchor_words))
    anchor_lower = re.compile(rf"[0-9]+|(?:{lower_trie})(?![a-z])")
    prefix = re.compile(rf"(?:\bbetween\s+)?(?:{cur_pre}\s?)?(?:\bhalf\s+a\s+|\ba\s+)?$", re.IGNORECASE)

    qual_before_map: dict[str, str] = {}
    for qual, phrases in quals["before"].items():
        for p in phrases:
            qual_before_map[_norm(p)] = qual
    qb_body = "|".join(
        phrase_pattern(p) if p[0].isalnum() else re.escape(p)
        for p in sorted(qual_before_map, key=len, reverse=True)
    )
    qual_before = re.compile(rf"(?:(?<=[^\w])|^)(?P<q>{qb_body})\s*$", re.IGNORECASE)
    qual_after_map: dict[str, str] = {}
    for qual, phrases in quals["after"].items():
        for p in phrases:
            qual_after_map[_norm(p)] = qual
    qa_body = "|".join(re.escape(p) for p in sorted(qual_after_map, key=len, reverse=True))
    qual_after = re.compile(rf"^\s?(?P<q>{qa_body})(?![\w])", re.IGNORECASE)

    head_nouns: dict[str, str] = {}
    for family, nouns in cues["head_nouns"].items():
        for n in nouns:
            head_nouns.setdefault(_norm(n), family)
    head_noun_re = re.compile(words_regex(list(head_nouns)), re.IGNORECASE)
    non_measure_re = re.compile(words_regex(cues["non_measure_nouns"]), re.IGNORECASE)
    lead_nouns = [(fam, re.compile(words_regex(ns), re.IGNORECASE)) for fam, ns in cues["lead_nouns"].items()]
    verb_left = [
        (m, re.compile(words_regex(spec["left"]) + r"\s*$", re.IGNORECASE))
        for m, spec in cues["verb_measures"].items()
    ]
    verb_right = [
        (m, re.compile(r"^\s*" + words_regex(spec["right"]), re.IGNORECASE))
        for m, spec in cues["verb_measures"].items()
    ]
    money_measures = [
        (m, re.compile(words_regex(ws), re.IGNORECASE)) for m, ws in cues["money_measures"].items()
    ]
    per_re = [
        (p, re.compile(r"^[\s,]*(?:" + "|".join(phrase_pattern(w) for w in ws) + r")(?![\w])", re.IGNORECASE))
        for p, ws in cues["per"].items()
    ]
    change = cues["change"]

    subjects = vocab.subjects()
    alias_subject: dict[str, str | None] = {}
    alias_subject_cs: dict[str, str | None] = {}
    ci_aliases: list[str] = []
    cs_aliases: list[str] = []
    for sid, spec in subjects.items():
        for alias in spec.get("aliases") or []:
            alias = str(alias)
            if _is_acronym(alias):
                alias_subject_cs[alias] = sid
                cs_aliases.append(alias)
            else:
                alias_subject[_norm(alias)] = sid
                ci_aliases.append(alias)
    for alias in extras["not_subjects"]:
        if _is_acronym(alias):
            alias_subject_cs[alias] = None
            cs_aliases.append(alias)
        else:
            alias_subject[_norm(alias)] = None
            ci_aliases.append(alias)
    alts = sorted(
        [(a, False) for a in set(ci_aliases)] + [(a, True) for a in set(cs_aliases)],
        key=lambda x: len(x[0]),
        reverse=True,
    )
    body = "|".join(_alias_pattern(a) if cs else f"(?i:{_alias_pattern(a)})" for a, cs in alts)
    alias_re = re.compile(rf"(?<![\w\-])(?:{body})(?![\w]|-[A-Za-z])")

    country_of: dict[str, str] = {}
    for code, names in places["countries"].items():
        for n in names:
            country_of[_norm(n)] = code
    for code, names in places["cities"].items():
        for n in names:
            country_of.setdefault(_norm(n), code)
    region_country: dict[str, str] = {}
    region_name: dict[str, str] = {}
    for code, names in places["regions"].items():
        for n in names:
            key = _norm(n)
            region_country[key] = code
            region_name[key] = re.sub(r"\s+(province|district)$", "", n)
    countries_re = re.compile(words_regex(list(country_of) + list(region_country)), re.IGNORECASE)
    regions_re = re.compile(words_regex(list(region_country)), re.IGNORECASE)

    anchor_date: dict[str, date] = {}
    for event in anchors["events"]:
        d = event["date"]
        d = d if isinstance(d, date) else date.fromisoformat(str(d))
        for n in event["names"]:
            anchor_date[_norm(n)] = d
    relations = {_norm(k): (v[0], v[1]) for k, v in anchors["relations"].items()}
    anchors_re = re.compile(words_regex(list(anchor_date)), re.IGNORECASE)
    relation_re = re.compile(r"(?:" + words_regex(list(relations)) + r")\s+(?:the\s+)?$", re.IGNORECASE)

    claimant_types = []
    for ctype, patterns in claimants["types"].items():
        alts2 = []
        for p in patterns:
            p = str(p)
            body = p if "\\" in p else r"(?<![\w])" + re.escape(p) + r"(?![\w])"
            alts2.append(f"(?i:{body})" if p.islower() else body)
        claimant_types.append((ctype, re.compile("|".join(alts2))))

    excluded = "|".join(phrase_pattern(h) for h in sections["excluded_headings"])
    excluded_heading_re = re.compile(
        rf"^[ \t]*(?:#+[ \t]*)?(?:\*\*|__)?[ \t]*(?:{excluded})[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )

    return Rules(
        units=units,
        scales=scales,
        abbreviations=abbreviations,
        currency_only_abbreviations=frozenset(numbers["currency_only_abbreviations"]),
        vague_plural=vague_plural,
        vague_multipliers=vague_mult,
        quantity=quantity,
        anchor=anchor,
        anchor_lower=anchor_lower,
        prefix=prefix,
        qual_before=qual_before,
        qual_before_map=qual_before_map,
        qual_after=qual_after,
        qual_after_map=qual_after_map,
        head_nouns=head_nouns,
        head_noun_re=head_noun_re,
        non_measure_re=non_measure_re,
        lead_nouns=lead_nouns,
        verb_left=verb_left,
        verb_right=verb_right,
        money_measures=money_measures,
        per_re=per_re,
        cumulative_re=re.compile(words_regex(cues["cumulative"]), re.IGNORECASE),
        change_pos=re.compile(words_regex(change["positive"]), re.IGNORECASE),
        change_neg=re.compile(words_regex(change["negative"]), re.IGNORECASE),
        change_neg_ctx=re.compile(words_regex(change["negative_context"]), re.IGNORECASE),
        change_pos_ctx=re.compile(words_regex(change["positive_context"]), re.IGNORECASE),
        presence_re=re.compile(words_regex(cues["presence"]), re.IGNORECASE),
        founding_re=re.compile(words_regex(cues["founding"]), re.IGNORECASE),
        anaphora_re=re.compile(words_regex(cues["anaphora"]), re.IGNORECASE),
        aggregate_re=re.compile(words_regex(cues["aggregate"]), re.IGNORECASE),
        object_prep_re=re.compile(
            r"(?:" + words_regex(cues["object_prepositions"]) + r")\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
        ),
        label_re=re.compile(
            r"(?:" + words_regex(cues["label_words"]) + r")\.?\s*(?:[A-Z]?/)?$", re.IGNORECASE
        ),
        age_re=re.compile(r"(?:" + words_regex(cues["age_words"]) + r")\s*$", re.IGNORECASE),
        alias_re=alias_re,
        alias_subject=alias_subject,
        alias_subject_cs=alias_subject_cs,
        measure_only={k: frozenset(v) for k, v in extras["measure_only"].items()},
        shortening=dict(extras["shortening"]),
        countries_re=countries_re,
        country_of=country_of,
        regions_re=regions_re,
        region_country=region_country,
        region_name=region_name,
        anchors_re=anchors_re,
        anchor_date=anchor_date,
        relations=relations,
        relation_re=relation_re,
        claim_verbs_re=re.compile(words_regex(claimants["verbs"]), re.IGNORECASE),
        claim_generic=frozenset(_norm(g) for g in claimants["generic"]),
        claimant_types=claimant_types,
        excluded_heading_re=excluded_heading_re,
    )


def norm(s: str) -> str:
    return _norm(s)


@cache
def alias_to_subject(alias_text: str) -> str | None:
    r = rules()
    if alias_text in r.alias_subject_cs:
        return r.alias_subject_cs[alias_text]
    key = _norm(alias_text)
    if key in r.alias_subject:
        return r.alias_subject[key]
    # Flexible spellings ("Al-Qaeda" for "Al Qaeda"): compare without separators.
    squashed = re.sub(r"[\s\-–'’`‘]", "", key)
    for k, v in r.alias_subject.items():
        if re.sub(r"[\s\-–'’`‘]", "", k) == squashed:
            return v
    for k, v in r.alias_subject_cs.items():
        if re.sub(r"[\s\-–'’`‘]", "", k.lower()) == squashed:
            return v
    return None
