"""Incremental runs equal full rebuilds after adds, edits, renames and deletes; unchanged runs are idempotent.

Each comparison builds a fresh warehouse with a full run on the same corpus and compares every row
of every relation but `runs` (which records each run) and `ingest_errors` (whose rows carry the
time of the refusal).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from flows.pipeline import build_indicators

pytestmark = pytest.mark.usefixtures("prefect_api_url")

VOLATILE = {"runs", "ingest_errors"}
ID_COLUMNS = {
    "documents": "doc_id",
    "figures": "figure_id",
    "estimates": "estimate_id",
    "conflicts": "conflict_id",
}


def _run(corpus: Path, root: Path, **kwargs: Any) -> dict[str, Any]:
    result: dict[str, Any] = build_indicators(
        corpus=str(corpus), warehouse=str(root / "wh" / "t.duckdb"), site=str(root / "site"), **kwargs
    )
    return result


def _snapshot(warehouse: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every relation but the volatile ones, in a canonical order."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' ORDER BY table_name"
            ).fetchall()
        ]
        rows = {
            table: con.execute(f'SELECT * FROM "{table}" ORDER BY ALL').fetchall()
            for table in tables
            if table not in VOLATILE
        }
        rows["ingest_errors (without time)"] = con.execute(
            "SELECT file_name, reason FROM ingest_errors ORDER BY ALL"
        ).fetchall()
    assert set(ID_COLUMNS) <= set(rows), f"warehouse lacks {set(ID_COLUMNS) - set(rows)}"
    return rows


def _ids(warehouse: Path, table: str) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {value for (value,) in con.execute(f"SELECT {ID_COLUMNS[table]} FROM {table}").fetchall()}


def _assert_same_warehouse(incremental: Path, full: Path) -> None:
    got, want = _snapshot(incremental), _snapshot(full)
    assert set(got) == set(want)
    for table in sorted(want):
        missing = [row for row in want[table] if row not in got[table]]
        extra = [row for row in got[table] if row not in want[table]]
        assert not missing and not extra, (
            f"{table}: incremental differs from full ({len(missing)} rows missing, {len(extra)} extra); "
            f"first missing {missing[:1]}, first extra {extra[:1]}"
        )
        assert got[table] == want[table], f"{table}: same rows, different multiplicity"


def _sources(corpus: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((corpus / "sources.yaml").read_text(encoding="utf-8"))
    return data


def _write_sources(corpus: Path, sources: dict[str, Any]) -> None:
    (corpus / "sources.yaml").write_text(yaml.safe_dump(sources, sort_keys=True), encoding="utf-8")


def _paragraphs_with_figures(text: str, count: int) -> list[str]:
    """Paragraphs that state numbers (they carry figures), so copies of them are not empty documents."""
    found = [
        line for line in text.splitlines() if re.search(r"\d[\d,.]*\s*(?:fighters|members|%|people)", line)
    ]
    found = found or [line for line in text.splitlines() if re.search(r"\d{3}", line)]
    assert found, "the bundled corpus has no paragraph with a number to copy"
    return found[:count]


def _full_run_elsewhere(corpus: Path, root: Path) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    result = _run(corpus, root, full=True)
    assert result["documents_reused"] == 0
    return root / "wh" / "t.duckdb"


def test_incremental_equals_full_after_adds_edits_renames_and_deletes(
    corpus_copy: Path, tmp_path: Path
) -> None:
    corpus, live = corpus_copy, tmp_path / "live"
    warehouse = live / "wh" / "t.duckdb"
    documents = corpus / "documents"
    names = sorted(path.name for path in documents.iterdir())
    assert len(names) >= 5, names

    first = _run(corpus, live)
    assert first["documents_extracted"] == first["documents_seen"] == len(names)
    docs_before = _ids(warehouse, "documents")

    # 1. Add a document (paragraphs of another one under a new heading) and edit one's text.
    donor = (documents / names[1]).read_text(encoding="utf-8")
    added = documents / "900_added_report.txt"
    added.write_text(
        "Added report, 3 March 2026\n\n" + "\n\n".join(_paragraphs_with_figures(donor, 3)) + "\n",
        encoding="utf-8",
    )
    sources = _sources(corpus)
    sources[added.name] = {"title": "Added report", "publisher": "Test Desk", "published": "2026-03-03"}
    _write_sources(corpus, sources)
    edited = documents / names[3]
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\n"
        + "\n".join(_paragraphs_with_figures((documents / names[0]).read_text(encoding="utf-8"), 2))
        + "\n",
        encoding="utf-8",
    )

    step1 = _run(corpus, live)
    assert (step1["documents_seen"], step1["documents_extracted"], step1["documents_reused"]) == (
        len(names) + 1,
        2,
        len(names) - 1,
    )
    docs_after = _ids(warehouse, "documents")
    assert len(docs_after - docs_before) == 2, "the added and the edited document are new ids"
    assert len(docs_before - docs_after) == 1, "the edited document's old id is retracted"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (added_figures,) = con.execute(
            "SELECT count(*) FROM figures JOIN documents USING (doc_id) WHERE file_name = ?", [added.name]
        ).fetchone() or (0,)
    assert added_figures > 0, "the added document's figures were not extracted"
    _assert_same_warehouse(warehouse, _full_run_elsewhere(corpus, tmp_path / "full-1"))

    # 2. Delete a document; change another's date and a third's title in sources.yaml.
    (deleted_id,) = _doc_ids_of(warehouse, names[4])
    (documents / names[4]).unlink()
    sources = _sources(corpus)
    sources[names[0]]["published"] = "2025-11-01"  # a date changes what figures are dated by: re-extract
    sources[names[2]]["title"] = "A title corrected by hand"  # metadata only: figures are reused
    _write_sources(corpus, sources)

    step2 = _run(corpus, live)
    assert (step2["documents_seen"], step2["documents_extracted"]) == (len(names), 1)
    assert deleted_id not in _ids(warehouse, "documents")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        leftovers = con.execute(
            "SELECT (SELECT count(*) FROM figures WHERE doc_id = $1) "
            "+ (SELECT count(*) FROM (SELECT unnest(figure_ids) AS figure_id FROM estimates) "
            "WHERE split_part(figure_id, ':', 1) = $1)",
            [deleted_id],
        ).fetchone()
        title = con.execute("SELECT title FROM documents WHERE file_name = ?", [names[2]]).fetchone()
    assert leftovers == (0,), "the deleted document's figures still back rows"
    assert title == ("A title corrected by hand",)
    _assert_same_warehouse(warehouse, _full_run_elsewhere(corpus, tmp_path / "full-2"))

    # 3. Rename a file: same bytes, same doc_id; the documents row follows the new name.
    (documents / names[1]).rename(documents / f"renamed_{names[1]}")
    sources = _sources(corpus)
    sources[f"renamed_{names[1]}"] = sources.pop(names[1])
    _write_sources(corpus, sources)
    step3 = _run(corpus, live)
    assert step3["documents_extracted"] == 0, "a rename changes no bytes and no date"
    _assert_same_warehouse(warehouse, _full_run_elsewhere(corpus, tmp_path / "full-3"))


def _doc_ids_of(warehouse: Path, file_name: str) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            doc_id
            for (doc_id,) in con.execute(
                "SELECT doc_id FROM documents WHERE list_contains(file_names, ?)", [file_name]
            ).fetchall()
        }


def test_two_runs_on_an_unchanged_corpus_leave_the_same_warehouse(corpus_copy: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh" / "t.duckdb"
    first = _run(corpus_copy, tmp_path)
    before = _snapshot(warehouse)
    ids_before = {table: _ids(warehouse, table) for table in ID_COLUMNS}

    second = _run(corpus_copy, tmp_path)
    assert second["documents_extracted"] == 0
    assert second["documents_reused"] == first["documents_seen"] == second["documents_seen"]
    for key in ("figures", "estimates", "conflicts", "quarantined", "ingest_errors"):
        assert second[key] == first[key], key
    assert {table: _ids(warehouse, table) for table in ID_COLUMNS} == ids_before
    assert _snapshot(warehouse) == before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = con.execute(
            "SELECT mode, documents_extracted, documents_reused FROM runs ORDER BY started_at"
        ).fetchall()
    assert runs == [
        ("incremental", first["documents_seen"], 0),
        ("incremental", 0, first["documents_seen"]),
    ]
    assert not list(warehouse.parent.glob(".staging-*"))
