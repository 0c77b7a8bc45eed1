"""The `triangulate` CLI's commands that need no Prefect server: help, sql, extract."""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
from pathlib import Path

import polars as pl
import pytest

from flows.cli import main
from warehouse.build import build_warehouse

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "t.duckdb"
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    errors = pl.DataFrame(
        {"file_name": ["a.bin", "b.txt"], "reason": ["binary", "empty file"], "at": [at, at]}
    )
    build_warehouse(path, {"ingest_errors": errors})
    return path


@pytest.mark.parametrize("command", ["run", "extract", "report", "sql", "serve"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: triangulate" in capsys.readouterr().out


def test_sql_prints_csv_and_json(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "select file_name, reason from ingest_errors order by 1"
    assert main(["sql", query, "--warehouse", str(warehouse), "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [
        ["file_name", "reason"],
        ["a.bin", "binary"],
        ["b.txt", "empty file"],
    ]
    assert main(["sql", query, "--warehouse", str(warehouse), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0] == {"file_name": "a.bin", "reason": "binary"}
    assert main(["sql", query, "--warehouse", str(warehouse)]) == 0
    assert "a.bin" in capsys.readouterr().out


@pytest.mark.parametrize(
    "statement",
    [
        "delete from ingest_errors",
        "drop table ingest_errors",
        "create table t as select 1",
        "update ingest_errors set reason = 'x'",
    ],
)
def test_sql_refuses_to_write(warehouse: Path, statement: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    assert main(["sql", statement, "--warehouse", str(warehouse)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == before


def test_sql_names_a_missing_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "select 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "triangulate run" in capsys.readouterr().err


def test_sql_reports_a_bad_query_in_one_line(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "select nonsense from nowhere", "--warehouse", str(warehouse)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("triangulate: ") and err.count("\n") == 1


def test_extract_json_prints_contract_objects_then_fails_on_an_unreadable_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = REPO / "corpus" / "documents" / "004_ea8ecce3fe93bc84.txt"
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(good), str(missing), "--json"]) == 2
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert lines, "the readable document's figures are printed before the failure"
    text = good.read_text(encoding="utf-8")
    for figure in lines:
        assert list(figure) == [
            "doc", "start", "end", "quote", "text", "subject", "measure", "value_low", "value_high",
            "qualifier", "unit", "per", "period_start", "period_end", "location", "region", "victims",
            "claimant", "claimant_type", "cited_source",
        ]  # fmt: skip
        assert figure["doc"] == good.name
        assert text[figure["start"] : figure["end"]] == figure["text"]
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1 and "missing.txt" in err_lines[0]


def test_extract_dates_a_corpus_document_by_its_sources_entry(capsys: pytest.CaptureFixture[str]) -> None:
    # 004 states no date; corpus/sources.yaml gives 27 August 2021, so "Thursday's" bombing is the 26th.
    good = REPO / "corpus" / "documents" / "004_ea8ecce3fe93bc84.txt"
    assert main(["extract", str(good), "--json"]) == 0
    figures = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    troops = [f for f in figures if f["measure"] == "deaths" and f["value_low"] == 13]
    assert [f["period_end"] for f in troops] == ["2021-08-26"]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    import subprocess
    import sys

    good = REPO / "corpus" / "documents" / "001_22ba044b9207139b.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "extract", *[str(good)] * 10, "--json"],  # > a pipe buffer,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in (0, 141)
    assert "Traceback" not in stderr
