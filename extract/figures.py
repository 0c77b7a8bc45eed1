"""Figures read out of a document's prose (the figure contract, sections 1-5).

One compiled regular expression finds every candidate quantity in the body in one pass (C speed);
Python work happens only per candidate: its sentence (found lazily), its value and qualifier, and
the words around it that give measure, subject, period, claimant and source. Rules are data
(``extract/data/*.yaml``, ``schemas/vocab/*.yaml``); see ``extract.rules``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from extract.dates import (
    MONTHS,
    WEEKDAYS,
    DateHit,
    Period,
    anchor_period,
    date_hits,
    infer_document_date,
    nearest_period,
    relative_period,
)
from extract.figure import Figure
from extract.layout import (
    LABEL_ROW_RE,
    LABEL_VALUE_START,
    PIPE_LINE_RE,
    Cell,
    line_after,
    line_before,
    table_cells,
)
from extract.rules import (
    OUTSIDE_GROUP,
    QUOTED_PHRASE,
    Rules,
    alias_to_subject,
    find_aliases,
    named_groups,
    norm,
    rules,
    same_length_lower,
    subject_named,
)
from extract.structure import SUP_RE, Block, Structure, abbreviated
from ingest.document import Document
from ingest.formats import KEEP_HYPHEN_PREFIXES
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
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # (longest first: "sept" before "sep")
CLOCK_AFTER_RE = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|hrs\b)", re.IGNORECASE)  # "at 3.15 a.m.", "0600 hrs"
RESOLUTION_AFTER_RE = re.compile(r"^\s*\((?:19|20)[0-9]{2}\)")
DENOMINATOR_RE = re.compile(
    r"(?P<n>[0-9][0-9,]*|\b[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|the\s+country[’']s\s+|[A-Z][a-z]+[’']s\s+)?$",
    re.IGNORECASE,
)
_PERIOD_ON_PERIOD = r"(?:year|month|quarter|week)[- ]on[- ](?:year|month|quarter|week)"
PERIOD_ON_PERIOD_RE = re.compile(rf"\s*{_PERIOD_ON_PERIOD}\b", re.IGNORECASE)
PARTICIPLE_ASIDE_RE = re.compile(r",\s+[a-z]+ed\b[^,;]*$")
_OWNER = r"(?:its|their|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}[’']s)\s+"  # "its", "the group's"
PARTITIVE_RE = re.compile(r"^\s+of\s+" + _OWNER, re.IGNORECASE)
OWNER_RE = re.compile(r"^\s+" + _OWNER, re.IGNORECASE)  # after a vague quantity's own "of"
_OWN = r"(?:its|their)\s+(?:own\s+)?"  # the group the sentence is about
OWN_PARTITIVE_RE = re.compile(r"^\s+of\s+" + _OWN, re.IGNORECASE)
OWN_AFTER_OF_RE = re.compile(r"^\s+" + _OWN, re.IGNORECASE)
# "bringing to 13 the number of camps": an object put after the number it is brought to
TO_BEFORE_RE = re.compile(r"\bto\s+$", re.IGNORECASE)
NUMBER_OF_AFTER_RE = re.compile(r"^\s+the\s+(?:total\s+)?(?:number|count|tally)\s+of\s+", re.IGNORECASE)
OF_DENOMINATOR_RE = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:the\s+country[’']s\s+|[A-Z][a-z]+[’']s\s+|the\s+|all\s+|its\s+)?([0-9]+|[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
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
    ]
)
# between a clause's subject and a later word of the same clause: a verb and its complements
ITSELF_AFTER_RE = re.compile(r"\s+itself\b")  # a reference back to its own clause's subject
OWN_CLAUSE_GAP_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,8}")
CLAUSE_BREAK_RE = re.compile(r"[;:()]|\b(?:which|that|who|while|but|after|before|when|whereas|although)\b")
AGGREGATE_ADJ_RE = re.compile(
    r"\b(?:terrorist|militant|jihadi|jihadist|extremist|armed|insurgent|foreign|violent|islamist|terror)\b",
    re.IGNORECASE,
)
# the number's party named after it by reference ("UNAMA attributed 14 attacks to it")
ATTRIBUTED_TO_IT_RE = re.compile(
    r"[^,;.]{0,50}?\bto\s+(?:it|the\s+group|the\s+movement|the\s+network)\b", re.IGNORECASE
)
ATTRIBUTED_BEFORE_RE = re.compile(r"\battribut(?:ed|es|ing)\b", re.IGNORECASE)
# a count shared out among groups: the verb before it, and a share given to a group straight
# after its number ("221 were attributed to the TTP, 9 to ISKP", "claimed by the TTP, 7 by ISKP")
SHARED_OUT_BEFORE_RE = re.compile(r"\b(?:attribut(?:ed|es|ing)|claimed)\b", re.IGNORECASE)
SHARE_TO_AFTER_RE = re.compile(r"\s+(?:to|by)\s+(?:the\s+)?", re.IGNORECASE)
SHARED_CLAIM_RE = re.compile(r",\s+\d[\d,]*\s+(?:to|by)\s+")  # "..., 9 to ISKP": the next group's share
# a group named only to be set aside ("Jaish-ul-Adl aside, the TTP remains the main concern")
SET_ASIDE_RE = re.compile(r"\s+(?:aside|apart)\b", re.IGNORECASE)
# a clause of five words or more between a label's colon and the number: the line is prose
PROSE_AFTER_LABEL_RE = re.compile(r"\s*[^\s:;()]+(?:\s+[^\s:;()]+){4,}\s*")
# the stamp of a story's update or edit ("EDIT (09:15 GMT)", "UPDATE 2, 14:20"), a label of no
# figure
UPDATE_STAMP_RE = re.compile(
    r"\b(?:EDIT|UPDATE|UPDATED|Edit|Update|Updated)\b(?:\s+[0-9]+)?\s*[(,]?\s*[0-9]{1,2}[:.][0-9]{2}\b"
)
# "it" acting, as a group does ("it commands", "it had set up"), not an empty "it is estimated"
# (an adverb may come between a pronoun and its verb: "it still mounts", "it reportedly controls")
_ADVERB_GAP = r"(?:(?:still|also|now|already|even|often|again|only|just|[a-z]+ly)\s+)?"
IT_ACTS_RE = re.compile(
    rf"\bit\s+{_ADVERB_GAP}"
    r"(?!is\b|was\b|seems\b|appears\b|emerged\b|has\s+been\b|had\s+been\b|remains\b)"
    r"(?:has|had|[a-z]+s|[a-z]+ed)\b",
    re.IGNORECASE,
)
# the exception to a count ("23 attacks, all but three of them in Tank")
ALL_BUT_BEFORE_RE = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
# the denominator of a proportion ("one in five", "roughly one claim in five", "one attack in ten")
ONE_IN_BEFORE_RE = re.compile(r"\bone\s+(?:[a-z]+\s+)?in\s+(?:every\s+)?$", re.IGNORECASE)
# ... and its "one" ("One attack in every 20 killed a child")
ONE_IN_AFTER_RE = re.compile(r"(?:\s+[a-z]+)?\s+in\s+(?:every\s+)?(?P<n>[0-9]+|[a-z]+)\b", re.IGNORECASE)
# a sentence opening on a pronoun as its subject ("It is separate from ...", "They run ..."; not
# the empty "It is likely that")
PRONOUN_SUBJECT_OPEN_RE = re.compile(
    r"\s*(?:It|They)\s+(?!is\s+(?:un)?(?:likely|clear|estimated|thought|believed)\b)"
)
# a sentence opening on "They" and its verb ("They collect several hundred million dollars a
# year"): the subject of the sentence before, as "it" is (not "They said", people speaking)
THEY_ACT_RE = re.compile(
    rf"\s*They\s+{_ADVERB_GAP}"
    r"(?!said\b|say\b|says\b|told\b|added\b|were\b|are\b)[a-z]+\b"
)
ARTICLE_END_RE = re.compile(r"\b(?:the|those)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A time between an event noun and its "of" ("the release in November 2025 of 80 members", "the
# arrest on Monday of 12 men"): set aside, the noun governs the count as "the release of" does.
DATED_BEFORE_OF_RE = re.compile(
    rf"\s+(?:(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH_WORD}(?:\s+[0-9]{{1,2}})?"
    rf"(?:,?\s+(?:19|20)[0-9]{{2}})?|(?:19|20)[0-9]{{2}}|{'|'.join(WEEKDAYS)})"
    r"|(?:last|earlier\s+this|this|late\s+last)\s+(?:week|month|year))(?=\s+of\s)",
    re.IGNORECASE,
)
THAN_AFTER_RE = re.compile(r"\s+than\b", re.IGNORECASE)
# between a number and the change noun after it: one word, not a conjunction ("20% year-on-year
# rise"; in "fell by 20% and rose by 40%" the rise is the next number's)
CHANGE_NOUN_GAP_RE = re.compile(r"\s*(?:(?!(?:and|or|but)\b)[\w-]+\s+)?", re.IGNORECASE)
# a death that no attack caused ("several cadres died of natural causes")
NATURAL_DEATH_RE = re.compile(
    r"[^,;.]{0,40}?\b(?:died|dead)\s+(?:(?:of|from)\s+(?:natural\s+causes|illness|disease|old\s+age|cancer|covid"
    r"|hunger|starvation|malnutrition|cholera|measles|dengue|cold|exposure|heatstroke)"
    r"|(?:for|from|through)\s+(?:the\s+|a\s+)?(?:lack|want|shortage)\s+of)\b",
    re.IGNORECASE,
)
# between a noun and a noun in the phrase after it that modifies it ("deaths in militant attacks")
NOUN_MODIFIER_GAP_RE = re.compile(r"\s+(?:in|from|during|of|by)\s+(?:[\w-]+\s+){0,2}")
# a condition in the generic present defines what is counted ("an event is counted where at
# least one person is killed"); it states no toll
GENERIC_CONDITION_BEFORE_RE = re.compile(r"\b(?:where|when|whenever|if|unless)\s+$", re.IGNORECASE)
GENERIC_PASSIVE_RE = re.compile(r"\s*(?:is|are)\s+(?:killed|injured|wounded|hurt)\b", re.IGNORECASE)
# a verb of giving with its receiver before the sum: "provide the group's leaders with", "handed
# the group", "paid the TTP" (the sum is the receiver's income)
GIVEN_TO_BEFORE_RE = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}with"
    r"|(?:hand(?:s|ed|ing)?|g[ai]ve|gives|giving|pa(?:y|ys|id|ying))\s+(?:the\s+group|them|it"
    r"|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\s+$"
)
# a bare number followed by "for" and a toll's or an attack's noun is a value given to each
# ("weights of 3 for deaths, 1 for attacks"), not a count of them
FOR_TOLL_NOUN_AFTER_RE = re.compile(
    r"\s*for\s+(?:each\s+|every\s+)?(?:deaths?|fatalit(?:y|ies)|injur(?:y|ies)|attacks?|incidents?|casualt(?:y|ies))\b",
    re.IGNORECASE,
)
# between two nouns of a compound, other nouns ("army camp bombing toll"); a function word
# ends the compound ("deaths in militant attacks")
COMPOUND_GAP_RE = re.compile(
    r"\s+(?:(?!(?:of|in|from|during|by|the|a|an|to|at|on|for|with|and|or|as|its|their|was|were"
    r"|is|are|has|had|have|been|not|now)\b)[a-z][a-z-]*\s+){0,2}"
)
# between a change word and its number, beside the number's qualifier ("rose by just", "a drop of")
CHANGE_GAP_RE = re.compile(r"\s*(?:by\s+|of\s+)?(?:a\s+|an\s+)?(?:just\s+)?\(?\s*", re.IGNORECASE)
# "ISKP: around 2,000 (UN Monitoring Team); 4,000-6,000 (one regional government)": after a
# source in parentheses and a semicolon, another source's estimate of the same figure
# (with a qualifier: "up to", "c.", "~")
SOURCED_ALTERNATIVE_RE = re.compile(r"[)\]]\s*;\s*[\"“]?(?:[a-z]+\.?\s+){0,2}[~≈<>]?$")
SUCH_RE = re.compile(r"such\b", re.IGNORECASE)
NEW_RE = re.compile(
    r"\bnew(?:ly)?\b|\bset\s+up\b|\bestablished\b|\bopened\b|\bbuilt\b|\bcreated\b", re.IGNORECASE
)
CAMP_RE = re.compile(
    r"\b(?:camps?|training\s+(?:centres?|centers?|facilit(?:y|ies)|sites?))\b", re.IGNORECASE
)
ATTACK_WORD_RE = re.compile(r"\b(?:attacks?|bombings?|assaults?|violence|incidents)\b", re.IGNORECASE)
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:]{2,120})", re.IGNORECASE)
BY_AGENT_RE = re.compile(
    r"\b(?:(?:listed|identified|named|cited|documented|recorded|estimated|reported|counted|compiled|assessed)"
    r"\s+by|(?:estimate|count|tally|assessment|figures?|data)\s+(?:by|from))\s+"
    r"(?P<who>[^,.;:]{2,100})",
    re.IGNORECASE,
)
# an attribution after the figure (", officials said"); a name, or a common noun that is typed
AFTER_CLAIM_RE = re.compile(
    r",\s*(?P<who>(?:the\s+)?[A-Z][^,.;]{1,80}?|[a-z][^,.;]{1,40}?)\s+"
    r"(?:said|says|claimed|claims|reported|estimated|estimates|stated)\b"
)
# where an agent's name ends and the clause's verb begins ("an estimate by police had put ...")
AGENT_END_RE = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|said|says|put|puts|placed|places|which|that|who|to)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# an author-date citation's page: "(2021: 52)", "(Jadoon 2021: 45)", "(Sayed and Hamming 2023, p. 14)"
# (an author is named: "- Suicide attacks: 29 (2023: 17)" gives a year's value)
# (an author's name is a word, or an acronym of three letters or more: not "Q2", "FY" or "H1",
# nor a month's name, "(December 2025: 97)")
_AUTHOR_WORD = rf"(?!(?i:{_MONTH_NAMES})\b)[A-Z](?:[a-z][\w'’.-]*|[A-Z]{{2,}}\b)"
_AUTHOR = rf"{_AUTHOR_WORD}(?:\s+(?:and|&|et\s+al\.?|{_AUTHOR_WORD}))*"
CITATION_PAGE_BEFORE_RE = re.compile(
    rf"(?:\b{_AUTHOR}\s+\(\s*|[(;]\s*{_AUTHOR},?\s+)(?:19|20)[0-9]{{2}}[a-z]?\s*(?::\s*|,\s*pp?\.\s*)$"
)
CITATION_PAGE_AFTER_RE = re.compile(r"(?:\s*[-–]\s*[0-9]+)?\s*[);,]")
# a vague part of the people a toll counts ("several of the wounded", "a few of those injured")
VAGUE_PART_OF_HURT_RE = re.compile(
    r"[^,;:]{0,20}?\bof\s+(?:the|those|them|these)\s+(?:(?:critically|seriously|badly)\s+)?"
    r"(?:injured|wounded|hurt|dead|victims)\b",
    re.IGNORECASE,
)
# a week's number: "wk 6" and "Week 6" always; "week 6" when no counted noun follows ("week 6 vs
# week 5", "(week 5: 26)"), not "last week 12 people were killed"
WEEK_LABEL_BEFORE_RE = re.compile(r"\b(wk|Wk|WK|WEEK|Week|week)\.?\s*$")
WEEK_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:[,;:)|\]\n]|vs\b|versus\b|to\b|and\b|$)")
PARTICIPLE_BY_RE = re.compile(r"\s+by\b", re.IGNORECASE)
# a passive attribution ("is reported to", "are believed to") names no one
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a sentence that carries on the report named in the sentence before it
CONTINUES_REPORT_RE = re.compile(
    r"\breportedly\b|\b(?:the|this|that)\s+(?:same\s+)?(?:report|team|assessment|study|survey|document)\s+"
    r"(?:also\s+)?(?:adds|added|notes|noted|says|said|states|stated|finds|found|estimates|estimated)\b"
    r"|\bit\s+(?:also\s+)?(?:adds|added|notes|noted)\b|\baccording\s+to\s+the\s+same\b",
    re.IGNORECASE,
)
# a dateline opening a wire story ("QUETTA, Pakistan, Sept. 15 2024 (Wire) - "): the document's
# date, not a date the sentence is about
DATELINE_PREFIX_RE = re.compile(
    r"^\s*[A-Z][A-Za-z .'’-]{1,40},[^\n]{0,60}?(?:19|20)[0-9]{2}\s*(?:\([^)\n]{0,40}\)\s*)?[-–—]+\s+"
)
SPAN_AFTER_RE = re.compile(
    r"\s*(?:over|across|within|in)\s+(?:the\s+(?:past|last|first|next)\s+)?(?:[0-9]+|[a-z]+)\s+(?:months|years|weeks)\b"
    # "took in up to $1.2 million over the whole of 2025": a sum for the span, not a rate
    r"|\s*(?:over|across|during|in)\s+the\s+(?:whole|entirety|course)\s+of\b",
    re.IGNORECASE,
)
RATE_WORDS = {
    "annual": "year",
    "annually": "year",
    "annualised": "year",
    "annualized": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
}
RATE_WORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(RATE_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
RATE_PHRASE_RE = re.compile(r"\b(?:per|each|every)\s+(?P<u>week|month|year)\b", re.IGNORECASE)
ANNUAL_BEFORE_RE = re.compile(RATE_WORD_RE.pattern + r"[^.;]{0,60}$", re.IGNORECASE)
# A claim of responsibility ("ISKP claimed responsibility", "claimed by the TTP"): found by its
# cue word, then read back to the capitalised name before it.
RESPONSIBILITY_CUE_RE = re.compile(
    # a fact box's line ("- Claim: Tehreek-e-Jihad Pakistan (TJP); TTP denies", "Claimed by: ISKP")
    r"(?P<label>(?m:^)[ \t]*(?:[-*•][ \t]*)?(?i:claim|claimed\s+by|responsibility)[ \t]*:[ \t]*[^\n;]{2,80})|"
    # ("claimed by the TTP", "claimed in the afternoon by the TJP")
    # (not "claimed or attributed by the Monitor": a heading's words)
    r"responsibility|\bclaimed\s+(?:(?!or\b|and\b)[A-Za-z]+\s+){0,3}?by\s+[^.;]{2,80}"
    r"|(?<=claimed\s)(?:the\s+|this\s+|that\s+|\w+day[’']s\s+)?(?:attacks?|bombings?|blast|assault|explosion"
    r"|killings?|strike|raid|massacre)\b"
    # a group saying its own men struck ("said in a statement that its 'martyrdom seeker' had
    # targeted the army"): a claim without the word
    r"|(?P<own>\bits\s+[\"“‘']?(?:suicide\s+bombers?|bombers?|martyrdom[\s-]seekers?|fighters|mujahideen|attackers?)"
    r"[\"”’']?\s+(?:had\s+|have\s+|has\s+)?(?:targeted|attacked|struck|stormed"
    r"|carried\s+out\s+(?:the|this|that)\s+(?:attack|bombing|blast|assault|raid))\b)"
)
# a verb of saying before a group's words about its own men ("TJP said in a statement that its ...")
SAID_RE = re.compile(r"\b(?:said|says|announced|statement|declared)\b")
CAPITAL_RE = re.compile(r"[A-Z]")
# a line that heads a section: a markdown heading, a banner ("=== TTP ===") (not a line in capitals:
# a wire story's "CLAIM AND COUNTER-CLAIM" goes on with the same attack)
SECTION_HEADING_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[=\-*]{3,}[ \t]*\S)", re.MULTILINE)
WHO_CLAUSE_SPLIT_RE = re.compile(r"[,;:(“\"]|\s[-–—]\s|\bthat\b|\bwhich\b|\bwhile\b|\band\b")
WORD_SPLIT_RE = re.compile(r"[\s\-]+")
OF_SPLIT_RE = re.compile(r"\s+of\s+")
OF_THE_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
TRAILING_PARENS_RE = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")
LIST_NUMBER_AFTER_RE = re.compile(r"[.)]\s")
SECTION_NUMBER_AFTER_RE = re.compile(r"\.?[ \t]+[A-Z]")  # "4.2 Of the ...", "2.4. AQIS"
# what a label's number is the condition of ("Provinces with at least one attack: 6")
CONDITION_BEFORE_RE = re.compile(
    r"\b(?:with|having)\s+(?:(?:at\s+least|more\s+than|over|fewer\s+than|less\s+than)\s+)?$", re.IGNORECASE
)
US_RE = re.compile(r"\bU\.S\.")
UK_RE = re.compile(r"\bU\.K\.")
SPACES_RE = re.compile(r"\s*")
LETTER_RE = re.compile(r"[A-Za-z]")
WHITESPACE_RE = re.compile(r"\s+")
WHO_OPENING_RE = re.compile(
    r"^(?:and|but|while|whereas|(?:even\s+)?though|although|however|for example|for instance|also|so|yet|thus"
    r"|hence)\s+",
    re.IGNORECASE,
)
# a time before the claimant ("By evening the ministry", "Late on Friday the health ministry",
# "Last month the Minister", "In 2018 the Team")
WHO_TIME_OPENING_RE = re.compile(
    r"^(?:(?:late|early|later|earlier)\s+)?(?:(?:by|on|in|at|during)\s+)?(?:the\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}|evening|morning|afternoon|night|midday"
    r"|noon|nightfall|dawn|dusk|(?:last|this|next)\s+(?:week|month|year)"
    # ("In 2018 the Team reported", "By mid-2023 Member States", "In March 2025 the ministry")
    rf"|(?:mid-?)?(?:(?:{_MONTH_NAMES})\s+)?(?:19|20)[0-9]{{2}})\b,?\s+(?=\S)",
    re.IGNORECASE,
)
# a pronoun names no one ("Today it counts perhaps two thousand"): the figure is the author's
WHO_PRONOUN_RE = re.compile(r"^(?:\w+\s+)?(?:it|they|he|she|we|i|you|this|these)$", re.IGNORECASE)
WHO_ARTICLE_RE = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
# what makes a year before a counted noun a year ("pre-2021 members", "the January 3, 2024 bombings")
YEAR_PREFIX_RE = re.compile(
    r"(?:\b(?:pre|post|mid)-|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?[0-9],\s*)$",
    re.IGNORECASE,
)
WHO_PLACE_DATE_RE = re.compile(r"\s+(?:in|on|from|of)\s+(?:[A-Z][a-z]+|[0-9]{4})(?:\s+[0-9]{4})?$")
WHO_TRAILING_RE = re.compile(r"\s+(?:has|have|had|also|recently|reportedly|now|then)$")
CLAIMED_AS_ADJECTIVE_BEFORE_RE = re.compile(
    r"(?:[0-9]|\b(?:the|of|its|their|all|several|many|few))$", re.IGNORECASE
)
RESPONSIBILITY_VERB_RE = re.compile(r"\s(?:claimed|admitted|took|accepted|assumed)\s+$")
# a bare name after "of" ("a tally of ISKP claims"), which no verb takes as its subject
OF_NAME_BEFORE_RE = re.compile(r"\bof\s+(?P<name>[\w-]+(?:\s+[\w-]+)?)\s+$")
ADJECTIVAL_BEFORE_RE = re.compile(
    r"(?:[’']s|\ban|\bthe|\ba|\bits|\btheir|\bhis|\bher|\bnewly|\bwidely"
    # ("the Team's twelfth report", "its latest report": a noun)
    r"|\b[0-9]+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|[a-z]+teenth|[a-z]+tieth|latest|last|previous|annual|quarterly|monthly|weekly|recent|final))\s*$",
    re.IGNORECASE,
)
# a count just before a verb's form makes it an adjective ("126 claimed attacks", "nine confirmed
# deaths"); a year does not ("a report released in 2023 claimed")
COUNT_BEFORE_RE = re.compile(
    r"(?:\b(?!(?:19|20)[0-9]{2}\b)[0-9][0-9,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen))\s+$",
    re.IGNORECASE,
)
BARE_MARKER_RE = re.compile(r"(?<=[a-z.,;:\"”’)])(?P<n>[0-9]{1,3})\s*$")
FOUNDING_TAIL_RE = re.compile(
    rf":?\s+(?:in\s+|to\s+|on\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{_MONTH_WORD}\s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+)?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+)?"
    r"(?:of\s+)?$",
    re.IGNORECASE,
)
# a label that is a period alone ("Q1 2025", "Full year 2025", "March 2025", "FY2024")
PERIOD_LABEL_RE = re.compile(
    rf"(?:(?:full\s+)?year\s+|Q[1-4]\s+|H[12]\s+|{_MONTH_WORD}\s+)?(?:FY\s?)?(?:19|20)[0-9]{{2}}",
    re.IGNORECASE,
)
PERIOD_ROW_RE = re.compile(rf"[^\S\n]*(?:{PERIOD_LABEL_RE.pattern}):\s", re.IGNORECASE)
# a link that gives the total a figure before adds to ("bringing the total to", "taking it to
# about"), up to a qualifier of the number
TOTAL_LINK_BEFORE_RE = re.compile(
    r"\b(?:bringing|taking|brings|takes|brought|took)\b[^.;]{0,30}\bto\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
POSSESSIVE_S_RE = re.compile(r"[’']s\b")
DIGIT_RE = re.compile(r"[0-9]")  # (in a founding date's tail, only a day of the month is in digits)
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
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
}


AFFILIATES_AFTER_NAME_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:regional|foreign|global|other|own))?\s+(?:affiliates|branches|franchises|provinces)\b",
    re.IGNORECASE,
)
QUOTE_OPEN_RE = re.compile(r"\s*[\"“‘']")
QUOTE_CLOSE_RE = re.compile(r"[\"”’']")
RATIO_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}per\s+(?!(?:day|week|month|quarter|year|annum|hour|decade)s?\b)[a-z]",
    re.IGNORECASE,
)
# a label that breaks the count above down ("- By province:", "Broken down by month:")
BREAKDOWN_LABEL_RE = re.compile(
    r"[-*•\s]*(?:broken\s+down\s+|breakdown\s+)?by\s+(?:province|region|district|division|month|quarter|"
    r"area|city|agency|zone|sector|target|type|group|perpetrator)\s*$",
    re.IGNORECASE,
)
# a label naming a ratio, not a count: "Median deaths per confirmed attack" (but "Average attacks
# per month" is a rate of a count)
# per a source is no ratio: "ISKP attacks, per UNAMA", "per its monthly bulletins"
RATIO_LABEL_RE = re.compile(
    r"[^:\n]*?\bper\s+(?!(?:day|week|month|quarter|year|annum|hour|decade)s?\b"
    r"|(?:the|its|their|his|her|our|an?|cent)\b)[a-z]"
)
PAREN_BEFORE_COLON_RE = re.compile(r"\s*(?:\([^()\n]*\)|\[[^\[\]\n]*\]):$")
QUOTED_PHRASE_RE = re.compile(QUOTED_PHRASE)
PER_SOURCE_BEFORE_COLON_RE = re.compile(
    r",\s*(?:(?:as\s+)?per|according\s+to|says|said\s+by)\s+[^,:;()\n]{2,80}:$"
)
# a label may hold an abbreviation's dot ("fighters (UN est.):"), not a sentence end
LABEL_END_RE = re.compile(r"([A-Za-z](?:[^:;.\n]|\.(?!\s+[A-Z])){0,120}):$")
# from a name to the verb whose subject it is, one that detains, frees or operates
AGENT_VERB_AFTER_RE = re.compile(
    r"(?:[’']s)?(?:\s+(?!(?:and|or|but|against|on|at|in|during|for|with|while|after|before)\b)[\w-]+){0,6}?"
    r"\s+(?:(?:have|has|had)\s+(?:also\s+)?)?(?:detained|arrested|captured|apprehended"
    r"|rounded\s+up|released|freed|conducted|carried\s+out|launched|mounted)\b"
    r"(?!\s*(?:[,:(]|(?:in|by|at|on|during|from|over|for)\b))",  # (a participle: "TTP facilitators arrested in")
    re.IGNORECASE,
)
BY_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# "three of them new", "two of which were set up", "11 of whom critically": a subset of the figure
# before (for match() at an offset)
THEM_AFTER_RE = re.compile(r"\s*of\s+(?P<them>them|these|those|which|whom)\b", re.IGNORECASE)
# a preposition whose object a group's name opens ("by Taliban raids", "after the Taliban's offensive")
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:by|after|of|with|from|despite|amid|amidst|following|during|under)\s+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE,
)
# a group's name as a state's organ ("the de facto authorities", "the de facto Ministry"), which
# "the group" does not refer back to
STATE_NAME_RE = re.compile(
    r"\b(?:authorities|ministry|ministries|government|administration|regime)\b", re.IGNORECASE
)
# "attributed 11 of those attacks to ISKP", "attributes at least six of them to IS-Khorasan"
ATTRIBUTED_TO_AFTER_RE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# a capitalised word just before another: the two are one name ("the United States")
CAPITALISED_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# operations against a state's forces, which are a group's attacks ("14 operations against security forces")
AGAINST_FORCES_RE = re.compile(
    r"\s+against\s+(?:the\s+)?(?:Pakistani\s+|Afghan\s+|government\s+|state\s+)?"
    r"(?:security\s+forces|forces|police|army|soldiers|troops|checkposts|checkpoints|the\s+state)\b",
    re.IGNORECASE,
)
# a row's label saying it counts what the row above does ("Same, FY2024:", "Ditto, 2023:")
SAME_LABEL_RE = re.compile(r"(?:same|ditto|idem)\b", re.IGNORECASE)
THE_BEFORE_RE = re.compile(r"\bthe\s*$", re.IGNORECASE)
OF_AFTER_RE = re.compile(r"^\s*of\b", re.IGNORECASE)
# the same on the number's own line (a line break may end its paragraph: "Killed: 441" then
# "    of whom civilians: 203")
OF_AFTER_LINE_RE = re.compile(r"^[^\S\n]*of\b", re.IGNORECASE)
# words after which a year-like number is a year
YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|in|since|by|of|from|until|till|during|before"
    r"|after|on|at|early|mid|late|year|years|circa|c)|[’']s)\W*$",
    re.IGNORECASE,
)
# a verb that brings in the level a noun reached ("rose to", "stood at", "reaching")
LEVEL_VERB_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|decreased|fell|dropped|reached|reaching|stood|stands"
    r"|hit|hitting|totall?ed|totall?ing|numbered|numbers|put|revised|raised|lowered"
    r"|to\s+(?:number|total|reach|stand))"
    r"(?:\s+(?:to|at|by))?\s+(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# (a full stop before a digit is a decimal's or a code's: "(QDe.132)")
LEAD_BREAK_RE = re.compile(r"\.(?![0-9])|;|\b(?:which|who|while|but|although)\b")
FROM_BEFORE_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# where money comes from: "transfers from the ISIL core", "a stipend from Taliban sources"; the
# group named is the payer, not the earner
PAYER_BEFORE_RE = re.compile(r"\bfrom\s+(?:within\s+|inside\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)?$")
# where money goes: "$200,000 to ISIL-K", "a stipend to TTP leadership"
PAYEE_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:thousand|million|billion|dollars|m|bn|k|stipends?|subsid(?:y|ies)|payments?|"
    r"transfers?|sums?|funds|money|cash|remittances?|allowances?))\s+to\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# an aid word inside what an income comes from ("income from extortion and donations")
FROM_SOURCES_BEFORE_RE = re.compile(r"\bfrom\s+(?:[\w'’-]+,?\s+){0,3}(?:and\s+|or\s+)?$", re.IGNORECASE)
# the two lower-case words before a number ("assessed at", "to have"): a later number without a
# noun after the same two words, in the same sentence, repeats the first one's measure
PARALLEL_WORDS_RE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+$")
# the next item of a list of estimates, its verb and noun left out ("ETIM is assessed at around
# 450 fighters; Jamaat Ansarullah at 200 to 250; and the IMU at fewer than 100")
ELIDED_AT_ITEM_RE = re.compile(
    r"[;,]\s+(?:and\s+)?(?:the\s+)?[A-Z][\w/'’-]*(?:\s+[A-Za-z][\w/'’-]*){0,6}"
    r"(?:\s+\([^()\n]{1,40}\))?\s+at\s+$"  # ("the Turkistan Islamic Party (ETIM/TIP) at")
)
# a verb of doing before a count of operations ("the TTP said it carried out 1,812 operations"):
# a group's own tally of its attacks when a group is the doer and no forces are named
_DOING_VERBS = r"carried\s+out|conducted|mounted|launched|staged|executed"
OPERATED_BEFORE_RE = re.compile(rf"\b(?:{_DOING_VERBS})\s+(?:[a-z]+\s+){{0,2}}$")
CLAIM_WORD_RE = re.compile(r"\bclaim|\bresponsibility\b", re.IGNORECASE)
CLAIMS_BEFORE_RE = re.compile(r"\b(?:claims|claimed|claiming)\s+(?:[a-z]+\s+)?$")
AT_BEFORE_RE = re.compile(r"\bat\s+(?:[a-z]+\s+){0,2}$")
POSSESSOR_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*)[’']s\s+$")
THOSE_RE = re.compile(r"\b(?:those|these|such)\b", re.IGNORECASE)
PROVINCES_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?provinces\b", re.IGNORECASE)
LEADER_ROLE_RE = re.compile(
    r"[’']s\s+(?:top\s+|supreme\s+|overall\s+)?(?:emir|amir|leader|chief|founder|commander|head|deputy)\b"
    r"|\b(?:emir|amir|leader|chief|founder|head)\s+of\s+(?:the\s+)?[A-Z]"
)
# a label opening with a change noun ("Rise in TTP attacks over 2024:", "- Fall in ISKP attacks:")
CHANGE_LABEL_RE = re.compile(r"\s*(?:[-*•]\s+)?(?:the\s+)?(?P<w>[A-Za-z]+)\s+(?:in|of)\b[^:]{0,80}:\s*$")
COLON_AFTER_RE = re.compile(r"[^:\n.;\"“]{0,40}:")
# A force's size as a compound modifier ("the 6,000-strong TTP") counts its fighters.
STRENGTH_COMPOUND_RE = re.compile(r"-strong\b", re.IGNORECASE)
# a sentence opening with a noun of its own ("The Institute is ...", "5. A think tank ...")
THING_OPENS_RE = re.compile(r"\s*(?:\d+\.\s+)?(?:The|An?)\s+[A-Za-z]")
# military notation's multiplication sign after a count ("2 x SVBIEDs")
TIMES_SIGN_AFTER_RE = re.compile(r"[ \t]?[x×][ \t]+(?=\w)")
CODE_PREFIX_RE = re.compile(r"(?<![\w-])[A-Z]{1,5}-$")
YEAR_DASH_BEFORE_RE = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}[-–/]$")
COORDINATED_GAP_RE = re.compile(
    r"\s+(?:in|during|on|for|by)\s+[^,;.()\n]{1,30}?"
    # ("141 in 2022; 34 in 2023; 22 in 2024")
    r"(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|against|versus|vs\.?|compared\s+(?:with|to))\s+)"
)
# words before a number that add it to a count just given ("and a further 51", "another 40")
ADDITIVE_BEFORE_RE = re.compile(r"\b(?:a\s+further|another|an\s+additional|a\s+more)\s+$", re.IGNORECASE)
# a verb of having just before a number: with no noun after it, it has what a figure before counts
HOLDING_VERB_BEFORE_RE = re.compile(
    r"\b(?:ha(?:ve|s|d)|maintains?|maintained|fields?|fielded|retains?|retained)\s+$", re.IGNORECASE
)
# people who have left a group ("23 former members", "ex-fighters")
FORMER_RE = re.compile(r"(?:former|ex-|one-time|onetime|retired|defected|surrendered)", re.IGNORECASE)
# what may join groups' names in a list item's label ("- ETIM/TIP:", "* Jamaat Ansarullah (JA)")
NAMES_GLUE_RE = re.compile(r"[\s/(),&*•·-]*")
# a number with nothing after it in its sentence ("The IMU has fewer than 100.")
NUMBER_ENDS_SENTENCE_RE = re.compile(r"[0-9A-Za-z,.-]*?(?:[\"”’][.!?]|[.!?][\"”’]?)(?:\s|$)")
# a bare number repeating a count read earlier: at least this value, within this many characters
RESTATED_MIN = 100
RESTATED_REACH = 2000
# the words that may follow such a number: a verb or a link, not a noun it counts
RESTATED_NEXT_WORDS = frozenset(["and", "or", "is", "was", "were", "are", "include", "includes", "included"])
WORD_AFTER_RE = re.compile(r"[ \t]*([A-Za-z]+)")
# units of things counted, never a percentage or a sum: what a tallied number or "of them" may count
COUNT_UNITS = frozenset(["persons", "groups", "camps", "provinces", "attacks", "operations"])
# measures counting a group's people: under a toll ("including 22 recruits") they name its victims
PEOPLE_MEASURES = frozenset(["fighters", "core_members"])
# counts a list may break down by place or time
BREAKDOWN_MEASURES = frozenset(
    [
        "fighters",
        "training_camps",
        "attacks",
        "deaths",
        "injured",
        "detained",
        "released",
        "operations_against",
    ]
)
SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’)]*\s+[A-Z]")
# a word opening a clause that hangs on the main one ("... TTP members freed when the Taliban took
# Kabul"): a name after it is not what the sentence speaks of
SUBORDINATOR_RE = re.compile(r"\b(?:when|whenever|since|before|until|because|once)\b", re.IGNORECASE)
# a figure's breakdown, up to an item's number: "1,612 (security forces: 685; civilians: 927)",
# "276, of whom police: 112", a list of names and numbers "4 (Kabul 2; Herat 1"
BREAKDOWN_LEFT_RE = re.compile(
    r"(?:\(\s*(?:[^()]*(?P<sep>[;,])\s*)?|(?:,|\(|\(\s*,)\s*(?:of\s+(?:whom|which)|including)\s+)"
    r"(?:(?P<who>[A-Za-z][\w '’-]{0,40}?)\s*:"
    r"|(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}(?:\s+\([A-Z][^()\n]{0,20}\))?)"
    # (after a separator, any item's words: "(police 28; FC and Levies 6; civilians 10)")
    r"|(?<=[;,]\s)(?P<item>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}))\s*$"
)
# the next item of a list of names with their counts in parentheses ("Bannu (14 attacks), Lakki
# Marwat (9", "Kalat and Mastung (7 between them)"): it counts what the item before counted
PAREN_SIBLING_GAP_RE = re.compile(
    r"[^()\n;.]{0,30}\)\s*(?:[,;]\s*(?:and\s+)?|and\s+)[A-Z][^()\n;:]{0,40}?\(\s*"
)
PAREN_CLOSE_AFTER_RE = re.compile(r"(?:\s+[a-z]+){0,2}\s*\)")
# the end of an item of a list in parentheses ("; civilians 10)")
ITEM_END_AFTER_RE = re.compile(r"\s*[;,)]")
# a place or group's name ending the words before an item's number ("South Waziristan ",
# "Kech (Turbat) ")
# (two or three places may share an item, "Tirah valley and Bara", "Noshki, Kharan and Chaman
# together", a place's name holding a noun of geography)
_PLACE_NAME = r"[A-Z][\w'’/-]*(?:[ -](?:[A-Z][\w'’/-]*|valley|district|agency|city|town|tehsil|area)){0,2}"
_ITEM_NAME = (
    rf"{_PLACE_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_PLACE_NAME}){{0,2}}(?:[ \t]+(?:together|combined))?"
    r"(?:[ \t]+\([A-Z][^()\n]{0,20}\))?"
)
NAMED_ITEM_BEFORE_RE = re.compile(rf"(?<![\w-]){_ITEM_NAME}[ \t]+$")
# the next item of a list of names and numbers ("; Herat 1", "; South Waziristan (Wana) 41")
NAMED_ITEM_NEXT_RE = re.compile(rf"[ \t]*[;,][ \t]*(?:and[ \t]+)?{_ITEM_NAME}[ \t]+[0-9]")
# the first item of a list of names and numbers, opened by a colon (": Khyber Pakhtunkhwa ")
COLON_ITEM_BEFORE_RE = re.compile(rf":[ \t]*{_ITEM_NAME}[ \t]+$")
# from one item of a list of names and numbers to the next one's number ("71, Mohmand 38 and
# Chitral 9", "4 (all in Mazar-i-Sharif), Jowzjan 3", "12); Balochistan 74")
NAMED_SIBLING_GAP_RE = re.compile(
    rf"(?:[ \t]*\([^()\n]{{0,40}}\))?\)?[ \t]*(?:[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ITEM_NAME}[ \t]+"
)
# from a number and the words after it to the next number, whose words after it repeat the first
# of them ("1,106 linked to TTP and 213 linked to ISKP"): two parts counted alike
PARALLEL_GAP_RE = re.compile(r"[ \t]+(?P<w>[a-z]{3,})\b[^,;.()\n0-9]{0,40}?(?:,[ \t]*|[ \t]+)and[ \t]+")
ITEM_NUMBER_END_RE = re.compile(r"[ \t]*(?:[,;.)(]|and\b|$)", re.MULTILINE)
LINKED_TO_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:linked|tied|connected|affiliated|belonging|loyal)\s+(?:to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# people held, named by their group after the number ("of which 188 were of suspected TTP
# members", "and 36 of suspected ISKP members")
HELD_OF_GROUP_RE = re.compile(
    r"\s+(?:(?:were|was)\s+)?(?:of\s+)?(?:(?:suspected|alleged|presumed)\s+)?(?:the\s+)?$", re.IGNORECASE
)
# words that name militants whatever follows them; with members, operatives and commanders, words
# that may name a group's people
_MILITANT_WORDS = (
    r"militants?|fighters?|insurgents?|terrorists?|jihadists?|attackers?|assailants?|gunmen|bombers?"
)
MILITANT_WORD_RE = re.compile(rf"\b(?:{_MILITANT_WORDS})\b", re.IGNORECASE)
# militants counted after their number, perhaps as suspects ("412 suspected militants")
HELD_MILITANTS_AFTER_RE = re.compile(
    rf"\s*(?:(?:suspected|alleged|wanted)\s+)?(?:{_MILITANT_WORDS})\b", re.IGNORECASE
)
FIGHTER_WORD_RE = re.compile(rf"\b(?:{_MILITANT_WORDS}|members|operatives|commanders)\b", re.IGNORECASE)
# militants counted as killed, the number after the participle's phrase ("Militants killed in
# IBOs (46 in the quarter"; not "militants killed 46 soldiers", where they kill)
MILITANTS_KILLED_BEFORE_RE = re.compile(
    rf"\b(?:{_MILITANT_WORDS})\s+(?:(?:were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|slain|eliminated|neutrali[sz]ed)\s+(?:in|during|by|since|across|over|at|on)\b[^.;:]*$",
    re.IGNORECASE,
)
THAT_OF_BEFORE_RE = re.compile(r"\b(?:that|those)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a sum offered for a person or a capture: a bounty
OFFERED_BEFORE_RE = re.compile(
    r"\boffer(?:s|ed|ing)?\s+(?:(?:a|an|up\s+to|as\s+much\s+as)\s+)?$", re.IGNORECASE
)
FOR_PERSON_RE = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+for\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:(?:current|new|top|former|elder|younger)\s+)?"
    r"(?:capture|arrest|head|killing|leader|emir|amir|chief|founder|commander|deputy|brother|son|[A-Z])"
)
# the age of the youngest or oldest of some people ("The youngest recruit killed was 19")
# a person's age at an event of a life ("who was killed on 2 October 2003 at 39.", "died in
# prison at 61, in 2019"), the number ending its clause
AGE_AT_EVENT_BEFORE_RE = re.compile(
    r"\b(?:died|killed|executed|assassinated|martyred|hanged|born|arrested|captured|detained|married)\b"
    r"[^.;:\n]{0,45}\bat\s+$",
    re.IGNORECASE,
)
AGE_AT_EVENT_AFTER_RE = re.compile(r"\s*(?:[.,;)]|$|(?:in|on|after|when|while)\b)")
PUT_AT_BEFORE_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets|setting)\b[^.;:\n]{0,60}\bat\s+$",
    re.IGNORECASE,
)
AGE_OF_SUPERLATIVE_RE = re.compile(
    r"\b(?:youngest|oldest)\b(?:\s+[\w-]+){0,5}?\s+(?:was|is|were|being)\s+(?:just\s+|only\s+|aged\s+)?$",
    re.IGNORECASE,
)
# a label of militants killed or hurt, up to its number ("Militants killed, per ISPR: ")
MILITANTS_HIT_BEFORE_RE = re.compile(
    rf"\b(?:{_MILITANT_WORDS})\s+(?:killed|dead|injured|wounded)\b[^\n:.;]{{0,40}}:\s*$", re.IGNORECASE
)
# an operation by the other side: the militants it killed are not victims of their group
OPERATION_WORD_RE = re.compile(
    r"\b(?:raids?|operations?|crackdowns?|offensives?|sweeps?|counter-?terrorism)\b(?!\s+(?:on|against)\s+(?:civilians|the\s+public))",
    re.IGNORECASE,
)
# a label that opens with "groups" counts groups ("Groups present in Afghanistan: 20+")
GROUPS_FIRST_RE = re.compile(r"[\s*•-]*(?:groups|organi[sz]ations)\b")
GROUPS_WORD_RE = re.compile(r"\b(?:groups|organi[sz]ations|outfits)\b", re.IGNORECASE)
RANGED_FROM_RE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned)?|r(?:un|uns|an|unning)|estimates\s+go|anywhere)"
    r"\s+from\s*$",
    re.IGNORECASE,
)
COMMA_OR_SEMICOLON_RE = re.compile(r"[,;]")
CLAUSE_CUT_RE = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?:its|their|the|a|an)\s+")
# groups said to operate in a place: "operating in ", "present in "
PRESENT_IN_COUNTRY_RE = re.compile(
    r"\b(?:operat(?:e|es|ed|ing)|present|presence|active|based)\s+(?:in|on|inside|within)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# a relative clause set off by commas ("the IMU, which pledged allegiance ..., is")
RELATIVE_ASIDE_RE = re.compile(r",\s*(?:which|who)\b[^,;]*,")
RELATIVE_AFTER_RE = re.compile(r",\s*(?:which|who|whose)\b")
# a relative clause after a counted phrase, its subject when a group opens it, what the people are
# named as ("whom it described as the TTP's"), and the words that make the group named in it whose
# the people are
RELATIVE_PRONOUN_RE = re.compile(r"\b(?:who|whom|which)\b", re.IGNORECASE)
RELATIVE_SUBJECT_RE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
AS_ROLE_BEFORE_RE = re.compile(r"\bas\s+(?:(?:the|an?)\s+)?$", re.IGNORECASE)
BELONGING_RE = re.compile(
    r"\b(?:belong(?:s|ed|ing)?|members?|loyal|fight(?:s|ing)?\s+for|fought\s+for|serve[sd]?|joined"
    r"|pledged|swore|recruited|commanded|led)\b",
    re.IGNORECASE,
)
# an aside set off by commas that describes what stands before it ("ISKP, the Islamic State's
# franchise and the Taliban's enemy, can still field"; "its strength, counting AQIS, stands at")
ASIDE_RE = re.compile(
    r",\s*(?:which|who|whose|the|a|an|once|now|(?P<participle>counting|including|excluding)|itself|themselves)\b"
    r"(?:[^,;:().]|\.(?!\s))*,",
    re.IGNORECASE,
)
# words before "number" that make it a verb ("is assessed to number 30"), not a label ("number 12"),
# among them a plural subject ("Remnants of the IMU number fewer than 100", "its forces number")
_NUMBER_VERB_OPENERS = (
    r"to|now|still|may|might|could|would|will|which|that|who|men"
    r"|(?!(?:its|this|his|was|is|as|has|us|thus|plus|does)\b)[a-z]+[a-rt-z]s"
)
NUMBER_VERB_RE = re.compile(rf"\b(?:{_NUMBER_VERB_OPENERS})\s+number\s*$", re.IGNORECASE)
# "of" after a quantity: a part of the group, not an object ("hundreds of TTP cadres")
PARTITIVE_OF_BEFORE_RE = re.compile(
    r"(?:[0-9]|\b(?:hundreds|thousands|dozens|scores|tens|dozen|hundred|thousand|many|most|several|few))"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# militants of no group named as the ones who act ("militants carried out", "when militants attacked")
MILITANTS_ACT_RE = re.compile(
    r"\bmilitants\s+(?:have\s+|had\s+)?(?:carried|conducted|staged|mounted|"
    r"launched|attacked|stormed|ambushed|killed|struck|raided|opened)\b"
    # ("Attacks by militants in Khyber Pakhtunkhwa rose by 40 per cent")
    r"|\b[Aa]ttacks\s+by\s+(?:unidentified\s+|unknown\s+|armed\s+)?(?:militants|insurgents|terrorists)\b"
)
# attacks counted over a place, of no group ("Attacks across Pakistan rose by 60 per cent",
# "nearly a hundred attacks were recorded in Bajaur and Kurram"); not "its attacks in Kunar"
PLACED_ATTACKS_RE = re.compile(
    r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bsuch\s)(?<![’']s\s)"
    r"\b(?:[Aa]ttacks|[Ii]ncidents)\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:recorded|registered|reported|logged)\s+)?"
    r"(?:on\s+(?:[a-z]+\s+){1,3}?)?"  # ("19 attacks on police in Hazara division")
    r"(?:nationwide|(?:in|across|throughout)\s+(?:the\s+)?(?!(?:Q[1-4]|H[12]|[12][0-9]{3})\b)[A-Z])"
)
# places ranked or listed by their attacks ("the most affected districts were Nushki (14 attacks)")
PLACES_LISTED_RE = re.compile(
    r"\b(?:districts|provinces|divisions|regions|cities|towns|areas)\s+(?:were|was|are|included|include)\b"
)
# attacks with no determiner, as a toll's agent: attacks at large ("In Balochistan, attacks killed",
# "Attacks killed 900 people", not "The attacks killed" or "Two attacks killed")
BARE_ATTACKS_HIT_RE = re.compile(
    r"(?:^|[,;:][^\S\n]+)(?:[Mm]ilitant[^\S\n]+|[Tt]errorist[^\S\n]+)?[Aa]ttacks[^\S\n]+(?:killed|wounded|injured|left)\b"
)
# a place (or a kind of attack) taking its share of the attacks ("Khyber Pakhtunkhwa accounted for")
PLACE_ACCOUNTED_RE = re.compile(r"\baccount(?:s|ed)?\s+for\b")
# words giving attacks an agent ("Amaq claimed 19 attacks in Afghanistan", "was responsible for")
ATTACK_AGENT_VERB_RE = re.compile(
    r"\b(?:responsible\s+for|carried\s+out|claimed|conducted|mounted|launched|staged|behind)\b", re.IGNORECASE
)
SEPARATE_EVENT_RE = re.compile(
    r"\b(?:separate|another|unrelated|earlier)\s+(?:incident|attack)", re.IGNORECASE
)
# a short aside in parentheses after a number ("(about US$50,000)")
PAREN_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)")
# a subordinate clause opening a sentence, up to its comma ("When the Taliban took Kabul, ...")
OPENING_CLAUSE_RE = re.compile(
    r"\s*(?:When|After|As|Since|Before|While|Although|Though|If|Once|Because|Until)\b[^,;:]{0,150},"
)
# "over" as the preposition of a verb of spreading, not a qualifier ("spread over four provinces")
SPREAD_OVER_RE = re.compile(
    r"\b(?:spread|spreads|spreading|scattered|dispersed|distributed|stretched|stretching|strewn)\s+over$",
    re.IGNORECASE,
)
# people held in a prison, whoever they are
PRISONERS_RE = re.compile(r"\b(?:inmates|prisoners|convicts|detainees|escapees)\b", re.IGNORECASE)
# a value opening the text after a label ("Kurram: 298 attacks", "Income: ~$40m")
LABEL_VALUE_RE = re.compile(LABEL_VALUE_START, re.IGNORECASE)
# "number" after a group's name and its listing code, up to the number ("the IMU (QDe.010) number
# fewer than ")
NAME_THEN_NUMBER_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+number\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
# a sum's own words naming it aid ("$3 billion in humanitarian aid", "$40 million of assistance")
AID_AFTER_SUM_RE = re.compile(
    r"\s+(?:(?:a|per|each|every)\s+(?:year|month|week)\s+)?(?:in|of)\s+(?:[a-z]+\s+){0,2}?(?:aid|assistance|relief)\b",
    re.IGNORECASE,
)
RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:receiv\w*|got|gets|getting|took\s+in|takes\s+in|obtain\w*|accept\w*)\b[^.;]{0,30}$", re.IGNORECASE
)
# a change noun whose size a clause then puts at the number ("a decline the Team calculates at")
CHANGE_PUT_AT_RE = re.compile(
    r"\b(?:a|an)\s+(?P<w>[a-z]+)\s+(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,4}?"
    r"(?:calculates?|calculated|puts?|estimates?|estimated|reckons?|assess(?:es)?|assessed|places?|placed)\s+at\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
# an estimate of the whole after one of a group's core ("a higher overall figure of")
OVERALL_BEFORE_RE = re.compile(
    r"\b(?:overall|total|combined|whole)\s+(?:estimate|figure|number|strength)\s+(?:of|at)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# a passive estimate of a group named just before it, with no noun ("The IMU is assessed at fewer
# than 100", "Jamaat Ansarullah is put at around 250"): the group's strength
NAME_THEN_PUT_AT_RE = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:assessed|estimated|put|reckoned|judged|believed\s+to\s+stand|thought\s+to\s+stand)\s+at\s+"
    r"(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
# an aside between a noun and the number it is put at ("the Taliban's combined fighting strength,
# including units absorbed into the ministries, at between 170,000 and 190,000")
ASIDE_BEFORE_AT_RE = re.compile(
    r",\s+(?:including|excluding|not\s+counting|counting|among\s+them)\b[^,;:()]{0,120},\s*at\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
ATTACKERS_RE = re.compile(
    r"\b(?:attackers|assailants|gunmen|bombers|raiders|hostage-takers)\b", re.IGNORECASE
)
# an apposition describing the name before it as a group ("TJP, a group founded in 2023",
# "Jamaat Ansarullah, a Tajik outfit formed in 2006")
APPOSITIVE_GROUP_BEFORE_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|outfit|faction|organi[sz]ation|movement|network|offshoot"
    r"|splinter\s+group|front|militia|affiliate|franchise)\s+$",
    re.IGNORECASE,
)
# a whole opening its sentence as a partitive ("Of the 140 attacks, the TTP claimed 19")
FRONTED_WHOLE_BEFORE_RE = re.compile(
    r"^[\s*•-]*Of\s+(?:the|these|those|all)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)
# a second group and its number after the first's, the verb between them left out ("the TTP
# claimed 19 and Daesh (IS-Khorasan) four", "ISKP carried out 12, and the TJP three")
GAPPED_NAME_RE = re.compile(
    r"\s*,?\s+(?:and|while|whereas|but)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
    r"(?:\s*\([^()\n]{1,40}\))?\s+"
)
# ("four attackers", "four suicide attackers", "six of the attackers")
ATTACKERS_AFTER_RE = re.compile(
    r"\s+(?:of\s+(?:the|its|their)\s+)?(?:[a-z]+\s+)?" + ATTACKERS_RE.pattern, re.IGNORECASE
)
# the verb that gives a group's strength without a noun ("is thought to number a few hundred",
# "now numbers no more than 100", "a force numbering 3,000")
STRENGTH_VERB_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_NUMBER_VERB_OPENERS}|they|it)\s+number|\bnumber(?:s|ing|ed))"
    r"\s+(?:[a-z]+\s+){0,3}$",  # (and a qualifier's words: "no more than")
    re.IGNORECASE,
)
# an estimate that puts a count given just before at a value ("puts them at around 6,500")
# a list item breaking down a toll above it, up to its number ("  - civilians: ", "* of whom police: ")
BREAKDOWN_ITEM_RE = re.compile(
    r"[ \t]*(?:[-*•–—][ \t]+)?(?P<of>of\s+whom\s+|of\s+which\s+)?(?P<who>[A-Za-z][\w '’-]{0,40}?)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# the next item of a list after a counted noun ("nine children and two ...", "four children, two ...")
AND_NEXT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
ASSET_WORTH_RE = re.compile(r"\b(?:reserves?|assets|holdings|war\s+chest|worth|valued)\b", re.IGNORECASE)
# the end of an item's label before a signed value ("- Change: +12%", "- Change: up 12%")
ITEM_VALUE_SIGN_RE = re.compile(r":\s*(?:[-+−–]|up\s|down\s)?\s*$", re.IGNORECASE)
# a fact box's label for the entity it describes ("- Group: Tehrik-e-Taliban Pakistan (TTP)")
ENTITY_LABEL_RE = re.compile(
    r"(?:\*\*)?(?:group|name|organi[sz]ation|entity|movement)(?:\*\*)?", re.IGNORECASE
)
# a list item line ("- ISKP: 4,000", "* 2021: 365", "• Deaths: 12")
ITEM_LINE_RE = re.compile(r"[ \t]*[-*•–—][ \t]+(?=\S)")
LIST_NUMBER_RE = re.compile(r"[0-9]{1,2}[.)][ \t]+")  # "2. " opening a numbered line
# an aside in parentheses that opens in lower case ("(including merged districts)"); a name in
# them ("(Balochistan)") is part of a label
PARENS_ASIDE_RE = re.compile(r"\s*\([a-z][^()\n]*\)")
# a label naming a group by its proper name ("Hafiz Gul Bahadur group", "Baloch Liberation Army (BLA)")
NAMED_GROUP_RE = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?i:group|faction|army|front|movement|party|brigade|lashkar"
    r"|organi[sz]ation|network|tehreek|tehrik|jaish)\b|\([A-Z]{2,6}\)"
    r"|\b(?:Lashkar|Jaish|Tehreek|Tehrik|Harkat|Hizb|Ansar|Jamaat|Jamiat|Jund)[-\s]"
)
# a label opening with an acronym ("BLA Attacks", "- NRF: 12"), a group outside the vocabulary
# unless the acronym is of a place or a body (cues.yaml)
LABEL_ACRONYM_RE = re.compile(r"[-*•\s]*([A-Z]{2,6})\b(?![’'.-])")
# an "of" that says whose people ("the militants of Jamaat Ansarullah") or what is left of a group
# ("What remains of the IMU now amounts to fewer than 100"): the name after it is no object
OWNER_OF_RE = re.compile(
    r"\b(?:militants|fighters|members|cadres|ranks|remnants?|remains|rest|left|operatives|commanders|leaders"
    r"|leadership)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# a group's name naming a sanctions instrument, not an actor ("the ISIL (Da'esh) and Al-Qaida list")
INSTRUMENT_AFTER_NAME_RE = re.compile(
    r"(?:\s+sanctions)?\s+(?:list|lists|sanctions|committee|designations?|listings?)\b", re.IGNORECASE
)
# a group named in a time expression ("since the Taliban's 2021 takeover"): an event, not an actor
EVENT_AFTER_NAME_RE = re.compile(
    r"[’']s\s+(?:(?:19|20)[0-9]{2}\s+)?(?:takeover|return|seizure|capture|victory|rise|fall|ouster|rule)\b",
    re.IGNORECASE,
)
# an official voice of a group ("Taliban police spokesman", "Taliban officials said", "the
# Taliban's provincial police chief put", "the Taliban administration's interior ministry said",
# "the Taliban-run health ministry said"), unless it speaks of itself ("says it collected")
OFFICIAL_AFTER_NAME_RE = re.compile(
    r"(?:[’']s)?(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+)){0,2}?\s+(?:spokes(?:man|woman|person)|officials?)\b"
    r"|(?:[’']s|-(?:run|led|appointed))?(?:\s+[a-z][\w-]*){0,2}?\s+(?:government|police|authorities|ministry"
    r"|command|department|administration|directorate|governor)[’']?s?(?:\s+[a-z][\w-]*){0,2}?\s+"
    r"(?:(?:chief|head|top|main|deputy)\s+)?"
    r"(?:spokes(?:man|woman|person)|officials?|said|says|told|put|puts|placed|estimated|reported|announced"
    r"|confirmed|stated)\b(?!\s+(?:that\s+)?(?:it|its|they|their)\b)"
)
# a group that states an estimate of someone else's figure ("the Taliban put the figure at")
PUTS_FIGURE_AFTER_NAME_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:put|puts|putting|place|places|placed|estimate|estimates|estimated)\s+"
    r"(?:the|its|their|this|that)\s+(?:figure|number|total|strength|estimate|toll|count)\s+at\b",
    re.IGNORECASE,
)
# the target of raids or strikes ("raids on", "strikes against the")
TARGET_AFTER_RE = re.compile(r"\s*(?:on|against|targeting)\s+(?:the\s+|suspected\s+)*", re.IGNORECASE)
# the founders after "founded ... by"
FOUNDERS_BEFORE_RE = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
FOUNDED_BY_RE = re.compile(r"\bby\b", re.IGNORECASE)
OBJECT_OF_BEFORE_RE = re.compile(r"\b(?:of|from|in|with|within|to)\s+(?:the\s+)?$", re.IGNORECASE)
# an operation against a group ("raids on", "a crackdown against", "raided")
OPERATION_ON_RE = re.compile(
    r"\b(?:raids?|operations?|crackdown|offensive|strikes?|sweeps?)\s+(?:on|against|targeting)\s+(?:the\s+)?$"
    r"|\braided\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CONFIDENCE_AFTER_RE = re.compile(
    r"\s*(?:CI\b|(?:confidence|credible)\s+(?:interval|level)s?\b)", re.IGNORECASE
)
# a sum paid to victims' families: "compensation of Rs 1 million", "$2,000 each in compensation"
COMPENSATION_BEFORE_RE = re.compile(
    r"\bcompensation\s+(?:of|worth|amounting\s+to|totalling|totaling)\s+(?:up\s+to\s+|about\s+)?$",
    re.IGNORECASE,
)
COMPENSATION_AFTER_RE = re.compile(r"\s*(?:each\s+)?(?:in|as)\s+compensation\b", re.IGNORECASE)
# a clause whose subject is a toll, not the attacks ("deaths in those attacks fell by", "and
# civilian casualties rose")
TOLL_CLAUSE_RE = re.compile(
    r"\s*(?:(?:and|but|while|whereas|though|although|yet)\s+)?(?:the\s+)?(?:number\s+of\s+)?"
    r"(?:[a-z-]+\s+)?(?:deaths|fatalities|casualties|killings|toll|injuries)\b",
    re.IGNORECASE,
)
# what the people counted are said to be: "250 are regarded as core members", "300 were believed
# to be foreign fighters"
PREDICATE_NOUN_AFTER_RE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:regarded|considered|described|counted|classed|"
    r"classified|seen|treated|thought|believed|assessed|judged|reckoned|reported)\s+(?:as|to\s+be)\s+",
    re.IGNORECASE,
)
# a part of a count named after it, or another count ("including 12", "31 of them"), not a year
SUBSET_BETWEEN_RE = re.compile(
    r"\b(?:including|incl\.|among\s+them|among\s+whom)\b|(?<![0-9])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]"
)
# a sentence opening with the figure just given, revised: "It was raised to 19", "It later rose to 21"
IT_REVISED_TO_RE = re.compile(
    r"\s*(?:it|the\s+(?:toll|figure|number|count|tally))\s+(?:(?:was|had\s+been|has\s+been)\s+)?"
    r"(?:later\s+|then\s+|subsequently\s+|quickly\s+)?(?:raised|revised|increased|lowered|reduced|updated|"
    r"rose|climbed|jumped|fell|dropped)\s+(?:upwards?\s+|downwards?\s+)?to\s+",
    re.IGNORECASE,
)
# the counts a change was taken between, after it: "fell by 71 per cent, from 334 to 97"
FROM_TO_BEFORE_RE = re.compile(r"[,;(]\s*from\s+(?:[0-9][0-9,]*\s+to\s+)?$", re.IGNORECASE)
INTERVAL_BEFORE_RE = re.compile(r"\b(?:CI|(?:confidence|credible)\s+intervals?)\b[^()\n.;]{0,30}$")
UNIT_SIZE_BEFORE_RE = re.compile(
    r"\b(?:cells|teams|squads|groups|units|bands|detachments)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|between\s+|as\s+few\s+as\s+)?$",
    re.IGNORECASE,
)
FACTOR_BEFORE_RE = re.compile(r"\bfactor\s+of\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
BODIES_AFTER_RE = re.compile(r"\s*(?:dead\s+)?(?:bodies|corpses)\b", re.IGNORECASE)
# people whom security forces killed: not deaths in attacks by a group
FORCES_RE = re.compile(
    r"\b(?:security\s+forces|forces|troops|army|soldiers|police|military|commandos|drones?|air\s*strikes?)\b",
    re.IGNORECASE,
)
# "... killed by security forces" after the people counted
BY_FORCES_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:security\s+forces|forces|troops|army|soldiers|police|military)\b",
    re.IGNORECASE,
)
# attacks proper (not raids or strikes, which a state also carries out)
ATTACK_NOUN_RE = re.compile(r"\b(?:attacks?|bombings?|assaults?|ambush(?:es)?)\b", re.IGNORECASE)
# people killed in operations ("killed dozens more in raids")
OPERATION_AFTER_RE = re.compile(
    r"\s*(?:more\s+|others\s+)?(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:raids?|operations?|clashes|crackdowns?|sweeps?)\b",
    re.IGNORECASE,
)
# a lower-case plural noun right after a number, closing its clause or before a conjunction, a
# relative or a verb ("two ceasefires and", "several delegations had"): what it counts
OTHER_PLURAL_END_RE = re.compile(
    r"\s*[a-z]{2,}[^s\W]s(?=\s*(?:[.,;:!?]|$)|\s+(?:and|or|that|which|had|have|has|were|are|including|since)\b)"
)
# a number written in digits or words (another count between a marker and this number)
ANY_NUMBER_RE = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|hundred|thousand|dozens?|several|few)\b",
    re.IGNORECASE,
)
# an attack introduced as a new event (indefinite or "another"), not the one already reported
NEW_EVENT_RE = re.compile(
    r"\b(?:an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blast|explosion|assault|ambush|raid)\b",
    re.IGNORECASE,
)
# a person spoken of before "was born" (a birth year is not a founding year)
PERSON_BEFORE_RE = re.compile(
    r"\b(?:emir|amir|leader|founder|chief|commander|spokes(?:man|woman|person)|deputy|head|he|she|his|her)\b",
    re.IGNORECASE,
)
# people held for ties to a group, or operations against it, named by a word referring back
# ("suspects tied to the movement", "operations against the group")
TIED_TO_ANAPHOR_RE = re.compile(
    r"\b(?:(?:tied|linked|connected|affiliated|ties|links|connections)\s+(?:to|with)|against)\s+"
    r"(?P<a>the\s+(?:group|movement|network|organi[sz]ation|outfit|faction))\b",
    re.IGNORECASE,
)
# the attack's claimant named in the sentence ("claimed by the Hafiz Gul Bahadur group")
CLAIMED_BY_RE = re.compile(
    r"\b(?:claimed|carried\s+out|perpetrated)\s+by\s+"
    r"(?:or\s+(?:attributed|linked)\s+to\s+)?"  # "claimed by or attributed to the group"
    r"(?P<who>[^.;,()\n]{2,60})",
    re.IGNORECASE,
)
# members of a body (a delegation, a council), not of the group's armed strength
_BODY = (
    r"(?:delegation|council|cabinet|government|committee|commission|negotiating\s+team|team|family"
    r"|families|parliament|board|shura|leadership\s+council|congress|senate|assembly|jirga)"
)
MEMBERS_OF_BODY_RE = re.compile(
    rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?{_BODY}\b", re.IGNORECASE
)
# ... or of a state's forces, whom a toll counts ("members of the Pakistani security forces")
MEMBERS_OF_FORCES_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:(?:security|armed|police|paramilitary)\s+forces|police"
    r"|army|military|Frontier\s+Corps|Levies)\b"
)
# ... or named by the body before them ("two Committee members", "the 15 Council members")
BODY_MEMBERS_RE = re.compile(rf"\b{_BODY}\s+members$", re.IGNORECASE)
# ... or before them, as their owner ("The Committee, whose 15 members decide by consensus")
BODY_WHOSE_BEFORE_RE = re.compile(rf"\b{_BODY}(?:['’]s|,\s+whose)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a price "on Sirajuddin Haqqani's head" is a bounty (cues.yaml names "on his head" and its kin)
PRICE_ON_HEAD_RE = re.compile(r"\bon\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\s+head\b")
# money spent on aid ("spending $12 million on earthquake relief") or put into it
SPENT_ON_AID_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?P<prep>on|in|into)\s+(?:[\w-]+\s+){0,2}(?:relief|aid|assistance|reconstruction"
    r"|welfare)\b",
    re.IGNORECASE,
)
# The measures whose subject is the group that acts (attacks, and the tolls of its attacks).
ACTOR_MEASURES = frozenset({"attacks", "attack_change_pct", "deaths", "injured"})
# A group named as what another is tied to ("a group linked to the Pakistani Taliban", "a front
# for the banned TTP") is not the one that acted, nor the one founded ("founded in 2023 as a front
# for the Pakistani Taliban").
TIED_NOT_SUBJECT_MEASURES = ACTOR_MEASURES | {"founded_year"}
_TIE_BEFORE_NAME = (
    r"\b(?:(?:linked|tied|connected|affiliated|allied|close|aligned)\s+(?:to|with)|(?:a\s+)?(?:front|offshoot|splinter)\s+(?:for|of))"
    r"\s+(?:the\s+)?(?:(?:banned|outlawed|proscribed)\s+)?"
)
LINKED_GROUP_BEFORE_RE = re.compile(_TIE_BEFORE_NAME + "$", re.IGNORECASE)
# ... or as the modifier of a front ("a TTP front"; but a group's splinter outside the vocabulary
# is read as the group's own: "Jaish-ul-Fursan, a TTP splinter ..., with roughly 150 members")
A_BEFORE_RE = re.compile(r"\ban?\s+$", re.IGNORECASE)
TIE_AFTER_NAME_RE = re.compile(r"\s+(?:front|proxy)\b", re.IGNORECASE)
OFFSHOOT_CLAIMS_AFTER_NAME_RE = re.compile(
    r"\s+(?:offshoot|splinter|breakaway)(?:\s+(?:group|faction|outfit))?\s+(?:claim(?:s|ed)?|says|said)\b",
    re.IGNORECASE,
)
# ... and its acronym in parentheses after it ("a front for the banned Tehreek-e-Taliban Pakistan (TTP)")
LINKED_ACRONYM_BEFORE_RE = re.compile(_TIE_BEFORE_NAME + r"[A-Z][^()\n,;]{0,60}\($", re.IGNORECASE)
# where the words a change applies to end ("(up 22 per cent on Q2), 241 killed": not the deaths)
CHANGE_OBJECT_CUT_RE = re.compile(r"[);]|,\s|\s+and\s+(?:its|their|the|a|an)\s+")
# between a count and the change in it given in parentheses: " attacks (up ", " (+"
APPOSED_CHANGE_GAP_RE = re.compile(
    r"[^\S\n]*(?:[A-Za-z][A-Za-z-]*[^\S\n]*){0,2},[^\S\n]+(?:an?|up|down)[^\S\n]+"
)
PAREN_CHANGE_GAP_RE = re.compile(
    r"[^\S\n]*(?:[A-Za-z][A-Za-z0-9-]*[^\S\n]*){0,2}\([^\S\n]*(?:up|down|[-+−–])?[^\S\n]*"
)
# between a list item's count of attacks and the next item giving its change ("298 (Q3: 251)" then
# "- Change on previous quarter: +", "- Year-on-year change: down ", "• Month-on-month: up ")
CHANGE_ITEM_GAP_RE = re.compile(
    r"(?:[^\S\n]*\([^()\n]*\)|[^()\n]*\))?[^\S\n]*\n[^\S\n]*[-*•]?[^\S\n]*[^:\n]{0,40}"
    rf"\b(?:change|{_PERIOD_ON_PERIOD}|[wmqy]/[wmqy])\b[^:\n]{{0,40}}:"
    r"[^\S\n]*(?:up|down|[-+−–])?[^\S\n]*",
    re.IGNORECASE,
)
# a place named in a list of the places most affected, just before its count in parentheses
# ("Most affected districts: Kurram (23), Mohmand (", "worst-hit provinces: Herat (")
_AFFECTED_PLACE = r"[A-Z][\w’'/-]*(?:[^\S\n]+(?:\([A-Z][\w’'/-]*\)|[A-Z][\w’'/-]*)){0,3}"
PLACES_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:districts|provinces|tehsils|areas|cities|towns|regions)[^\S\n]*:[^\S\n]*"
    rf"(?:{_AFFECTED_PLACE}[^\S\n]+\([0-9][0-9,]*\),[^\S\n]+)*{_AFFECTED_PLACE}[^\S\n]+\($"
)
# between a count of attacks and its change set in apposition after it, in the same clause
# ("1,812 operations during 2025, a ")
APPOSITIVE_CHANGE_GAP_RE = re.compile(
    r"(?:[^\S\n]+[A-Za-z-]+){1,3}(?:[^\S\n]+(?:in|during|over|for|since)[^\S\n]+[\w -]{1,25}?)?,[^\S\n]+an?[^\S\n]+"
)
# the sign written on a percentage ("-62%", "+31%")
SIGN_BEFORE_RE = re.compile(r"(?:^|[\s:(])([-+−–])$")
# a conversion's opening: "(about", "(approx.", "(or"
CONVERSION_GAP_RE = re.compile(
    # (after the sum's rate, if any: "PKR 180-220 million per month (approx. $640,000-$785,000)")
    r"^(?:\s+(?:(?:a|per|each|every)\s+(?:week|month|quarter|year)|weekly|monthly|annually|yearly)"
    r"|\s*/\s*(?:week|month|quarter|year))?"
    r"\s*\(\s*(?:(?:about|approximately|approx\.|around|roughly|some|c\.|~|or|i\.e\.,?|equivalent\s+to"
    r"|worth)\s*)?$",
    re.IGNORECASE,
)
# a sum restated in US dollars just after ("... a billion rupees a year. That is perhaps $3.5 million")
RESTATED_GAP_RE = re.compile(
    # (or ", or" closing the sum's clause: "PKR 160 million to PKR 210 million a month from
    # extortion ..., or roughly $570,000 to $750,000")
    r"^[^0-9.;\n]{0,100},\s+or\s+(?:about|approximately|roughly|around|some|nearly|almost|close\s+to|~)?\s*$"
    r"|^[^0-9.;\n]{0,40}[.;,:-]?\s*(?:that\s+is|that's|this\s+is|which\s+is|i\.e\.,?)\s+"
    r"(?:about|approximately|roughly|around|some|perhaps|nearly|almost|close\s+to|~)?\s*$",
    re.IGNORECASE,
)
# a year's account makes a sum a yearly one ("FY2024", "FY 1404", "for 1403, the Solar Hijri year",
# "for the same year")
FISCAL_YEAR_RE = re.compile(
    r"\bFY\s?(?:19|20|13|14)?[0-9]{2}\b|\b(?:fiscal|solar(?:\s+hijri)?|hijri|financial)\s+year\b"
    r"|\bfor\s+(?:the\s+(?:same\s+)?|that\s+)year\b|\bfor\s+1[34][0-9]{2}\b",
    re.IGNORECASE,
)
# "already known", "existing": the opposite of new
ALREADY_RE = re.compile(
    r"\balready\b|\bexisting\b|\bpreviously\s+(?:known|identified|reported)\b", re.IGNORECASE
)


# an aside describing a claimant just before its verb: ", a little-known group that ... ,"
CLAIMANT_ASIDE_RE = re.compile(r",\s+(?:a|an|the|which|who|whose|once|now|itself)\b[^,.;]*(?:,[^,.;]*)?,\s*$")


def _responsibility_claims(window: str) -> Iterator[str]:
    """The claims of responsibility in a window, each from the name that makes it: "ISKP
    claimed responsibility", "claimed by the TTP"."""
    done = 0
    for cue in RESPONSIBILITY_CUE_RE.finditer(window):
        if cue.group("label") or cue.group(0).startswith("claimed"):
            yield cue.group(0)
            done = cue.end()
            continue
        if cue.group("own"):
            # the sentence up to it, whose first group named (not as a tie) speaks of its own men
            head_lo = max(done, window.rfind(".", max(0, cue.start() - 250), cue.start()) + 1)
            if SAID_RE.search(window, head_lo, cue.start()):
                yield window[head_lo : cue.end()]
                done = cue.end()
            continue
        # "X claimed responsibility", "X claimed the attack": the name before the verb
        verb = RESPONSIBILITY_VERB_RE.search(window, max(done, cue.start() - 20), cue.start())
        if verb is None or CLAIMED_AS_ADJECTIVE_BEFORE_RE.search(
            window, max(0, verb.start() - 12), verb.start()
        ):
            continue  # ("TJP: 3 claimed attacks", "of the claimed attacks": a kind of attack, no claim)
        # "X, a little-known group that officials call a front for Y, claimed": X, before the aside
        name_end = verb.start()
        aside = CLAIMANT_ASIDE_RE.search(window, max(done, name_end - 200), name_end)
        if aside is not None:
            name_end = aside.start()
        # from the first capital after the last full stop or semicolon, within 80 characters
        head_lo = max(done, name_end - 80)
        stop = max(window.rfind(".", head_lo, name_end), window.rfind(";", head_lo, name_end))
        head_lo = max(head_lo, stop + 1)
        capital = CAPITAL_RE.search(window, head_lo, name_end)
        if capital is None:
            continue
        name_start = capital.start()
        # "the regional affiliate of the Islamic State group claimed": the words naming a province
        province = rules().province_before_re.search(window, max(head_lo, name_start - 40), name_start)
        if province is not None:
            name_start = province.start()
        yield window[name_start:name_end] + window[verb.start() : cue.end()]
        done = cue.end()


# How a prefix (`Rules.prefix`: "between", a currency, "half a", "a") can end, lower-cased and
# without the whitespace after it
PREFIX_ENDINGS = (
    "between",
    "a",
    "$",
    "£",
    "€",
    "₹",
    "usd",
    "dollar",
    "dollars",
    "rs",
    "rs.",
    "pkr",
    "afn",
    "gbp",
    "eur",
    "inr",
    "af",
    "afs",
)


def _named_as_tie(text: str, start: int, end: int) -> bool:
    """Whether the group named at text[start:end] is named only as what another is tied to ("a
    group linked to the Pakistani Taliban", "a front for the TTP", "a TTP front")."""
    return (
        LINKED_GROUP_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        or (
            text[start - 1 : start] == "("
            and LINKED_ACRONYM_BEFORE_RE.search(text, max(0, start - 110), start) is not None
        )
        or (
            A_BEFORE_RE.search(text, max(0, start - 4), start) is not None
            and TIE_AFTER_NAME_RE.match(text, end) is not None
        )
        # "Pakistani Taliban offshoot claims attack": another group's claim, as "an offshoot of
        # the TTP" (but "Islamic State offshoot" names the province, ISKP)
        or (
            OFFSHOOT_CLAIMS_AFTER_NAME_RE.match(text, end) is not None
            and subject_named(text, start, end) not in rules().shortening.values()
        )
    )


def _founding_word(text: str, lowered: str | None, p: int) -> tuple[re.Match[str], int] | None:
    """The last founding word within reach before the date at offset p, and where the date's own
    words start ("established in early 2015": at " in early"); `lowered` is text.lower() when that
    keeps every offset."""
    r = rules()
    lo = max(0, p - 45)
    tail = FOUNDING_TAIL_RE.search(text, lo + _tail(text[lo:p], 5), p)
    cut = tail.start() if tail else p
    if lowered is None:
        found = list(r.founding_re.finditer(text, max(0, cut - 70), cut))
    else:
        found = list(r.founding_lc.finditer(lowered, max(0, cut - 70), cut))
    return (found[-1], cut) if found else None


def _founding_gap(text: str, lowered: str | None, p: int) -> str | None:
    """The words between the last founding word before offset p and the date there ("" for
    "established in early 2015"), or None when no founding word stands within reach."""
    found = _founding_word(text, lowered, p)
    return text[found[0].end() : found[1]] if found else None


def _founding_word_ends_at(text: str, p: int) -> bool:
    """Whether a founding word ends just before the date at offset p ("founded in 1988")."""
    gap = _founding_gap(text, None, p)
    return gap is not None and not gap.strip()


def _claims_in_clause(sentence: str, mt: Mention) -> bool:
    """Whether the clause holding a mention, between semicolons, is a claim ("TTP claims attack",
    "claimed by BLF")."""
    end = sentence.find(";", mt.end)
    return (
        CLAIM_WORD_RE.search(
            sentence, sentence.rfind(";", 0, mt.start) + 1, len(sentence) if end < 0 else end
        )
        is not None
    )


def _claiming_group(claim: str) -> str | None:
    """The subject of the group a claim of responsibility names, unless it is named only as what the
    claimant is tied to ("claimed by a group linked to the Pakistani Taliban"), nor when it shares a
    count out among groups ("221 were claimed by the TTP, 9 to ISKP"): no one group made it."""
    if SHARED_CLAIM_RE.search(claim):
        return None
    for hit in rules().alias_re.finditer(claim):
        if not _named_as_tie(claim, hit.start(), hit.end()):
            return subject_named(claim, hit.start(), hit.end())
    return None


def _may_end_prefix(window: str) -> bool:
    """Whether a prefix may end a window: False only where `Rules.prefix` finds nothing that
    starts before the window's end. Exact for ASCII (where ignoring case is lower-casing); any other
    text may; so may a window ending with a line break, before which `$` matches too."""
    if not window.isascii() or window.endswith("\n"):
        return True
    return window.rstrip().lower().endswith(PREFIX_ENDINGS)


def _founded_object(between: str) -> str | None:
    """The group named as what was founded, between the founding word and its year ("who founded
    al-Qaeda in 1988"): the words are one name of a subject and nothing else."""
    words = between.strip()
    if words[:3].lower() == "of ":
        words = words[3:]  # "the formation of the Khorasan Province"
    if words[:4].lower() == "the ":
        words = words[4:]
    if not words or len(words) > 60:
        return None
    hits = find_aliases(words, same_length_lower(words))
    if len(hits) == 1 and hits[0] == (0, len(words)):
        return alias_to_subject(words)
    return None


def _plain_victims(phrase: str) -> str:
    """Who was killed or injured, as the counted phrase names them ("U.S. troops" -> "US troops"),
    without the quotation marks a quoted phrase opens with."""
    return UK_RE.sub("UK", US_RE.sub("US", phrase.lstrip("\"“'‘")))


def _label_source(label: str) -> re.Match[str] | None:
    """The source that ends a label, just before its colon: in parentheses or brackets ("ISKP
    fighters (source: UN Monitoring Team):", "Persons detained [Taliban claim]:") or after a
    comma ("ISKP suspects detained, per the IEA's intelligence directorate:")."""
    if not label.endswith(("):", "]:")):
        return PER_SOURCE_BEFORE_COLON_RE.search(label, max(0, len(label) - 120))
    return PAREN_BEFORE_COLON_RE.search(label, max(0, len(label) - 120))


def _source_before(sentence: str, sj: int) -> re.Match[str] | None:
    """The source ending the label whose colon stands before offset sj of a sentence ("- Persons
    detained [Taliban claim]: 140"), offsets in the sentence; None without a label or source."""
    return _label_source(sentence[: sentence.rfind(":", 0, sj) + 1])


def _next_paren_item(text: str, prev_end: int, start: int, right: str) -> bool:
    """Whether the number at `start`, with `right` after it, is the next item of a list of names
    with counts in parentheses whose item before ends at `prev_end` ("Bannu (14 attacks), Lakki
    Marwat (9)")."""
    return PAREN_SIBLING_GAP_RE.fullmatch(text, prev_end, start) is not None and bool(
        PAREN_CLOSE_AFTER_RE.match(right)
    )


def _next_named_item(text: str, prev_start: int, prev_end: int, start: int, right: str) -> bool:
    """Whether the number at `start`, with `right` after it, is the next item of a list of names
    and numbers whose item before is the number at prev_start:prev_end ("South Waziristan 71,
    Mohmand 38 and Chitral 9")."""
    return (
        NAMED_SIBLING_GAP_RE.fullmatch(text, prev_end, start) is not None
        and ITEM_NUMBER_END_RE.match(right) is not None
        and NAMED_ITEM_BEFORE_RE.search(text, max(0, prev_start - 50), prev_start) is not None
    )


def _parallel_next(text: str, prev_end: int, start: int, right: str) -> bool:
    """Whether the number at `start` is joined by "and" to the one ending at prev_end, with the
    same word after both ("1,106 linked to TTP and 213 linked to ISKP")."""
    gap = PARALLEL_GAP_RE.fullmatch(text, prev_end, start)
    if gap is None or not right[:1].isspace():
        return False
    word = gap.group("w")
    rest = right.lstrip(" \t")
    return rest.startswith(word) and not rest[len(word) : len(word) + 1].isalnum()


def _place_item(text: str, start: int, end: int, before: re.Pattern[str]) -> bool:
    """Whether the number at text[start:end] is an item of a list of places and their counts: with
    `before` (a place's name, perhaps after a colon) ending at it on its line, and another item after
    it (the cheaper test first)."""
    if NAMED_ITEM_NEXT_RE.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return before.search(text, max(line_start, start - 90), start) is not None


def _next_list_item(text: str, prev_start: int, prev_end: int, start: int, right: str) -> bool:
    """Whether the number at `start` is the next item of a list of counts whose item before is the
    number at prev_start:prev_end: in parentheses, of names and numbers, or joined by "and" with
    the same word after both."""
    return (
        _next_paren_item(text, prev_end, start, right)
        or _next_named_item(text, prev_start, prev_end, start, right)
        or _parallel_next(text, prev_end, start, right)
    )


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] stands alone in quotation marks ('"dozens of"')."""
    return start > 0 and text[start - 1 : start] in ('"', "“") and text[end : end + 1] in ('"', "”")


def _unquoted(text: str) -> str:
    """text with its quoted phrases blanked: words a party is quoted using block nothing."""
    return QUOTED_PHRASE_RE.sub(lambda m: " " * len(m.group(0)), text) if '"' in text or "“" in text else text


def _clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence around the words at start:end, between the clause cuts (a
    semicolon, ", and", ...) before and after them."""
    lo = max((m.end() for m in CLAUSE_CUT_RE.finditer(sentence, 0, start)), default=0)
    cut = CLAUSE_CUT_RE.search(sentence, end)
    return lo, cut.start() if cut is not None else len(sentence)


def _iso_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _of_them(sentence: str, sk: int, right: str) -> bool:
    """Whether "of them" (these, those, which, whom) follows a number, after it or as the last word
    of its own vague wording ("a few dozen of them")."""
    return THEM_AFTER_RE.match(right) is not None or (
        sentence.endswith("of", 0, sk) and THEM_AFTER_RE.match(sentence, sk - 2) is not None
    )


def _all_camps(left: str, right: str) -> bool:
    """Whether a count of camps next to new ones counts them all, old and new ("in addition to
    the 8 already known"; "four new camps, bringing to 16 the number it runs")."""
    return bool(ALREADY_RE.search(right[:40]) or TOTAL_LINK_BEFORE_RE.search(left, _tail(left, 6)))


def _of_in_wording(c: Candidate) -> bool:
    """Whether a vague quantity's own wording ends with the "of" of a partitive ("several of",
    "thousands of"): what it counts follows directly."""
    return c.vague and c.number_text.endswith("of")


def _sentence_end_in(label: str) -> bool:
    """Whether a label holds a full stop that ends a sentence (not "incl. Turbat")."""
    at = label.find(". ")
    while at >= 0:
        if not abbreviated(label, at):
            return True
        at = label.find(". ", at + 1)
    return False


def _content_words(label: str) -> int:
    """How many words a label has besides its joining words ("Punjab, Sindh and Islamabad": 3)."""
    return sum(1 for w in label.split() if w.lower() not in ("and", "&", "of", "the"))


def _tail(s: str, n: int) -> int:
    """The offset in s where its last n whitespace-separated words start (0 if it has fewer).

    A pattern anchored at the end of s ("... paragraph $") can only match from there, so a search
    from this offset gives the same match without trying every earlier position.
    """
    parts = s.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


# (compiled once: the subject and measure tests run for every figure)
_OF_OPEN_RE = re.compile(r"^\s*of\b", re.IGNORECASE)
_DEATH_WORD_RE = re.compile(r"\b(?:deaths|killed|casualties|fatalities)\b", re.IGNORECASE)
_OWN_ATTACKS_AFTER_RE = re.compile(r"^[’']?s?\s*(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?)\b", re.IGNORECASE)
_ATTACKS_BY_BEFORE_RE = re.compile(
    r"\b(?:attacks?|bombings?)\s+(?:claimed\s+)?by\s+(?:the\s+)?$", re.IGNORECASE
)
_AGAINST_WORD_RE = re.compile(r"\b(?:against|on|targeting)\b", re.IGNORECASE)
# a verb of doing or of tallying anywhere before a count of operations ("ISPR reported 2,300")
OPERATIONS_TALLIED_RE = re.compile(
    rf"\b(?:{_DOING_VERBS}|announced|reported|recorded|counted)\b", re.IGNORECASE
)
PRONOUN_TARGET_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\b(?:against|on|targeting)\s+(?:it|them|the\s+group|its|their|his|her)\b", re.IGNORECASE
)
_AGAINST_BEFORE_RE = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)
_TIE_NOUNS = r"ties|links|connections|affiliation|membership"
_TIES_AFTER_NAME_RE = re.compile(rf"\s+(?:{_TIE_NOUNS})\b", re.IGNORECASE)  # "with alleged TTP links"
_TIES_WORD_RE = re.compile(rf"\b(?:{_TIE_NOUNS}|belonging|loyalty)\b|\bsuspected\b", re.IGNORECASE)


@dataclass
class _ClaimScan:
    """A sentence's attributions: "according to" (end, who), "estimated by" (start, who), and the
    attribution verbs (start, lower-cased word)."""

    according: list[tuple[int, str]]
    by_agent: list[tuple[int, str]]
    verbs: list[tuple[int, str]]
    verb_who: dict[int, str | None] = field(default_factory=dict)  # by verb start, once computed


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
    tokens = [t for t in WORD_SPLIT_RE.split(text.lower()) if t]
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
        elif tok == "point" and seen:
            decimals = ""
            while i + 1 < len(tokens) and r.units.get(tokens[i + 1], 10) < 10:
                i += 1
                decimals += str(r.units[tokens[i]])
            current += float(f"0.{decimals}") if decimals else 0.0
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
    if t.lower() == "a":
        return 1.0  # "a thousand", "a dozen": the article before a scale word is one
    return parse_words(t, r)


def scale_of(text: str | None, r: Rules) -> float:
    if not text:
        return 1.0
    out = 1.0
    for tok in text.strip().lower().split():
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
    for tok in reversed(WORD_SPLIT_RE.split((text or "").strip().lower())):
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
        p = "".join(p.split())
        if "$" in p or "dollar" in p or p == "usd":
            return "USD"
        for key, code in CURRENCY_CODES.items():
            if p.startswith(key) or p.endswith(key):
                return code
    return None


# ---------------------------------------------------------------------------------- extraction

# A verb after a counted noun with no auxiliary ("90 TTP members detained in Kapisa"): a participle
# that may describe the people rather than say what befell them
BARE_PARTICIPLE_AFTER_RE = re.compile(
    r"(?!.*\b(?:were|was|are|is|had|have|has|been|being)\b)[\"”]?\s*[A-Za-z][\w.'’-]*[\"”]?\s.*\b\w+ed$",
    re.IGNORECASE | re.DOTALL,
)
# Between a verb and a number that is its object: at most two words, none a conjunction
# ("released nearly 90", "arrested a further 12"; but "were killed and 23 others injured")
VERB_OBJECT_GAP_RE = re.compile(r"\s*(?:(?!(?:and|or|but|while|whereas|with|as|than)\s)[a-z]+\s+){0,2}")


class _Extractor:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.r = rules()
        self.structure = Structure(self.text)
        self.body_end = self.structure.body_end
        self.lowered = same_length_lower(self.text)
        self.doc_date: date | None = document.published or infer_document_date(self.text, self.lowered)
        self.figures: list[Figure] = []
        self.last_money: tuple[int, Figure] | None = None
        self._sentence_cache: dict[tuple[int, int], list[Mention]] = {}
        self._mentions_cache: dict[tuple[int, int], list[Mention]] = {}
        self._date_cache: dict[str, list[DateHit]] = {}
        self._place_cache: dict[str, tuple[list[tuple[int, str]], set[str]]] = {}
        self._sentence_figures: dict[tuple[int, int], list[tuple[int, Figure]]] = {}
        self._claim_cache: dict[str, _ClaimScan] = {}
        self._fallback_period_cache: dict[str, Period | None] = {}
        self._quote_cache: dict[str, str] = {}
        self._continues_cache: dict[str, bool] = {}
        self._claimed_cache: dict[int, list[str | None]] = {}
        self._aggregate_cache: dict[str, bool] = {}
        self._clean_cache: dict[str, str | None] = {}
        self._classify_cache: dict[tuple[str, bool], str | None] = {}
        self._claimant_cache: dict[tuple[str, int, int], tuple[str | None, str | None]] = {}
        self._marks_cache: dict[str, list[tuple[int, int]]] = {}
        self._label_cache: dict[int, tuple[int, int, bool] | None] = {}
        self._link_subject: str | None = None
        self._link_victims: str | None = None
        self._heading_cache: dict[int, str | None] = {}
        self._recut_end: int | None = None

    # ----------------------------------------------------------- mentions of subjects
    def _spans(
        self, lower_re: re.Pattern[str], any_case_re: re.Pattern[str], lo: int, hi: int
    ) -> list[tuple[int, int]]:
        """Matches of a word list in text[lo:hi]: on the lower-cased text when there is one."""
        if self.lowered is not None:
            return [(m.start(), m.end()) for m in lower_re.finditer(self.lowered, lo, hi)]
        return [(m.start(), m.end()) for m in any_case_re.finditer(self.text, lo, hi)]

    def _named_in(self, subject: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names a subject (by an alias, or by "the group" referring to it).

        A reference back ("the group") resolves to a name in the same span, so the names decide.
        """
        lo = max(0, lo)
        text = self.text
        # the nearest stretch first: a name is usually close by
        near = max(lo, hi - 500)
        for a, b in ((near, hi), (lo, min(hi, near + 50))):  # overlapping: no name falls between
            if a < b and any(
                subject_named(text, s, e) == subject for s, e in find_aliases(text, self.lowered, a, b)
            ):
                return True
        return False

    def mentions(self, lo: int, hi: int) -> list[Mention]:
        """Subjects named (or referred back to) in text[lo:hi], in order."""
        lo = max(0, lo)
        cached = self._mentions_cache.get((lo, hi))
        if cached is not None:
            return cached
        out: list[Mention] = []
        text = self.text
        r = self.r
        lo = max(0, lo)
        last_by_subject: dict[str, int] = {}
        for a_start, a_end in find_aliases(text, self.lowered, lo, hi):
            name = text[a_start:a_end]
            subject = subject_named(text, a_start, a_end)
            if subject is not None:
                short = r.shortening.get(subject)
                if short and (
                    last_by_subject.get(short, -(10**9)) > a_start - 3000
                    or self._headline_made_precise(short, a_start)
                ):
                    before = text[max(0, a_start - 20) : a_start].lower()
                    # ("the core of ISIL", "central", "the core Islamic State")
                    if "core of" not in before and "central" not in before and not before.endswith("core "):
                        subject = short
                last_by_subject[subject] = a_start
            out.append(Mention(a_start, a_end, subject, name, self._demoted(text, a_start)))
        for w_start, w_end in self._spans(r.anaphora_lc, r.anaphora_re, lo, hi):
            word = text[w_start:w_end].lower()
            if word == "its":
                continue
            head = word.split()[-1]
            resolved = None
            for prev in reversed(out):
                if prev.start >= w_start or prev.subject is None or prev.text.lower().startswith("the "):
                    continue
                if prev.start < w_start - 3000:
                    break
                if head in ("network", "movement") and head not in prev.text.lower():
                    continue
                if OFFICIAL_AFTER_NAME_RE.match(text, prev.end, prev.end + 60) or self._modifies_noun(
                    text, prev
                ):
                    continue  # "Taliban officials insist ... The group's strength": not the officials
                if STATE_NAME_RE.search(prev.text):
                    continue  # "the de facto Ministry of Interior ... operations against the group": a state
                resolved = prev.subject
                break
            if resolved:
                out.append(Mention(w_start, w_end, resolved, text[w_start:w_end], False))
        for g_start, g_end in self._spans(r.aggregate_lc, r.aggregate_re, lo, hi):
            out.append(Mention(g_start, g_end, "militant_groups", text[g_start:g_end], False))
        out.sort(key=lambda x: x.start)
        self._mentions_cache[(lo, hi)] = out
        return out

    def _demoted(self, text: str, a_start: int) -> bool:
        """Whether the name at a_start is the object of a preposition ("operations against the
        TTP"), not an actor; not so after an "of" that says whose ("the Tajik militants of Jamaat
        Ansarullah") or of how many ("hundreds of TTP cadres walked free")."""
        return (
            self._after_preposition(text, a_start)
            and not OWNER_OF_RE.search(text, max(0, a_start - 40), a_start)
            and not PARTITIVE_OF_BEFORE_RE.search(text, max(0, a_start - 30), a_start)
        )

    def _after_preposition(self, text: str, start: int) -> bool:
        """Whether the words just before offset start end in a preposition that makes what
        follows its object ("against the", "on")."""
        lo = max(0, start - 25)
        return self.r.object_prep_re.search(text, lo + _tail(text[lo:start], 2), start) is not None

    def _sentence_mentions(self, block: Block, ss: int, sentence: str) -> list[Mention]:
        """The subjects a sentence names, once per sentence (numbers in it share them)."""
        key = (block.pieces[0][1], ss)
        cached = self._sentence_cache.get(key)
        if cached is not None:
            return cached
        r = self.r
        ments: list[Mention] = []
        lowered = same_length_lower(sentence)
        aliases = find_aliases(sentence, lowered)
        events: list[tuple[int, int]] = []
        if not aliases:
            pass  # (the events matter only to a name)
        elif lowered is None:
            events = [(a.start(), a.end()) for a in r.anchors_re.finditer(sentence)]
        else:
            events = [(a.start(), a.end()) for a in r.anchors_lc.finditer(lowered)]
        for a_start, a_end in aliases:
            if events and any(s <= a_start < e for s, e in events):
                continue  # "since the Taliban takeover" names an event, not an actor
            if EVENT_AFTER_NAME_RE.match(sentence, a_end):
                continue  # "since the Taliban's 2021 takeover": an event too
            if INSTRUMENT_AFTER_NAME_RE.match(sentence, a_end):
                continue  # "added to the Al-Qaida list", "the 1988 Taliban Sanctions Committee"
            name = sentence[a_start:a_end]
            subject = subject_named(sentence, a_start, a_end)
            ments.append(Mention(a_start, a_end, subject, name, self._demoted(sentence, a_start)))
        # the generic name of a parent read as the province named just before
        if ments:
            doc_pos = block.to_doc(ss)
            for mt in ments:
                short = r.shortening.get(mt.subject or "")
                if short and (
                    # (named before it, or in parentheses after it: "Daesh (ISKP)")
                    any(
                        x.subject == short and (x.start < mt.start or sentence[mt.end : x.start] == " (")
                        for x in ments
                    )
                    or self._named_in(short, doc_pos - 3000, doc_pos)
                    or self._headline_made_precise(short, doc_pos)
                ):
                    low = sentence[max(0, mt.start - 20) : mt.start].lower()
                    if (
                        "core of" not in low
                        and not low.endswith("core ")
                        and not mt.text.lower().endswith(("core", "central"))
                    ):
                        mt.subject = short
        self._sentence_cache[key] = ments
        return ments

    def _as_province_named_before(self, subject: str | None, pos: int) -> str | None:
        """A claiming group's subject, read as the province its generic name stands for when the
        province was named shortly before ("IS-Khorasan ... In its statement, the Islamic State
        said one of its fighters had targeted ...")."""
        short = self.r.shortening.get(subject or "")
        return short if short and self._named_in(short, pos - 3000, pos) else subject

    def _headline_made_precise(self, short: str, pos: int) -> bool:
        """Whether pos is in the document's first line (its headline), which names the story's
        subject by the generic name ("Islamic State claims attack"), and the story's body names the
        province `short` the name stands for."""
        first = self.text.find("\n")
        in_headline = pos < (len(self.text) if first < 0 else first)
        return in_headline and self._named_in(short, pos, self.body_end)

    # ----------------------------------------------------------- lists and labels
    def _line_of(self, pos: int) -> tuple[int, int]:
        text = self.text
        s = text.rfind("\n", 0, pos) + 1
        e = text.find("\n", pos)
        return s, (len(text) if e < 0 else e)

    def _line_label(self, pos: int) -> tuple[int, int, bool] | None:
        """(label start, colon, whether the line is a list item) when the number at pos follows a
        label on its line ("- TTP fighters: 2,500", "Coverage: 34 provinces")."""
        found = self._label_span(*self._line_of(pos))
        if found is None or pos <= found[1]:
            return None
        if not found[2] and pos - found[1] > 16 and not LABEL_VALUE_RE.match(self.text, found[1] + 1):
            # "Update: the group has 500 fighters": a sentence after a tag, not a row's value (as
            # in "Kurram: 298 attacks (up 22% on Q3)")
            return None
        if UPDATE_STAMP_RE.search(self.text, found[0], found[1]):
            return None  # "**EDIT (09:15 GMT):** Toll now 15": a story's update stamp, whose line is prose
        return found

    def _label_says(self, pos: int, words: re.Pattern[str]) -> bool:
        """Whether the number at pos is the value of a label holding `words`: what security forces
        did to militants ("- Khwarij neutralised, January: 143"), or a ratio ("- Median deaths per
        confirmed attack: 1")."""
        label = self._line_label(pos)
        return label is not None and words.search(self.text, label[0], label[1]) is not None

    def _broken_down(self, label: tuple[int, int, bool] | None) -> Figure | None:
        """The count a line breaks down, given the line's label (`_line_label`): the last count
        given on the lines just above, past a change in it ("- Militant attacks, Q4: 412",
        "- Change: +12%", then "- By province: Khyber Pakhtunkhwa 288 | Balochistan 109")."""
        if label is None or not BREAKDOWN_LABEL_RE.match(self.text, label[0], label[1]):
            return None
        above = sorted((f for f in self.figures if 0 < label[0] - f.end <= 300), key=lambda f: f.end)
        for fig in reversed(above):
            if fig.measure in BREAKDOWN_MEASURES:
                return fig
            if fig.unit != "percent":
                return None
        return None

    def _in_item_label(self, pos: int) -> bool:
        """Whether offset pos lies in a list item's label, before its colon."""
        found = self._label_span(*self._line_of(pos))
        return found is not None and found[2] and pos < found[1]

    def _label_span(self, ls: int, le: int) -> tuple[int, int, bool] | None:
        """(label start, colon, whether the line is a list item) of the line text[ls:le], if it opens
        with a label: the text from the line's start (after a list mark or number) to the first
        colon, short and holding no sentence end; once a line."""
        if ls in self._label_cache:
            return self._label_cache[ls]
        text = self.text
        item = ITEM_LINE_RE.match(text, ls, le)
        body = item.end() if item else ls
        while body < le and text[body] in " \t":
            body += 1
        numbered = None if item else LIST_NUMBER_RE.match(text, body, le)
        body = numbered.end() if numbered else body  # "2. Suicide attacks, Pakistan: 9"
        run = item is None and numbered is None and self._in_label_run(ls, le)
        limit = 90 if item or run else 40
        colon = text.find(":", body, min(le, body + limit))
        if colon < 0 and not (item or run):
            # a short label's aside in parentheses does not count against its length
            # ("1. Khyber Pakhtunkhwa (including merged districts): 201")
            colon = text.find(":", body, min(le, body + 90))
            if colon > 0 and len(PARENS_ASIDE_RE.sub("", text[body:colon])) > limit:
                colon = -1
        while colon > 0 and text.count("(", body, colon) > text.count(")", body, colon):
            # "(source: UN Monitoring Team)": a colon inside parentheses; their words do not count
            # against the label's length
            close = text.find(")", colon, le)
            limit += close - colon if close > 0 else 0
            colon = text.find(":", colon + 1, min(le, body + limit))
        found = None
        if colon > body and text[colon + 1 : colon + 2] in (" ", "\t", ""):
            label = text[body:colon]
            if (
                label[:1].isalnum()
                and not _sentence_end_in(label)
                and (item or run or _content_words(PARENS_ASIDE_RE.sub("", label)) <= 3)
            ):
                # (a numbered label is short); a line labelled by its period alone ("Q1 2025: 214"),
                # indented under the row above ("   North Waziristan: 96"), or one of a run of
                # labelled values without list marks, is a row of the list too
                row = item or numbered or run or body > ls or PERIOD_LABEL_RE.fullmatch(label)
                found = (body, colon, bool(row))
        self._label_cache[ls] = found
        return found

    def _in_label_run(self, ls: int, le: int) -> bool:
        """Whether the line text[ls:le] gives a labelled value, as the line next to it does or under
        a banner heading: a list whose rows carry no marks ("=== ISKP ===" then "Strength (UN
        Monitoring Team, July 2025 report): about 2,000" then "Arrested in Pakistan: 87")."""
        text = self.text
        if not LABEL_ROW_RE.match(text, ls, le):
            return False
        above = line_before(text, ls)
        if above is not None and (LABEL_ROW_RE.match(text, *above) or SECTION_HEADING_RE.match(text, *above)):
            return True
        below = line_after(text, le)
        return below is not None and LABEL_ROW_RE.match(text, *below) is not None

    def _heading(self, pos: int) -> str | None:
        """The heading of the list holding the line at pos: the nearest line above it that is not a
        list item, a row labelled by its period or an indented row (a heading, or the sentence
        that introduces the list); it scopes the items up to the next heading."""
        ls, _le = self._line_of(pos)
        if ls in self._heading_cache:
            return self._heading_cache[ls]
        text = self.text
        found: str | None = None
        indented = text[ls : ls + 1] in " \t"
        at = line_before(text, ls)
        for _ in range(80):
            if at is None:
                break
            s, e = at
            line = text[s:e]
            if indented and line[:1] not in " \t" and line.rstrip().endswith(":"):
                # an item that opens a nested list heads its indented items ("- Districts with
                # the most attacks:" then "  - Lower Dir: 11")
                found = ITEM_LINE_RE.sub("", line, count=1).strip()
                break
            if (
                line.strip()
                and not ITEM_LINE_RE.match(line)
                and not PERIOD_ROW_RE.match(line)
                and not (line[:1] in " \t" and self._label_span(s, e))  # an indented row
                and not (  # a numbered row ("2. Balochistan: 94")
                    LIST_NUMBER_RE.match(line)
                    and (span := self._label_span(s, e)) is not None
                    and LABEL_VALUE_RE.match(text, span[1] + 1)
                )
                # a row of a list without marks (but an indented row's parent row heads it)
                and not ((not indented or line[:1] in " \t") and self._in_label_run(s, e))
                and not ("|" in line and PIPE_LINE_RE.fullmatch(line))  # a table's row: its caption heads it
            ):
                st = line.strip()
                if len(st) <= 300:
                    found = st
                break
            at = line_before(text, s)
        self._heading_cache[ls] = found
        return found

    def _heading_measure(self, pos: int) -> str | None:
        """The measure a list's heading names ("ISKP ATTACKS (by year)", "STRENGTH (fighters)")."""
        heading = self._heading(pos)
        if not heading:
            return None
        return self._lead_noun_in(heading.split(";")[0])

    def _place_list_whole(self, start: int, end: int) -> Figure | None:
        """The count a list of places and their counts breaks down, the one count of its kind given
        before it on its line ("- Khyber Pakhtunkhwa: 164 attacks (+22% q/q). North Waziristan 49;
        South Waziristan 27")."""
        if not _place_item(self.text, start, end, NAMED_ITEM_BEFORE_RE):
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        counts = [
            fig
            for fig in self.figures[-6:]
            if fig.start >= line_start and fig.unit in COUNT_UNITS and fig.measure in BREAKDOWN_MEASURES
        ]
        # (after two counts, "124 attacks, 161 killed; Nushki 11, Kharan 8", the places' counts
        # may be either)
        return counts[-1] if counts and all(fig.measure == counts[-1].measure for fig in counts) else None

    def _opens_place_list(self, start: int, end: int) -> bool:
        """Whether the number at start:end is the first item of a list of places and their counts
        opened by a colon on its line ("(attacks): North Waziristan 58; South Waziristan 41")."""
        return _place_item(self.text, start, end, COLON_ITEM_BEFORE_RE)

    def _heading_subject(self, pos: int, measure: str) -> str | None:
        heading = self._heading(pos)
        return self._named_subject(heading, measure) if heading else None

    def _named_subject(self, text: str, measure: str) -> str | None:
        """The first subject a short text names that may carry the measure."""
        for s, e in find_aliases(text, same_length_lower(text)):
            subject = subject_named(text, s, e)
            if self._eligible(subject, measure):
                return subject
        return None

    def _label_fallback(self, pos: int, measure: str, label: tuple[int, int, bool]) -> str | None:
        """The subject of a number after a label naming no group: never a group from the lines
        above. A label naming a group outside the vocabulary gives none; else the list's heading
        names it; else it is the aggregate (for the aggregate's measures)."""
        body, colon, item = label
        words = self.text[body:colon]
        if NAMED_GROUP_RE.search(words) and not self.r.aggregate_re.search(words):
            return None
        acronym = LABEL_ACRONYM_RE.match(words)
        if acronym is not None and acronym.group(1) not in self.r.not_group_acronyms:
            return None
        last = self._last_figure
        if THOSE_RE.search(words) and last is not None and self._eligible(last.subject, measure):
            return last.subject  # "- Deaths in those attacks: 38": the attacks of the item above
        if item:
            subject = (
                self._item_named_group(pos, measure)
                or self._list_claim(pos, measure)
                or self._heading_subject(pos, measure)
            )
            if subject is not None:
                return subject
        return "militant_groups" if self._eligible("militant_groups", measure) else None

    def _list_claim(self, pos: int, measure: str) -> str | None:
        """For a toll or a count of attacks in a list, the group a claim among the list's items
        names ("- Toll (latest): 17 killed, 42 injured" then "- Claim: Tehreek-e-Jihad Pakistan
        (TJP); TTP denies"), as a fact box gives it."""
        if measure not in ("deaths", "injured", "attacks"):
            return None
        text = self.text
        lo, hi = self._line_of(pos)
        for _ in range(12):  # (the list's items above, then below)
            above = line_before(text, lo)
            if above is None or not ITEM_LINE_RE.match(text, *above):
                break
            lo = above[0]
        for _ in range(12):
            below = line_after(text, hi)
            if below is None or not ITEM_LINE_RE.match(text, *below):
                break
            hi = below[1]
        for cue in RESPONSIBILITY_CUE_RE.finditer(text, lo, hi):
            # (an item of its own, not a count's part: "- Lakki Marwat: 44 (of which claimed by TTP: 29)")
            subject = _claiming_group(cue.group(0)) if cue.group("label") else None
            if subject is not None and self._eligible(subject, measure):
                return subject
        return None

    def _item_named_group(self, pos: int, measure: str) -> str | None:
        """The group an item above in the same list names as the list's own ("- Group: Tehrik-e-
        Taliban Pakistan (TTP)" then "- Strength: 6,000-6,500"), as a fact box does."""
        text = self.text
        ls, _le = self._line_of(pos)
        for _ in range(12):
            above = line_before(text, ls)
            if above is None or not ITEM_LINE_RE.match(text, *above):
                return None  # the list's first item is passed
            label = self._label_span(*above)
            if label is not None and ENTITY_LABEL_RE.fullmatch(text, label[0], label[1]):
                return self._named_subject(text[label[1] + 1 : above[1]], measure)
            ls = above[0]
        return None

    # ----------------------------------------------------------- main loop
    def run(self) -> list[Figure]:
        text = self.text
        r = self.r
        quantity, prefix = r.quantity, r.prefix
        body_end = self.body_end
        covered = -1
        lowered = self.lowered
        hint = r.prefix_hint
        for p, word in self._anchors(lowered):
            if p < covered:
                continue
            if p and text[p - 1].isalpha() and not text[p].isdigit():
                continue  # inside a word
            m = None
            if not word and text.startswith("<sup>", p - 5):
                # a footnote marker: nothing up to its closing tag is a figure
                close = text.find("</sup>", p, p + 40)
                if close >= 0:
                    covered = close
                    continue
            # a prefix ("between", a currency sign, "half a") can open the quantity before p
            if (word or lowered is None or hint.search(lowered, max(0, p - 24), p)) and _may_end_prefix(
                text[max(0, p - 24) : p]
            ):
                pm = prefix.search(text, max(0, p - 24), p)
                if pm is not None and pm.start() < p:
                    m = quantity.match(text, pm.start(), body_end)
                    if m is not None and m.end() <= p:
                        m = None
            if m is None:
                m = quantity.match(text, p, body_end)
            if m is None or m.end() <= p:
                continue
            covered = m.end()
            if (
                not word
                and m.end() - p == 4
                and m.start() == p
                and text[p : p + 4].isdigit()
                and 1000 <= int(text[p : p + 4]) <= 2100
                and not self._founding_before(p)
                and not self._counts_noun(p, p + 4)
            ):
                continue  # a year, which is a figure only as a founding year
            try:
                self._recut_end = None
                self._candidate(m)
                if self._recut_end is not None:
                    covered = self._recut_end
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

    def _counts_noun(self, start: int, end: int) -> bool:
        """Whether a year-like number counts the plural noun after it ("has 2000 fighters"); after
        an article, a preposition of time, a month or a possessive it is a year ("the 2021 attacks",
        "in 2000 militants", "an August 2020 attack")."""
        before = self.text[max(0, start - 30) : start]
        if YEAR_CONTEXT_BEFORE_RE.search(before, _tail(before, 1)) or MONTH_BEFORE_RE.search(
            before, _tail(before, 1)
        ):
            return False
        family, _end, phrase = self._head_noun(self.text[end : end + 60])
        return family not in (None, "non", "victims", "groups") and phrase.endswith("s")

    def _founding_before(self, p: int) -> bool:
        """Whether a founding word ends just before offset p ("established in early 2015"), as
        `_founding` requires of a founding year."""
        gap = _founding_gap(self.text, self.lowered, p)
        return gap is not None and (not gap.strip() or _founded_object(gap) is not None)

    def _anchors(self, lowered: str | None) -> Iterator[tuple[int, bool]]:
        """Offsets where a quantity may start (a digit, or a number word), in order, with
        whether it is a word; one regex pass over the body."""
        r = self.r
        end = self.body_end
        if lowered is None:
            for a in r.anchor.finditer(self.text, 0, end):
                yield a.start(), not a.group(0)[0].isdigit()
            return
        head = r.anchor_head.match(lowered, 0, end)
        if head is not None:
            yield 0, not lowered[0].isdigit()
        glued = [g.start() for g in r.anchor_glued.finditer(lowered, 0, end)]
        if not glued:  # the usual case: no digits glued to a currency code
            yield from [
                (a.end() - 1, False) if a.lastindex == 1 else (a.start(2), True)
                for a in r.anchor_lower.finditer(lowered, 0, end)
            ]
            return
        gi = 0
        for a in r.anchor_lower.finditer(lowered, 0, end):
            p = a.end() - 1 if a.lastindex == 1 else a.start(2)
            while gi < len(glued) and glued[gi] < p:
                yield glued[gi], False
                gi += 1
            yield p, a.lastindex == 2
        while gi < len(glued):
            yield glued[gi], False
            gi += 1

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

        of_name = "vof" if g.get("vof") else "mof" if g.get("mof") else None
        if (
            of_name is not None
            and THEM_AFTER_RE.match(text[m.start(of_name) : m.end() + 8])
            and self._figure_before_in_sentence(start)
        ):
            end = m.start(of_name)  # "nine camps, several of them new": a subset of the figure before
            after = text[end : end + 60]
        if g.get("vague"):
            words = OF_SPLIT_RE.split(g["vague"].lower())
            base = r.vague_plural.get(words[0])
            if base is None:
                return
            mult = 1.0
            for w in words[1:]:
                mult *= r.scales.get(w.rstrip("s"), 1.0)
            low, high = base[0] * mult, base[1] * mult
            vague, qualifier = True, "vague"
            currency = currency_of(g.get("vcur"))
            if g["vague"].lower() in r.vague_needs_of and not g.get("vof"):
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
            if before.endswith("[") and text[end : end + 1] == "]" and n1_text.isdigit():
                return  # a bracketed reference number ("[43]")
            n1 = parse_number(n1_text, r)
            if n1 is None:
                return
            sc1 = g.get("sc1")
            n2 = parse_number(g["n2"], r) if g.get("n2") else None
            rsep = (g.get("rsep") or "").strip().lower()
            range_ok = n2 is not None
            if range_ok and n2 is not None and n2 < n1 and not sc1 and not g.get("sc2"):
                range_ok = False  # "in 2023 to 645": a range runs upwards
            if range_ok and rsep == "and" and not g.get("between"):
                range_ok = False
            if range_ok and rsep == "or" and n2 is not None:
                # "three or four camps", "10 or 12 men", "two or three thousand" (the scale
                # shared); not "2023 or 2024", "one or 20"
                n2_bare = n2 if g["n2"][0].isdigit() else n2 / trailing_scale(g["n2"], r)
                range_ok = n1 < n2_bare <= 2 * n1 and n2_bare < 100
            if (
                range_ok
                and rsep == "to"
                and FROM_BEFORE_RE.search(before, _tail(before, 1))
                and not RANGED_FROM_RE.search(before, _tail(before, 2))
            ):
                range_ok = False  # "rose from 56 to 62" is two figures; "ranged from 150 to 400" one
            if not range_ok and n2 is not None:
                # keep only the first number: re-cut the match after it
                end = m.end("sc1") if sc1 else m.end("n1")
                if g.get("pct") and m.start("pct") < end:
                    pass
                after = text[end : end + 60]
                n2 = None
                percent = False
                self._recut_end = end  # the second number is read on its own
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
            last_scale = sc2 if n2 is not None else sc1
            if currency is None and last_scale and last_scale.strip().lower() in r.currency_only_words:
                # "three Arab fighters", "20-30 Arab fighters": a word that scales only a sum ("Rs 3
                # arab") is read as itself, after the number
                if n2 is not None:
                    sc2, s2, end = None, 1.0, m.end("n2")
                else:
                    sc1, s1, end = None, 1.0, m.end("n1")
                after = text[end : end + 60]
                self._recut_end = end
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
            if nxt.isalpha() or TIMES_SIGN_AFTER_RE.match(text, end):
                return  # (military notation counts the item after its sign: "2 x SVBIEDs", "3 x lashkars")
            if nxt == "-" and text[end + 1 : end + 2].isalpha() and not STRENGTH_COMPOUND_RE.match(text, end):
                return  # a compound modifier ("a 34-year-old", "a three-day"), not a count
            if nxt in "/:" and text[end + 1 : end + 2].isdigit():
                return
            if CODE_PREFIX_RE.search(before, max(0, len(before) - 8)) and n1_text[0].isdigit():
                return  # a code's number: a constituency ("NA-259"), a road ("the N-50"), an aircraft
            if before[-1:] == ":" and before[-2:-1].isdigit():
                return  # the minutes of a time ("at 1:20 p.m.") or the second term of a ratio
            if percent and CONFIDENCE_AFTER_RE.match(after):
                return  # "95% CI", "(95 per cent confidence interval: 57-65)": a statistic's level
            if INTERVAL_BEFORE_RE.search(before):
                return  # "(95% CI: 180-240)": an interval's bounds
            if FACTOR_BEFORE_RE.search(before):
                return  # "exceeding our count by a factor of 2.5": a ratio
            if UNIT_SIZE_BEFORE_RE.search(before):
                return  # "dispersed in cells of five to ten": the size of each, not a strength
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
                if SECTION_NUMBER_AFTER_RE.match(text, end) and not text[
                    text.rfind("\n", 0, start) + 1 : start
                ].strip(" \t#>"):
                    return  # "4.2 Of the 42 incidents": a section's number opening its line
            # the words that end `before`: an end-anchored search need only start among them
            b1, b2, b4 = _tail(before, 1), _tail(before, 2), _tail(before, 4)
            if (
                plain_digits
                and n1 <= 31
                and not currency
                and (MONTH_BEFORE_RE.search(before, b1) or MONTH_AFTER_RE.match(after))
            ):
                return
            if (
                AGE_AFTER_RE.match(after)
                or r.age_re.search(before, b4)  # ("at the age of 42")
                or r.age_label_re.search(before) is not None
                or r.age_alternative_re.search(before, b4)
                or (n1 < 120 and AGE_OF_SUPERLATIVE_RE.search(before, _tail(before, 12)))
                or (
                    n1 < 120
                    and AGE_AT_EVENT_BEFORE_RE.search(before)
                    and AGE_AT_EVENT_AFTER_RE.match(after)
                    and not PUT_AT_BEFORE_RE.search(before)  # "put the number of soldiers killed at 12"
                )
            ):
                return
            if DISTANCE_RE.match(after) or CLOCK_AFTER_RE.match(after) or r.formation_after_re.match(after):
                return
            if len(n1_text) == 2 and n1_text.isdigit() and YEAR_DASH_BEFORE_RE.search(before, b1):
                return  # "in 2023-24": the end of a span of years
            if (
                plain_digits
                and CITATION_PAGE_AFTER_RE.match(after)
                and CITATION_PAGE_BEFORE_RE.search(before)
            ):
                return  # "(Jadoon 2021: 52)", "(PICSS 2025: 2; PIPS 2025: 4)": a cited work's page
            week = WEEK_LABEL_BEFORE_RE.search(before, b2) if plain_digits else None
            if week is not None and (week.group(1) != "week" or WEEK_LABEL_AFTER_RE.match(after)):
                return  # "Attacks wk 6", "Week 6", "week 6 vs week 5": a week's number, not a count
            if RESOLUTION_AFTER_RE.match(after) and plain_digits and n1 >= 1000:
                return  # "Resolution 2255 (2015)": a document's number and year ("29 (2023)" is a count)
            if (
                not currency
                and not percent
                and r.label_re.search(before, b2)
                and not NUMBER_VERB_RE.search(before, b2)
                and not self._group_numbers(start)
            ):
                return
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip(" \t-*•#>") and LIST_NUMBER_AFTER_RE.match(after):
                return  # list numbering "23. The Team ..."
            if CONDITION_BEFORE_RE.search(before, b4) and self._in_item_label(start):
                return  # "- Provinces with at least one ISKP attack: 6": the label's condition
            fm = r.fraction_of_re.search(before) if n2 is None and " of " in before else None
            if fm is not None and not currency and not percent and PROVINCES_AFTER_RE.match(after):
                # "nearly half of the country's 34 provinces": the figure is the fraction's share
                # (of a whole that is no figure itself, as the provinces of a country are)
                self._analyse(self._fraction_candidate(fm, start - len(before), n1 * s1))
                return
            # (the pattern ends with "of" and perhaps an article: no "of", no match)
            dm = DENOMINATOR_RE.search(before, b4) if "of" in before.lower() else None
            if dm and parse_number(dm.group("n"), r) is not None:
                return  # "10 of the 34 provinces": 34 is not a figure
            if (
                plain_digits
                and n1_text.isdigit()
                and len(n1_text) == 4
                and 1000 <= n1 <= 2100
                # ("04 JUN 2025 INR Brief": a date, before an agency's name like a currency code)
                and (not currency or MONTH_BEFORE_RE.search(self.text, max(0, start - 12), start))
                and not percent
                and not sc1
                and (n2 is None or (g.get("n2") or "").isdigit())
                # "pre-2021 members" are members from before a year, never 2021 of them
                and (
                    not self._counts_noun(start, end)
                    or YEAR_PREFIX_RE.search(self.text, max(0, start - 16), start)
                )
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

    def _fraction_candidate(self, fm: re.Match[str], offset: int, whole: float) -> Candidate:
        """The candidate for a fraction of the denominator after it ("half of the 34 provinces":
        17), its share rounded to a whole count (approx when rounded), spanning the fraction's
        words."""
        start, end = offset + fm.start("f"), offset + fm.end("f")
        exact = self.r.fractions[norm(fm.group("f"))] * whole
        share = float(round(exact))
        return Candidate(
            start=start,
            end=end,
            low=share,
            high=share,
            qualifier="exact" if abs(share - exact) < 1e-6 else "approx",
            currency=None,
            percent=False,
            vague=False,
            number_text=self.text[start:end],
            is_year=False,
            paren=False,
        )

    # ----------------------------------------------------------- per-candidate analysis
    def _analyse(self, c: Candidate) -> None:
        r = self.r
        if c.is_year and not r.founding_re.search(self.text, max(0, c.start - 90), c.start):
            return
        if not (c.percent or c.currency or c.is_year) and not self._may_count(c):
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
        if _quoted_alone(sentence, sj, sk):
            # a number quoted alone ('spoke of "dozens of" TTP training camps') is read as if
            # unquoted: the marks are blanked, offsets kept
            rest = sentence[sk + 1 :]
            if c.vague and not c.number_text.endswith("of") and rest.startswith(" of "):
                rest = "   " + rest[3:]  # ('"tens of thousands" of TTP men': the "of" is the number's)
            sentence = f"{sentence[: sj - 1]} {sentence[sj:sk]} {rest}"
        left, right = sentence[:sj], sentence[sk:]

        # qualifier words before the number
        q_start = sj
        if not c.vague and c.qualifier != "range":
            window = left[-30:]
            qm = r.qual_before.search(window, _tail(window, 5))
            if qm and SPREAD_OVER_RE.search(window, 0, qm.end("q")):
                qm = None  # "spread over four provinces": where, not how many
            if qm:
                c.qualifier = r.qual_before_map.get(norm(qm.group("q")), "exact")
                q_start = sj - (len(window) - qm.start("q"))
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
        if c.currency and self.last_money is not None:
            last_end, last_fig = self.last_money
            gap = self.text[last_end : c.start]
            restated = 0 <= c.start - last_end <= 120 and RESTATED_GAP_RE.match(gap) is not None
            if restated or (0 <= c.start - last_end <= 40 and CONVERSION_GAP_RE.match(gap)):
                if (
                    c.currency == "USD"
                    and last_fig.unit != "USD"
                    and last_fig.measure in ("revenue", "aid_funding", "bounty", "other")
                ):
                    self.figures.remove(last_fig)
                    fig = self._rebuild_money(last_fig, c)
                    if restated:  # "close to a billion rupees. That is perhaps $3.5 million": its own wording
                        fig = replace(fig, value_low=c.low, value_high=c.high, qualifier=c.qualifier)
                    self.figures.append(fig)
                    self.last_money = (c.end, fig)
                return

        measure, head_end, victims = self._measure(c, sentence, sj, sk, left, right)
        if RATIO_AFTER_RE.match(right) or (not c.currency and self._label_says(c.start, RATIO_LABEL_RE)):
            if not c.currency:
                return  # "more than five deaths per attack", "Median deaths per attack: 1": not a count
            measure = "other"  # "$300 per fighter": a unit's sum, not what the group takes in
        skey = (block.pieces[0][1], ss)
        if measure == "new_training_camps" and _all_camps(left, right):
            measure = "training_camps"
        linked = self._linked(skey, block, ss, sentence, sj, sk, left, right, c.percent)
        if linked is None and measure is None:
            linked = self._item_breakdown(c.start)
        if linked is None:
            linked = self._place_list_whole(c.start, c.end)
        if linked is None and (measure is None or (c.currency and measure == "other")):
            linked = self._same_as_row_above(c.start)
            measure = None if linked is not None else measure  # (the row above's measure)
        if ALL_BUT_BEFORE_RE.search(left, _tail(left, 2)):
            return  # "14 attacks, all but two of them in Kabul": the exception to a count, no count
        one_in = ONE_IN_AFTER_RE.match(right) if c.number_text.lower() == "one" else None
        if ONE_IN_BEFORE_RE.search(left, _tail(left, 4)) or (
            one_in is not None and parse_number(one_in.group("n"), r) is not None
        ):
            return  # "one claim in five exaggerated the dead": a proportion's denominator, no count
        if c.vague and VAGUE_PART_OF_HURT_RE.match(sentence, sj):
            return  # "as several of the injured died": an unnumbered part of people counted already
        if linked is None and measure is None and not self._counts_unknown_noun(right):
            measure = self._gapped_measure(c.start)
            if measure is None:
                linked = self._restated_figure(c)
        if (
            linked is not None
            and c.vague
            and measure in (None, linked.measure)
            and self._link_subject is None  # (not "with ISKP responsible for a few dozen of them")
            and _of_them(sentence, sk, right)
            and not NEW_RE.search(right[:60])
        ):
            return  # "more than 40 wounded, several of them critically": a vague part that adds nothing
        subject: str | None
        if linked is not None and self._link_victims is not None:
            measure, victims, subject = linked.measure, self._link_victims, linked.subject
        elif linked is not None:
            # a subset or an earlier value of a figure just given: its subject, and its measure
            # unless the number's own words give one; people counted under a toll are its
            # victims ("27 died, including 22 recruits"), whatever their noun counts elsewhere
            under_toll = linked.measure in ("deaths", "injured") and measure in PEOPLE_MEASURES
            if measure is None or self._link_subject or under_toll:
                # (a count tied to a change of attacks counts attacks: "up 22%, to 860")
                measure = (
                    "attacks" if linked.measure == "attack_change_pct" and not c.percent else linked.measure
                )
                family, _end, phrase = self._head_noun(right)
                if measure in ("training_camps", "new_training_camps"):
                    new = NEW_RE.search(right[:60])
                    measure = "new_training_camps" if new else linked.measure
                    if _all_camps(left, right):
                        measure = "training_camps"
                if measure in ("deaths", "injured") and family in ("victims", "fighters"):
                    victims = _plain_victims(phrase)
                if measure == "core_members" and OVERALL_BEFORE_RE.search(left, _tail(left, 6)):
                    measure = "fighters"  # "its core at 200; another gave a higher overall figure of 4,000"
            subject = self._link_subject or linked.subject
        else:
            if measure is None:
                return
            counted = (
                self._change_of_attacks_before(c.start)
                if measure == "attack_change_pct" and not ATTACK_WORD_RE.search(sentence)
                else None
            )  # "- ISKP attacks: 7" then "- Year-on-year change: -56%": the change of that count
            subject = (
                counted.subject
                if counted is not None
                else self._subject(c, measure, sentence, sj, sk, head_end, block, ss)
            )
        if subject in (None, "__backref__", OUTSIDE_GROUP):
            return  # no subject, or a group outside the vocabulary
        if measure == "fighters" and subject != "taliban" and self._counts_state_force(sentence[sk:head_end]):
            return  # "deployed 3,000 personnel": a state's forces, of no group but the Taliban
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
        period = self._period(sentence, sj, sk, c, measure, linked)
        per = self._per(c, measure, sentence, sj, sk, left, right, period, linked)
        claimant, ctype = self._claimant(sentence, sj, sk, subject, measure)
        if claimant is None and self._continues_report(sentence):
            claimant, ctype = self._previous_claimant(block, ss, subject, measure)
        location, region = self._place(sentence, sj)
        cited = self._cited(sentence, sj, sk)
        doc_start = block.to_doc(ss + q_start) if q_start < sj else c.start
        if doc_start > c.start or self.text[doc_start : c.start].count("\n"):
            doc_start = c.start
        fig = Figure(
            doc=self.doc.file_name,
            start=doc_start,
            end=c.end,
            quote=self._quote(sentence),
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
        self._sentence_figures.setdefault(skey, []).append((sk, fig))
        if c.currency:
            self.last_money = (c.end, fig)

    def _linked(
        self,
        skey: tuple[int, int],
        block: Block,
        ss: int,
        sentence: str,
        sj: int,
        sk: int,
        left: str,
        right: str,
        percent: bool,
    ) -> Figure | None:
        """The figure given just before in the same sentence that this number is tied to, as a
        subset ("62 killed, including seven children", "five camps, three of them new") or as an
        earlier value ("rose to 62, up from an initial 56"), unless another group is named for it."""
        of_them = _of_them(sentence, sk, right)
        earlier = self._sentence_figures.get(skey)
        if earlier and not percent and FROM_TO_BEFORE_RE.search(left):
            # "fell by 71 per cent, from 334 to 97": the counts the change was taken between
            change = next((f for _e, f in reversed(earlier[-2:]) if f.measure == "attack_change_pct"), None)
            if change is not None:
                return change
        if not earlier:
            # "... about 250 members. Another Member State gave a higher estimate of up to 400.":
            # another estimate of the figure the sentence before gave; "812 attacks in 2025. The
            # TTP was responsible for 566 of them": a part of the count it gave
            # ("of whom" and "of which" ask for their noun in the same sentence)
            of = THEM_AFTER_RE.match(right)
            them = not percent and of is not None and of.group("them").lower() not in ("which", "whom")
            if not (
                them
                or self.r.estimate_link_re.search(left, _tail(left, 12))
                or IT_REVISED_TO_RE.fullmatch(sentence, 0, sj)
            ):
                return None
            previous = block.sentence_before(ss)
            earlier = self._sentence_figures.get((skey[0], previous[0])) if previous else None
            if not earlier:
                return None
            if them:
                earlier = [(0, f) for _e, f in earlier if f.measure == "attacks"][:1]
            else:
                # "nine dead and 14 wounded. Later the officer raised the figure to 17": a story's
                # figure is its death toll, when one was given
                tolls = [(0, f) for _e, f in earlier if f.measure == "deaths"]
                earlier = tolls[:1] or [(0, earlier[-1][1])]
        if not percent and of_them:
            # "914 attacks, up 29 per cent, with ISKP responsible for a few dozen of them": "them"
            # are things counted, never a percentage or a sum
            earlier = [(e, f) for e, f in earlier if f.unit in COUNT_UNITS]
            if not earlier:
                return None
        prev_end, prev = earlier[-1]
        if prev.measure.startswith("provinces") and NEW_RE.search(right[:60]):
            # "four camps across three provinces, two of them established in 2025": new camps
            camps = [(e, f) for e, f in earlier if f.measure in ("training_camps", "new_training_camps")]
            prev_end, prev = camps[-1] if camps else (prev_end, prev)
        if prev_end > sj or prev.measure in ("other", "founded_year"):
            return None
        self._link_subject = None
        self._link_victims = None
        bd = self._breakdown_item(left, right)
        whole = [f for e, f in earlier if e <= bd.start()] if bd is not None else []
        if bd is not None and whole:
            prev = whole[-1]  # the figure broken down, not its item just before
            # a breakdown in parentheses: "1,612 (security forces: 685; civilians: 927)" names the
            # toll's victims; "4 attacks (Kabul 2; Herat 1)" counts the same things in places
            label = bd.group("who") or bd.group("item")
            if label and prev.measure in ("deaths", "injured"):
                self._link_victims = label.strip()
                return prev
            # "53 attacks (ISKP: 29; unattributed: 24)": an item's label may name its own group
            named = self._named_subject(label or bd.group("name"), prev.measure)
            if named is not None and named != prev.subject:
                self._link_subject = named
            return prev
        opened = NAMED_ITEM_NEXT_RE.match(right) and COLON_ITEM_BEFORE_RE.search(left, max(0, len(left) - 60))
        if opened:
            colon = sj - (len(left) - opened.start())
            if prev_end <= colon and not ANY_NUMBER_RE.search(sentence, prev_end, colon):
                # "412 suspected militants detained: Khyber Pakhtunkhwa 163, Punjab 146": the first
                # place of a list opened by a colon after a count holds part of that count
                return prev
        if prev.measure in ("deaths", "injured") and AND_NEXT_RE.fullmatch(
            sentence, self._phrase_end(sentence, prev_end), sj
        ):
            # "Among the dead were nine children and two party leaders": a list shares its verb
            family, _end, phrase = self._head_noun(right)
            if family in ("victims", "fighters", "core_members", "leaders"):
                self._link_victims = _plain_victims(phrase)
                return prev
        prev_start = prev_end - (prev.end - prev.start)
        if _next_list_item(sentence, prev_start, prev_end, sj, right):
            phrase_end = self._phrase_end(sentence, sk)
            for mt in self._sentence_mentions(block, ss, sentence):
                if (
                    (
                        prev_end <= mt.start < sj
                        or LINKED_TO_RE.match(sentence, sk, mt.start) is not None
                        or sk <= mt.start < phrase_end
                    )
                    and mt.subject != prev.subject
                    and self._eligible(mt.subject, prev.measure)
                ):
                    # "TTP (40 attacks), ISKP (9)", "... and 213 linked to ISKP": the item's group
                    self._link_subject = mt.subject
            return prev
        if not self._tied_to_figure_before(left, of_them):
            return None
        if prev.measure == "groups_present" and THEM_AFTER_RE.match(right):
            return None  # "20 groups present, several of which enjoy protection": said of them, no count
        # a group named in the counted phrase of a toll's subset names victims ("46 killed, incl.
        # 9 Taliban security personnel"), not the subset's subject
        victims_end = self._phrase_end(sentence, sk) if prev.measure in ("deaths", "injured") else sk
        # ("ISKP claimed nine of them": a group claims its share of attacks, it does not speak of them)
        share_of_attacks = prev.measure == "attacks" and of_them
        for mt in self._sentence_mentions(block, ss, sentence):
            named_for_it = (
                prev_end <= mt.start < sj
                and not self._in_participle_aside(sentence, prev_end, mt, sj)
                and (share_of_attacks or not self._speaks(sentence, mt))
            ) or (
                # (in the number's own phrase, not a clause after it: "put the figure at about
                # 1,300, citing losses in Taliban raids")
                max(sk, victims_end) <= mt.start < sk + 30
                and not COMMA_OR_SEMICOLON_RE.search(sentence, sk, mt.start)
            )
            if named_for_it and mt.subject is not None and mt.subject != prev.subject:
                # "1,120 arrested, of whom 214 linked to ISKP": a subset with a group of its own
                if (
                    mt.start >= sk
                    and prev.measure in ("detained", "released")
                    and self._eligible(mt.subject, prev.measure)
                    and (
                        LINKED_TO_RE.match(sentence, sk, mt.start)
                        # "276 arrests, of which 188 were of suspected TTP members"
                        or HELD_OF_GROUP_RE.match(sentence, sk, mt.start)
                    )
                ):
                    self._link_subject = mt.subject
                    return prev
                # "914 attacks, with ISKP responsible for a few dozen of them": the group's share
                # ("attributed 11 of those attacks to ISKP": the group the verb gives them to)
                given_to = (
                    mt.start >= sk and ATTRIBUTED_TO_AFTER_RE.search(sentence, sk, mt.start) is not None
                )
                if share_of_attacks and (mt.start < sj or given_to) and self._eligible(mt.subject, "attacks"):
                    self._link_subject = mt.subject
                    return prev
                return None
        return prev

    @staticmethod
    def _breakdown_item(left: str, right: str) -> re.Match[str] | None:
        """The item of a figure's breakdown a number ends, labelled by a colon, or by a name when
        the item stands in a list of them."""
        bd = BREAKDOWN_LEFT_RE.search(left, max(0, len(left) - 80))
        if bd is None or (bd.group("name") and not (bd.group("sep") or NAMED_ITEM_NEXT_RE.match(right))):
            return None
        if bd.group("item") and not (bd.group("sep") and ITEM_END_AFTER_RE.match(right)):
            return None
        return bd

    def _speaks(self, sentence: str, mt: Mention) -> bool:
        """Whether a name is the subject of a verb of saying ("Washington says the figure is
        3,000"): who gives another estimate, not a group it is about."""
        after = SPACES_RE.match(sentence, mt.end)
        return after is not None and self.r.claim_verbs_re.match(sentence, after.end()) is not None

    @staticmethod
    def _in_participle_aside(sentence: str, lo: int, mt: Mention, hi: int) -> bool:
        """Whether a name between lo and hi stands in an aside opened by a participle, which
        describes what came before it (", remitted from ISIL core,"): the aside names no new
        figure's subject."""
        return bool(PARTICIPLE_ASIDE_RE.search(sentence, lo, mt.start)) and "," in sentence[mt.end : hi]

    def _item_breakdown(self, start: int) -> Figure | None:
        """The toll a list item breaks down, when the item's label names victims and the toll is
        given on one of the lines just above ("Killed in attacks: 112" then "  - civilians: 63",
        "* of whom security personnel: 161"); sets `_link_victims` to the label."""
        line_start = self.text.rfind("\n", 0, start) + 1
        item = BREAKDOWN_ITEM_RE.fullmatch(self.text, line_start, start)
        last = self._last_figure
        if item is None or last is None or last.measure not in ("deaths", "injured"):
            return None
        if self.text.count("\n", last.end, line_start) > 4:
            return None
        who = item.group("who")
        if item.group("of"):
            # "of whom" says it is a part of the toll, whatever other words name its people ("of
            # whom security forces personnel", "of whom Hazara and Shia worshippers")
            nouns = [self.r.head_nouns.get(norm(hm.group(0))) for hm in self.r.head_noun_re.finditer(who)]
            if "victims" not in nouns:
                return None
        else:
            family, end, _phrase = self._head_noun(who)
            if family != "victims" or who[end:].strip():
                return None
        self._link_victims = who
        return last

    def _restated_figure(self, c: Candidate) -> Figure | None:
        """The count a bare number repeats: with no noun of its own, the exact value of a count read
        shortly before ("North Waziristan: 176 attacks" then "North Waziristan alone saw 176";
        "Students add the 611 and the 498 and expect 1,235"). Small numbers repeat by chance."""
        if c.qualifier != "exact" or c.low is None or c.low != c.high or c.low < RESTATED_MIN or c.is_year:
            return None
        word = WORD_AFTER_RE.match(self.text, c.end)
        if word is not None and word.group(1).lower() not in RESTATED_NEXT_WORDS:
            return None  # "for 12 months", "17 issues to date": a noun of its own
        for fig in reversed(self.figures):
            if c.start - fig.end > RESTATED_REACH:
                return None
            if fig.unit in COUNT_UNITS and fig.value_low == fig.value_high == c.low:
                self._link_subject = self._link_victims = None
                return fig
        return None

    def _same_as_row_above(self, start: int) -> Figure | None:
        """The figure of the row just above, when this row's label says it counts the same thing
        ("- US humanitarian funding, FY2025: $281 million" then "- Same, FY2024: $640 million")."""
        label = self._line_label(start)
        last = self._last_figure
        if label is None or last is None or not SAME_LABEL_RE.match(self.text, label[0], label[1]):
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        return last if self.text.count("\n", last.end, line_start) == 1 else None

    @staticmethod
    def _attack_party(c: Candidate, phrase: str) -> bool:
        """Whether a count of men names the party of one attack ("Five gunmen stormed the
        compound", "four attackers"), not a group's strength ("thousands of part-time gunmen")."""
        m = ATTACKERS_RE.search(phrase)
        return m is not None and (m.group(0).lower() != "gunmen" or (c.high is not None and c.high < 20))

    def _not_strength(self, c: Candidate, left: str) -> bool:
        """Whether a count of men or members names people rather than a group's strength: a few
        already described ("the two men moved ..."), or the members of a body named by a
        possessive that is no group ("the Committee's 15 members")."""
        if c.high is not None and c.high < 10 and THE_BEFORE_RE.search(left, _tail(left, 1)):
            return True
        owner = POSSESSOR_BEFORE_RE.search(left, _tail(left, 1))
        return owner is not None and not find_aliases(owner.group(1), same_length_lower(owner.group(1)))

    def _figure_before_in_sentence(self, start: int, prev: Figure | None = None) -> bool:
        """Whether the figure read just before (or `prev`) ends earlier in the sentence of offset
        start."""
        prev = prev or self._last_figure
        if prev is None or not 0 < start - prev.end <= 160:
            return False
        between = self.text[prev.end : start]
        return "\n" not in between and SENTENCE_BREAK_RE.search(between) is None

    def _attacks_before_in_sentence(self, start: int) -> bool:
        """Whether a count of attacks (or its change) was read just before, in the sentence of
        offset start."""
        last = self._last_figure
        return (
            last is not None
            and last.measure in ("attacks", "attack_change_pct")
            and self._figure_before_in_sentence(start)
        )

    @property
    def _last_figure(self) -> Figure | None:
        """The figure read just before (figures are read in the text's order)."""
        return self.figures[-1] if self.figures else None

    def _gapped_measure(self, start: int) -> str | None:
        """The measure of the figure just given in the same sentence, for a number without a noun
        whose words before it repeat those before that figure, that follows a verb tallying a
        count, or that is joined to it after its date: English leaves the noun out the second time
        ("X is assessed at fewer than 100 fighters, while Y is assessed at between 200 and 300";
        "Pakistan recorded 1,048 attacks, while the group claimed over 600"; "96 in January and 71
        in May")."""
        prev = self._last_figure
        if prev is not None and prev.unit == "percent" and self._figure_before_in_sentence(start):
            # "612 attacks in 2025, a 41% increase on 2024, and a further 51 in January": the change
            # describes the count before it, which the number repeats
            count = self.figures[-2] if len(self.figures) > 1 else None
            if count is None or not 0 < prev.start - count.end <= 120 or "\n" in self.text[count.end : start]:
                return None
            prev = count
        if prev is None or prev.unit not in COUNT_UNITS:
            return None
        if not self._figure_before_in_sentence(start, prev):
            elided = self._parallel_holding_sentence(prev, start) or self._next_group_item(prev, start)
            return prev.measure if elided else None
        between = self.text[prev.end : start]
        if COORDINATED_GAP_RE.fullmatch(between):
            return prev.measure  # "down from 96 in January and 71 in December"
        gapped = GAPPED_NAME_RE.fullmatch(between)
        if gapped is not None and self.r.alias_re.fullmatch(gapped.group("name")):
            return prev.measure  # "the TTP claimed 19 and Daesh (IS-Khorasan) four": the verb left out
        window = self.text[max(0, start - 30) : start]
        qm = self.r.qual_before.search(window, _tail(window, 5))
        if qm is not None:
            start -= len(window) - qm.start("q")
        # a verb tallying a count ("it recorded 1,048 attacks, while the group claimed over 600"),
        # a word adding more of the same ("612 attacks in 2025 and a further 51 in January") or a
        # verb of having ("X maintains around 400 fighters, while Y is believed to have 150")
        for before in (self.r.tally_verb_before_re, ADDITIVE_BEFORE_RE, HOLDING_VERB_BEFORE_RE):
            if before.search(self.text, max(0, start - 20), start):
                return prev.measure
        if ELIDED_AT_ITEM_RE.search(self.text, max(0, start - 80), start) and AT_BEFORE_RE.search(
            self.text, max(0, prev.start - 30), prev.start
        ):
            return prev.measure  # "ETIM is assessed at around 450 fighters; Jamaat Ansarullah at 200"
        mine = PARALLEL_WORDS_RE.search(self.text, max(0, start - 40), start)
        theirs = PARALLEL_WORDS_RE.search(self.text, max(0, prev.start - 40), prev.start)
        if mine is None or theirs is None or mine.group(0).split() != theirs.group(0).split():
            return None
        return prev.measure

    def _next_group_item(self, prev: Figure, start: int) -> bool:
        """Whether the number at start is the value of a list item naming a group, on the line just
        below an item naming another group whose value a figure counts: a list leaves the noun out
        after its first item ("- AQIS: 180-400 fighters" then "- ETIM/TIP: ~600")."""
        label = self._line_label(start)
        above = self._line_label(prev.start)
        if label is None or above is None or not (label[2] and above[2]):
            return False
        if self.text.count("\n", above[0], label[0]) != 1:
            return False
        return all(self._names_only(lo, hi) for lo, hi, _item in (label, above))

    def _names_only(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] (a list item's label) is nothing but groups' names ("- ETIM/TIP"),
        not words about them ("- Khwarij neutralised, January")."""
        names = find_aliases(self.text, self.lowered, lo, hi)
        rest = "".join(
            self.text[a:b]
            for a, b in zip([lo] + [e for _s, e in names], [s for s, _e in names] + [hi], strict=True)
        )
        return bool(names) and NAMES_GLUE_RE.fullmatch(rest) is not None

    def _parallel_holding_sentence(self, prev: Figure, start: int) -> bool:
        """Whether a number ends the sentence after the figure before, both follow a verb of having
        and the second names a group: it leaves the noun out ("Jamaat Ansarullah has about 300
        fighters. The IMU has fewer than 100.")."""
        between = self.text[prev.end : start]
        breaks = list(SENTENCE_BREAK_RE.finditer(between))
        if not 0 < len(between) <= 160 or "\n" in between or len(breaks) != 1:
            return False
        if not NUMBER_ENDS_SENTENCE_RE.match(self.text, start):
            return False
        if not find_aliases(self.text, self.lowered, prev.end + breaks[0].end() - 1, start):
            return False  # ("The army has 600,000."): the second sentence names a group of its own
        return all(
            HOLDING_VERB_BEFORE_RE.search(self.text, max(0, at - 20), at)
            for at in (self._qualifier_start(self.text, start), self._qualifier_start(self.text, prev.start))
        )

    def _phrase_end(self, sentence: str, number_end: int) -> int:
        """Where the noun a number counts ends ("nine children" -> after "children"), or the number
        itself when no counted noun follows it."""
        family, end, _phrase = self._head_noun(sentence[number_end : number_end + 60])
        return number_end + end if family is not None else number_end

    def _tied_to_figure_before(self, left: str, of_them: bool) -> bool:
        """Whether a number's words tie it to a figure given just before it: a link ending its left
        context ("including", "up from"), "of them" after it, or another estimate of the same
        figure ("puts them at", "(UN); 4,000 (one government)"). `_linked` decides on it; `_may_count`
        must not be stricter."""
        last8 = _tail(left, 8)  # (the left patterns are anchored at its end)
        return bool(
            self.r.figure_link_re.search(left, last8)
            or of_them
            or self.r.estimate_link_re.search(left, _tail(left, 12))
            or SOURCED_ALTERNATIVE_RE.search(left, last8)
        )

    def _may_count(self, c: Candidate) -> bool:
        """Whether the words next to a plain number could make it a count of a measure.

        A cheap test on the raw text before the sentence is built, and never stricter than
        `_measure`: its left and right contexts are the sentence's own characters around the number
        (a sentence's line breaks are spaces to every pattern here), plus perhaps some beyond the
        sentence. Where the paragraph may be joined across a blank line or a hyphenated line
        break, the full analysis decides.
        """
        text = self.text
        lo = max(0, c.start - 130)
        hi = min(len(text), c.end + 130)
        if text.find("\n\n", lo, hi) >= 0 or text.find("-\n", lo, hi) >= 0:
            return True
        if _quoted_alone(text, c.start, c.end):
            return True  # a number quoted alone, read as if unquoted
        left = text[lo : c.start]
        right = text[c.end : hi]
        if self._tied_to_figure_before(left, _of_them(text, c.end, right)):
            return True  # perhaps tied to a figure just given
        if self._breakdown_item(left, right):
            return True  # a breakdown of a figure just given
        last = self._last_figure
        if (
            last is not None
            and last.measure in ("attack_change_pct", "attacks")
            and FROM_TO_BEFORE_RE.search(left)
        ):
            return True  # perhaps the counts a change was taken between
        if last is not None and _next_list_item(text, last.start, last.end, c.start, right):
            return True  # the next item of a list of counts in parentheses, or of names and counts
        if self._place_list_whole(c.start, c.end) is not None:
            return True  # a place's part of a count given before it on its line
        if left.endswith(": ") and last is not None and last.measure in ("deaths", "injured"):
            return True  # perhaps a list item breaking down the toll above it
        family, head_end, phrase, offset = self._counted_noun(c, left, right)
        if family is not None and "\n" in right[offset : offset + head_end]:
            return True  # the paragraph may end before the noun
        # the order of `_measure`'s own tests
        if family is None and self._is_pronoun_number(c):
            return False
        if family == "non":
            return False
        if family == "groups":
            # (whether they are said to be present is read from the whole sentence)
            if PRESENT_IN_COUNTRY_RE.search(right, head_end, head_end + 80):
                return True
            return not THE_BEFORE_RE.search(left, _tail(left, 1)) and bool(
                AGGREGATE_ADJ_RE.search(phrase) or self.r.presence_after_re.match(right, offset + head_end)
            )
        if family not in (None, "victims"):
            return True
        if self._verb_measure(left, right) is not None:
            return True
        if family == "victims" and self._label_measure(left, c.start) in self.r.verb_right_measures:
            return True  # "CTD arrests: 163 suspects"
        if family == "victims" and left.endswith((", ", " and ")):
            return True  # perhaps the next item of a list of the dead ("nine children and two ...")
        if family == "victims" and self._holding_verb(family, right, offset + head_end) is not None:
            return True  # "12 TTP prisoners had broken out": freed or held by a verb after them
        if family == "victims" and phrase.lower() in ("individuals", "persons", "people"):
            return self._core_marker_before(left)[1] is not None  # "its core numbers 30 individuals"
        if family == "victims" and self._counts_state_force(phrase):
            return True  # "some 185,000 personnel": perhaps the Taliban's forces
        if family == "victims" or (offset == 0 and OF_AFTER_LINE_RE.match(right)):
            return False
        if family is None and OTHER_PLURAL_END_RE.match(right):
            return False
        return (
            self._lead_noun(left, c.start) is not None
            or self._gapped_measure(c.start) is not None
            or self._broken_down(self._line_label(c.start)) is not None
        )

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
        left = sentence[:sj]
        found = _founding_word(left, None, len(left))
        if found is None:
            return
        fm, cut = found
        between = left[fm.end() : cut]
        named = _founded_object(between) if between.strip() else None
        if between.strip() and named is None:
            return
        if fm.group(0).lower().endswith("born") and (
            PERSON_BEFORE_RE.search(left[: fm.start()]) or DIGIT_RE.search(left, cut)
        ):
            return  # "its emir ... was born in 1971", "born on 3 April 1984": a person's birth
        if named is None:
            # "Tehreek-e-Jihad Pakistan, a group founded in 2023": the name the apposition describes
            apposition = APPOSITIVE_GROUP_BEFORE_RE.search(left, 0, fm.start())
            if apposition is not None:
                named = next(
                    (
                        mt.subject
                        for mt in self._sentence_mentions(block, ss, sentence)
                        if mt.end == apposition.start()
                    ),
                    None,
                )
        subject = named or self._subject(c, "founded_year", sentence, sj, sk, sk, block, ss)
        if subject in (None, "__backref__", OUTSIDE_GROUP, "militant_groups", "united_states"):
            return
        year = int(self.text[c.start : c.end])
        claimant, ctype = self._claimant(sentence, sj, sk, subject, "founded_year")
        self.figures.append(
            Figure(
                doc=self.doc.file_name,
                start=c.start,
                end=c.end,
                quote=self._quote(sentence),
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
    def _counted_noun(self, c: Candidate, left: str, right: str) -> tuple[str | None, int, str, int]:
        """(family, end, phrase, offset) of the noun a number counts, read from `right[offset:]`
        (`end` is in those coordinates): after a denominator ("10 of the 34 provinces", "a dozen
        of the country's 34"), and after "of its" or a possessive for affiliates ("four of its
        affiliates", "two of al-Qaeda's regional affiliates": those meeting the condition are the
        figure), and after "the number of" when the number is what it is brought to ("bringing to
        13 the number of camps")."""
        inverted = NUMBER_OF_AFTER_RE.match(right)
        if inverted is not None and TO_BEFORE_RE.search(left, _tail(left, 1)):
            return (*self._head_noun(right[inverted.end() :]), inverted.end())
        den = OF_DENOMINATOR_RE.match(right)
        if den and (den.group(1).isdigit() or den.group(1).lower() in self.r.units):
            family, end, phrase = self._head_noun(right[den.end() :])
            if family is None:
                family, phrase = self._elided_noun(left)
            return family, end, phrase, den.end()
        family, end, phrase = self._head_noun(right)
        if family is None and _of_in_wording(c):
            owner = OWNER_RE.match(right)  # "thousands of its fighters": the owner's people
            if owner is not None:
                family, end, phrase = self._head_noun(right[owner.end() :])
                if family is not None:
                    return family, end, phrase, owner.end()
        if family is None:
            them = THEM_AFTER_RE.match(right)
            if them is not None and them.group("them").lower() == "them":
                after = self._head_noun(right[them.end() :])
                if after[0] in ("core_members", "leaders"):  # "some two dozen of them core members"
                    return (*after, them.end())
            pred = PREDICATE_NOUN_AFTER_RE.match(right)
            if pred is not None:  # "of whom some 250 are regarded as core members": what they are
                after = self._head_noun(right[pred.end() :])
                if after[0] in ("fighters", "core_members"):
                    return (*after, pred.end())
            part = PARTITIVE_RE.match(right)
            if part is not None and not self._is_pronoun_number(c):  # "one of its affiliates, AQIS"
                after = self._head_noun(right[part.end() :])
                if after[0] in ("affiliates", "attacks"):  # "31 of its attacks in Q4"
                    return (*after, part.end())
        return family, end, phrase, 0

    def _of_its_people(self, c: Candidate, right: str) -> bool:
        """Whether a number counts, in a partitive, the people of the group its sentence is about
        ("several of its commanders", "20 of their fighters")."""
        part = (OWN_AFTER_OF_RE if _of_in_wording(c) else OWN_PARTITIVE_RE).match(right)
        if part is None or self._is_pronoun_number(c):
            return False
        return self._head_noun(right[part.end() :])[0] in ("fighters", "leaders", "core_members")

    def _counts_state_force(self, phrase: str) -> bool:
        """Whether a counted noun phrase names a state's forces ("185,000 armed personnel")."""
        words = phrase.lower().split()
        return bool(words) and words[-1] in self.r.state_force_nouns

    def _counts_unknown_noun(self, right: str) -> bool:
        """Whether a number counts a noun no measure knows ("a hospital which has 120 beds"), so
        that no figure before it lends it a measure."""
        if self.r.qual_after.match(right):
            return False
        family, pos, phrase = self._head_noun(right)
        return family is None and not phrase and LETTER_RE.search(right, 0, pos) is not None

    def _head_noun(self, right: str) -> tuple[str | None, int, str]:
        """(family, end offset in `right`, noun phrase) of the counted noun after a number."""
        r = self.r
        qa = r.qual_after.match(right)
        pos = qa.end() if qa is not None and qa.group("q")[:1].isalpha() else 0  # "200 or so operatives"
        if PERIOD_ON_PERIOD_RE.match(right, pos):
            return None, pos, ""  # "rose to three year on year": an adverb, no counted noun
        lowered = same_length_lower(right)
        hay, pattern = (right, r.head_or_non_re) if lowered is None else (lowered, r.head_or_non_lc)
        suspects = False
        for _ in range(6):
            hm = pattern.match(hay, SPACES_RE.match(right, pos).end())  # type: ignore[union-attr]
            if hm:
                if hm.group("head") is not None:
                    family = r.head_nouns.get(norm(hm.group(0)))
                    if suspects:  # "31 alleged ISKP members": people suspected, not a strength
                        family = "victims" if family in ("fighters", "victims") else None
                    return family, hm.end(), right[: hm.end()].strip()
                return "non", hm.end(), right[: hm.end()].strip()
            tm = TOKEN_RE.match(right, pos)
            if tm is None:
                return None, pos, ""
            tok = tm.group(1)
            low = tok.lower()
            if not tok[0].isalpha():
                if tok in "-–'’\"“”":  # (a closing quote: '"no more than 250" armed members')
                    pos = tm.end()
                    continue
                return None, pos, ""
            if low in r.units:
                return None, pos, ""  # "One Member State reported four new camps": another number's phrase
            if low.endswith(("'s", "’s")):
                # "The toll of 23 makes Thursday's bombing": a possessor opens a phrase of its own
                return None, pos, ""
            if low in r.suspicion_participles:
                suspects = True
                pos = tm.end()
                continue
            nt = TOKEN_RE.match(right, tm.end()) if low.endswith("ly") else None
            if nt is not None and nt.group(1).lower() in r.descriptive_participles:
                pos = tm.end()  # "three newly established camps", "40 heavily armed men"
                continue
            if (
                low in STOP_WORDS
                or low.endswith("ly")
                or (
                    low.endswith("ed")
                    and len(low) > 4
                    and "-" not in low
                    and low not in r.descriptive_participles
                )
            ):
                return None, pos, ""  # (a hyphenated compound, "intelligence-based", is a modifier)
            pos = tm.end()
        return None, pos, ""

    def _measure(
        self, c: Candidate, sentence: str, sj: int, sk: int, left: str, right: str
    ) -> tuple[str | None, int, str | None]:
        r = self.r
        if c.percent:
            if _OF_OPEN_RE.match(right):
                return "other", sk, None
            last = self._last_figure
            if (
                last is not None
                and last.measure != "attacks"
                and (
                    PAREN_CHANGE_GAP_RE.fullmatch(self.text, last.end, c.start)
                    or APPOSED_CHANGE_GAP_RE.fullmatch(self.text, last.end, c.start)
                )
            ):
                # "Killed in attacks: 112 (up 14%)", "and 1,081 deaths, a 45% rise": the change of
                # the deaths
                return "other", sk, None
            attack_words = (
                ATTACK_WORD_RE.search(sentence)
                or (
                    ITEM_VALUE_SIGN_RE.search(left, _tail(left, 2))
                    and ITEM_LINE_RE.match(sentence)
                    and ATTACK_WORD_RE.search(self._heading(c.start) or "")
                )
                or self._change_of_attacks_before(c.start)
            )
            if self._change_sign(sentence, sj, sk) is not None and attack_words:
                if _DEATH_WORD_RE.search(CHANGE_OBJECT_CUT_RE.split(right[:40])[0]) or TOLL_CLAUSE_RE.match(
                    CLAUSE_CUT_RE.split(left)[-1]
                ):
                    return "other", sk, None  # "deaths in those attacks fell by 58 per cent": a toll's change
                return "attack_change_pct", sk, None
            return "other", sk, None
        if c.currency:
            clause = CLAUSE_CUT_RE.split(left[-60:])[-1]
            worth = ASSET_WORTH_RE.search(clause)
            # a stream worth a sum a year is an income, named by its other words ("protection
            # money from truckers is worth $20 million a year to the group"); a sum it is worth once
            # is a stock's value ("reserves at between $10 million and $25 million")
            flow = (
                worth is not None
                and worth.group(0).lower() == "worth"
                and self._stated_rate(right, money=True) is not None
            )
            if worth is not None and not flow:
                return "other", sk, None
            measure = self._money_measure(sentence, sj, sk, flow)
            if measure is None:
                # "5. REWARDS OUTSTANDING" then "- ISKP leader Sanaullah Ghafari: up to $10 million"
                line_label = self._line_label(c.start)
                heading = self._heading(c.start) if line_label is not None and line_label[2] else None
                if heading:
                    measure = self._money_measure(heading, len(heading), len(heading))
            if (
                measure is None
                and OFFERED_BEFORE_RE.search(left, _tail(left, 4))
                and FOR_PERSON_RE.match(right)
            ):
                measure = "bounty"  # "Washington offered ten million dollars for Sirajuddin Haqqani"
            aid = SPENT_ON_AID_RE.match(right) if measure in ("not_revenue", "revenue") else None
            if aid is not None and (measure == "not_revenue" or aid.group("prep").lower() == "into"):
                # "spending $12 million on earthquake relief", "channelled $300 million a year into
                # humanitarian aid" give aid (money received "in aid" stays revenue)
                measure = "aid_funding"
            if measure is None or measure == "not_revenue":
                return "other", sk, None
            return measure, sk, None

        family, head_end, phrase, offset = self._counted_noun(c, left, right)
        verb_right = right
        if family == "fighters" and (forces := MEMBERS_OF_FORCES_RE.match(right, head_end)) is not None:
            # "2,140 members of the Pakistani security forces had been killed": a state's people,
            # whose verb follows the whole phrase
            family, phrase, head_end = "victims", phrase + forces.group(0), forces.end()
            verb_right = right[head_end:]
        head_end += offset + sk
        if family is None and self._is_pronoun_number(c):
            return None, sk, None
        if family == "non":
            return None, sk, None
        if not BODIES_AFTER_RE.match(right) and (  # (but "19 bodies had been recovered" is a toll)
            r.force_outcome_before_re.search(left, _tail(left, 4))
            or r.force_outcome_after_re.match(right, head_end - sk)
            or self._label_says(c.start, r.force_outcome_re)
        ):
            return None, sk, None  # "troops neutralised 14 khwarij", "- Weapons recovered: 311": no measure
        if family == "provinces":
            clause = CLAUSE_CUT_RE.split(left[-160:])[-1] + CLAUSE_CUT_RE.split(right[:60])[0]
            if THE_BEFORE_RE.search(left, _tail(left, 1)) and not (
                # (a compound is no presence: "intelligence-based operations")
                r.presence_re.search(clause.replace("-based", "")) or CAMP_RE.search(clause)
            ):
                return None, sk, None  # "operations ... in the two provinces": places named, no count
            return (
                ("provinces_with_camps" if CAMP_RE.search(clause) else "provinces_active"),
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
            target = TARGET_AFTER_RE.match(sentence, head_end)
            if target is not None:
                hits = find_aliases(
                    sentence, same_length_lower(sentence), target.end(), min(len(sentence), target.end() + 40)
                )
                if hits and hits[0][0] == target.end():
                    subj = subject_named(sentence, hits[0][0], hits[0][1])
                    if subj not in (None, "united_states", "militant_groups") and not (
                        ATTACK_NOUN_RE.search(phrase) and self._group_agent_before(sentence, sj, subj)
                    ):
                        return "operations_against", head_end, None  # "12 raids on IS-K hideouts"
            return "attacks", head_end, None
        if family == "operations":
            if QUOTE_OPEN_RE.match(right) or AGAINST_FORCES_RE.match(sentence, head_end):
                # 'claimed 1,400 "operations"': in quotes, a group's own word for its attacks; so
                # are operations against a state's forces ("14 operations against security forces")
                return "attacks", head_end, None
            if (
                (
                    CLAIMS_BEFORE_RE.search(left, _tail(left, 2))
                    or (
                        OPERATED_BEFORE_RE.search(left, _tail(left, 5))
                        and not FORCES_RE.search(sentence, 0, sj)
                    )
                )
                and not _AGAINST_WORD_RE.match(sentence[head_end : head_end + 16].lstrip())
                and (
                    self._group_agent_before(sentence, sj, "taliban")
                    # ("the group's outlet released its report, which claimed 1,812 operations")
                    or self._anaphor_agent_before(sentence, sj)
                )
            ):
                # "the TTP's performance report claims 143 operations": a group's tally of its own
                # attacks (not the de facto authorities', who operate against groups)
                return "attacks", head_end, None
            return "operations_against", head_end, None
        if family == "affiliates":
            return "affiliates", head_end, None
        if family == "arrests":
            return "detained", head_end, None
        if family == "groups":
            if self._groups_operating_in(sentence, head_end):
                return "groups_present", head_end, None  # "the 21 groups ... operating in Afghanistan"
            if not THE_BEFORE_RE.search(left, _tail(left, 1)) and self.r.presence_after_re.match(
                sentence, head_end
            ):
                return "groups_present", head_end, None  # "a dozen or so groups were active along the border"
            if THE_BEFORE_RE.search(left, _tail(left, 1)) or not (
                AGGREGATE_ADJ_RE.search(phrase) or SUCH_RE.match(phrase)
            ):
                return None, sk, None  # ("such groups" are of the kind just named: present or not)
            if r.presence_re.search(sentence[sk:]) or r.presence_re.search(left[-60:]):
                return "groups_present", head_end, None
            return None, sk, None
        if family == "core_members":
            return "core_members", head_end, None

        # a count of people that a verb makes a toll, a release or an arrest
        verb = self._verb_measure(left, verb_right)
        if verb in ("deaths", "injured") and self._of_its_people(c, right):
            return None, sk, None  # "killed several of its commanders": the group's losses, not its toll
        if verb == "deaths" and OPERATION_AFTER_RE.match(right):
            return None, sk, None  # "killed dozens more in raids": killed by the other side
        if verb in ("deaths", "injured") and family is None and ATTACKERS_AFTER_RE.match(right):
            return None, sk, None  # "troops killed four attackers": the attackers' own dead
        if family is None and verb in (None, "deaths", "injured") and FOR_TOLL_NOUN_AFTER_RE.match(right):
            return None, sk, None  # "weights of 3 for deaths and 0.5 for injuries": a value per death
        if (
            verb in ("deaths", "injured")
            and GENERIC_CONDITION_BEFORE_RE.search(
                left, max(0, len(left) - 30), self._qualifier_start(left, len(left))
            )
            and GENERIC_PASSIVE_RE.match(right, head_end - sk)
        ):
            return None, sk, None  # "counted where at least one person is killed": a definition
        if verb == "deaths" and NATURAL_DEATH_RE.match(right):
            return None, sk, None  # "several cadres died of natural causes": no attack's toll
        if verb == "deaths" and family == "fighters" and FIGHTER_WORD_RE.search(phrase):
            named = bool(find_aliases(phrase, same_length_lower(phrase)))
            operation = OPERATION_WORD_RE.search(CLAUSE_CUT_RE.split(left[-200:])[-1])
            if operation or (
                not named
                and (
                    MILITANT_WORD_RE.search(phrase)
                    or FORCES_RE.search(CLAUSE_CUT_RE.split(left[-70:])[-1])
                    or BY_FORCES_RE.match(right, len(phrase) + 1)
                )
            ):
                # militants killed (by security forces, in raids, in their own attack) are not
                # deaths in attacks; fighters of a group named may be ("killed 12 Taliban fighters"),
                # and "members" of something else are ("members of the peace committee")
                return None, sk, None
        if verb is None and family in ("fighters", "victims"):
            # "14 members of the Turkistan Islamic Party were released from custody": the clause's
            # verb, after the counted phrase, frees or holds them
            held = self._holding_verb(family, right, head_end - sk)
            if held is not None:
                verb = held
            elif offset and NUMBER_OF_AFTER_RE.match(right):
                # "raised to 40 the number of militants arrested": the participle after the noun
                after_noun = self._right_verb(right[head_end - sk :])
                if after_noun is not None:
                    verb = after_noun[0]
        if verb is not None:
            victims = None
            if family in ("victims", "fighters") and verb in ("deaths", "injured"):
                victims = _plain_victims(phrase)
            if family is None and verb in ("deaths", "injured"):
                rm = re.match(
                    r"^\s*([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?:were\s+|was\s+)?(?:dead|killed|injured|wounded)\b",
                    right,
                )
                if rm and rm.group(1).split()[0].lower() not in STOP_WORDS:  # not "four of the wounded"
                    victims = rm.group(1)
                    if MILITANT_WORD_RE.search(victims):
                        return None, sk, None  # "all five attackers were killed": no toll
            return verb, head_end if family else sk, victims
        if family == "fighters" and (
            MEMBERS_OF_BODY_RE.match(right, head_end - sk)
            or BODY_MEMBERS_RE.search(phrase)
            or BODY_WHOSE_BEFORE_RE.search(left, max(0, len(left) - 60))
        ):
            return None, sk, None  # "two of the eight members of the Taliban delegation": not strength
        if family == "fighters" and (
            self._not_strength(c, left) or self._attack_party(c, phrase) or FORMER_RE.match(phrase)
        ):
            return None, sk, None  # ("interviewed 23 former members": people who left, no strength)
        if family in ("fighters", "leaders") or (
            family == "victims" and phrase.lower() in ("individuals", "persons", "people")
        ):
            window, core = self._core_marker_before(left)
            if (
                core is not None
                and not CLAUSE_BREAK_RE.search(window, core.end())
                # "30 to 60 core members, with roughly 400 fighters": the core has its own noun
                and not ANY_NUMBER_RE.search(window, core.end())
                and not r.head_noun_re.search(window, core.end())
                and (
                    # (a name such as "al-Qaida core" counts its core in people, not in fighters)
                    family == "victims"
                    or not any(
                        a <= core.start() < b for a, b in find_aliases(window, same_length_lower(window))
                    )
                )
            ):
                return "core_members", head_end, None  # "the group's core numbers 30 members"
            if family in ("victims", "leaders"):
                return None, sk, None
            return "fighters", head_end, None
        if family == "victims":
            # "CTD arrests: 163 suspects": people counted after a label whose verb says what befell them
            label = self._label_measure(left, c.start)
            if label in r.verb_right_measures:
                return label, head_end, None
            if self._counts_state_force(phrase):
                return "fighters", head_end, None  # (the Taliban's only: see _analyse)
            return None, sk, None
        if (
            family is None
            and (offset or not OF_AFTER_RE.match(right))
            and not OTHER_PLURAL_END_RE.match(right)
        ):
            # (a plural noun outside the vocabulary is what it counts: "you will get four answers.")
            lead = self._lead_noun(left, c.start)
            if lead is None:
                # "- By province: Kabul 120 | Kunduz 80"
                broken_down = self._broken_down(self._line_label(c.start))
                lead = broken_down.measure if broken_down is not None else None
            if lead is None and PLACES_COUNTED_BEFORE_RE.search(left, max(0, len(left) - 160)):
                lead = self._places_count_measure(c.start)
            if lead in ("deaths", "injured") and MILITANTS_HIT_BEFORE_RE.search(left, _tail(left, 8)):
                return None, sk, None  # "- Militants killed, per ISPR: 142": the other side's kills
            if lead is not None and not (
                self.r.figure_link_re.search(left, _tail(left, 8))
                and self._figure_before_in_sentence(c.start)
            ):  # ("six of the wounded died, bringing the total to 23": the figure linked to decides)
                return lead, sk, None
        return None, sk, None

    def _places_count_measure(self, start: int) -> str | None:
        """The measure of a count in parentheses after a place, in a list of the places most
        affected ("- Khyber Pakhtunkhwa: 198. Most affected districts: Kurram (23), Mohmand (14)"):
        that of the count before it on its line, else the heading's."""
        last = self._last_figure
        if last is not None and last.unit in COUNT_UNITS and "\n" not in self.text[last.end : start]:
            return last.measure
        return self._heading_measure(start)

    def _change_of_attacks_before(self, start: int) -> Figure | None:
        """The count of attacks just given whose change a percentage is: in parentheses after it
        ("171 attacks (up 22 per cent on Q2)", "- Kabul: 5 (+25%)"), in an apposition after it
        ("claimed 1,812 operations during 2025, a 36 per cent increase"), or on the next list item
        ("- Attacks: 298" then "- Change on previous quarter: +19%")."""
        prev = self._last_figure
        if prev is None or prev.measure != "attacks" or not 0 <= start - prev.end <= 120:
            return None
        gap = (self.text, prev.end, start)
        if (
            PAREN_CHANGE_GAP_RE.fullmatch(*gap)
            or CHANGE_ITEM_GAP_RE.fullmatch(*gap)
            or APPOSITIVE_CHANGE_GAP_RE.fullmatch(*gap)
        ):
            return prev
        return None

    def _core_marker_before(self, left: str) -> tuple[str, re.Match[str] | None]:
        """(window, match) of a word naming a group's core before a number ("its core numbers
        30"); further back, only the core of a group named after it ("The core leadership of
        Al-Qaida in Afghanistan is assessed at between 30 and 40 individuals"). Never one in an
        aside describing the group ("AQIS, which answers to the same leadership, has 200")."""
        window = left[-90:]
        asides = [m.span() for m in RELATIVE_ASIDE_RE.finditer(window)]
        far: re.Match[str] | None = None
        for m in self.r.core_marker_re.finditer(window):
            if any(a < m.start() < b for a, b in asides):
                continue
            if m.start() >= len(window) - 50:
                return window, m
            of = OF_THE_RE.match(window, m.end())
            if far is None and of is not None and self.r.alias_re.match(window, of.end()):
                far = m
        return window, far

    def _elided_noun(self, left: str) -> tuple[str | None, str]:
        """The counted noun left out after a denominator ("a third of the provinces - roughly a
        dozen of the country's 34"): the last counted noun shortly before, in the same sentence."""
        found: tuple[str | None, str] = (None, "")
        window = left[-80:]
        opened = window.rfind("(")
        cut = max(window.rfind(":"), opened if window.rfind(")") < opened else -1)
        for hm in self.r.head_noun_re.finditer(window, cut + 1):
            family = self.r.head_nouns.get(norm(hm.group(0)))
            if family not in (None, "victims"):
                found = (family, hm.group(0))
        return found

    def _group_agent_before(self, sentence: str, sj: int, target: str | None) -> bool:
        """Whether another group of the vocabulary is named before the number as its agent
        ("ISKP has been blamed for dozens of attacks on Taliban targets": the attacks are ISKP's,
        not operations against the Taliban)."""
        lowered = same_length_lower(sentence)
        for s, e in find_aliases(sentence, lowered, 0, sj):
            subj = subject_named(sentence, s, e)
            if subj in (None, target, "united_states", "militant_groups"):
                continue
            if self._after_preposition(sentence, s):
                continue  # named as an object ("against ISKP"), not as the agent
            return True
        return False

    def _anaphor_agent_before(self, sentence: str, sj: int) -> bool:
        """Whether a reference back to a group ("the group's outlet") stands before the number as
        an agent, not as the object of a preposition ("raids against the group")."""
        for am in self.r.anaphora_re.finditer(sentence, 0, sj):
            if am.group(0).lower() in ("its", "the militants"):
                continue  # ("its" may be a state's; "the militants" need not be one group)
            if not self._after_preposition(sentence, am.start()):
                return True
        return False

    def _qualifier_start(self, text: str, end: int) -> int:
        """Where a qualifier ending at `end` starts ("at least ", "roughly "), else `end`."""
        qm = self.r.qual_before.search(text, _tail(text[:end], 3), end)
        return qm.start() if qm is not None else end

    def _stated_rate(self, right: str, money: bool) -> str | None:
        """The rate stated right after a number ("$5 million a year", "PKR 38 m / month"); after a
        sum, past its conversion in parentheses ("AFN 3.5 million (US$50,000) a month")."""
        paren = PAREN_AFTER_RE.match(right) if money else None
        after = right[paren.end() :] if paren else right
        return next((per for per, pattern in self.r.per_re if pattern.match(after)), None)

    def _money_measure(self, sentence: str, sj: int, sk: int, flow: bool = False) -> str | None:
        """The measure of a sum by the cue words of its sentence: a bounty's words anywhere, else
        the cue nearest the sum ("earns $40 million ... what it calls donations" is revenue). For a
        flow, "worth" names no measure."""
        if COMPENSATION_BEFORE_RE.search(sentence, max(0, sj - 40), sj) or COMPENSATION_AFTER_RE.match(
            sentence, sk
        ):
            return "not_revenue"  # "compensation of Rs 1 million ... and a Rs 10 million reward": no bounty
        # "sent more than $3 billion in humanitarian aid": aid given, whatever reward is named
        # (aid received, "has received $25 million in aid from Gulf donors", is what it lives on)
        in_aid = AID_AFTER_SUM_RE.match(sentence, sk) is not None
        if in_aid and not RECEIVED_BEFORE_RE.search(sentence, max(0, sj - 40), sj):
            return "aid_funding"
        if PRICE_ON_HEAD_RE.search(sentence) and not in_aid:
            return "bounty"
        given_end = self._qualifier_start(sentence, sj)  # ("with roughly $43,000")
        if GIVEN_TO_BEFORE_RE.search(sentence, max(0, given_end - 80), given_end) and not in_aid:
            return "revenue"  # "provide the group's leadership with $43,000 a month": what it receives
        best: tuple[bool, int, int, str] | None = None
        source = _source_before(sentence, sj)
        # (a label's source names no measure: "US funding, FY2025 [OCHA Financial Tracking Service]:")
        lo, hi = source.span() if source is not None else (0, 0)
        # a cue in the sum's own clause first ("taxes on trade, and $300 million a year in customs")
        clause_lo, clause_hi = _clause_span(sentence, sj, sk)
        for rank, (measure, pattern) in enumerate(self.r.money_measures):
            for m in pattern.finditer(sentence):
                if lo <= m.start() < hi or (flow and m.group(0).lower() == "worth"):
                    continue
                if measure == "bounty":
                    if in_aid:
                        continue
                    return measure
                read_as = measure
                if measure in ("aid_funding", "not_revenue") and FROM_SOURCES_BEFORE_RE.search(
                    sentence, max(0, m.start() - 40), m.start()
                ):
                    # "income from extortion and donations", "income from Karachi's construction
                    # trade": what it lives on, not aid given nor a trade's worth
                    read_as = "revenue"
                gap = sj - m.end() if m.end() <= sj else max(0, m.start() - sk)
                outside = not clause_lo <= m.start() < clause_hi
                if best is None or (outside, gap, rank) < best[:3]:
                    best = (outside, gap, rank, read_as)
        return best[3] if best is not None else None

    def _label_measure(self, left: str, pos: int = -1) -> str | None:
        """The measure a label gives the number after it ("Fatalities in claimed attacks: 417"):
        the label's head, before its first preposition, and a participle in it first ("Members
        detained: 1,035" counts detentions). In a list, a label that names no measure ("- ISKP:",
        "- 2021:") takes the one its heading names. "" when the label says it is no figure
        ("Militants killed by security forces: 925" are not deaths in attacks)."""
        stripped = left.rstrip()
        if not stripped.endswith(":"):
            qm = self.r.qual_before.search(stripped, _tail(stripped, 3))
            if qm is None:
                return None
            stripped = stripped[: qm.start()].rstrip()  # "- Released: c. 2,300"
            if not stripped.endswith(":"):
                return None
        aside = _label_source(stripped)
        if aside is not None:  # "ISKP fighters (source: UN Monitoring Team):": the label before it
            stripped = stripped[: aside.start()] + ":"
        lm = LABEL_END_RE.search(stripped, max(0, len(stripped) - 122))
        r = self.r
        line_label = self._line_label(pos) if pos >= 0 else None
        if lm is not None:
            label = lm.group(1)
            for measure, pattern in r.label_openings_lc:
                if pattern.match(label.lower()):
                    return measure  # "- Claimed by TJP: 3"
            head = r.label_break_re.split(label, maxsplit=1)[0].lower()
            for measure, pattern in r.verb_label_lc:
                if pattern.search(head):
                    if (
                        measure == "deaths"
                        and FIGHTER_WORD_RE.search(head)
                        and (FORCES_RE.search(label) or OPERATION_WORD_RE.search(label))
                    ):
                        return ""
                    return measure
            # the family named first is the label's head ("Provinces where ISKP runs camps")
            named = [(fm.start(), fam) for fam, pattern in r.lead_nouns_lc if (fm := pattern.search(head))]
            if not named:
                named = [
                    (fm.start(), fam) for fam, pattern in r.label_nouns_lc if (fm := pattern.search(head))
                ]
            if named:
                fam = min(named)[1]
                if fam == "provinces":
                    return "provinces_with_camps" if CAMP_RE.search(label) else "provinces_active"
                if fam == "camps":
                    return "new_training_camps" if NEW_RE.search(label) else "training_camps"
                return fam
            if (
                GROUPS_WORD_RE.search(head)
                and (AGGREGATE_ADJ_RE.search(head) or GROUPS_FIRST_RE.match(head))
                and r.presence_re.search(label)
            ):
                return "groups_present"
            if (
                line_label is not None
                and r.label_break_re.match(" " + label)
                and stripped[: lm.start()].rstrip().endswith(";")
            ):
                # a label cut to its preposition after a semicolon shares the line's label head
                # ("Arrests for TTP links: 212; for ISKP links: 37")
                return self._label_measure(self.text[line_label[0] : line_label[1] + 1])
        if line_label is not None and line_label[2]:
            return self._heading_measure(pos)
        return None

    def _lead_noun(self, left: str, pos: int = -1) -> str | None:
        """The measure a noun before the number gives it ("membership was reduced to 1,500").

        The noun stands within 70 characters of the number, or further when a verb of level
        brings the number in ("the death toll from Monday's bombing rose to 101").
        """
        label = self._label_measure(left, pos)
        if label is not None:
            return label or None
        found = self._lead_noun_in(left[-70:])
        if found == "fighters" and MILITANTS_KILLED_BEFORE_RE.search(left, max(0, len(left) - 70)):
            return None  # "Militants killed in IBOs (46 in the quarter)": losses, not a strength
        if found is None:
            aside = ASIDE_BEFORE_AT_RE.search(left, max(0, len(left) - 160))
            if aside is not None:
                found = self._lead_noun_in(left[max(0, aside.start() - 70) : aside.start()])
        if found is None and (
            STRENGTH_VERB_BEFORE_RE.search(left, _tail(left, 6))
            or (pos >= 0 and (self._group_numbers(pos) or self._group_put_at(pos)))
        ):
            # "the IMU now numbers no more than 100": a group's strength (not of the attackers
            # in one raid, "thought to number five")
            return None if ATTACKERS_RE.search(left[-60:]) else "fighters"
        if found is None and len(left) > 70 and LEVEL_VERB_RE.search(left, _tail(left, 4)):
            found = self._lead_noun_in(left[-150:])
        return found

    def _group_numbers(self, pos: int) -> bool:
        """Whether "number" before pos is the verb of a group's name ("Remnants of the IMU number
        fewer than 100"), not a label ("Resolution number 2255")."""
        return self._group_then(NAME_THEN_NUMBER_RE, pos, 120)

    def _group_put_at(self, pos: int) -> bool:
        """Whether a passive estimate before pos is of a group's name ("The IMU is assessed at"),
        not of a noun ("its revenue is estimated at")."""
        return self._group_then(NAME_THEN_PUT_AT_RE, pos, 100)

    def _group_then(self, words: re.Pattern[str], pos: int, reach: int) -> bool:
        """Whether `words`, found within `reach` characters before pos, follow a group's name."""
        m = words.search(self.text, max(0, pos - reach), pos)
        if m is None:
            return False
        end = m.start()
        return any(e == end for _s, e in find_aliases(self.text, self.lowered, max(0, end - 60), end))

    def _lead_noun_in(self, window: str) -> str | None:
        r = self.r
        lowered = same_length_lower(window)
        if lowered is not None and r.lead_nouns_union_lc.search(lowered) is None:
            return None  # no family's noun anywhere in the window
        patterns = r.lead_nouns if lowered is None else r.lead_nouns_lc
        hay = window if lowered is None else lowered
        found: list[tuple[str, re.Match[str]]] = []
        for fam, pattern in patterns:
            pm = None
            for pm_ in pattern.finditer(hay):
                pm = pm_
            if (
                pm is not None
                and not LEAD_BREAK_RE.search(window, pm.end())
                and not POSSESSIVE_S_RE.match(window, pm.end())
            ):
                found.append((fam, pm))  # (not a possessor: "the army's media wing said five")
        for fam, pm in found:
            if any(
                other.end() < pm.start() and NOUN_MODIFIER_GAP_RE.fullmatch(hay, other.end(), pm.start())
                for _fam, other in found
            ):
                continue  # "deaths in militant attacks": the attacks say which deaths
            if any(
                other.start() > pm.end()
                and COMPOUND_GAP_RE.fullmatch(hay, pm.end(), other.start())
                and not other.group(0).endswith("ed")  # ("militants killed": a participle)
                for _fam, other in found
            ):
                continue  # "army camp bombing toll": the last noun of a compound is its head
            if fam == "fighters" and any(
                held in ("detained", "released")
                and other.start() > pm.end()
                and not hay[pm.end() : other.start()].strip()
                for held, other in found
            ):
                # "412 suspected militants detained: Punjab 146": held, not a strength (militants
                # killed are their losses, which MILITANTS_KILLED_BEFORE_RE sets aside)
                continue
            if fam == "camps":
                return "new_training_camps" if NEW_RE.search(window) else "training_camps"
            if fam == "provinces":
                return "provinces_active"
            if fam == "operations_against" and QUOTE_CLOSE_RE.match(window, pm.end()):
                return "attacks"  # 'described as "martyrdom operations"': a group's word for its attacks
            return fam
        return None

    def _is_pronoun_number(self, c: Candidate) -> bool:
        """'one' (and 'a') without a counted noun is a pronoun ("the one on", "one of")."""
        return c.number_text.strip().lower() in ("one", "a")

    def _holding_verb(self, family: str | None, right: str, pos: int) -> str | None:
        """The measure ("detained", "released") a verb after the counted phrase ending at
        right[pos] gives the people it counts: its clause's verb ("14 members of the TIP were
        released"), one after the next item of a list ("41 TTP members and 22 ISKP members
        arrested"), or, for people not a group's strength, a participle straight after the noun
        ("41 alleged TTP facilitators picked up in Charsadda")."""
        held = self.r.held_verb_after_re.match(right, pos) or self.r.held_after_list_re.match(right, pos)
        if held is not None:
            return held.lastgroup
        participle = self._right_verb(right[pos:]) if family == "victims" else None
        if participle is not None and participle[0] in ("detained", "released"):
            return participle[0]
        return None

    def _right_verb(self, right: str) -> tuple[str, int] | None:
        """The measure a verb after a count gives it ("62 killed", "14 members ... were released")
        and where the verb ends in `right`."""
        vr = self.r.verb_right_any.match(right)
        if vr is None or not vr.lastindex:
            return None
        return self.r.verb_right_measures[vr.lastindex - 1], vr.end()

    def _verb_measure(self, left: str, right: str) -> str | None:
        after = self._right_verb(right)
        if after is not None and self.r.verb_right_blocked.search(_unquoted(right[: after[1]])):
            after = None
        if after is None:
            before = self._left_verb(left)
            return before[1] if before is not None else None
        if BARE_PARTICIPLE_AFTER_RE.match(right, 0, after[1]):
            before = self._left_verb(left)
            if before is not None and VERB_OBJECT_GAP_RE.fullmatch(before[0]):
                # "had released nearly 90 TTP members detained in Kapisa": the number is the verb's
                # object, so the participle after its noun describes the people, not what befell them
                return before[1]
        return after[0]

    def _left_verb(self, left: str) -> tuple[str, str] | None:
        """The measure verb nearest before a number in its clause, within 48 characters: the
        words between them, and the verb's measure."""
        r = self.r
        window = left[-80:]
        if " of " in window:
            window = DATED_BEFORE_OF_RE.sub("", window)
        lowered = same_length_lower(window)
        best: tuple[int, str] | None = None
        if lowered is not None and r.verb_left_union_lc.search(lowered) is None:
            return None  # no measure's verb anywhere in the window
        patterns = r.verb_left_any if lowered is None else r.verb_left_lc
        for measure, unanchored in patterns:
            for vm in unanchored.finditer(window if lowered is None else lowered):
                between = window[vm.end() :]
                if len(between) > 48 or CLAUSE_BREAK_RE.search(between):
                    continue
                if ARTICLE_END_RE.search(window, 0, vm.start()):
                    continue  # "of the wounded had died, bringing ... to 23": a noun, not a verb
                if best is None or vm.end() > best[0]:
                    best = (vm.end(), measure)
        return (window[best[0] :], best[1]) if best else None

    def _change_sign(self, sentence: str, sj: int, sk: int) -> int | None:
        r = self.r
        sign = SIGN_BEFORE_RE.search(sentence, max(0, sj - 2), sj)
        if sign is not None:
            return 1 if sign.group(1) == "+" else -1  # a signed change: "-62%", "+31%"
        near_right = sentence[sk : sk + 30]
        near_left = sentence[max(0, sj - 30) : sj]
        rm_pos = r.change_pos.search(near_right)
        rm_neg = r.change_neg.search(near_right)
        cand: list[tuple[int, int]] = []
        if rm_pos and CHANGE_NOUN_GAP_RE.fullmatch(near_right, 0, rm_pos.start()):
            cand.append((rm_pos.start(), 1))
        if rm_neg and CHANGE_NOUN_GAP_RE.fullmatch(near_right, 0, rm_neg.start()):
            cand.append((rm_neg.start(), -1))
        if cand:
            return min(cand)[1]
        lp = None
        for m in r.change_pos.finditer(near_left):
            if not THAN_AFTER_RE.match(near_left, m.end()):
                lp = m  # ("rose by more than 40%": "more than" qualifies the number)
        ln = None
        for m in r.change_neg.finditer(near_left):
            ln = m
        best = max(
            [
                (m.end(), s)
                for m, s in ((lp, 1), (ln, -1))
                if m is not None and self._changes_number(near_left, m.end())
            ],
            default=None,
        )
        if best is not None:
            return best[1]
        put = CHANGE_PUT_AT_RE.search(sentence, max(0, sj - 80), sj)
        if put is not None:
            # "compared with 94 ..., a decline the Team calculates at 35 per cent": the change put at it
            if r.change_pos.fullmatch(put.group("w")):
                return 1
            if r.change_neg.fullmatch(put.group("w")):
                return -1
        label = CHANGE_LABEL_RE.match(sentence, 0, sj)
        if label is not None:
            # "* Rise in TTP attacks in Khyber Pakhtunkhwa over 2024: 44%": the label's change noun
            if r.change_pos.fullmatch(label.group("w")):
                return 1
            if r.change_neg.fullmatch(label.group("w")):
                return -1
        if r.change_neg_ctx.search(sentence):
            return -1
        if r.change_pos_ctx.search(sentence):
            return 1
        return None

    def _changes_number(self, near_left: str, verb_end: int) -> bool:
        """Whether a change word ending at verb_end governs the number ending near_left: only "by",
        an article and the number's own qualifier stand between ("rose by something like 40%")."""
        rest = near_left[verb_end:]
        qm = self.r.qual_before.search(rest, _tail(rest, 5))
        if qm is not None:
            rest = rest[: qm.start("q")]
        return CHANGE_GAP_RE.fullmatch(rest) is not None

    # ----------------------------------------------------------- subject

    def _groups_operating_in(self, sentence: str, head_end: int) -> bool:
        """Whether groups just counted are said to operate in a country ("the 21 groups the Team
        believes to be operating in Afghanistan"), in the clause after the noun."""
        m = PRESENT_IN_COUNTRY_RE.search(sentence, head_end, head_end + 80)
        if m is None or CLAUSE_CUT_RE.search(sentence, head_end, m.start()):
            return False
        # "operating in the country": the country the text is about
        return self.r.countries_re.match(sentence, m.end()) is not None or sentence.startswith(
            "country", m.end()
        )

    def _leader_subject(self, sentence: str, block: Block, ss: int, sk: int) -> str | None:
        """The group of the leader a reward is offered for: named in the sentence (the first after
        the sum ending at sk, "up to $3 million for Noor Wali Mehsud; the $10 million on Sirajuddin
        Haqqani", else the last before it), else the last named earlier in the paragraph
        ("Sirajuddin Haqqani ... He remains subject to a reward")."""
        r = self.r
        hits = list(r.leaders_re.finditer(sentence))
        role = LEADER_ROLE_RE.search(sentence)
        if not hits and role is not None:
            # "a reward for information on the TTP's emir", "for the leader of ISIS-K": the group
            # named for its leader, whatever other group the sentence names
            for s, e in find_aliases(sentence, same_length_lower(sentence)):
                if e == role.start() or role.start() < s < role.end():
                    return subject_named(sentence, s, e)
            return None
        if hits:
            hit = next((h for h in hits if h.start() >= sk), hits[-1])
            return r.leader_subject.get(norm(hit.group(0)))
        earlier = list(r.leaders_re.finditer(block.text, 0, ss))
        return r.leader_subject.get(norm(earlier[-1].group(0))) if earlier else None

    def _modifies_noun(self, text: str, mt: Mention) -> bool:
        """Whether a group's name is a modifier of another noun ("under Taliban protection"), and
        so not what a later "the group" or "its" refers back to; or completes one ("under
        sustained pressure from the de facto authorities")."""
        return (
            text.startswith("-", mt.end)  # "the TTP-claimed assault"
            or self.r.attributive_after_re.match(text, mt.end, mt.end + 40) is not None
            or self.r.attributive_before_re.search(text, max(0, mt.start - 40), mt.start) is not None
            or (
                self.r.action_after_re.match(text, mt.end, mt.end + 40) is not None
                and PREPOSITION_BEFORE_RE.search(text, max(0, mt.start - 20), mt.start) is not None
            )
        )

    def _attributes(self, sentence: str, mt: Mention, sk: int) -> bool:
        """Whether a group is named as who says a figure, not who it is about: an official voice
        of the group (", a Taliban police spokesman said", "Taliban officials said", "the Taliban
        government's chief spokesman"). The group's own bare name ("ISKP said") may speak of
        itself, so it stays. An official a sum is paid to ("$1.1 million to an ISIS-K finance
        official") is the one paid, not a voice."""
        if OFFICIAL_AFTER_NAME_RE.match(sentence, mt.end, mt.end + 60):
            return not PAYEE_BEFORE_RE.search(sentence, max(0, mt.start - 30), mt.start)
        return bool(mt.end <= sk and PUTS_FIGURE_AFTER_NAME_RE.match(sentence, mt.end, sk))

    def _agent_of_verb(self, sentence: str, mt: Mention, end: int) -> bool:
        """Whether a name before `end` is the subject of a verb that detains, frees or operates
        ("the Taliban say they have arrested"), not a modifier of the people it acts on ("ISKP
        suspects detained", "180 ISIL-K suspects and conducted")."""
        verb = AGENT_VERB_AFTER_RE.match(sentence, mt.end, end)
        return verb is not None and not self.r.head_noun_re.search(sentence, mt.end, verb.end())

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
        ments = [
            mt
            for mt in self._sentence_mentions(block, ss, sentence)
            if not self._attributes(sentence, mt, sk)
        ]
        if measure == "affiliates":
            # "four ISIL regional affiliates, ISIL-K among them": the parent's, never read as one
            # of its provinces
            ments = [replace(mt, subject=alias_to_subject(mt.text) or mt.subject) for mt in ments]
            for mt in ments:
                if AFFILIATES_AFTER_NAME_RE.match(sentence, mt.end) and self._eligible(mt.subject, measure):
                    return mt.subject  # "of the ISIL affiliates, only two, ISIL-K and ...": whose they are
        if measure == "founded_year":
            # "founded in 2015 by disaffected TTP militants": the founders are not the group founded
            # (nor a group their description names, "by Amriddin Tabarov, a veteran of the IMU",
            # nor one in a clause of its own, "; a faction pledged allegiance to ISIL in 2015")
            ments = [
                mt
                for mt in ments
                if not (
                    mt.start >= sk
                    and (
                        FOUNDERS_BEFORE_RE.search(sentence, sk, mt.start)
                        or self._after_preposition(sentence, mt.start)
                        or ";" in sentence[sk : mt.start]
                        or (
                            FOUNDED_BY_RE.search(sentence, sk, mt.start)
                            and OBJECT_OF_BEFORE_RE.search(sentence, max(sk, mt.start - 12), mt.start)
                        )
                    )
                )
            ]
        label = self._line_label(c.start)
        broken_down = self._broken_down(label)
        if (
            broken_down is not None
            and broken_down.measure == measure
            and not any(mt.end <= sj for mt in ments)
        ):
            return broken_down.subject  # "- By province: Kabul 120 | Kunduz 80": the count above's
        # in a list or label line the subject comes from the line's own label, never from the
        # words after the number ("(Taliban claim)") nor from the lines above
        if label is not None and PROSE_AFTER_LABEL_RE.fullmatch(self.text, label[1] + 1, c.start):
            label = None  # "- Bajaur: police said it carried out 140 operations against the TTP": prose
        if label is not None and label[2]:
            # (but "- Punjab CTD: 56 suspects with alleged TTP links": a tie in the counted phrase)
            # (and "- Kyrgyzstan: 7 arrests linked to ISKP networks": a group owning what is counted)
            ments = [
                mt
                for mt in ments
                if mt.end <= sj
                or sk <= mt.start < head_end  # "- Punjab CTD: 56 TTP suspects arrested"
                # (in the number's own clause: not "TTP links: 212; for ISKP links: 37")
                or (_TIES_AFTER_NAME_RE.match(sentence, mt.end) and ";" not in sentence[sk : mt.start])
                or (mt.start >= head_end > sk and r.owner_link_re.match(sentence, head_end, mt.start))
            ]
            source = _source_before(sentence, sj)
            if source is not None:  # "- Persons detained for ISKP links [Taliban claim]: 140": a source
                ments = [mt for mt in ments if not source.start() <= mt.start < source.end()]
        if measure in TIED_NOT_SUBJECT_MEASURES:
            ments = [mt for mt in ments if not _named_as_tie(sentence, mt.start, mt.end)]
        if measure in ("deaths", "injured"):
            # "the de facto authorities acknowledged 17 deaths": the government giving a toll
            ments = [mt for mt in ments if not (mt.subject == "taliban" and self._speaks(sentence, mt))]
        eligible = [mt for mt in ments if self._eligible(mt.subject, measure)]
        if FRONTED_WHOLE_BEFORE_RE.search(sentence, 0, sj) and self._eligible("militant_groups", measure):
            # "Of the 140 attacks, the TTP claimed 19": the whole the groups named after it share
            comma = sentence.find(",", sk)
            if (
                comma > 0
                and not any(mt.start < comma for mt in eligible)
                and any(mt.start > comma for mt in eligible)
            ):
                return "militant_groups"
        if measure in ("deaths", "injured", "attacks"):
            # (in the number's own clause: "...claimed 19; the rest were claimed by Baloch outfits")
            semi = sentence.find(";", sk)
            by = CLAIMED_BY_RE.search(
                sentence, sentence.rfind(";", 0, sj) + 1, len(sentence) if semi < 0 else semi
            )
            if (
                by is not None
                and not r.anaphora_re.match(by.group("who"))
                and all(
                    subject_named(by.group("who"), s, e) in (None, OUTSIDE_GROUP)
                    for s, e in find_aliases(by.group("who"), same_length_lower(by.group("who")))
                )
            ):
                return None  # "23 killed; claimed by BLA": a group outside the vocabulary
        if measure == "aid_funding":
            if c.currency not in (None, "USD"):
                # "£151 million committed by the UK": another donor's, in its own currency (the
                # United States gives dollars); a group named in the sentence may give it
                eligible = [mt for mt in eligible if mt.subject != "united_states"]
                if not eligible:
                    return None
            elif any(mt.subject == "united_states" for mt in eligible):
                return "united_states"
        if measure == "revenue":
            payees = [
                mt for mt in eligible if PAYEE_BEFORE_RE.search(sentence, max(0, mt.start - 30), mt.start)
            ]
            if payees:
                # "the ISIL core transferred $200,000 to ISIL-K": the one paid; of several, the one
                # the sum is sent to ("$3.4 million to ISIS-K ..., and $410,000 to TJP commanders")
                after = [mt for mt in payees if mt.start >= sk]
                return after[0].subject if after else payees[-1].subject
            for am in r.anaphora_re.finditer(sentence):
                if PAYEE_BEFORE_RE.search(sentence, max(0, am.start() - 30), am.start()):
                    # "payments to the group's leadership by the Taliban": the group referred to
                    referred = self._referred_to(block, ss + am.start(), len(am.group(0)), measure)
                    if referred is not None:
                        return referred
            payers = [
                mt
                for mt in eligible
                if PAYER_BEFORE_RE.search(sentence, max(0, mt.start - 30), mt.start)
                and not self._modifies_noun(sentence, mt)  # "revenue from the Taliban's mines"
            ]
            eligible = [mt for mt in eligible if mt not in payers]
        if measure == "bounty":
            leader = self._leader_subject(sentence, block, ss, sk)
            if leader is not None:
                return leader
        # "put that of ISKP at about 2,000": whose the figure is, in place of the noun it repeats
        for mt in eligible:
            if (
                mt.end <= sj
                and THAT_OF_BEFORE_RE.search(sentence, max(0, mt.start - 20), mt.start)
                and not CLAUSE_BREAK_RE.search(sentence, mt.end, sj)
            ):
                return mt.subject
        if measure in ("attacks", "deaths", "injured") and SHARED_OUT_BEFORE_RE.search(sentence, 0, sj):
            to = SHARE_TO_AFTER_RE.match(sentence, max(sk, head_end))
            given = next((mt for mt in ments if to is not None and mt.start == to.end()), None)
            if given is not None:
                # "221 were attributed to the TTP, 9 to ISKP and 2 to the BLA": each share is the
                # group's it is given to, not the one named before it (none, outside the vocabulary)
                return given.subject if self._eligible(given.subject, measure) else None
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
        # the group that owns what is counted, named after it ("fighters loyal to the Taliban",
        # "provinces where ISKP operates")
        for mt in eligible:
            if mt.start >= head_end > sk and r.owner_link_re.match(sentence, head_end, mt.start):
                return mt.subject
        if (
            measure == "released"
            and PRISONERS_RE.search(sentence, sk, head_end)
            and not any(sk <= mt.start < head_end for mt in eligible)
        ):
            return None  # "stormed the jail and freed 43 inmates": no group's members are named
        if measure in ("detained", "released", "operations_against"):
            # the party that detains, frees or operates ("detained by Taliban authorities") is not
            # the group counted; nor is the subject of the verb that does it ("the de facto
            # authorities detained around 90 individuals for alleged ISKP affiliation")
            eligible = [
                mt
                for mt in eligible
                if not BY_BEFORE_RE.search(sentence, max(0, mt.start - 12), mt.start)
                and not (mt.end <= sj and self._agent_of_verb(sentence, mt, sj))
            ]
            words = sentence[sk:head_end].split()
            if words and r.head_nouns.get(norm(words[-1])) == "arrests":
                # "the GDI has claimed 260 detentions": whoever makes the arrests named before them
                # is not whom they hold ("58 TTP arrests", "arrests of ISKP suspects")
                eligible = [mt for mt in eligible if mt.start >= sk]
        if measure in ("attacks", "attack_change_pct"):
            for mt in eligible:
                tail = sentence[mt.end : mt.end + 30]
                if (
                    _OWN_ATTACKS_AFTER_RE.match(tail)
                    and mt.start > sk - 5
                    and not CLAUSE_CUT_RE.search(sentence, sk, max(sk, mt.start))
                ):
                    return mt.subject  # "a 51% increase in TTP attacks", not "..., while ISKP attacks fell"
            for mt in eligible:
                if _ATTACKS_BY_BEFORE_RE.search(sentence[max(0, mt.start - 30) : mt.start]):
                    return mt.subject
        if measure == "operations_against":
            for mt in eligible:
                if mt.start >= sk and _AGAINST_WORD_RE.search(sentence[sk : mt.start]):
                    return mt.subject
        if measure in ("detained", "released"):
            # "raids on IS-K hideouts ..., detaining 38 suspects": held in operations against the group
            for mt in eligible:
                if mt.end <= sj and OPERATION_ON_RE.search(sentence, max(0, mt.start - 45), mt.start):
                    return mt.subject
        if measure in ("detained", "released"):
            # "96 arrests, ..., including 12 suspects linked to ISKP": the group a part is tied to,
            # after the part's own number, is not the whole's
            whole = [
                mt
                for mt in eligible
                if not (mt.start >= sk and SUBSET_BETWEEN_RE.search(sentence, max(sk, head_end), mt.start))
            ]
            if eligible and not whole:
                return "militant_groups"  # of several groups, or of none named
            eligible = whole
        if measure in ("detained", "released", "operations_against"):
            for mt in eligible:
                if _AGAINST_BEFORE_RE.search(sentence[max(0, mt.start - 20) : mt.start]):
                    return mt.subject
            for mt in eligible:
                if mt.start >= sk and (
                    _TIES_WORD_RE.search(sentence[sk : mt.start])
                    or _TIES_AFTER_NAME_RE.match(sentence, mt.end)
                    or LINKED_TO_RE.match(sentence, sk, mt.start)
                ):  # "ties to the TTP", "with alleged TTP links", "213 linked to ISKP"
                    return mt.subject
            # "13,000 suspects tied to the movement", "operations against the group": the group the
            # words refer back to
            tie = TIED_TO_ANAPHOR_RE.search(sentence, sk, min(len(sentence), head_end + 60))
            if tie is not None:
                referred = self._referred_to(block, ss + tie.start("a"), len(tie.group("a")), measure)
                if referred is not None:
                    return referred
        aggregate = self._eligible("militant_groups", measure) and self._aggregate_in(sentence)
        agent = any(
            mt.end <= sj and not mt.demoted and mt.subject not in ("militant_groups", "united_states")
            for mt in eligible
        )  # "the ETIM network carried out more than 200 terrorist attacks": the group's own
        if aggregate and not agent and r.aggregate_re.search(sentence[sk : max(head_end, sk) + 40]):
            return "militant_groups"
        if aggregate and agent and measure in ("attacks", "attack_change_pct"):
            # "The TTP carried out 600 attacks, said the centre, which found militant attacks in the
            # province rose by 38%": all groups' attacks, named in a clause of their own
            last = max(mt.end for mt in eligible if mt.end <= sj)
            agg = r.aggregate_re.search(sentence, last, sj)
            if agg is not None and (
                CLAUSE_BREAK_RE.search(sentence, last, agg.start())
                or CLAUSE_CUT_RE.search(sentence, last, agg.start())
            ):
                return "militant_groups"
        before = [mt for mt in eligible if mt.end <= sj]
        for mt in reversed(before):
            rel = RELATIVE_AFTER_RE.match(sentence, mt.end)
            if rel is not None and mt.demoted and not CLAUSE_BREAK_RE.search(sentence, rel.end(), sj):
                # "blind us to Daesh-Khorasan, which is down to a few hundred fighters": the
                # relative clause holding the number speaks of the name it follows
                return mt.subject
        if before:
            before = self._outside_asides(sentence, before, ments, sj)
        after = [
            mt
            for mt in eligible
            if mt.start >= sk and not self._in_relative_after(sentence, max(sk, head_end), mt)
        ]
        if before:
            # "Estimates of ISKP strength run from 1,800 to 2,400, despite Taliban raids": a group in
            # a clause after the number's is not its subject when one is named before it
            phrase_end = self._phrase_end(sentence, sk)
            after = [mt for mt in after if not COMMA_OR_SEMICOLON_RE.search(sentence, phrase_end, mt.start)]
        elif measure in ("attacks", "attack_change_pct"):
            # "Attacks in Pakistan were up 17% on 2024, and the TTP alone accounted for 48% of
            # them": nor is one in a clause of its own the subject of a count of attacks
            after = [mt for mt in after if not CLAUSE_CUT_RE.search(sentence, sk, mt.start)]
        else:
            # "the toll has risen to fourteen; ... and across the border, the Taliban's interior
            # ministry reports a raid": an independent clause after a semicolon speaks of another
            # event, unless it claims this one ("kills 14; Pakistani Taliban claim attack", "6
            # killed; claimed by BLF")
            after = [
                mt for mt in after if ";" not in sentence[sk : mt.start] or _claims_in_clause(sentence, mt)
            ]
        nearest = next((mt for mt in reversed(before) if not mt.demoted), None)
        refers_back = False  # "the group" with no group named before it in the sentence
        noun_back = False  # ... by a noun ("the affiliate"), not "its" ("for its part")
        relatives = [
            m.span() for m in RELATIVE_ASIDE_RE.finditer(sentence, nearest.end if nearest else 0, sj)
        ]
        for am in r.anaphora_re.finditer(sentence, nearest.end if nearest else 0, sj):
            if am.group(0).lower() == "its" and nearest is None:
                # "Its attacks fell by half", "Member States put its strength at 2,000, despite
                # Taliban raids": "its" with no group named before it refers back
                refers_back = True
                continue
            if any(a <= am.start() < b for a, b in relatives):
                continue  # "the IMU, which ... was nearly destroyed for its trouble, is down to": aside
            prior = [mt for mt in before if mt.end <= am.start() and not self._modifies_noun(sentence, mt)]
            by_noun = am.group(0).lower().startswith("the ")
            if (
                prior
                and by_noun
                and not prior[-1].demoted  # "a tally of ISKP claims that showed the group": no subject
                and OWN_CLAUSE_GAP_RE.fullmatch(sentence, prior[-1].end, am.start())
                and not ITSELF_AFTER_RE.match(sentence, am.end())  # "TTP attacks claimed by the group itself"
            ):
                # "the Taliban continue to pay the group's leaders": a noun that refers back never
                # names the subject of its own clause (that would be "its")
                before = [mt for mt in before if mt is not prior[-1]]
                prior = []
            if prior:
                return prior[-1].subject  # "the group's strength": the group last named
            noun_back = noun_back or by_noun
            refers_back = refers_back or noun_back
        if nearest is None and (IT_ACTS_RE.search(sentence, 0, sj) or THEY_ACT_RE.match(sentence)):
            refers_back = True  # "Member States estimate that it commands some 3,000 fighters"
        if r.owner_it_re.search(sentence, max(0, sj - 60), max(sk, head_end) + 40):
            refers_back = (
                True  # "the pool of fighters loyal to it at some 400", "provinces where it operates"
            )
        if (
            nearest is None
            and ATTRIBUTED_BEFORE_RE.search(sentence, max(0, sj - 40), sj)
            and ATTRIBUTED_TO_IT_RE.match(sentence, sk)
        ):
            refers_back = True
        if aggregate and not before and not refers_back and r.aggregate_re.search(sentence, 0, sj):
            return "militant_groups"  # "Militant attacks rose by 40%, and the TTP now fields ..."
        if (
            not eligible
            and not refers_back
            and measure in ("attacks", "attack_change_pct", "deaths", "injured")
            and MILITANTS_ACT_RE.search(sentence)
            and (
                measure in ("attacks", "attack_change_pct")
                or SEPARATE_EVENT_RE.search(sentence)
                or self._attacks_before_in_sentence(c.start)
            )
        ):
            # "militants carried out 318 attacks on police in 2025": militants of no group named,
            # over many attacks or in an incident of their own ("In a separate incident, two
            # soldiers were killed when militants attacked a checkpost")
            return "militant_groups"
        if (
            measure in ("deaths", "injured")
            and not eligible
            and not refers_back
            and BARE_ATTACKS_HIT_RE.search(sentence, 0, sj)
        ):
            return "militant_groups"  # "In Balochistan, attacks killed 131 people": attacks at large
        if (
            measure in ("attacks", "attack_change_pct")
            and not refers_back
            and all(mt.demoted for mt in before + after)
            and self._placed_attacks(sentence, sk)
        ):
            return "militant_groups"  # "Attacks across Pakistan rose by some 60 per cent last year"
        if (
            measure in ("attacks", "attack_change_pct")
            and not refers_back
            and not eligible
            and self._attacks_before_in_sentence(c.start)
            and self._last_figure is not None
            and self._last_figure.subject == "militant_groups"
            # (not a toll's change after it: "attacks down 9%, fatalities up 30%")
            and not _DEATH_WORD_RE.search(self.text, self._last_figure.end, c.start)
        ):
            # "attacks in Balochistan rose by 32 per cent, while Khyber Pakhtunkhwa saw a 13%
            # increase": another place's count, of militancy at large as the one before it
            return "militant_groups"
        if refers_back:
            after = []  # "The group's attacks rose 40%, while ISKP's fell": the group named before
            # "noting sustained Taliban pressure, considered the group's strength": not the modifier
            before = [mt for mt in before if not self._modifies_noun(sentence, mt)]
        for group in (
            [mt for mt in before if not mt.demoted][::-1],
            [mt for mt in after if not mt.demoted],
        ):
            if group:
                return group[0].subject
        if (
            aggregate
            and not noun_back  # (not "the affiliate", after an aside on "militancy")
            # "it commands 3,000 fighters, and ... protection to foreign terrorist fighters": a
            # reference back never points forward to the aggregate
            and not (refers_back and not r.aggregate_re.search(sentence, 0, sj))
        ):
            return "militant_groups"
        for group in (before[::-1], after):
            if group:
                return group[0].subject
        if (
            measure in ("detained", "released")
            and not refers_back
            and not ments
            and HELD_MILITANTS_AFTER_RE.match(sentence, sk)
        ):
            return "militant_groups"  # "412 suspected militants detained": militants of no group named
        if label is not None and not refers_back:
            return self._label_fallback(c.start, measure, label)
        if not refers_back and not ments and self._opens_place_list(c.start, c.end):
            # "Districts most affected (attacks): North Waziristan 58; South Waziristan 41": a list
            # naming no group counts for its heading's group, else for militancy at large
            return self._heading_subject(c.start, measure) or (
                "militant_groups" if self._eligible("militant_groups", measure) else None
            )
        if measure == "founded_year" and not refers_back and not ments and THING_OPENS_RE.match(sentence):
            return None  # "The Institute is a research organisation founded in 2011": something else's
        if measure == "operations_against":
            # operations against no group named, that forces or a tally report, are against
            # militancy at large ("62,113 intelligence-based operations against militants", "ISPR
            # reported 2,300 operations"), but not those aimed at a group by a pronoun ("hundreds
            # of operations against them") nor a tally a group claims ("claimed 1,812 operations")
            if PRONOUN_TARGET_AFTER_RE.match(sentence, sk) or CLAIMS_BEFORE_RE.search(
                sentence, max(0, sj - 30), sj
            ):
                return None
            if FORCES_RE.search(sentence, 0, sj) or OPERATIONS_TALLIED_RE.search(sentence, 0, sj):
                return "militant_groups"
            return None  # no one tallies them ("a handful of big operations buy a year of quiet")
        # refer back: "the group" is the subject of the sentence before; else the group last named
        doc_start = block.to_doc(ss)
        if refers_back:
            previous = block.sentence_before(ss)
            if previous:
                ps, pe = previous
                prev_sentence = block.text[ps:pe]
                prev_mentions = self._sentence_mentions(block, ps, prev_sentence)
                if (
                    prev_mentions
                    and PRONOUN_SUBJECT_OPEN_RE.match(prev_sentence)
                    and not self._sentence_figures.get((block.pieces[0][1], ps))
                    and (two_back := block.sentence_before(ps)) is not None
                ):
                    # "The TTP was founded in 2007. It is allied with the Afghan Taliban. A UN
                    # report put its strength at 6,000": the sentence before spoke of the group by
                    # a pronoun, so the groups it names are not its topic; the one before it says
                    # whose topic it is
                    es, ee = two_back
                    topic = [
                        mt
                        for mt in self._sentence_mentions(block, es, block.text[es:ee])
                        if not mt.demoted and self._eligible(mt.subject, measure)
                    ]
                    if topic:
                        return topic[0].subject
                # the subject the sentence before's figures carry
                carried = next(
                    (
                        fig.subject
                        for _end, fig in self._sentence_figures.get((block.pieces[0][1], ps), [])
                        if self._eligible(fig.subject, measure)
                    ),
                    None,
                )
                opening = r.anaphora_re.search(prev_sentence)
                if (
                    carried is not None
                    and opening is not None
                    and not any(mt.start < opening.start() for mt in prev_mentions)
                ):
                    # "Member States estimate the group's strength at 2,000 ... after Taliban raids.
                    # Its attacks fell": a sentence that opens by referring back keeps that topic,
                    # which its figures carry, whatever it names later
                    return carried
                clause = OPENING_CLAUSE_RE.match(prev_sentence)
                main_first = sorted(
                    prev_mentions,
                    key=lambda mt: (
                        noun_back and mt.subject == "taliban",
                        bool(clause and mt.end <= clause.end()),
                    ),
                )
                for mt in main_first:  # "When the Taliban emptied the prisons, TTP cadres walked free"
                    if (
                        not mt.demoted
                        and self._eligible(mt.subject, measure)
                        and not self._attributes(prev_sentence, mt, 0)
                        and not SET_ASIDE_RE.match(prev_sentence, mt.end)
                        and not self._modifies_noun(prev_sentence, mt)  # "under Taliban pressure"
                        and not self._in_relative_after(prev_sentence, 0, mt)  # "... who are hosted by"
                    ):
                        return mt.subject
                if carried is not None:
                    # "The Team assesses the group's strength at 2,000. Its leadership ...": the
                    # sentence before named its topic only by reference, and its figures carry what
                    # it resolved to
                    return carried
        if not refers_back and measure != "other":
            # "Member States estimated its strength at 3,000 fighters. ... Current estimates range
            # from 2,000 to 3,500 fighters": an estimate naming no one continues the one before it
            before_ss = block.sentence_before(ss)
            if before_ss:
                # (a count of attacks continues a change in them: "militant attacks rose 61% in
                # 2025. Across the province the observatory recorded 712 attacks")
                same = [
                    fig
                    for _end, fig in self._sentence_figures.get((block.pieces[0][1], before_ss[0]), [])
                    if fig.measure == measure or (fig.measure, measure) == ("attack_change_pct", "attacks")
                ]
                if same and self._eligible(same[-1].subject, measure):
                    return same[-1].subject
        if measure in ("deaths", "injured", "attacks") and not noun_back:
            # a later report of the same toll ("a hospital official said the dead had reached 21"):
            # the group that claimed the attack just before
            earlier = self.text[max(0, doc_start - 1500) : doc_start]
            new_event = NEW_EVENT_RE.search(sentence) is not None  # "when an attack on a mosque killed 101"
            for claim in [] if new_event else reversed(list(_responsibility_claims(earlier))):
                subj = self._as_province_named_before(_claiming_group(claim), doc_start)
                if subj and self._eligible(subj, measure):
                    return subj
            claimed = self._claimed_cache.get(doc_start)
            if claimed is None:
                window_end = min(self.body_end, doc_start + 2000)
                # (a claim under the next heading is another section's: "=== TJP ===")
                section = SECTION_HEADING_RE.search(self.text, doc_start, window_end)
                window = self.text[doc_start : section.start() if section else window_end]
                claimed = [_claiming_group(claim) for claim in _responsibility_claims(window)]
                self._claimed_cache[doc_start] = claimed
            for subj in claimed:
                subj = self._as_province_named_before(subj, doc_start)
                if subj and self._eligible(subj, measure):
                    return subj
        if measure in ("deaths", "injured") and not any(
            mt.subject not in (None, "united_states") for mt in self.mentions(doc_start - 1500, doc_start)
        ):
            # a toll whose attacker is named only later in the paragraph ("When gunmen stormed
            # the hall, killing 140 ... ISKP had been telegraphing its ambitions")
            _ps, pe = block.sentence_at(ss)
            for mt in self.mentions(block.to_doc(pe), block.to_doc(len(block.text))):
                if self._eligible(mt.subject, measure) and mt.subject != "united_states" and not mt.demoted:
                    return mt.subject
        back = self.mentions(doc_start - 1500, doc_start)
        for i in range(len(back) - 1, -1, -1):
            mt = back[i]
            if mt.start >= doc_start:
                continue
            if mt.start < doc_start - 1500:
                break
            if i and self._eligible(back[i - 1].subject, measure) and self._hangs_on(back[i - 1], mt):
                continue
            if OFFICIAL_AFTER_NAME_RE.match(self.text, mt.end, mt.end + 60):
                continue  # "Taliban officials insist ...": a voice, not what is spoken of
            if self._modifies_noun(self.text, mt):
                continue  # "under Taliban protection": a modifier, not what is spoken of
            if measure in ACTOR_MEASURES and OPERATION_ON_RE.search(
                self.text, max(0, mt.start - 40), mt.start
            ):
                continue  # "- Operations against the TTP: 412": the target, not whose attacks follow
            if refers_back and mt.subject == "militant_groups":
                continue  # "the group" names one group, not "foreign terrorist fighters"
            if measure in TIED_NOT_SUBJECT_MEASURES and _named_as_tie(self.text, mt.start, mt.end):
                continue
            if measure == "revenue" and PAYER_BEFORE_RE.search(self.text, max(0, mt.start - 30), mt.start):
                continue  # "receives an allowance from within the de facto authorities": the payer
            if self._eligible(mt.subject, measure) and not (
                measure in ("deaths", "injured") and mt.subject == "united_states"
            ):
                if measure == "other":
                    return "__backref__"
                return mt.subject
        return None

    def _referred_to(self, block: Block, pos: int, length: int, measure: str) -> str | None:
        """The subject a reference back ("the group", "it") at block offset pos resolves to, if it
        may carry the measure."""
        a = block.to_doc(pos)
        for mt in self.mentions(a - 3000, a + length):
            if mt.start == a and self._eligible(mt.subject, measure):
                return mt.subject
        return None

    @staticmethod
    def _in_relative_after(sentence: str, head_end: int, mt: Mention) -> bool:
        """Whether a group named after the counted phrase stands in a relative clause describing the
        people counted, and not as its subject, as whom they belong to or as what they are
        ("between 25 and 35 individuals, most of them veterans who are now hosted as guests of senior
        Taliban figures": whom they relate to, not whose they are; but "300 fighters whom ISKP
        trained", "40 men who belonged to the TTP", "whom it described as the TTP's governor")."""
        # the last relative pronoun before the name governs it
        rel = next(reversed(list(RELATIVE_PRONOUN_RE.finditer(sentence, head_end, mt.start))), None)
        return (
            rel is not None
            and not RELATIVE_SUBJECT_RE.fullmatch(sentence, rel.end(), mt.start)
            and not AS_ROLE_BEFORE_RE.search(sentence, max(0, mt.start - 12), mt.start)
            and not BELONGING_RE.search(sentence, rel.end(), mt.start)
            and not SENTENCE_BREAK_RE.search(sentence, rel.end(), mt.start)
        )

    def _hangs_on(self, earlier: Mention, mt: Mention) -> bool:
        """Whether mt stands in a clause hanging on the one that names `earlier`, in the same
        sentence ("Zhobwal was among the 780 TTP members freed when the Taliban took Kabul. His
        network collects ...": what the next sentence speaks of is the main clause's)."""
        between = self.text[earlier.end : mt.start]
        return (
            len(between) < 200
            and SUBORDINATOR_RE.search(between) is not None
            # (through the name's first letter: "... since June 2025. TTP training has expanded")
            and SENTENCE_BREAK_RE.search(self.text, earlier.end, mt.start + 1) is None
        )

    def _outside_asides(
        self, sentence: str, before: list[Mention], ments: list[Mention], sj: int
    ) -> list[Mention]:
        """The mentions before a number that are not inside an aside describing something else:
        "ISKP, the Islamic State's franchise and the Taliban's enemy, can still field thousands"
        (the aside describes the group named just before it), "its strength, counting AQIS, stands
        at 400" (a participle's object)."""
        asides = []
        for am in ASIDE_RE.finditer(sentence, 0, sj):
            a, b = am.span()
            if am.group("participle") or any(a - 2 <= mt.end <= a for mt in ments):
                asides.append((a, b))
        if not asides:
            return before
        return [mt for mt in before if not any(a < mt.start and mt.end <= b for a, b in asides)]

    def _quote(self, sentence: str) -> str:
        """A sentence as a figure quotes it (whitespace runs as one space); once a sentence."""
        quote = self._quote_cache.get(sentence)
        if quote is None:
            # the same as WHITESPACE_RE.sub(" ", sentence).strip(): both split on str.isspace()
            quote = self._quote_cache[sentence] = " ".join(sentence.split())
        return quote

    def _continues_report(self, sentence: str) -> bool:
        found = self._continues_cache.get(sentence)
        if found is None:
            found = self._continues_cache[sentence] = CONTINUES_REPORT_RE.search(sentence) is not None
        return found

    def _placed_attacks(self, sentence: str, sk: int) -> bool:
        """Whether the clause of a count of attacks ending at sk counts them over a place and names
        no group ("Attacks across Pakistan rose by some 60 per cent", "the most affected districts
        were Nushki (14 attacks)", "Balochistan accounted for 86 attacks", not "TTP attacks in
        Pakistan" or "attacks in Afghanistan attributed to ISKP")."""
        lo, hi = _clause_span(sentence, sk, sk)
        clause = sentence[lo:hi]
        placed = (
            PLACED_ATTACKS_RE.search(clause)
            or PLACES_LISTED_RE.search(clause)
            or PLACE_ACCOUNTED_RE.search(clause)
        )
        if placed is None or ":" in clause[placed.start() :]:
            return False  # ("Attacks in Khyber Pakhtunkhwa: 645": a row, under its heading's group)
        if ATTACK_AGENT_VERB_RE.search(clause) or self.r.anaphora_re.search(clause):
            return False  # "the chapter was responsible for 17 attacks in Mansehra": someone's
        return not find_aliases(clause, same_length_lower(clause))

    def _aggregate_in(self, sentence: str) -> bool:
        """Whether a sentence names militant groups in aggregate; once a sentence."""
        found = self._aggregate_cache.get(sentence)
        if found is None:
            found = self._aggregate_cache[sentence] = self.r.aggregate_re.search(sentence) is not None
        return found

    # ----------------------------------------------------------- per, period
    def _per(
        self,
        c: Candidate,
        measure: str,
        sentence: str,
        sj: int,
        sk: int,
        left: str,
        right: str,
        period: tuple[date | None, date | None],
        linked: Figure | None,
    ) -> str | None:
        stated = self._stated_rate(right, c.currency is not None)
        if stated is not None:
            return stated
        paren = PAREN_AFTER_RE.match(right) if c.currency else None
        money = measure in ("revenue", "aid_funding", "bounty") or (measure == "other" and c.currency)
        if not money:
            return None
        lo = max(sentence.rfind(",", 0, sj), sentence.rfind(";", 0, sj)) + 1
        hi = min(
            (i for i in (sentence.find(",", sk), sentence.find(";", sk)) if i >= 0), default=len(sentence)
        )
        label = self._line_label(c.start)
        # (after the sum, past a list's commas up to the next number: "collected $3.2 billion in
        # customs, excise and land-tax receipts in the solar year ending in March 2025")
        next_number = DIGIT_RE.search(sentence, sk + (paren.end() if paren else 0))
        if (
            FISCAL_YEAR_RE.search(sentence, lo, hi)
            or FISCAL_YEAR_RE.search(sentence, sk, next_number.start() if next_number else len(sentence))
            or (label is not None and FISCAL_YEAR_RE.search(self.text, label[0], label[1]))
        ):
            # "revenue, FY2023: $X", "for solar year 1401", "US funding, FY2025 (State Dept,
            # final): $251 million"; not another sum's year in the sentence ("$3.8 billion since
            # 2021, including $1.1 billion in FY2024")
            return "year"
        am = ANNUAL_BEFORE_RE.search(left[-70:])
        if am is None and label is not None:  # "- IS-K monthly receipts from donors (UN estimate): $15,000"
            am = RATE_WORD_RE.search(self.text, label[0], label[1])
        if am:
            return RATE_WORDS[am.group("w").lower()]
        # "income in Waziristan, per month (CTD estimate): PKR 35-40 million"; "provided $300
        # million in aid to Afghanistan every year": the rate later in the sum's clause
        rm = RATE_PHRASE_RE.search(self.text, label[0], label[1]) if label is not None else None
        if rm is None:
            rm = RATE_PHRASE_RE.search(sentence, sk, hi)
            if rm is not None and DIGIT_RE.search(sentence, sk, rm.start()):
                rm = None  # (another number's rate)
        if rm is not None:
            return rm.group("u").lower()
        if SPAN_AFTER_RE.match(right):
            return "total"  # "GBP 340,000 over 18 months"
        if (
            linked is not None
            and linked.per in ("week", "month", "year")
            and c.currency in (None, linked.unit)
        ):
            # "$150,000 a month ..., down from $250,000", "two million dollars a year -- we've heard
            # two point four million": the same rate as the sum before
            return linked.per
        start, end = period
        if (
            measure in ("revenue", "aid_funding")
            and start is not None
            and end is not None
            and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
            and start.year == end.year
        ):
            return "year"  # "transfers totalling $500,000 in 2024": a year's income
        return "total"

    def _period(
        self, sentence: str, sj: int, sk: int, c: Candidate, measure: str, whole: Figure | None = None
    ) -> tuple[date | None, date | None]:
        """The period a figure covers: a date in its clause, an anchor or relative phrase in its
        sentence, the period of the figure it is part of ("812 attacks in 2025. The TTP carried
        out 566 of them"), its footnote's date, or else up to the document's date."""
        d = self.doc_date
        lo = sentence.rfind(";", 0, sj) + 1
        dateline = DATELINE_PREFIX_RE.match(sentence)
        if dateline is not None and dateline.end() <= sj:
            lo = max(lo, dateline.end())
            sentence = sentence[dateline.end() :]
            lo, sj, sk = lo - dateline.end(), sj - dateline.end(), sk - dateline.end()
        hi = sentence.find(";", sk)
        clause = sentence[lo : hi if hi >= 0 else len(sentence)]
        hits = self._date_cache.get(clause)
        if hits is None:
            hits = self._date_cache[clause] = date_hits(clause, d)
        if hits and measure != "founded_year":
            # "Al-Qaeda, which was founded in 1988, still keeps a few hundred operatives": when the
            # group began is not when the count holds
            hits = [h for h in hits if not _founding_word_ends_at(clause, h.start)]
        span = nearest_period(hits, (sj + sk) // 2 - lo, skip=(sj - lo, sk - lo))
        if span is None:
            if sentence not in self._fallback_period_cache:
                self._fallback_period_cache[sentence] = anchor_period(sentence, d) or relative_period(
                    sentence, d
                )
            span = self._fallback_period_cache[sentence]
        if span is None and whole is not None and whole.period_end is not None:
            span = (_iso_date(whole.period_start), date.fromisoformat(whole.period_end))
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
        key = (who, allow_self)
        if key in self._classify_cache:
            return self._classify_cache[key]
        found = self._classify_cache[key] = self._classify_uncached(who, allow_self)
        return found

    def _classify_uncached(self, who: str, allow_self: bool) -> str | None:
        r = self.r
        if allow_self:
            for start, end in find_aliases(who, same_length_lower(who)):
                s = subject_named(who, start, end)
                if s and s not in ("united_states", "militant_groups", OUTSIDE_GROUP):
                    return "subject_self"
        # the first type (in the data's order) any of whose patterns occurs
        best: int | None = None
        for m in r.claimant_type_re.finditer(who):
            index = int(m.lastgroup[1:]) if m.lastgroup else None
            if index is None or (r.claimant_types[index][0] == "subject_self" and not allow_self):
                continue
            if best is None or index < best:
                best = index
        return None if best is None else r.claimant_types[best][0]

    def _clean_who(self, who: str) -> str | None:
        if who in self._clean_cache:
            return self._clean_cache[who]
        clean = self._clean_cache[who] = self._clean_who_uncached(who)
        return clean

    def _clean_who_uncached(self, who: str) -> str | None:
        if "<sup>" in who:
            who = SUP_RE.sub("", who)  # "according to ISPR<sup>2</sup>": the note is no name's
        w = WHITESPACE_RE.sub(" ", who).strip(" ,“”\"'").lstrip("-*•–— ")  # (a list item's marker)
        w = WHO_OPENING_RE.sub("", w)
        w = WHO_TIME_OPENING_RE.sub("", w)
        w = WHO_ARTICLE_RE.sub("", w)
        w = WHO_PLACE_DATE_RE.sub("", w)
        w = WHO_TRAILING_RE.sub("", w)
        if not w or norm(w) in self.r.claim_generic or len(w.split()) > 12 or WHO_PRONOUN_RE.match(w):
            return None
        return w

    def _previous_claimant(
        self, block: Block, ss: int, subject: str, measure: str
    ) -> tuple[str | None, str | None]:
        """Who the sentence before (in the same paragraph) attributes its figures to."""
        before = block.sentence_before(ss)
        if before is None:
            return None, None
        ps, pe = before
        previous = block.text[ps:pe]
        return self._claimant(previous, len(previous), len(previous), subject, measure)

    def _claim_scan(self, sentence: str) -> _ClaimScan:
        """Where a sentence attributes something: once a sentence, its numbers share it."""
        scan = self._claim_cache.get(sentence)
        if scan is not None:
            return scan
        r = self.r
        lowered = same_length_lower(sentence)
        hay = sentence if lowered is None else lowered
        according = (
            [(m.end(), m.group("who")) for m in ACCORDING_RE.finditer(sentence)] if "accord" in hay else []
        )
        by_agent = (
            [(m.start(), m.group("who")) for m in BY_AGENT_RE.finditer(sentence)]
            if " by " in hay or " from " in hay
            else []
        )
        if lowered is None:
            verbs = [(m.start(), m.group(0).lower()) for m in r.claim_verbs_re.finditer(sentence)]
        else:
            verbs = [(m.start(), m.group(0)) for m in r.claim_verbs_lc.finditer(lowered)]
        # (a capitalised word after another is part of a name: "the United States, which provided";
        # in a list label a verb's form is a noun or an adjective: "- TTP claims: 336", "- TTP
        # confirmed attacks: 241")
        label_item = ITEM_LINE_RE.match(sentence) is not None
        verbs = [
            v
            for v in verbs
            if v[1] != "according"
            and not (
                sentence[v[0]].isupper() and CAPITALISED_BEFORE_RE.search(sentence, max(0, v[0] - 40), v[0])
            )
            and not (label_item and COLON_AFTER_RE.match(sentence, v[0] + len(v[1])))
        ]
        scan = _ClaimScan(according, by_agent, verbs)
        self._claim_cache[sentence] = scan
        return scan

    def _claimant(
        self, sentence: str, sj: int, sk: int, subject: str, measure: str
    ) -> tuple[str | None, str | None]:
        key = (sentence, sj, sk)
        found = self._claimant_cache.get(key)
        if found is None:
            found = self._claimant_cache[key] = self._claimant_uncached(sentence, sj, sk)
        who, ctype = found
        if (
            ctype == "subject_self"
            and who is not None
            and subject != "taliban"
            and measure in ("deaths", "injured")
        ):
            # the de facto authorities reporting the toll of another group's attack ("the Taliban
            # administration's interior ministry said 23 people had died") speak as a government, not
            # of themselves (a fall in that group's attacks they claim is their own success)
            named = {subject for _s, _e, subject in named_groups(who)}
            if named == {"taliban"}:
                return who, "government"
        return found

    def _verb_who(self, sentence: str, verb_start: int, word: str) -> str | None:
        """Who an attribution verb names: the words before it, or None for an adjective or a
        passive ("an estimated", "is reported to")."""
        head = sentence[:verb_start]
        if ADJECTIVAL_BEFORE_RE.search(head, _tail(head, 1)) or COUNT_BEFORE_RE.search(head, _tail(head, 2)):
            return None  # "an estimated", "its reported", "12 confirmed": an adjective, not an attribution
        if PASSIVE_BEFORE_RE.search(head, _tail(head, 2)):
            return None  # "is reported to", "are believed to": no one named
        if PARTICIPLE_BY_RE.match(sentence, verb_start + len(word)):
            return None  # "27 attacks claimed by the group": the agent follows, not the words before
        named = OF_NAME_BEFORE_RE.search(head, _tail(head, 3))
        if named is not None and self.r.alias_re.fullmatch(named.group("name")):
            return None  # "a tally of ISKP claims": a plural noun of which the group is the owner
        if word.endswith("ing") and "," in head:
            who = head.split(",")[0]
            am = self.r.alias_re.search(who)
            return am.group(0) if am else who
        # (a name's acronym in parentheses is part of the name: "the Tehreek-e-Taliban Pakistan (TTP)")
        return WHO_CLAUSE_SPLIT_RE.split(TRAILING_PARENS_RE.sub("", head))[-1]

    def _claimant_uncached(self, sentence: str, sj: int, sk: int) -> tuple[str | None, str | None]:
        scan = self._claim_scan(sentence)
        candidates: list[tuple[str, str]] = []
        for end, who in scan.according:
            rest = sentence[end : end + 80]
            context = who + (rest.split(",")[1] if rest.startswith(",") and rest.count(",") >= 1 else "")
            candidates.append((who, context))
        for start, agent in scan.by_agent:
            if start >= sk - 2 or start > sj - 120:
                who = AGENT_END_RE.sub("", agent)
                candidates.append((who, who))
        verb_who = scan.verb_who
        for verb_start, word in reversed(scan.verbs):
            if verb_start >= sj:
                continue
            # who a verb names depends on the sentence alone: once a verb
            if verb_start in verb_who:
                found = verb_who[verb_start]
            else:
                found = verb_who[verb_start] = self._verb_who(sentence, verb_start, word)
            if found is not None:
                candidates.append((found, found))
        after = AFTER_CLAIM_RE.search(sentence, sk)
        if after:
            candidates.append((after.group("who"), after.group("who")))
        for who, context in candidates:
            clean = self._clean_who(who)
            if clean is None:
                continue
            ctype = self._classify(clean) or self._classify(context, allow_self=False)
            if ctype is None and not clean[:1].isupper():
                continue
            if ctype is None and len(clean.split()) > 5:
                continue
            return clean, ctype
        return None, None

    # ----------------------------------------------------------- place, sources
    def _places(self, sentence: str) -> tuple[list[tuple[int, str]], set[str]]:
        """(offset, country) of every place a sentence names, and its regions; once a sentence."""
        cached = self._place_cache.get(sentence)
        if cached is not None:
            return cached
        r = self.r
        lowered = same_length_lower(sentence)
        if lowered is None:
            countries = [(m.start(), m.end()) for m in r.countries_re.finditer(sentence)]
            region_spans = [(m.start(), m.end()) for m in r.regions_re.finditer(sentence)]
        else:
            countries = [(m.start(), m.end()) for m in r.countries_lc.finditer(lowered)]
            region_spans = [(m.start(), m.end()) for m in r.regions_lc.finditer(lowered)]
        coded: list[tuple[int, str]] = []
        for s, e in countries:
            key = norm(sentence[s:e])
            code = r.country_of.get(key) or r.region_country.get(key)
            if code is not None:
                coded.append((s, code))
        regions = {
            r.region_name[norm(sentence[s:e])]
            for s, e in region_spans
            if norm(sentence[s:e]) in r.region_name
        }
        self._place_cache[sentence] = (coded, regions)
        return coded, regions

    def _place(self, sentence: str, sj: int) -> tuple[str | None, str | None]:
        r = self.r
        coded, regions = self._places(sentence)
        best: tuple[int, str] | None = None
        for start, code in coded:
            dist = abs(start - sj)
            if best is None or dist < best[0]:
                best = (dist, code)
        region = next(iter(regions)) if len(regions) == 1 else None
        location = best[1] if best else None
        if region is not None and location is None:
            location = r.region_country.get(norm(region))
        return location, region

    def _note_number(self, sentence: str, sj: int, sk: int) -> int | None:
        marks = self._marks_cache.get(sentence)
        if marks is None:
            marks = self._marks_cache[sentence] = [
                (m.start(), int(m.group("n"))) for m in SUP_RE.finditer(sentence)
            ]
        if not marks:
            tail = sentence.rstrip()
            bm = BARE_MARKER_RE.search(tail, max(0, len(tail) - 4)) if tail[-1:].isdigit() else None
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


# Markdown bold markers that touch a number or mark a label ("**96**", "**+34%**", "- **TTP:** 23"):
# read as spaces, so that the number and its label are read as if unmarked (offsets unchanged).
BOLD_BY_NUMBER_RE = re.compile(
    # (one pattern opening with the literal "**", which the regex engine skips to fast)
    r"\*\*(?:(?=[-+−]?[0-9$£€₹\\]|:|[^*\n]{1,90}(?::\*\*|\*\*:))|(?<=[0-9%:]\*\*))"
)


# A wire story's slug before its headline ("UPDATE 3-Pakistani Taliban claim ...", "UPDATE 2 -
# Bomb at ..."): read as spaces, so that the name after it is a name (offsets unchanged).
WIRE_SLUG_RE = re.compile(r"[ \t]*(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)[ \d]*[-–—][ \t]*(?=[A-Z])")


# A word PDF conversion hyphenated across a line break ("fight-\ners", "Bal-\nochistan"): read
# rejoined, with the hyphen and the break's spaces moved after it (offsets outside it unchanged).
# Not a compound split at its own hyphen ("al-\nQaeda", "Tehrik-\ni-Taliban", "self-\nfinancing").
LINE_HYPHEN_RE = re.compile(r"-(?<=[A-Za-z]-)[ \t]*\n[ \t]*([a-z]{2,})\b(?!-)")  # (opens with a literal)
_WORD_END_RE = re.compile(r"[A-Za-z]+$")


def _rejoin_hyphenated(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with words hyphenated across lines rejoined, and the (start, end) of each."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    done = 0
    for m in LINE_HYPHEN_RE.finditer(text):
        head = _WORD_END_RE.search(text, max(done, m.start() - 40), m.start())
        if head is None or head.group(0).lower() in KEEP_HYPHEN_PREFIXES:
            continue
        start, end = head.start(), m.end()
        word = head.group(0) + m.group(1)
        pieces += [text[done:start], word, " " * (end - start - len(word) - 1), "\n"]
        spans.append((start, end))
        done = end
    if not spans:
        return text, spans
    pieces.append(text[done:])
    return "".join(pieces), spans


def extract_figures(document: Document) -> list[Figure]:
    """Every figure the contract counts in a document, sorted by (start, end)."""
    if not document.text:
        return []
    source = document.text
    if "**" in source:
        document = replace(document, text=BOLD_BY_NUMBER_RE.sub("  ", source))
    rejoined: list[tuple[int, int]] = []
    if "-\n" in source or "- \n" in source:
        text, rejoined = _rejoin_hyphenated(document.text)
        if rejoined:
            document = replace(document, text=text)
    slug = WIRE_SLUG_RE.match(document.text)
    if slug is not None:
        document = replace(document, text=" " * slug.end() + document.text[slug.end() :])
    extractor = _Extractor(document)
    figures = extractor.run()
    cells = table_cells(document.text)
    if cells:
        figures = _with_table_cells(document, extractor.doc_date, figures, cells)
    if rejoined:
        # a figure ending inside a rejoined word ends where the word ends in the source
        # ("six and a half thou-\nsand")
        figures = [
            replace(f, end=e)
            if (i := bisect_right(rejoined, (f.end, 0)) - 1) >= 0
            and (e := rejoined[i][1]) > f.end > rejoined[i][0]
            else f
            for f in figures
        ]
    if document.text is not source:
        figures = [
            f if source[f.start : f.end] == f.text else replace(f, text=source[f.start : f.end])
            for f in figures
        ]
    return figures


def _rows_own_groups(cells: list[Cell]) -> list[Cell]:
    """The cells with a caption that names a group some row's own label names too ("Afghanistan
    covers ISKP-attributed attacks only" above a row "Afghanistan (ISKP)"): that group is that
    row's, so in the other rows' restatements the caption's name of it is blanked (offsets kept)."""
    rows = []  # (caption, whether the row's own label names a group)
    row_groups: dict[str, set[str | None]] = {}
    for cell in cells:
        head, _, line = cell.synthetic[: cell.offset].rpartition("\n")
        own = {g for _s, _e, g in named_groups(line)}
        rows.append((head, bool(own)))
        row_groups.setdefault(head, set()).update(own)
    caption_groups = {head: named_groups(head) for head, groups in row_groups.items() if head and groups}
    out = []
    for cell, (head, named_own) in zip(cells, rows, strict=True):
        theirs = row_groups[head] - {None}
        if theirs and not named_own and head in caption_groups:
            chars = list(cell.synthetic)
            for s, e, g in caption_groups[head]:
                if g in theirs:
                    chars[s:e] = " " * (e - s)
            cell = replace(cell, synthetic="".join(chars))
        out.append(cell)
    return out


def _with_table_cells(
    document: Document, doc_date: date | None, figures: list[Figure], cells: list[Cell]
) -> list[Figure]:
    """Figures in table rows read cell by cell (extract.layout): each cell's restatement as a
    labelled item replaces what the prose rules read on the row's line."""
    text = document.text
    rows = {(c.line_start, c.line_end) for c in cells}
    starts = sorted(rows)
    kept = []
    for f in figures:
        i = bisect_right(starts, (f.start, len(text) + 1)) - 1
        if i >= 0 and starts[i][0] <= f.start < starts[i][1]:
            continue
        kept.append(f)
    for cell in _rows_own_groups(cells):
        sub = replace(document, text=cell.synthetic, published=doc_date)
        quote = " ".join(text[cell.line_start : cell.line_end].split())
        for f in _Extractor(sub).run():
            if not cell.offset <= f.start < cell.offset + (cell.end - cell.start):
                continue
            start = cell.start + f.start - cell.offset
            end = min(cell.start + f.end - cell.offset, cell.end)
            kept.append(replace(f, start=start, end=end, text=text[start:end], quote=quote))
    kept.sort(key=lambda x: (x.start, x.end))
    return kept
