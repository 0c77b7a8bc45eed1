"""pandera validation with quarantine: bad rows are set aside with the check they failed."""

from __future__ import annotations

import datetime
import json

import polars as pl
import pytest

from extract.figure import Figure
from schemas.frames import figures_frame
from schemas.models import FigureInDocumentSchema, FigureSchema
from schemas.validate import SchemaMismatch, validate_rows


def _figure(**changes: object) -> Figure:
    base = Figure(
        doc="a.txt",
        start=10,
        end=12,
        quote="It killed 13 US troops.",
        text="13",
        subject="iskp",
        measure="deaths",
        value_low=13.0,
        value_high=13.0,
        qualifier="exact",
        unit="persons",
        period_end="2021-08-26",
        victims="US troops",
    )
    return Figure(**{**{name: getattr(base, name) for name in base.__slots__}, **changes})  # type: ignore[arg-type]


def test_good_figures_pass_untouched() -> None:
    frame = figures_frame("0123456789abcdef", [_figure()])
    result = validate_rows(frame, FigureSchema, "figures", key="figure_id")
    assert result.valid.equals(frame)
    assert result.quarantine.height == 0
    assert frame.get_column("period_end").to_list() == [datetime.date(2021, 8, 26)]


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"measure": "casualties"}, "isin"),
        ({"value_low": 20.0, "value_high": 13.0}, "low_not_above_high"),
        ({"unit": "camps"}, "unit_fits_measure"),
        ({"text": "133"}, "offsets_span_the_text"),
        ({"claimant_type": "blogger"}, "isin"),
        ({"per": "fortnight"}, "isin"),
    ],
)
def test_a_bad_row_goes_to_quarantine_with_its_check(changes: dict[str, object], check: str) -> None:
    good = _figure(start=0, end=2, text="13")
    bad = _figure(**changes)
    frame = figures_frame("0123456789abcdef", [good, bad])
    result = validate_rows(frame, FigureSchema, "figures", key="figure_id")
    assert result.valid.get_column("figure_id").to_list() == ["0123456789abcdef:0:2"]
    assert result.quarantine.height >= 1
    assert any(check in name for name in result.quarantine.get_column("check_name").to_list())
    row = json.loads(result.quarantine.get_column("row_json")[0])
    assert row["figure_id"] == "0123456789abcdef:10:12"


def test_offsets_past_the_document_end_are_quarantined() -> None:
    frame = figures_frame("0123456789abcdef", [_figure()]).with_columns(doc_chars=pl.lit(11, pl.Int64))
    result = validate_rows(frame, FigureInDocumentSchema, "figures", key="figure_id")
    assert result.valid.height == 0
    assert "offsets_inside_document" in result.quarantine.get_column("check_name").to_list()


def test_a_frame_of_the_wrong_shape_is_an_error_not_quarantine() -> None:
    frame = figures_frame("0123456789abcdef", [_figure()]).drop("quote")
    with pytest.raises(SchemaMismatch, match="figures"):
        validate_rows(frame, FigureSchema, "figures")


def test_a_number_that_is_no_measure_keeps_its_own_unit() -> None:
    other = _figure(measure="other", unit="USD", value_low=5e6, value_high=5e6, text="13")
    frame = figures_frame("0123456789abcdef", [other])
    assert validate_rows(frame, FigureSchema, "figures").quarantine.height == 0
