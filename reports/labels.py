"""Names, page families, anchors and plain-text value formatting shared by the report's pages."""

from __future__ import annotations

import functools
import hashlib
import math
import re
from typing import Any

SUBJECT_NAMES: dict[str, str] = {
    "taliban": "Taliban",
    "haqqani_network": "Haqqani Network",
    "al_qaeda": "al-Qaeda",
    "aqis": "AQIS",
    "iskp": "ISKP",
    "islamic_state": "Islamic State",
    "ttp": "TTP",
    "tjp": "TJP",
    "jamaat_ansarullah": "Jamaat Ansarullah",
    "etim": "ETIM / TIP",
    "imu": "IMU",
    "militant_groups": "Militant groups (aggregate)",
    "united_states": "United States",
}

MEASURE_NAMES: dict[str, str] = {
    "fighters": "Fighters",
    "core_members": "Core members",
    "training_camps": "Training camps",
    "new_training_camps": "New training camps",
    "provinces_active": "Provinces where active",
    "provinces_with_camps": "Provinces with camps",
    "groups_present": "Groups present",
    "affiliates": "Affiliates",
    "revenue": "Revenue",
    "aid_funding": "Aid funding given",
    "bounty": "Bounty offered",
    "attacks": "Attacks",
    "attack_change_pct": "Change in attacks",
    "deaths": "Deaths",
    "injured": "Injured",
    "released": "Members released",
    "detained": "People detained",
    "operations_against": "Operations against",
    "founded_year": "Year founded",
}

# (page stem, title, what it shows, the measures it holds, in display order)
FAMILIES: list[tuple[str, str, str, list[str]]] = [
    (
        "strength",
        "Strength",
        "Armed strength: fighters and core members, by group and year.",
        ["fighters", "core_members"],
    ),
    (
        "presence",
        "Presence",
        "Where groups are: training camps and the provinces they are active in.",
        [
            "training_camps",
            "new_training_camps",
            "provinces_active",
            "provinces_with_camps",
            "groups_present",
            "affiliates",
        ],
    ),
    (
        "finance",
        "Finance",
        "Money: revenue taken in, aid given and bounties offered, annualised (per year) where a rate "
        "is given.",
        ["revenue", "aid_funding", "bounty"],
    ),
    (
        "attacks",
        "Attacks",
        "Violence: attacks, the change in attacks (signed), and the people killed and injured.",
        ["attacks", "attack_change_pct", "deaths", "injured", "released", "detained", "operations_against"],
    ),
]
OTHER_PAGE = ("other", "Other", "Figures on measures outside the families above.")
FAMILY_OF: dict[str, str] = {measure: stem for stem, _, _, measures in FAMILIES for measure in measures}

STATUSES = ["single", "agreed", "conflict"]
STATUS_COLORS = ["#dfe7f2", "#cfe9d4", "#f6cdc6"]
# n_sources is coloured on one fixed scale, 1..5 (5 and more share the darkest colour).
N_SOURCES_DOMAIN = [1, 5]
N_SOURCES_COLORS = ["#eef3fb", "#c6d8f0", "#8fb3e0", "#4f86c6", "#1f4e8c"]
CONFLICT_KINDS = ["non_overlapping", "divergent", "self_inconsistent", "date_conflict"]
CONFLICT_KIND_COLORS = ["#f6cdc6", "#fbe3b5", "#e3d4f2", "#d6e4e9"]
UNKNOWN_COLOR = "#e6e6e6"

CLAIMANT_TYPE_NAMES: dict[str, str] = {
    "un": "UN",
    "government": "government",
    "military": "military",
    "media": "media",
    "think_tank": "think tank",
    "academic": "academic",
    "subject_self": "the group itself",
}


def subject_name(subject: str | None) -> str:
    if subject is None:
        return "—"
    return SUBJECT_NAMES.get(subject, subject)


def measure_name(measure: str | None) -> str:
    if measure is None:
        return "—"
    return MEASURE_NAMES.get(measure, measure.replace("_", " ").capitalize())


def page_of(measure: str | None) -> str:
    """The page stem an estimate of `measure` is shown on."""
    return FAMILY_OF.get(measure or "", OTHER_PAGE[0])


@functools.lru_cache(maxsize=1 << 17)
def anchor(prefix: str, raw: str | None) -> str:
    """A stable, unique HTML id for an arbitrary id string (safe in attributes and URLs)."""
    raw = raw or ""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-")[:48]
    digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{slug}-{digest}" if slug else f"{prefix}-{digest}"


def estimate_anchor(estimate_id: str | None) -> str:
    return anchor("est", estimate_id)


def figure_anchor(figure_id: str | None) -> str:
    return anchor("fig", figure_id)


def document_anchor(doc_id: str | None) -> str:
    return anchor("doc", doc_id)


def conflict_anchor(conflict_id: str | None) -> str:
    return anchor("conflict", conflict_id)


def scope_text(row: dict[str, Any]) -> str:
    """Where and whom a figure or estimate is about, e.g. 'AF · Nangarhar · Afghans'."""
    parts = [str(row[key]) for key in ("location", "region", "victims") if row.get(key)]
    return " · ".join(parts) if parts else "—"


def number_text(value: float, unit: str | None = None) -> str:
    """A plain-text number in a unit: 6,000; $25M; +51%."""
    if not math.isfinite(value):
        return str(value)
    if unit == "percent":
        return f"{value:+,.0f}%" if value == round(value) else f"{value:+,.1f}%"
    if unit is not None and re.fullmatch(r"[A-Z]{3}", unit):
        return money_text(value, unit)
    if unit == "year":
        return f"{value:.0f}"
    return f"{value:,.0f}" if value == round(value) else f"{value:,.2f}"


def money_text(value: float, unit: str) -> str:
    prefix = "$" if unit == "USD" else f"{unit} "
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            scaled = value / size
            text = f"{scaled:.0f}" if scaled == round(scaled) else f"{scaled:.1f}".rstrip("0").rstrip(".")
            return f"{prefix}{text}{suffix}"
    return f"{prefix}{value:,.0f}"


def range_text(low: float | None, high: float | None, unit: str | None, qualifier: str | None = None) -> str:
    """A figure's or estimate's values as text: '6,000–6,500', 'up to 170', 'at least 40'."""
    if low is None and high is None:
        return "—"
    if low is not None and high is not None:
        if low == high:
            text = number_text(low, unit)
            return f"about {text}" if qualifier == "approx" else text
        return f"{number_text(low, unit)}–{number_text(high, unit)}"
    if high is not None:
        return f"up to {number_text(high, unit)}"
    assert low is not None
    return f"at least {number_text(low, unit)}"


def per_text(per: str | None) -> str:
    return {"year": "per year", "month": "per month", "week": "per week", "total": "total"}.get(
        per or "", per or "—"
    )


def claimant_text(claimant: str | None, claimant_type: str | None) -> str:
    who = claimant or "the author"
    if claimant_type:
        return f"{who} ({CLAIMANT_TYPE_NAMES.get(claimant_type, claimant_type)})"
    return who


def split_quote(quote: str | None, text: str | None) -> tuple[str, str, str]:
    """The quote cut around the figure's own wording, for highlighting (all three parts are raw text)."""
    quote = quote or ""
    if text:
        at = quote.find(text)
        if at >= 0:
            return quote[:at], text, quote[at + len(text) :]
    return quote, "", ""
