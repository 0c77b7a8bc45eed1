"""Held-out evaluation of the figure extractor on documents written apart from its development set.

The ten documents in tests/extract/heldout/ (two each of UN Monitoring Team reports, wire stories with
revised tolls, statistics digests, op-eds with vague quantities, and commentaries dense with dates, ages
and resolution numbers) were written and annotated without reference to the extractor's code or its
seed documents. Gold is in <doc>.jsonl (regenerate with heldout/annotate.py); publication dates are in
heldout/sources.yaml. Run with ``pytest -s`` to see per-document scores, misses and false positives.

Predictions with measure "other" are not scored: the gold set only annotates the contract's measures.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from extract.evaluate import Score, load_gold, score
from extract.figures import extract_figures
from ingest.document import Document, content_id
from schemas import vocab

HELDOUT = Path(__file__).parent / "heldout"
MIN_PRECISION = 0.80
MIN_RECALL = 0.80


def _sources() -> dict[str, dict[str, Any]]:
    with (HELDOUT / "sources.yaml").open(encoding="utf-8") as handle:
        return dict(yaml.safe_load(handle))


def _published(meta: Mapping[str, Any]) -> date | None:
    value = meta.get("published")
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _document(name: str, meta: Mapping[str, Any]) -> Document:
    raw = (HELDOUT / name).read_bytes()
    doc_id, sha256 = content_id(raw)
    return Document(
        doc_id=doc_id,
        file_name=name,
        text=raw.decode("utf-8"),
        sha256=sha256,
        path=HELDOUT / name,
        published=_published(meta),
    )


def _as_dict(figure: Any) -> dict[str, Any]:
    if isinstance(figure, Mapping):
        return dict(figure)
    if dataclasses.is_dataclass(figure) and not isinstance(figure, type):
        return dataclasses.asdict(figure)
    for method in ("to_dict", "model_dump", "_asdict"):
        if hasattr(figure, method):
            return dict(getattr(figure, method)())
    return dict(vars(figure))


@cache
def _run() -> tuple[dict[str, Document], dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Documents, all predictions and the scored predictions (measure != "other"), by file name."""
    documents = {name: _document(name, meta) for name, meta in _sources().items()}
    predicted: dict[str, list[dict[str, Any]]] = {}
    scored: dict[str, list[dict[str, Any]]] = {}
    for name, document in documents.items():
        figures = [_as_dict(f) for f in extract_figures(document)]
        predicted[name] = figures
        scored[name] = [f for f in figures if f.get("measure") != "other"]
    return documents, predicted, scored


def _gold_by_doc() -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for item in load_gold(HELDOUT):
        by_doc.setdefault(item["doc"], []).append(item)
    return by_doc


def _show(item: Mapping[str, Any]) -> str:
    values = f"{item.get('value_low')}..{item.get('value_high')}"
    per = f" per {item['per']}" if item.get("per") else ""
    return (
        f"{item.get('subject')}/{item.get('measure')} {values}{per} {item.get('text')!r} @{item.get('start')}"
    )


def _report(name: str, result: Score, text: str) -> list[str]:
    lines = [f"  {name}: {result.summary()}"]
    for miss in result.false_negatives:
        lines.append(f"      MISS {_show(miss)}")
    for fp in result.false_positives:
        start, end = fp.get("start") or 0, fp.get("end") or 0
        context = text[max(0, start - 40) : end + 40].replace("\n", " ")
        lines.append(f"      FP   {_show(fp)}  …{context}…")
    return lines


def test_heldout_documents_exist_and_are_annotated() -> None:
    sources = _sources()
    gold = _gold_by_doc()
    assert len(sources) == 10
    for name in sources:
        assert (HELDOUT / name).is_file(), name
        assert gold.get(name), f"no gold for {name}"
        size = len((HELDOUT / name).read_bytes())
        assert 1800 <= size <= 5200, (name, size)


def test_heldout_gold_is_valid() -> None:
    subjects = set(vocab.subjects())
    measures = set(vocab.measures()) - {"other"}
    units = set(vocab.allowed_units())
    documents = {name: (HELDOUT / name).read_text(encoding="utf-8") for name in _sources()}
    for item in load_gold(HELDOUT):
        where = json.dumps(item)
        text = documents[item["doc"]]
        assert text[item["start"] : item["end"]] == item["text"], where
        assert item["subject"] in subjects, where
        assert item["measure"] in measures, where
        assert item["qualifier"] in vocab.QUALIFIERS, where
        assert item["unit"] in units, where
        assert item["per"] is None or item["per"] in vocab.PERS, where
        assert item["claimant_type"] is None or item["claimant_type"] in vocab.claimant_types(), where
        low, high = item["value_low"], item["value_high"]
        assert low is not None or high is not None, where
        if low is not None and high is not None:
            assert low <= high, where
        if item["measure"] in ("revenue", "aid_funding", "bounty"):
            assert item["per"] is not None, where
        if item["unit"] != vocab.measure_unit(item["measure"]):
            assert item["unit"] in vocab.CURRENCY_UNITS, where


def test_heldout_predictions_are_valid() -> None:
    documents, predicted, _ = _run()
    subjects = set(vocab.subjects())
    measures = set(vocab.measures())
    units = set(vocab.allowed_units())
    for name, figures in predicted.items():
        text = documents[name].text
        for figure in figures:
            where = json.dumps(figure, default=str)
            assert figure["doc"] == name, where
            assert text[figure["start"] : figure["end"]] == figure["text"], where
            assert figure["subject"] in subjects, where
            assert figure["measure"] in measures, where
            assert figure["qualifier"] in vocab.QUALIFIERS, where
            assert figure["unit"] in units, where
            assert figure["per"] is None or figure["per"] in vocab.PERS, where
            ctype = figure.get("claimant_type")
            assert ctype is None or ctype in vocab.claimant_types(), where
            low, high = figure["value_low"], figure["value_high"]
            if low is not None and high is not None:
                assert low <= high, where


def test_heldout_precision_and_recall() -> None:
    documents, predicted, scored = _run()
    gold = _gold_by_doc()
    styles = {name: meta.get("style", "?") for name, meta in _sources().items()}
    lines = ["", "Held-out evaluation (predictions with measure 'other' not scored):"]
    all_pred: list[dict[str, Any]] = []
    all_gold: list[dict[str, Any]] = []
    by_style: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for name in documents:
        result = score(scored[name], gold.get(name, []))
        others = len(predicted[name]) - len(scored[name])
        lines.extend(_report(name, result, documents[name].text))
        if others:
            lines.append(f"      ({others} predictions with measure 'other' not scored)")
        all_pred.extend(scored[name])
        all_gold.extend(gold.get(name, []))
        pred_s, gold_s = by_style.setdefault(styles[name], ([], []))
        pred_s.extend(scored[name])
        gold_s.extend(gold.get(name, []))
    lines.append("By style:")
    for style, (pred_s, gold_s) in by_style.items():
        lines.append(f"  {style}: {score(pred_s, gold_s).summary()}")
    overall = score(all_pred, all_gold)
    lines.append(f"OVERALL: {overall.summary()}")
    print("\n".join(lines))
    assert overall.precision >= MIN_PRECISION, overall.summary()
    assert overall.recall >= MIN_RECALL, overall.summary()


@pytest.mark.parametrize("name", sorted(_sources()))
def test_heldout_document_is_read(name: str) -> None:
    """Every held-out document yields at least one scored figure (smoke test per style)."""
    _, _, scored = _run()
    assert scored[name], f"no figures extracted from {name}"
