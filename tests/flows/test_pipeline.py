"""The whole flow on the bundled corpus, under one Prefect test server for the session."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.pipeline import build_indicators
from warehouse.publish import RunInProgress, run_lock

CONTRACT_COLUMNS = {
    "documents": {"doc_id", "file_name", "title", "publisher", "published", "sha256", "chars"},
    "figures": {
        "figure_id", "doc_id", "start", "end", "quote", "text", "subject", "measure", "value_low",
        "value_high", "qualifier", "unit", "per", "period_start", "period_end", "location", "region",
        "victims", "claimant", "claimant_type", "cited_source",
    },
    "estimates": {
        "estimate_id", "subject", "measure", "location", "region", "victims", "period_year", "unit", "per",
        "low", "best", "high", "n_figures", "n_sources", "status", "figure_ids",
    },
    "conflicts": {"conflict_id", "estimate_id", "figure_id_a", "figure_id_b", "kind", "explanation"},
}  # fmt: skip


def _run(corpus: Path, tmp_path: Path, **kwargs: Any) -> dict[str, Any]:
    result: dict[str, Any] = build_indicators(
        corpus=str(corpus), warehouse=str(tmp_path / "wh" / "t.duckdb"), site=str(tmp_path / "site"), **kwargs
    )
    return result


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _site_digest(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): _digest(p) for p in sorted(site.rglob("*")) if p.is_file()}


def _rows(warehouse: Path, query: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(query).fetchall()


@pytest.fixture(scope="module")
def built(prefect_api_url: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("pipeline")
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    return tmp, _run(corpus, tmp)


def test_run_publishes_the_contract_relations(built: tuple[Path, dict[str, Any]]) -> None:
    tmp, result = built
    warehouse = tmp / "wh" / "t.duckdb"
    assert result["documents_seen"] == 5
    assert result["ingest_errors"] == 0
    for table, columns in CONTRACT_COLUMNS.items():
        present = {name for (name,) in _rows(warehouse, f"SELECT column_name FROM (DESCRIBE {table})")}
        assert columns <= present, f"{table} lacks {columns - present}"
    assert _rows(warehouse, "SELECT count(*) FROM documents") == [(5,)]
    (figures,) = _rows(warehouse, "SELECT count(*) FROM figures")[0]
    assert figures == result["figures"] > 30
    assert (tmp / "site" / "index.html").is_file()
    assert _rows(warehouse, "SELECT count(*) FROM runs") == [(1,)]


def test_run_reads_the_headline_figures(built: tuple[Path, dict[str, Any]]) -> None:
    warehouse = built[0] / "wh" / "t.duckdb"
    ttp = _rows(
        warehouse,
        "SELECT value_low, value_high FROM figures WHERE subject = 'ttp' AND measure = 'fighters' "
        "AND qualifier = 'range'",
    )
    assert (6000.0, 6500.0) in ttp
    best = _rows(
        warehouse,
        "SELECT best FROM estimates WHERE subject = 'ttp' AND measure = 'fighters' AND period_year = 2024",
    )
    assert best and all(6000 <= value <= 6500 for (value,) in best)
    kinds = {kind for (kind,) in _rows(warehouse, "SELECT DISTINCT kind FROM conflicts")}
    assert {"divergent", "date_conflict"} <= kinds


def test_unchanged_corpus_reuses_every_document_and_gives_the_same_rows(
    built: tuple[Path, dict[str, Any]],
) -> None:
    tmp, first = built
    warehouse = tmp / "wh" / "t.duckdb"
    before = _rows(warehouse, "SELECT * FROM figures ORDER BY figure_id")
    estimates_before = _rows(warehouse, "SELECT * FROM estimates ORDER BY estimate_id")
    second = _run(Path(first["corpus"]), tmp)
    assert second["documents_reused"] == 5
    assert second["documents_extracted"] == 0
    assert _rows(warehouse, "SELECT * FROM figures ORDER BY figure_id") == before
    assert _rows(warehouse, "SELECT * FROM estimates ORDER BY estimate_id") == estimates_before
    assert _rows(warehouse, "SELECT count(*) FROM runs") == [(2,)]


def test_a_run_failing_in_reconcile_leaves_warehouse_and_site_unchanged(
    built: tuple[Path, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp, first = built
    warehouse, site = tmp / "wh" / "t.duckdb", tmp / "site"
    warehouse_before, site_before = _digest(warehouse), _site_digest(site)
    monkeypatch.setenv("TRIANGULATE_FAILPOINT", "reconcile:raise")
    with pytest.raises(Exception, match="failpoint reconcile"):
        _run(Path(first["corpus"]), tmp, full=True)
    assert _digest(warehouse) == warehouse_before
    assert _site_digest(site) == site_before
    assert not list(warehouse.parent.glob(".staging-*")), "the failed run's staging file was left behind"


def test_a_second_run_fails_fast_while_one_holds_the_lock(built: tuple[Path, dict[str, Any]]) -> None:
    tmp, first = built
    warehouse = tmp / "wh" / "t.duckdb"
    before = _digest(warehouse)
    with run_lock(warehouse), pytest.raises(RunInProgress, match="another triangulate run"):
        _run(Path(first["corpus"]), tmp)
    assert _digest(warehouse) == before


def test_a_run_leaves_a_counts_table_and_a_report_link_artifact(built: tuple[Path, dict[str, Any]]) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        keys = ["build-indicators-counts", "build-indicators-report"]
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys)))
    by_key = {artifact.key: artifact for artifact in artifacts}
    assert set(by_key) == set(keys)
    counts = str(by_key["build-indicators-counts"].data)
    assert "documents_seen" in counts and "estimates" in counts
    assert str(by_key["build-indicators-report"].data).endswith("index.html)")
