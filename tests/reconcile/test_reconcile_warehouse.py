"""Reconciliation output loads into a real warehouse file and every comparative view answers."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from reconcile_fixtures import AIRPORT_DATINGS, CORPUS_DOCUMENTS, corpus_figures, figure, run

from reconcile.frames import documents_frame, figures_frame
from warehouse.build import build_warehouse, table_columns

VIEWS = ("v_strength", "v_presence", "v_finance", "v_attacks", "v_conflicts_register", "v_source_ledger")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = [
        *corpus_figures(AIRPORT_DATINGS["year 2021"]),
        figure("doc001", 6000, subject="al_qaeda", measure="training_camps", unit="camps", value=10),
        figure(
            "doc001", 6100, subject="al_qaeda", measure="provinces_with_camps", unit="provinces", value=10
        ),
        figure("doc001", 6200, subject="militant_groups", measure="attacks", unit="attacks", value=300),
    ]
    figures = figures_frame(records)
    documents = documents_frame(CORPUS_DOCUMENTS)
    result = run(records, CORPUS_DOCUMENTS)
    path = tmp_path_factory.mktemp("warehouse") / "triangulate.duckdb"
    counts = build_warehouse(path, {"documents": documents, "figures": figures, **result.tables()})
    assert counts["estimates"] == result.estimates.height
    assert counts["conflicts"] == result.conflicts.height
    return path


def test_frames_match_the_tables(warehouse: Path) -> None:
    result = run(corpus_figures(AIRPORT_DATINGS["event date"]), CORPUS_DOCUMENTS)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table, frame in result.tables().items():
            assert table_columns(con, table) == frame.columns, table


@pytest.mark.parametrize("view", VIEWS)
def test_view_answers(warehouse: Path, view: str) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(f"SELECT count(*) FROM {view}").fetchone()
    assert rows is not None and rows[0] > 0


def test_views_answer_analysts_questions(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        ttp = con.execute(
            "SELECT best FROM v_strength WHERE subject = 'ttp' AND measure = 'fighters' AND period_year = 2024"
        ).fetchall()
        assert ttp == [(6250.0,)]
        annual = con.execute(
            "SELECT count(*) FROM v_finance WHERE subject = 'al_qaeda' AND annualised AND status = 'conflict'"
        ).fetchone()
        assert annual is not None and annual[0] >= 1
        kinds = {kind for (kind,) in con.execute("SELECT DISTINCT kind FROM v_conflicts_register").fetchall()}
        assert {"divergent", "self_inconsistent", "date_conflict"} <= kinds
        register = con.execute(
            "SELECT quote_a, title_b FROM v_conflicts_register WHERE kind = 'divergent' AND victims = 'Afghans'"
        ).fetchall()
        assert len(register) == 1 and "Kabul airport" in register[0][0]
        ledger = con.execute(
            "SELECT n_figures, n_cited_sources, claimant_types, n_conflicts FROM v_source_ledger "
            "WHERE doc_id = 'doc001'"
        ).fetchone()
        assert ledger is not None
        n_figures, n_cited, claimant_types, n_conflicts = ledger
        assert n_figures == 10 and n_cited == 4 and n_conflicts >= 2
        assert set(claimant_types) == {"author", "media", "subject_self"}
        troops = con.execute(
            "SELECT event_date, n_sources, status FROM v_attacks WHERE measure = 'deaths' AND victims = 'US troops'"
        ).fetchall()
        assert [(str(date), n, status) for date, n, status in troops] == [("2021-08-26", 2, "agreed")]
