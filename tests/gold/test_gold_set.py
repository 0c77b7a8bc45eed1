"""The seed gold set: its validity, the scorer, and the extractor's score against it (issue 3)."""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from extract.evaluate import Score, key_of, load_gold, score
from schemas import vocab

GOLD_DIR = Path(__file__).resolve().parent
ROOT = GOLD_DIR.parents[1]
DOCS_DIR = ROOT / "corpus" / "documents"
MIN_PRECISION = 0.90
MIN_RECALL = 0.90

QUALIFIER_SHAPES = {
    "exact": "point",
    "approx": "point",
    "range": "both",
    "vague": "both",
    "at_least": "low",
    "at_most": "high",
}
REFERENCES_HEADING = re.compile(r"^#+\s*(references|bibliography|notes|endnotes)\b", re.I | re.M)


def _documents() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCS_DIR.glob("*.txt"))}


GOLD = load_gold(GOLD_DIR)
DOCUMENTS = _documents()


def _label(item: Mapping[str, Any]) -> str:
    return f"{item['doc']}@{item.get('start')}:{item.get('text')!r}"


# ------------------------------------------------------------------------------------ validity


def test_valid_one_gold_file_per_document() -> None:
    files = {p.stem for p in GOLD_DIR.glob("*.jsonl")}
    assert files == {Path(name).stem for name in DOCUMENTS}


@pytest.mark.parametrize("item", GOLD, ids=_label)
def test_valid_gold_item(item: dict[str, Any]) -> None:
    assert item["doc"] in DOCUMENTS
    text = DOCUMENTS[item["doc"]]
    start, end = item["start"], item["end"]
    assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    assert item["text"] == text[start:end]

    heading = REFERENCES_HEADING.search(text)
    if heading is not None:
        assert end <= heading.start(), "a figure inside the references/notes section"

    assert item["subject"] in vocab.subjects()
    assert item["measure"] in vocab.measures()
    assert item["qualifier"] in vocab.QUALIFIERS
    assert item["per"] is None or item["per"] in vocab.PERS
    assert item["claimant_type"] is None or item["claimant_type"] in vocab.claimant_types()
    unit = vocab.measure_unit(item["measure"])
    assert item["unit"] == unit or (unit == "USD" and item["unit"] in vocab.CURRENCY_UNITS)
    year = item["period_year"]
    assert year is None or (isinstance(year, int) and 1900 <= year <= 2100)
    assert isinstance(item.get("ambiguous", False), bool)
    assert isinstance(item.get("note", ""), str)

    low, high = item["value_low"], item["value_high"]
    for value in (low, high):
        assert value is None or (isinstance(value, int | float) and not isinstance(value, bool))
    assert low is not None or high is not None
    if low is not None and high is not None:
        assert low <= high
    shape = QUALIFIER_SHAPES[item["qualifier"]]
    if shape == "point":
        assert low is not None and low == high
    elif shape == "both":
        assert low is not None and high is not None and low < high
    elif shape == "low":
        assert low is not None and high is None
    else:
        assert low is None and high is not None
    if item["measure"] in ("revenue", "aid_funding", "bounty"):
        assert item["per"] in vocab.PERS
    else:
        assert item["per"] is None


# ------------------------------------------------------------------------------------ scorer


def _g(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "doc": "d.txt",
        "subject": "ttp",
        "measure": "fighters",
        "value_low": 5000,
        "value_high": 6000,
        "per": None,
    }
    return {**base, **kw}


def test_score_counts_a_repeated_figure_as_a_multiset() -> None:
    gold = [_g(), _g()]
    result = score([_g()], gold)
    assert (result.tp, result.fp, result.fn) == (1, 0, 1)
    result = score([_g(), _g(), _g()], gold)
    assert (result.tp, result.fp, result.fn) == (2, 1, 0)


def test_score_compares_numbers_with_relative_tolerance() -> None:
    assert score([_g(value_low=5000.0000000001, value_high=6000.0)], [_g()]).tp == 1
    assert score([_g(value_low=5001)], [_g()]).tp == 0
    assert score([_g(value_high=None)], [_g()]).tp == 0
    assert score([_g(per="year")], [_g()]).tp == 0


def test_score_leaves_ambiguous_gold_out_on_both_sides() -> None:
    gold = [_g(), _g(subject="iskp", ambiguous=True, alternatives=[{"subject": "islamic_state"}])]
    result = score([_g(), _g(subject="islamic_state")], gold)
    assert (result.tp, result.fp, result.fn, result.ambiguous_predicted) == (1, 0, 0, 1)
    result = score([_g()], gold)
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)
    assert result.precision == result.recall == 1.0


# ------------------------------------------------------------------------------------ extractor


def _as_dict(figure: Any) -> dict[str, Any]:
    if isinstance(figure, Mapping):
        return dict(figure)
    if dataclasses.is_dataclass(figure) and not isinstance(figure, type):
        return dataclasses.asdict(figure)
    for method in ("model_dump", "to_dict", "as_dict"):
        if callable(getattr(figure, method, None)):
            return dict(getattr(figure, method)())
    return dict(vars(figure))


def _report(name: str, result: Score) -> None:
    print(f"{name}: {result.summary()}")
    for item in result.false_negatives:
        print(f"    MISSED   {key_of(item)[1:]} {item.get('text')!r}")
    for item in result.false_positives:
        print(f"    SPURIOUS {key_of(item)[1:]} {item.get('text')!r}")


def test_extractor_meets_the_quality_bar_on_the_gold_set() -> None:
    from ingest.document import Document, content_id

    # Imported by name so that the gold set's own tests run before extract/figures.py exists.
    extract_figures = importlib.import_module("extract.figures").extract_figures

    predicted: list[dict[str, Any]] = []
    per_doc: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(DOCS_DIR.glob("*.txt")):
        raw = path.read_bytes()
        doc_id, sha = content_id(raw)
        document = Document(doc_id=doc_id, file_name=path.name, text=raw.decode("utf-8"), sha256=sha)
        figures = [_as_dict(f) for f in extract_figures(document)]
        for figure in figures:
            figure["doc"] = path.name
        per_doc[path.name] = figures
        predicted.extend(figures)

    for name, figures in per_doc.items():
        _report(name, score(figures, [g for g in GOLD if g["doc"] == name]))
    overall = score(predicted, GOLD)
    _report("OVERALL", overall)
    assert overall.precision >= MIN_PRECISION, overall.summary()
    assert overall.recall >= MIN_RECALL, overall.summary()
