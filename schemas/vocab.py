"""Loaders for the controlled vocabularies kept as YAML beside this file."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).parent / "vocab"

QUALIFIERS: tuple[str, ...] = ("exact", "approx", "range", "at_least", "at_most", "vague")
PERS: tuple[str, ...] = ("week", "month", "year", "total")
ESTIMATE_STATUSES: tuple[str, ...] = ("single", "agreed", "conflict")
# ISO 4217 codes a money figure may keep when the text gives no USD amount.
CURRENCY_UNITS: tuple[str, ...] = (
    "USD",
    "PKR",
    "AFN",
    "GBP",
    "EUR",
    "INR",
    "IRR",
    "CNY",
    "RUB",
    "SAR",
    "AED",
)


def _load(name: str) -> Any:
    with (VOCAB_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def subjects() -> dict[str, dict[str, Any]]:
    """Subject id -> {name, aliases}."""
    return dict(_load("subjects.yaml"))


@cache
def measures() -> dict[str, dict[str, Any]]:
    """Measure id -> {unit, meaning, ...}."""
    return dict(_load("measures.yaml"))


@cache
def claimant_types() -> tuple[str, ...]:
    return tuple(_load("claimant_types.yaml"))


@cache
def conflict_kinds() -> tuple[str, ...]:
    return tuple(_load("conflict_kinds.yaml"))


def measure_unit(measure: str) -> str:
    return str(measures()[measure]["unit"])


def allowed_units() -> tuple[str, ...]:
    units = {str(spec["unit"]) for spec in measures().values()}
    return tuple(sorted(units | set(CURRENCY_UNITS)))
