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


def load_yaml(path: Path) -> Any:
    """A YAML data file, refused if YAML read any list item as a boolean (an unquoted on, off, yes
    or no in a word list becomes True or False, and the word silently drops out)."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    _refuse_booleans(data, str(path))
    return data


def _refuse_booleans(node: Any, where: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _refuse_booleans(value, f"{where}: {key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                raise ValueError(f"{where}: {item} is a word YAML read as a boolean; quote it")
            _refuse_booleans(item, where)


def _load(name: str) -> Any:
    return load_yaml(VOCAB_DIR / name)


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
