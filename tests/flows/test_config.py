"""Configuration precedence: defaults < triangulate.toml < TRIANGULATE_* environment < CLI flags."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.cli import _settings, build_parser, main
from flows.config import Settings, load_settings
from flows.runners import flow_with_runner
from flows.serve import build_schedule, deployment_parameters


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated config location and environment: no TRIANGULATE_* variable from outside."""
    for name in [name for name in os.environ if name.startswith("TRIANGULATE_")]:
        monkeypatch.delenv(name)
    path = tmp_path / "triangulate.toml"
    monkeypatch.setenv("TRIANGULATE_CONFIG", str(path))
    monkeypatch.chdir(tmp_path)
    return path


def test_defaults_without_a_file_or_environment(config_file: Path) -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.schedule_cron == "0 6 * * *"
    assert settings.schedule_timezone == "UTC"
    assert settings.task_runner == "threads"
    assert settings.dask_address is None


def test_file_overrides_defaults_and_environment_overrides_file(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text(
        "[triangulate]\n"
        'corpus = "from-file/corpus"\n'
        'warehouse = "from-file/t.duckdb"\n'
        'schedule_cron = "30 5 * * 1"\n'
        "batch_documents = 50\n"
        "max_document_bytes = 1000\n",
        encoding="utf-8",
    )
    from_file = load_settings()
    assert from_file.corpus == Path("from-file/corpus")
    assert from_file.warehouse == Path("from-file/t.duckdb")
    assert from_file.schedule_cron == "30 5 * * 1"
    assert from_file.batch_documents == 50
    assert from_file.site == Settings().site  # not in the file: the default

    monkeypatch.setenv("TRIANGULATE_WAREHOUSE", "from-env/t.duckdb")
    monkeypatch.setenv("TRIANGULATE_BATCH_DOCUMENTS", "7")
    monkeypatch.setenv("TRIANGULATE_DASK_ADDRESS", "tcp://10.0.0.1:8786")
    from_env = load_settings()
    assert from_env.corpus == Path("from-file/corpus")  # the file still holds where env is silent
    assert from_env.warehouse == Path("from-env/t.duckdb")
    assert from_env.batch_documents == 7
    assert isinstance(from_env.batch_documents, int)
    assert from_env.dask_address == "tcp://10.0.0.1:8786"
    assert from_env.max_document_bytes == 1000


def test_cli_flags_override_environment_and_file(config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_file.write_text('[triangulate]\ncorpus = "file-corpus"\nsite = "file-site"\n', encoding="utf-8")
    monkeypatch.setenv("TRIANGULATE_CORPUS", "env-corpus")
    monkeypatch.setenv("TRIANGULATE_WAREHOUSE", "env.duckdb")
    monkeypatch.setenv("TRIANGULATE_DASK_ADDRESS", "tcp://env:8786")
    args = build_parser().parse_args(
        ["run", "--corpus", "flag-corpus", "--dask-address", "tcp://flag:8786", "--full"]
    )
    settings = _settings(args)
    assert settings.corpus == Path("flag-corpus")  # flag > env > file
    assert settings.warehouse == Path("env.duckdb")  # env > default
    assert settings.site == Path("file-site")  # file > default
    assert settings.dask_address == "tcp://flag:8786"


def test_serve_schedule_comes_from_config_unless_given(config_file: Path) -> None:
    config_file.write_text('[triangulate]\nschedule_cron = "15 4 * * *"\n', encoding="utf-8")
    settings = load_settings()
    configured = build_schedule(settings)
    assert configured.cron == "15 4 * * *"
    assert configured.timezone == "UTC"
    assert build_schedule(settings, cron="0 7 * * 1-5").cron == "0 7 * * 1-5"
    every = build_schedule(settings, interval=5)
    assert every.cron is None and every.interval is not None
    assert every.interval.total_seconds() == 5  # seconds, not a timedelta nor minutes
    default = build_schedule(Settings())
    assert (default.cron, default.timezone) == ("0 6 * * *", "UTC")


@pytest.mark.parametrize(
    ("settings", "cron", "interval", "message"),
    [
        (Settings(), None, 0, "positive number of seconds"),
        (Settings(), None, -5, "positive number of seconds"),
        (Settings(), "61 6 * * *", None, "Invalid cron"),
        (Settings(schedule_cron="daily"), None, None, "Invalid cron"),
        (Settings(schedule_timezone="Mars/Olympus"), None, None, "Mars/Olympus"),
    ],
)
def test_a_bad_schedule_is_refused_before_serving(
    settings: Settings, cron: str | None, interval: float | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        build_schedule(settings, cron=cron, interval=interval)


def test_deployment_parameters_are_absolute_paths(config_file: Path) -> None:
    params = deployment_parameters(Settings(corpus=Path("c"), warehouse=Path("w/t.duckdb")))
    assert params["corpus"] == str(config_file.parent / "c")
    assert Path(params["warehouse"]).is_absolute() and Path(params["site"]).is_absolute()
    assert params["batch_documents"] == Settings().batch_documents


def test_a_malformed_file_is_an_error_naming_the_file(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file.write_text("[triangulate]\ncorpus = 'unterminated\n", encoding="utf-8")
    with pytest.raises(ValueError, match=str(config_file)):
        load_settings()
    assert main(["sql", "SELECT 1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("triangulate: ")
    assert str(config_file) in err


def test_an_unknown_key_is_an_error_naming_it(config_file: Path) -> None:
    config_file.write_text('[triangulate]\nwarehose = "typo.duckdb"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="warehose"):
        load_settings()


def test_an_unknown_task_runner_is_an_error(config_file: Path) -> None:
    from prefect import flow

    @flow
    def noop() -> None:
        return None

    with pytest.raises(ValueError, match="threads, dask"):
        flow_with_runner(noop, Settings(task_runner="processes"))
    with pytest.raises(ValueError, match="needs dask_address"):
        flow_with_runner(noop, Settings(task_runner="dask"))
    assert type(flow_with_runner(noop, Settings()).task_runner).__name__ == "ThreadPoolTaskRunner"
