"""Score extracted figures against a hand-annotated gold set.

Two figures match when they agree on the key (doc, subject, measure, value_low, value_high, per);
numbers are compared with a relative tolerance of 1e-9. Matching is one-to-one (a multiset): a
figure stated twice in a document must be found twice.

Gold files are written from anchored annotations (`write_anchored_gold`): each names a passage
unique in its document and the figure's wording inside it, so offsets are found, never typed.

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


# An anchored annotation: (anchor, wording, subject, measure, value_low, value_high, qualifier,
# unit, per, claimant_type, extra fields such as {"ambiguous": True}).
Annotation = tuple[str, str, str, str, Any, Any, str, str, str | None, str | None, Mapping[str, Any]]


def _plain_number(value: Any) -> Any:
    """A computed value as written ("3.71 * B" is 3710000000, not 3710000000.0000005)."""
    if isinstance(value, float):
        whole = round(value)
        return int(whole) if abs(value - whole) < 1e-6 else round(value, 6)
    return value


def write_anchored_gold(folder: Path, annotations: Mapping[str, Sequence[Annotation]]) -> None:
    """Writes <name>.jsonl beside each annotated <name> in folder, sorted by offset.

    Each anchor occurs once in its document and holds its wording once; the wording is no part of
    a longer number; no two items share a span.
    """
    for name, rows in annotations.items():
        text = (folder / name).read_text(encoding="utf-8")
        items: list[dict[str, Any]] = []
        for anchor, wording, subject, measure, low, high, qualifier, unit, per, ctype, extra in rows:
            assert text.count(anchor) == 1, (name, anchor, text.count(anchor))
            assert anchor.count(wording) == 1, (name, anchor, wording)
            start = text.index(anchor) + anchor.index(wording)
            end = start + len(wording)
            assert not (start > 0 and text[start - 1].isdigit()), (name, wording)
            assert not (end < len(text) and text[end].isdigit()), (name, wording)
            items.append(
                {
                    "doc": name,
                    "text": wording,
                    "start": start,
                    "end": end,
                    "subject": subject,
                    "measure": measure,
                    "value_low": _plain_number(low),
                    "value_high": _plain_number(high),
                    "qualifier": qualifier,
                    "unit": unit,
                    "per": per,
                    "claimant_type": ctype,
                    **extra,
                }
            )
        items.sort(key=lambda i: i["start"])
        spans = [(i["start"], i["end"]) for i in items]
        assert len(set(spans)) == len(spans), (name, "two items share a span")
        (folder / name.replace(".txt", ".jsonl")).write_text(
            "".join(json.dumps(i) + "\n" for i in items), encoding="utf-8"
        )
        print(name, len(items), sum(1 for i in items if i.get("ambiguous")))
