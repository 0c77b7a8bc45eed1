"""Score extracted figures against a hand-annotated gold set.

Two figures match when they agree on the key (doc, subject, measure, value_low, value_high, per);
numbers are compared with a relative tolerance of 1e-9. Matching is one-to-one (a multiset): a
figure stated twice in a document must be found twice.

Gold items marked ``"ambiguous": true`` are left out of the score on both sides: a miss is not a
false negative, and a prediction with an ambiguous item's key (or the key of one of its
``alternatives``, partial overrides such as ``{"subject": "islamic_state"}``) is not a false
positive, unless it is needed to match a non-ambiguous gold item first.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KEY_FIELDS: tuple[str, ...] = ("doc", "subject", "measure", "value_low", "value_high", "per")
REL_TOL = 1e-9

Figure = Mapping[str, Any]


@dataclass(frozen=True)
class Score:
    """Counts, rates and the unmatched items of one comparison."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    ambiguous_predicted: int = 0

    def summary(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn}, ambiguous predicted={self.ambiguous_predicted})"
        )


def load_gold(directory: str | Path) -> list[dict[str, Any]]:
    """Every gold item in the directory's *.jsonl files, in file then line order."""
    items: list[dict[str, Any]] = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError(f"{path}:{lineno}: expected a JSON object")
                items.append(item)
    return items


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"expected a number or null, got {value!r}")
    return float(value)


def _same_number(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=REL_TOL)


def same_key(a: Figure, b: Figure) -> bool:
    """True when the two figures agree on the matching key."""
    return (
        a.get("doc") == b.get("doc")
        and a.get("subject") == b.get("subject")
        and a.get("measure") == b.get("measure")
        and _same_number(a.get("value_low"), b.get("value_low"))
        and _same_number(a.get("value_high"), b.get("value_high"))
        and a.get("per") == b.get("per")
    )


def key_of(item: Figure) -> tuple[Any, ...]:
    """The matching key as a tuple (for display and grouping)."""
    return tuple(item.get(name) for name in KEY_FIELDS)


def is_ambiguous(item: Figure) -> bool:
    return bool(item.get("ambiguous", False))


def _excluded_keys(gold: Iterable[Figure]) -> list[dict[str, Any]]:
    """The keys an ambiguous gold item stands for: its own and its alternatives'."""
    keys: list[dict[str, Any]] = []
    for item in gold:
        if not is_ambiguous(item):
            continue
        own = {name: item.get(name) for name in KEY_FIELDS}
        keys.append(own)
        alternatives = item.get("alternatives") or []
        for alternative in alternatives:
            keys.append({**own, **{k: v for k, v in alternative.items() if k in KEY_FIELDS}})
    return keys


def _rate(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def score(predicted: Sequence[Figure], gold: Sequence[Figure]) -> Score:
    """Match predictions to non-ambiguous gold one-to-one on the key; see the module docstring."""
    scored_gold = [g for g in gold if not is_ambiguous(g)]
    excluded = _excluded_keys(gold)
    unmatched_gold = list(range(len(scored_gold)))
    tp = 0
    leftovers: list[Figure] = []
    for pred in predicted:
        hit = next((i for i in unmatched_gold if same_key(pred, scored_gold[i])), None)
        if hit is None:
            leftovers.append(pred)
        else:
            unmatched_gold.remove(hit)
            tp += 1
    false_positives: list[dict[str, Any]] = []
    ambiguous_predicted = 0
    for pred in leftovers:
        if any(same_key(pred, key) for key in excluded):
            ambiguous_predicted += 1
        else:
            false_positives.append(dict(pred))
    false_negatives = [dict(scored_gold[i]) for i in unmatched_gold]
    fp, fn = len(false_positives), len(false_negatives)
    precision = _rate(tp, tp + fp)
    recall = _rate(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        tp=tp,
        fp=fp,
        fn=fn,
        precision=precision,
        recall=recall,
        f1=f1,
        false_positives=false_positives,
        false_negatives=false_negatives,
        ambiguous_predicted=ambiguous_predicted,
    )
