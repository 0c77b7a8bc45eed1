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

from schemas import vocab

DATA_DIR = Path(__file__).parent / "data"


def load_data(name: str) -> Any:
    return vocab.load_yaml(DATA_DIR / name)


def phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: spaces match any whitespace, a trailing '*' any word ending."""
    star = phrase.endswith("*")
    core = phrase[:-1] if star else phrase
    parts = [re.escape(word) for word in core.split()]
    pattern = r"\s+".join(parts)
    if star:
        pattern += r"[\w’'-]*"
    return pattern


def _phrase_units(phrase: str) -> list[str]:
    """A phrase as a sequence of regex atoms (one per character; a space is any whitespace)."""
    star = phrase.endswith("*")
    core = phrase[:-1] if star else phrase
    units: list[str] = []
    for i, word in enumerate(core.split()):
        if i:
            units.append(r"\s+")
        units.extend(re.escape(ch) for ch in word.lower())
    if star:
        units.append(r"[\w’'-]*")
    return units


def _units_trie(sequences: list[list[str]], *, boundary_after_first: str = "") -> str:
    """An alternation of atom sequences as a trie: longer continuations are tried first.

    `boundary_after_first` (a fixed-width lookbehind) is placed after each first atom, so the
    pattern opens with plain literals: the regex engine then skips to a possible first character
    in C instead of trying every position.
    """
    root: dict[str, Any] = {}
    for seq in sequences:
        node = root
        for unit in seq:
            node = node.setdefault(unit, {})
        node[""] = {}

    def build(node: dict[str, Any], first: bool) -> str:
        keys = sorted((k for k in node if k), key=lambda k: (len(k) > 2, k))
        alts = [k + (boundary_after_first if first else "") + build(node[k], False) for k in keys]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, True)


def lower_words_re(phrases: list[str]) -> re.Pattern[str]:
    """`words_regex` compiled for a lower-cased text: the same matches, several times faster."""
    return re.compile(words_regex(phrases))


def words_regex(phrases: list[str]) -> str:
    """An alternation of phrases, longest first, bounded by non-word characters.

    Written as a trie (see `trie_regex`): Python's engine tries an alternation's branches one by
    one, so a flat list of a hundred phrases costs a hundred attempts at every position. The
    leading word boundary lets only word starts go on into the trie.
    """
    ordered = sorted({str(p) for p in phrases if p is not None and str(p)})
    if not ordered:
        return r"(?!x)x"
    body = _units_trie([_phrase_units(p) for p in ordered])
    return rf"(?<![\w])(?:{body})(?![\w])"


def trie_regex(words: list[str], *, fold_first: bool = True) -> str:
    """An alternation of lower-case words as a trie (see `_units_trie`), for a scan of number words.

    With `fold_first` each first letter matches either case; without, the pattern is for a
    lower-cased text.
    """

    def units(word: str) -> list[str]:
        head = word[0]
        first = f"[{head}{head.upper()}]" if fold_first and head.isalpha() else re.escape(head)
        return [first, *(re.escape(ch) for ch in word[1:])]

    return _units_trie([units(word) for word in words if word])


def _alias_units(alias: str, lower: bool) -> list[str]:
    out: list[str] = []
    for ch in alias:
        if ch in " -":
            out.append(r"[\s\-–]?")
        elif ch in "'’`":
            out.append(r"[’'`‘]")
        else:
            out.append(re.escape(ch.lower() if lower else ch))
    return out


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


# The subject of a name in `outside_groups`: a group that can be a figure's actor but whose figures
# are not ours (never a figure's subject).
OUTSIDE_GROUP = "outside_group"
# a short phrase in quotation marks: a party's own words ('"apostates"', '"soldiers and agents of the state"')
QUOTED_PHRASE = r"[\"“][^\"“”\n]{1,60}[\"”]"


def _is_acronym(alias: str) -> bool:
    """Whether a name is matched with its case: "ISKP", and "LeT" (never the word "let")."""
    letters = alias.replace(".", "").replace("-", "").replace("/", "")
    return len(letters) <= 6 and (letters.isupper() or sum(ch.isupper() for ch in letters) >= 2)


@dataclass(frozen=True)
class Rules:
    units: dict[str, int]
    scales: dict[str, float]
    abbreviations: dict[str, float]
    currency_only_abbreviations: frozenset[str]
    currency_only_words: frozenset[str]  # scale words of sums alone ("arab"), a plain word elsewhere
    vague_plural: dict[str, tuple[float, float]]
    vague_multipliers: dict[str, tuple[float, float]]
    vague_needs_of: frozenset[str]
    quantity: re.Pattern[str]
    anchor: re.Pattern[str]
    anchor_lower: re.Pattern[str]  # the same, run on a lower-cased copy of the text (faster)
    anchor_head: re.Pattern[str]  # an anchor at the very start of a lower-cased text
    anchor_glued: re.Pattern[str]  # a digit glued to a currency code ("usd5", "rs5,000")
    prefix_hint: re.Pattern[str]  # anything that can start a prefix before a digit
    prefix: re.Pattern[str]
    qual_before: re.Pattern[str]
    qual_before_map: dict[str, str]
    qual_after: re.Pattern[str]
    qual_after_map: dict[str, str]
    head_nouns: dict[str, str]  # lower-case noun phrase -> family
    head_noun_re: re.Pattern[str]
    non_measure_re: re.Pattern[str]
    head_or_non_re: re.Pattern[str]  # head_noun_re, else non_measure_re, in one pass
    head_or_non_lc: re.Pattern[str]  # the same, for lower-cased text
    lead_nouns: list[tuple[str, re.Pattern[str]]]
    verb_left: list[tuple[str, re.Pattern[str]]]
    verb_right: list[tuple[str, re.Pattern[str]]]
    verb_left_any: list[tuple[str, re.Pattern[str]]]  # verb_left without the end anchor
    verb_left_lc: list[tuple[str, re.Pattern[str]]]  # the same, for lower-cased text
    # a label's verbs, on either side of its noun ("Members detained", "TTP prisoners escaped")
    verb_label_lc: list[tuple[str, re.Pattern[str]]]
    lead_nouns_lc: list[tuple[str, re.Pattern[str]]]
    label_nouns_lc: list[tuple[str, re.Pattern[str]]]  # nouns that name a measure only in a label
    label_openings_lc: list[tuple[str, re.Pattern[str]]]  # a label's opening words that give a measure
    force_outcome_re: re.Pattern[str]  # what forces do to militants ("neutralised", "recovered")
    force_outcome_before_re: re.Pattern[str]  # ... as the verb just before a count
    force_outcome_after_re: re.Pattern[str]  # ... as the verb after a counted phrase ("were neutralised")
    # every phrase of verb_left_lc (lead_nouns_lc) in one pattern: it matches where any of them does
    verb_left_union_lc: re.Pattern[str]
    lead_nouns_union_lc: re.Pattern[str]
    verb_right_after_words: list[tuple[str, re.Pattern[str]]]  # verb_right after 1-3 words
    # verb_right, else verb_right_after_words, measure by measure in one pattern: group i + 1 is
    # the i-th measure of `verb_right_measures`
    verb_right_any: re.Pattern[str]
    verb_right_measures: tuple[str, ...]
    verb_right_blocked: re.Pattern[str]  # a word that cannot stand between a number and its verb
    measure_cue_re: re.Pattern[str]  # any word that can give a plain count a measure
    money_measures: list[tuple[str, re.Pattern[str]]]
    per_re: list[tuple[str, re.Pattern[str]]]
    cumulative_re: re.Pattern[str]
    change_pos: re.Pattern[str]
    change_neg: re.Pattern[str]
    change_neg_ctx: re.Pattern[str]
    change_pos_ctx: re.Pattern[str]
    presence_re: re.Pattern[str]
    presence_after_re: re.Pattern[str]  # a verb of presence just after a noun ("groups were active")
    owner_link_re: re.Pattern[str]  # the whole text between a counted noun and its owner
    owner_it_re: re.Pattern[str]  # an owner link to "it" or "the group" ("fighters loyal to it")
    figure_link_re: re.Pattern[str]  # ends a number's left context
    estimate_link_re: re.Pattern[str]  # another estimate of the figure just given ("put it at")
    label_break_re: re.Pattern[str]
    core_marker_re: re.Pattern[str]
    founding_re: re.Pattern[str]
    founding_lc: re.Pattern[str]
    anaphora_re: re.Pattern[str]
    aggregate_re: re.Pattern[str]
    object_prep_re: re.Pattern[str]
    label_re: re.Pattern[str]
    age_re: re.Pattern[str]
    age_label_re: re.Pattern[str]  # a label of ages ("Ages of those arrested: 16 to 58")
    age_alternative_re: re.Pattern[str]  # the second of two ages ("aged 65 or 66", "aged 19, 22 and 25")
    # after a counted phrase, the verb of its clause freeing or holding them; the group named
    # after a measure (cues.yaml held_verbs) matched
    held_verb_after_re: re.Pattern[str]
    # a participle after the next item of a list of counts, which holds or frees both
    held_after_list_re: re.Pattern[str]
    formation_after_re: re.Pattern[str]  # a number's formation name after it ("203 Mansoori Corps")
    tally_verb_before_re: re.Pattern[str]  # a verb tallying a count just before a number
    alias_re: re.Pattern[str]
    alias_cs_re: re.Pattern[str]  # acronyms, case-sensitive
    alias_lc_re: re.Pattern[str]  # names, on lower-cased text
    aggregate_lc: re.Pattern[str]
    anaphora_lc: re.Pattern[str]
    countries_lc: re.Pattern[str]
    regions_lc: re.Pattern[str]
    alias_subject: dict[str, str | None]  # lower-case alias text -> subject (None: not a subject)
    alias_subject_cs: dict[str, str | None]
    measure_only: dict[str, frozenset[str]]
    shortening: dict[str, str]
    taliban_usage: dict[str, str]  # lower-case alias -> the group it names in the Taliban's usage
    taliban_word_re: re.Pattern[str]  # the Taliban's names, also in compounds ("Taliban-appointed")
    fraction_of_re: re.Pattern[str]  # a fraction of a denominator just after ("half of the 34 ")
    fractions: dict[str, float]
    not_group_acronyms: frozenset[str]  # acronyms opening a list label that name no group ("KP")
    descriptive_participles: frozenset[str]  # "-ed" words that describe a counted noun ("armed")
    suspicion_participles: frozenset[str]  # "alleged": the counted people are suspects
    state_force_nouns: frozenset[str]  # "personnel": the Taliban's forces, counted
    attributive_after_re: re.Pattern[str]  # after a group's name: the name modifies another noun
    attributive_before_re: re.Pattern[str]  # before it: the name completes another noun ("pressure from")
    action_after_re: re.Pattern[str]  # after a group's name: an action it modifies after a preposition
    province_after_re: re.Pattern[str]  # after a parent's name: it names a province ("'s regional affiliate")
    province_before_re: re.Pattern[str]  # before it, the same ("the regional branch of ")
    countries_re: re.Pattern[str]
    country_of: dict[str, str]
    regions_re: re.Pattern[str]
    region_country: dict[str, str]
    region_name: dict[str, str]
    anchors_re: re.Pattern[str]
    anchors_lc: re.Pattern[str]
    anchor_date: dict[str, date]
    relations: dict[str, tuple[str | None, str | None]]
    relation_re: re.Pattern[str]
    claim_verbs_re: re.Pattern[str]
    claim_verbs_lc: re.Pattern[str]
    claim_generic: frozenset[str]
    claimant_types: list[tuple[str, re.Pattern[str]]]
    claimant_type_re: re.Pattern[str]  # all of them, group t<i> for the i-th type
    excluded_heading_re: re.Pattern[str]
    excluded_heading_nl: re.Pattern[str]  # the same after its line's newline (a literal opening)
    leaders_re: re.Pattern[str]  # leaders of subjects, by name (a bounty is on the leader's group)
    leader_subject: dict[str, str]  # lower-case name -> subject


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


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
    digit_word = "|".join(w for w, v in units.items() if v < 10)
    scale = "|".join(sorted(scales, key=len, reverse=True))
    scale_words = rf"(?:{scale})s?"
    wordnum = (
        rf"(?:\ba\s+(?=(?:{scale})\b)|\bhalf(?:\s+a\s+|[\s-])(?=(?:{scale})\b)|\b(?:{word})\b"
        rf"(?:(?:\s+|-)(?:{word})\b)*(?:\s+and\s+a\s+half\b)?"
        # a decimal said aloud ("three point eight billion"); not "at one point nine were hurt"
        rf"(?:(?<!\bat\sone)\s+point(?:\s+(?:{digit_word})\b)+)?)"
        # "two thousand and seven" is one number; "six thousand and seven thousand" two
        rf"(?:(?:\s+|-)(?:{scale})\b(?:(?:\s+and\s+(?!(?:(?:{word})(?:\s+|-))+(?:{scale})\b)|\s+|-)(?:{word})\b"
        rf"(?:(?:\s+|-)(?:{word})\b)*)?)*"
    )
    bare_digits = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
    # (not after a closing quote, where a footnote's number may be glued: 'the group”14'; but after
    # an opening one, '"2,000 to 2,500"')
    digits = rf"(?<![\w.,/”’)\]^])(?<![^\s(\[]\"){bare_digits}"
    abbr = "|".join(sorted(abbreviations, key=len, reverse=True))
    num_scale = rf"(?:\s*(?:{scale})\b(?:\s+(?:{scale})\b)*|\s?(?:{abbr})\b)"
    cur_pre = (
        r"(?:(?<![A-Za-z])(?:US\s?\\?\$|USD\s?|US\s?dollars?\s|Rs\.?\s?|PKR\s?|AFN\s?|GBP\s?|EUR\s?|INR\s?|Afs?\s)"
        r"|\\?\$|£|€|₹)"
    )
    cur_suf = (
        # ("tens of millions of $ a year", a slide's shorthand)
        r"(?:\s+(?:US\s+|U\.S\.\s+|American\s+)?dollars\b|\s+\$(?![\s\d.,]*\d)|\s+(?:USD|PKR|AFN|GBP|EUR|INR)\b"
        r"|\s+(?:Pakistani\s+)?rupees\b|\s+afghanis?\b|\s+(?:Chinese\s+)?yuan\b|\s+renminbi\b|\s+(?:RMB|CNY)\b|\s+pounds(?:\s+sterling)?\b|\s+euros?\b)"
    )
    vague_words = "|".join(sorted(vague_plural, key=len, reverse=True))
    scale_only = set(numbers["scale_only_multipliers"])
    mult_words = "|".join(
        phrase_pattern(w) + (rf"(?=\s+{scale_words}\b)" if w in scale_only else "")
        for w in sorted(vague_mult, key=len, reverse=True)
    )
    quantity = re.compile(
        rf"""
        (?P<vague>\b(?:{vague_words})\b(?:\s+of\s+(?:{vague_words})\b)*)(?P<vof>\s+of\b)?(?P<vcur>{cur_suf})?
        |(?P<mult>\b(?:{mult_words})\b)(?:\s+(?P<msc>{scale_words}(?:\s+{scale_words})*)\b)?(?P<mof>\s+of\b)?(?P<mcur>{cur_suf})?
        |(?P<between>\bbetween\s+)?(?P<cur1>{cur_pre})?\s?(?P<n1>(?(cur1){bare_digits}|{digits})|{wordnum})(?P<sc1>{num_scale})?
         (?:(?P<rsep>[^\S\n]*[-–—][^\S\n]*|\s+to\s+|\s+and\s+|\s+or\s+)(?P<cur2>{cur_pre})?\s?(?P<n2>(?(cur2){bare_digits}|{digits})|{wordnum})(?P<sc2>{num_scale})?)?
         (?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b|(?-i:pc)\b)?(?P<cursuf>{cur_suf})?
        """,
        re.IGNORECASE | re.VERBOSE,
    )

    anchor_words = sorted(
        set(units)
        | set(scales)
        | {f"{w}s" for w in scales}
        | set(vague_plural)
        | {w.split()[-1] for w in vague_mult}
        | {"half"}
    )
    anchor = re.compile(rf"[0-9]+|(?:{trie_regex(anchor_words)})(?![A-Za-z])")
    lower_trie = trie_regex(anchor_words, fold_first=False)
    # On the lower-cased text: a digit or a number word starting a word. The character before
    # is consumed so that the pattern opens with a character set, which lets the regex engine skip
    # letters in C (group 1 is a digit, group 2 a word); `anchor_head` covers offset 0.
    anchor_lower = re.compile(rf"[^a-z0-9](?:([0-9])|({lower_trie})(?![a-z]))")
    anchor_head = re.compile(rf"(?:[0-9]|(?:{lower_trie})(?![a-z]))")
    codes = "|".join(sorted(c.lower() for c in ("USD", "PKR", "AFN", "GBP", "EUR", "INR")))
    anchor_glued = re.compile(rf"[0-9](?:(?<=(?:{codes}).)|(?<=rs.))")
    prefix_hint = re.compile(r"\$|£|€|₹|between|usd|pkr|afn|gbp|eur|inr|rs|afs?\s|us\s?dollar")
    prefix = re.compile(rf"(?:\bbetween\s+)?(?:{cur_pre}\s?)?(?:\bhalf\s+a\s+|\ba\s+)?$", re.IGNORECASE)

    qual_before_map: dict[str, str] = {}
    for qual, phrases in quals["before"].items():
        for p in phrases:
            qual_before_map[_norm(p)] = qual
    # the same as a trie: wherever two phrases match, both run to the end, so they match the same
    # text, and the order of the alternatives makes no difference
    qb_trie = _units_trie(
        [
            _phrase_units(p) if p[0].isalnum() else [re.escape(ch) for ch in p]
            for p in sorted(qual_before_map, key=len, reverse=True)
        ]
    )
    qual_before = re.compile(rf"(?:(?<=[^\w])|^)(?P<q>{qb_trie})\s*$", re.IGNORECASE)
    # another estimate of the figure just given, ending a number's left context with any qualifier
    # of the number ("put it at upwards of", "gave a higher estimate of no more than")
    estimate_link_re = re.compile(
        # "By evening the figure had climbed to 17": the toll given the sentence before, updated
        # ("by 2019 the figure had fallen to some 1,500")
        r"(?:\b(?:figure|toll|tally|count|total)\s+(?:had\s+|has\s+|then\s+)?(?:climbed|risen|rose|jumped|grown"
        r"|increased|fallen|fell|dropped|declined|decreased|shrunk|shrank|dwindled)\s+(?:again\s+)?to\s+"
        # "the health officer had raised the figure to 17"
        r"|\b(?:raised|raising|revised|revising|lowered|lowering|updated|updating)\s+(?:the\s+(?:figure|toll"
        r"|tally|count|total|number)|it)\s+(?:(?:up|down)wards?\s+)?to\s+"
        # "Islamabad says the figure is as high as 7,000"
        # ("the Team's range is 6,000 to 6,500")
        r"|\b(?:the|[’']s|its|their)\s+(?:real\s+|true\s+|actual\s+|consensus\s+|official\s+|own\s+)?"
        r"(?:figure|number|total|tally|range|estimate)\s+(?:is|was|to\s+be|stands\s+at"
        r"|stood\s+at|(?:could|might|may|would)\s+be)\s+"
        # a correction: "An earlier version said 85 people were injured. The correct figure,
        # according to hospital officials, is 58"; "The report actually says 36"
        r"|\b(?:correct|right|actual|true|accurate|corrected)\s+(?:figure|number|count|toll|total|tally)\b"
        r"[^.;:0-9]{0,60}?\b(?:is|was|should\s+have\s+been|stands\s+at)\s+"
        r"|\bactually\s+(?:says|said|reads|read|gives|gave|shows|showed|was|is)\s+"
        r"|\b(?:puts?|placed?|places|estimates?|estimated|reckons?|reckoned|assess(?:es|ed)?|judged?|judges"
        r"|pegs?|pegged)\s+(?:them|it|their\s+(?:number|strength)"
        r"|the\s+(?:number|figure|total|count|strength|estimate))\s+"
        # "put the number inside Afghanistan at around 1,500": a place the estimate is for
        r"(?:(?:inside|in|within|across)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+(?=at\s))?"
        # "put it lower, at around 1,500"
        r"(?:(?:still\s+|even\s+|much\s+|far\s+)?(?:higher|lower)\s*,?\s+)?(?:at\s+)?"
        # "By 2023 Member States were citing 6,000 to 6,500": the same figure, cited again
        # (the progressive only: "the dossier cites 7 intercepted calls" cites things of its own)
        r"|\b(?:were|was|are|is|had\s+been|have\s+been)\s+(?:now\s+)?(?:citing|quoting)\s+"
        r"(?:(?:a\s+)?(?:figures?|estimates?)\s+of\s+)?"
        # "another judged that it exceeds 5,000": the figure's own pronoun, with a verb of comparing
        r"|\b(?:it|they)\s+(?=[\"“]?(?:exceeds?|surpass(?:es)?)\s)"
        # "Islamabad's own figure, five to six thousand, is probably conservative"
        r"|\b(?:figure|estimate)\s*,\s+"
        # speech: "over three billion dollars -- I've seen three point eight billion, so let's say
        # between three and a half and four billion"
        r"|\b(?:I|we)(?:[’']ve|\s+have)\s+(?:also\s+)?(?:seen|heard)\s+"
        r"(?:(?:figures?|estimates?|numbers?)\s+of\s+)?"
        r"|\blet[’']s\s+say\s+"
        # "a UN report settles on six and a half thousand"
        r"|\b(?:settles|settled|settle)\s+on\s+"
        r"|\b(?:gave|gives|offered|offers|provided|suggested|suggests|cited|reported|preferred|prefers"
        r"|favou?red|favou?rs|proposed|proposes|adopted|adopts|settled\s+on)\s+(?:a|an)\s+"
        # ("a higher overall figure of", "an upper figure of", "a figure as high as")
        r"(?:(?:higher|lower|upper|different|separate|smaller|larger|overall|total|combined|revised"
        r"|more\s+\w+)\s+){0,2}(?:estimate|figure|number)(?:\s+of)?\s+)"
        rf"[\"“]?(?:(?:{qb_trie})\s+)?$",
        re.IGNORECASE,
    )
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
    head_or_non_re = re.compile(
        rf"(?P<head>{words_regex(list(head_nouns))})|(?P<non>{words_regex(cues['non_measure_nouns'])})",
        re.IGNORECASE,
    )
    head_or_non_lc = re.compile(
        rf"(?P<head>{lower_words_re(list(head_nouns)).pattern})"
        rf"|(?P<non>{lower_words_re(cues['non_measure_nouns']).pattern})"
    )
    lead_nouns = [(fam, re.compile(words_regex(ns), re.IGNORECASE)) for fam, ns in cues["lead_nouns"].items()]
    verb_left = [
        (m, re.compile(words_regex(spec["left"]) + r"\s*$", re.IGNORECASE))
        for m, spec in cues["verb_measures"].items()
    ]
    # (a quoted number's closing quote may stand between it and its verb: '"more than 60" wounded')
    verb_right = [
        (m, re.compile(r"^[\"”]?\s*" + words_regex(spec["right"]), re.IGNORECASE))
        for m, spec in cues["verb_measures"].items()
    ]
    verb_left_any = [
        (m, re.compile(words_regex(spec["left"]), re.IGNORECASE)) for m, spec in cues["verb_measures"].items()
    ]
    # The words between a number and its verb ("38 suspects linked to IS-K were detained") stay in
    # one clause and hold no other number ("11 after four of the wounded died": four died).
    not_between = trie_regex(
        sorted(
            set(units)
            | {"after", "before", "when", "while", "whereas", "but", "and", "or", "since", "because"}
            | {"until", "than", "which", "who", "as"}
        )
    )
    # (checked on a match, which is rare, rather than at every word of every attempt)
    verb_right_blocked = re.compile(rf"(?<![\w])(?:{not_between})(?![\w])", re.IGNORECASE)
    # (a quoted phrase is one word: 'more than 40 Shiite "apostates" had been killed')
    # (or a quote may close after one: '"more than 40 soldiers" had been killed')
    between_word = rf"(?:{QUOTED_PHRASE}|[A-Za-z][\w.'’-]*[\"”]?)\s+"
    verb_right_after_words = [
        (
            m,
            re.compile(
                # (the verb may stand in quotes: 'nine soldiers had been "martyred"')
                rf"^[\"”]?\s*(?:{between_word}){{1,4}}?(?:(?:had|have|has)\s+been\s+)?[\"“]?"
                + words_regex(spec["right"]),
                re.IGNORECASE,
            ),
        )
        for m, spec in cues["verb_measures"].items()
    ]
    verb_right_any = re.compile(
        "|".join(
            f"({pattern.pattern}|{after.pattern})"
            for (_m, pattern), (_m2, after) in zip(verb_right, verb_right_after_words, strict=True)
        ),
        re.IGNORECASE,
    )
    cue_phrases = list(head_nouns) + [n for ns in cues["lead_nouns"].values() for n in ns]
    for spec in cues["verb_measures"].values():
        cue_phrases += list(spec["left"]) + list(spec["right"])
    measure_cue_re = re.compile(words_regex(cue_phrases), re.IGNORECASE)
    money_measures = [
        (m, re.compile(words_regex(ws), re.IGNORECASE)) for m, ws in cues["money_measures"].items()
    ]
    per_re = [
        (
            p,
            re.compile(
                # (a few words of what the sum is in may stand before: "$40 million in aid a week")
                r"^[\s,]*(?:in\s+(?:[a-z][\w-]*\s+){1,3}?)?(?:"
                # ("PKR 38 m / month": a slash may stand apart)
                + "|".join(
                    r"/\s*" + phrase_pattern(w[1:]) if w.startswith("/") else phrase_pattern(w) for w in ws
                )
                + r")(?![\w])"
                # ("down from 12 a year earlier": when, not how often)
                r"(?!\s+(?:earlier|ago|before|later|after|previously|prior)\b)",
                re.IGNORECASE,
            ),
        )
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
    named_outside: list[tuple[str, str | None]] = [(alias, None) for alias in extras["not_subjects"]]
    named_outside += [(alias, OUTSIDE_GROUP) for alias in extras["outside_groups"]]
    for alias, outside in named_outside:
        if _is_acronym(alias):
            alias_subject_cs[alias] = outside
            cs_aliases.append(alias)
        else:
            alias_subject[_norm(alias)] = outside
            ci_aliases.append(alias)
    alts = sorted(
        [(a, False) for a in set(ci_aliases)] + [(a, True) for a in set(cs_aliases)],
        key=lambda x: len(x[0]),
        reverse=True,
    )
    body = "|".join(_alias_pattern(a) if cs else f"(?i:{_alias_pattern(a)})" for a, cs in alts)
    # (the United States' name is no name when it opens a currency: "US$ 3 million", "US $5m",
    # though a group's is before a sum: "paid the TTP $7,000"), nor when a hyphen
    # joins it to another word ("Al-Qaeda-era"), unless the word ties something to the group
    # ("TTP-claimed", "IS-K-linked"); the same end on lower-cased text
    tying = (
        r"(?:claimed|attributed|linked|affiliated|aligned|allied|backed|led|run|inspired|related|connected"
        r"|sponsored|directed|orchestrated|funded|trained)\b"
    )
    name_end = rf"(?![\w]|-(?!{tying})[A-Za-z]|(?:(?<=[Uu][Ss])|(?<=[Uu]\.[Ss]\.))\s?\\?\$)"
    alias_re = re.compile(rf"(?<![\w\-])(?:{body}){name_end}")
    first_boundary = r"(?<![\w\-].)"
    cs_trie = _units_trie(
        [_alias_units(a, False) for a in sorted(set(cs_aliases))], boundary_after_first=first_boundary
    )
    alias_cs_re = re.compile(rf"{cs_trie}{name_end}")
    # names open with common letters: test the word boundary first
    lc_trie = _units_trie([_alias_units(a, True) for a in sorted({a.lower() for a in ci_aliases})])
    alias_lc_re = re.compile(rf"(?<![\w\-])(?:{lc_trie}){name_end}")

    province_nouns = "|".join(re.escape(n) for n in extras["province_nouns"])

    country_of: dict[str, str] = {}
    for code, names in places["countries"].items():
        for n in names:
            country_of[_norm(n)] = code
    for code, adjectives in (places.get("demonyms") or {}).items():
        for adjective in adjectives:
            for noun in places.get("demonym_places") or []:
                country_of[_norm(f"{adjective} {noun}")] = code
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
            if "\\" in p:
                body = p
            else:
                # "(?<![\w])" + the phrase, written to open with its first character (the same
                # matches): the engine then fails a branch on its first character
                first = re.escape(p[:1])
                body = first + r"(?<![\w]" + first + ")" + re.escape(p[1:]) + r"(?![\w])"
            alts2.append(f"(?i:{body})" if p.islower() else body)
        claimant_types.append((ctype, re.compile("|".join(alts2))))

    leader_subject = {
        _norm(str(name)): sid for sid, names in (extras.get("leaders") or {}).items() for name in names
    }
    excluded = "|".join(phrase_pattern(h) for h in sections["excluded_headings"])
    heading_line = rf"[ \t]*(?:#+[ \t]*)?(?:\*\*|__)?[ \t]*(?:{excluded})[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$"
    excluded_heading_re = re.compile("^" + heading_line, re.IGNORECASE | re.MULTILINE)
    excluded_heading_nl = re.compile("\n" + heading_line, re.IGNORECASE | re.MULTILINE)
    # the verbs that free or hold people, one named group per measure
    held_verbs = "|".join(f"(?P<{m}>{words_regex(vs)})" for m, vs in cues["held_verbs"].items())

    return Rules(
        units=units,
        scales=scales,
        abbreviations=abbreviations,
        currency_only_abbreviations=frozenset(numbers["currency_only_abbreviations"]),
        currency_only_words=frozenset(numbers["currency_only_words"]),
        vague_plural=vague_plural,
        vague_multipliers=vague_mult,
        vague_needs_of=frozenset(numbers.get("vague_needs_of") or []),
        quantity=quantity,
        anchor=anchor,
        anchor_lower=anchor_lower,
        anchor_head=anchor_head,
        anchor_glued=anchor_glued,
        prefix_hint=prefix_hint,
        prefix=prefix,
        qual_before=qual_before,
        qual_before_map=qual_before_map,
        qual_after=qual_after,
        qual_after_map=qual_after_map,
        head_nouns=head_nouns,
        head_noun_re=head_noun_re,
        non_measure_re=non_measure_re,
        head_or_non_re=head_or_non_re,
        head_or_non_lc=head_or_non_lc,
        lead_nouns=lead_nouns,
        lead_nouns_lc=[(fam, lower_words_re(ns)) for fam, ns in cues["lead_nouns"].items()],
        label_nouns_lc=[(fam, lower_words_re(ns)) for fam, ns in cues["label_nouns"].items()],
        label_openings_lc=[(m, lower_words_re(ws)) for m, ws in cues["label_openings"].items()],
        force_outcome_re=re.compile(words_regex(cues["force_outcome_verbs"]), re.IGNORECASE),
        force_outcome_before_re=re.compile(
            words_regex(cues["force_outcome_verbs"])
            + r"\s+(?:(?:at\s+least|some|about|over|more\s+than|another"
            r"|a\s+further|nearly|almost|around)\s+)?$",
            re.IGNORECASE,
        ),
        force_outcome_after_re=re.compile(
            r"\s*(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+|being\s+)?"
            + words_regex(cues["force_outcome_verbs"]),
            re.IGNORECASE,
        ),
        lead_nouns_union_lc=lower_words_re([n for ns in cues["lead_nouns"].values() for n in ns]),
        verb_left_union_lc=lower_words_re(
            [w for spec in cues["verb_measures"].values() for w in spec["left"]]
        ),
        verb_left=verb_left,
        verb_right=verb_right,
        verb_left_any=verb_left_any,
        verb_left_lc=[(m, lower_words_re(spec["left"])) for m, spec in cues["verb_measures"].items()],
        verb_label_lc=[
            (m, lower_words_re(spec["left"] + spec["right"])) for m, spec in cues["verb_measures"].items()
        ],
        verb_right_after_words=verb_right_after_words,
        verb_right_any=verb_right_any,
        verb_right_measures=tuple(m for m, _p in verb_right),
        verb_right_blocked=verb_right_blocked,
        measure_cue_re=measure_cue_re,
        money_measures=money_measures,
        per_re=per_re,
        cumulative_re=re.compile(words_regex(cues["cumulative"]), re.IGNORECASE),
        change_pos=re.compile(words_regex(change["positive"]), re.IGNORECASE),
        change_neg=re.compile(words_regex(change["negative"]), re.IGNORECASE),
        change_neg_ctx=re.compile(words_regex(change["negative_context"]), re.IGNORECASE),
        change_pos_ctx=re.compile(words_regex(change["positive_context"]), re.IGNORECASE),
        presence_re=re.compile(words_regex(cues["presence"]), re.IGNORECASE),
        presence_after_re=re.compile(
            r"\s+(?:(?:were|are|remain|remained|have\s+been|had\s+been|now|still|currently)\s+){0,2}"
            + words_regex(cues["presence"]),
            re.IGNORECASE,
        ),
        owner_link_re=re.compile(
            r"[\s,]*(?:(?:who|that|which)\s+)?(?:(?:still|now|reportedly|currently|are|remain|is)\s+)*(?:"
            + words_regex(cues["owner_links"])
            + r")\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        owner_it_re=re.compile(
            r"(?:"
            + words_regex(cues["owner_links"])
            # (and the attacks a group makes: "1,150 attacks by the group")
            + r"|\b(?:attacks?|bombings?)\s+(?:claimed\s+|carried\s+out\s+)?by)\s+"
            r"(?:it|the\s+(?:group|network|movement|outfit|organi[sz]ation))\b(?![’'])",
            re.IGNORECASE,
        ),
        estimate_link_re=estimate_link_re,
        figure_link_re=re.compile(
            r"(?:"
            + words_regex(cues["figure_links"])
            + r")\s+(?:(?:some|about|around|roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to"
            r"|an\s+estimated|an?|the)\s+)*(?:(?:estimate|figure|toll|count|tally)\s+of\s+)?$",
            re.IGNORECASE,
        ),
        core_marker_re=re.compile(words_regex(cues["core_markers"]), re.IGNORECASE),
        label_break_re=re.compile(r"\s+(?:" + words_regex(cues["label_breaks"]) + r")\s+", re.IGNORECASE),
        founding_re=re.compile(words_regex(cues["founding"]), re.IGNORECASE),
        founding_lc=lower_words_re(cues["founding"]),
        anaphora_re=re.compile(words_regex(cues["anaphora"]), re.IGNORECASE),
        aggregate_re=re.compile(words_regex(cues["aggregate"]), re.IGNORECASE),
        object_prep_re=re.compile(
            r"(?:" + words_regex(cues["object_prepositions"]) + r")\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
        ),
        label_re=re.compile(
            r"(?:" + words_regex(cues["label_words"]) + r")\.?\s*(?:[A-Z]?/)?$", re.IGNORECASE
        ),
        age_re=re.compile(
            # ("aged about 35", "at the age of nearly 60")
            r"(?:" + words_regex(cues["age_words"]) + r")\s*"
            r"(?:(?:about|around|roughly|nearly|almost|approximately|perhaps|probably|just|only|barely|circa)\s+)?$",
            re.IGNORECASE,
        ),
        age_label_re=re.compile(
            r"\b(?:" + words_regex(cues["age_words"]) + r")\b[^:\n]{0,40}:\s*$", re.IGNORECASE
        ),
        age_alternative_re=re.compile(
            r"(?:" + words_regex(cues["age_words"]) + r")\s+\d{1,3}\s*(?:,|or|and|to)\s*$", re.IGNORECASE
        ),
        held_after_list_re=re.compile(
            # (a participle straight after its noun: not "and 300 of them were arrested")
            r"\s+and\s+(?:a\s+further\s+|another\s+)?[0-9][0-9,]*\s+"
            r"(?:(?!\b(?:were|was|had|have|has|are|is|of)\b)[^,;:.()0-9]){0,50}?\b(?:" + held_verbs + ")",
            re.IGNORECASE,
        ),
        held_verb_after_re=re.compile(
            # (not past another count: "2,000 fighters and 300 of them were arrested")
            r"[^,;:.()0-9]{0,80}?\b(?:were|had|have)(?:\s+(?:been|later|subsequently|since|now|already|also))*\s+(?:"
            + held_verbs
            + ")",
            re.IGNORECASE,
        ),
        formation_after_re=re.compile(
            r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:"
            + "|".join(re.escape(w.capitalize()) for w in cues["formation_words"])
            + r")\b"
        ),
        tally_verb_before_re=re.compile(
            r"\b(?:" + words_regex(cues["tally_verbs"]) + r")\s+(?:only\s+|just\s+)?$", re.IGNORECASE
        ),
        alias_re=alias_re,
        alias_cs_re=alias_cs_re,
        alias_lc_re=alias_lc_re,
        aggregate_lc=lower_words_re(cues["aggregate"]),
        anaphora_lc=lower_words_re(cues["anaphora"]),
        countries_lc=lower_words_re(list(country_of) + list(region_country)),
        regions_lc=lower_words_re(list(region_country)),
        alias_subject=alias_subject,
        alias_subject_cs=alias_subject_cs,
        measure_only={k: frozenset(v) for k, v in extras["measure_only"].items()},
        shortening=dict(extras["shortening"]),
        taliban_usage={_norm(k): v for k, v in extras["taliban_usage"].items()},
        taliban_word_re=re.compile(
            r"(?<![\w-])(?:"
            + "|".join(
                re.escape(str(a)) for a in sorted(subjects["taliban"]["aliases"], key=len, reverse=True)
            )
            + r")(?!\w)"
        ),
        fraction_of_re=re.compile(
            rf"\b(?P<f>{words_regex(list(numbers['fractions']))})\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
            r"(?:(?:country|nation|province)[’']s\s+|[A-Z][\w-]*[’']s\s+)?$",
            re.IGNORECASE,
        ),
        fractions={_norm(k): float(v) for k, v in numbers["fractions"].items()},
        not_group_acronyms=frozenset(cues["not_group_acronyms"]),
        descriptive_participles=frozenset(cues["descriptive_participles"]),
        suspicion_participles=frozenset(cues["suspicion_participles"]),
        state_force_nouns=frozenset(cues["state_force_nouns"]),
        attributive_after_re=re.compile(
            # (a word between is a modifier, "Taliban border posts"; not a verb, "ISIL-K holds territory")
            rf"(?:['’]s)?(?:\s+[a-z]+(?<!s)(?<!ed))?\s+(?:{words_regex(cues['attributive_nouns'])})",
            re.IGNORECASE,
        ),
        attributive_before_re=re.compile(
            # ("protection from" names a danger, not who protects)
            rf"\b(?:{words_regex(cues['attributive_nouns'] + cues['action_nouns'])})"
            r"\s+(?:by|of|under|(?<!protection\s)from)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        action_after_re=re.compile(
            rf"(?:['’]s)?(?:\s+[a-z]+)?\s+(?:{words_regex(cues['action_nouns'])})", re.IGNORECASE
        ),
        province_after_re=re.compile(
            rf"(?:\s+group)?(?:['’]s)?(?:\s+[A-Za-z-]+)?\s+(?:{province_nouns})\b", re.IGNORECASE
        ),
        province_before_re=re.compile(rf"\b(?:{province_nouns})\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        countries_re=countries_re,
        country_of=country_of,
        regions_re=regions_re,
        region_country=region_country,
        region_name=region_name,
        anchors_re=anchors_re,
        anchors_lc=lower_words_re(list(anchor_date)),
        anchor_date=anchor_date,
        relations=relations,
        relation_re=relation_re,
        claim_verbs_re=re.compile(words_regex(claimants["verbs"]), re.IGNORECASE),
        claim_verbs_lc=lower_words_re(claimants["verbs"]),
        claim_generic=frozenset(_norm(g) for g in claimants["generic"]),
        claimant_types=claimant_types,
        claimant_type_re=re.compile(
            "|".join(f"(?P<t{i}>{pattern.pattern})" for i, (_t, pattern) in enumerate(claimant_types))
        ),
        excluded_heading_re=excluded_heading_re,
        excluded_heading_nl=excluded_heading_nl,
        leaders_re=re.compile(words_regex(list(leader_subject)), re.IGNORECASE),
        leader_subject=leader_subject,
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


def subject_named(text: str, start: int, end: int) -> str | None:
    """The subject the name text[start:end] refers to: its alias's subject, or where the words
    around it name one of its provinces ("the Islamic State group's regional affiliate"), the
    province (`Rules.shortening`)."""
    subject = alias_to_subject(text[start:end])
    r = rules()
    usage = r.taliban_usage.get(_norm(text[start:end]))
    if usage is not None and _taliban_speak(text, start):
        return usage
    province = r.shortening.get(subject or "")
    if province is not None and (
        r.province_after_re.match(text, end) or r.province_before_re.search(text, max(0, start - 40), start)
    ):
        return province
    return subject


def _taliban_speak(text: str, start: int) -> bool:
    """Whether the sentence before offset start names the Taliban: a name the Taliban use for
    another group ("its security forces conducted 24 operations against Khawarij cells") is theirs."""
    lo = max(0, start - 300)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = cut + 1 if cut >= 0 else lo
    return rules().taliban_word_re.search(text, lo, start) is not None


def find_aliases(
    text: str, lowered: str | None, pos: int = 0, endpos: int | None = None
) -> list[tuple[int, int]]:
    """Spans of subjects' aliases (and of names that are not subjects) in text[pos:endpos].

    `lowered` is text.lower() when that keeps every offset (else None). Where two names overlap
    the earlier wins, and at one offset the longer.
    """
    r = rules()
    end = len(text) if endpos is None else endpos
    if lowered is None:
        return [(m.start(), m.end()) for m in r.alias_re.finditer(text, pos, end)]
    hits = [(m.start(), m.end()) for m in r.alias_cs_re.finditer(text, pos, end)]
    hits += [(m.start(), m.end()) for m in r.alias_lc_re.finditer(lowered, pos, end)]
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h[0], -h[1]))
    out: list[tuple[int, int]] = []
    last = -1
    for s, e in hits:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def named_groups(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, subject) of every name in text, the subject as `subject_named` reads it."""
    return [(s, e, subject_named(text, s, e)) for s, e in find_aliases(text, same_length_lower(text))]


def same_length_lower(text: str) -> str | None:
    """text.lower(), when lower-casing keeps every offset (it does for all but a few letters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None
