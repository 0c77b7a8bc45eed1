"""`triangulate serve` against a real Prefect server: the scheduler creates a run, serve executes it.

The server is `prefect server start` in a subprocess with a Prefect home of its own (its first
start migrates a new SQLite database); `python -m flows.cli serve --interval 5` runs in another.
Both are stopped by PID in `finally`: SIGTERM, then SIGKILL when they do not exit in time.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pytest

from flows.cli import main

REPO = Path(__file__).resolve().parents[2]
SERVER_START_TIMEOUT = 150.0  # first start migrates SQLite: ~60-90 s on a 2-core machine
SCHEDULED_RUN_TIMEOUT = 150.0
STOP_TIMEOUT = 15.0

T = TypeVar("T")


def test_serve_refuses_a_bad_interval_before_registering_anything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIANGULATE_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # nothing listens: must not be reached
    assert main(["serve", "--interval", "0"]) == 2
    assert "positive number of seconds" in capsys.readouterr().err
    assert main(["serve", "--cron", "not a cron"]) == 2
    assert "Invalid cron" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _base_env(prefect_home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PREFECT_", "TRIANGULATE_")) and key != "PYTHONPATH"
    }
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_PROFILES_PATH=str(prefect_home / "profiles.toml"),
        PYTHONPATH=str(REPO),
    )
    return env


def _wait_for(
    what: str, timeout: float, probe: Callable[[], T | None], *processes: subprocess.Popen[Any]
) -> T:
    """Poll `probe` until it returns a value, failing on timeout or when a process we need exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"{what}: {process.args!r} exited with {process.returncode}")
        value = probe()
        if value is not None:
            return value
        time.sleep(1.0)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _healthy(api_url: str) -> bool | None:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=5) as response:
            return True if response.status == 200 else None
    except (urllib.error.URLError, OSError):
        return None


def _stop(process: subprocess.Popen[Any] | None) -> None:
    """SIGTERM by PID, then SIGKILL after a timeout (serve may not exit on SIGTERM).

    Each process was started in a session of its own, so its leftover children (serve's flow-run
    subprocess) are the members of the process group whose id is that PID; they are killed last.
    """
    if process is None:
        return
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _completed_scheduled_runs(api_url: str) -> list[Any] | None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["build_indicators"])),
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
            ),
        )
    return [run for run in runs if run.deployment_id is not None and run.auto_scheduled] or None


def _report_links(api_url: str, flow_run_id: Any) -> list[str]:
    """The report links the flow run recorded as artifacts (the flow creates one after publishing)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return [str(artifact.data) for artifact in artifacts]


def _tail(path: Path, lines: int = 40) -> str:
    if not path.exists():
        return f"({path.name}: nothing written)"
    return f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.mark.slow
def test_serve_runs_the_flow_on_its_schedule(tmp_path: Path) -> None:
    assert shutil.which("prefect", path=str(Path(sys.executable).parent)), "no prefect CLI beside this Python"
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    warehouse, site = tmp_path / "out" / "t.duckdb", tmp_path / "out" / "site"
    work = tmp_path / "work"
    work.mkdir()
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"

    server_env = _base_env(tmp_path / "server-home")
    server_env.update(
        PREFECT_SERVER_UI_ENABLED="false",
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
        PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS="2",
    )
    serve_env = _base_env(tmp_path / "serve-home")
    serve_env.update(
        PREFECT_API_URL=api_url,
        PREFECT_RUNNER_POLL_FREQUENCY="2",
        TRIANGULATE_CONFIG=str(work / "triangulate.toml"),  # none there: defaults and flags only
    )

    server: subprocess.Popen[bytes] | None = None
    serve: subprocess.Popen[bytes] | None = None
    try:
        with server_log.open("wb") as log:
            server = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "prefect"),
                    "server",
                    "start",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--no-ui",
                ],
                cwd=tmp_path,
                env=server_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started = time.monotonic()
        _wait_for("the Prefect server's /api/health", SERVER_START_TIMEOUT, lambda: _healthy(api_url), server)
        server_ready = time.monotonic() - started

        served_at = datetime.datetime.now(datetime.UTC)
        with serve_log.open("wb") as log:
            serve = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "flows.cli",
                    "serve",
                    "--interval",
                    "5",
                    "--corpus",
                    str(corpus),
                    "--warehouse",
                    str(warehouse),
                    "--site",
                    str(site),
                ],
                cwd=work,
                env=serve_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        runs = _wait_for(
            "a COMPLETED scheduled run of build_indicators",
            SCHEDULED_RUN_TIMEOUT,
            lambda: _completed_scheduled_runs(api_url),
            server,
            serve,
        )
        first_run = time.monotonic() - started - server_ready
        run = min(runs, key=lambda r: r.start_time)
        assert run.start_time is not None and run.end_time is not None
        run_started = datetime.datetime.fromtimestamp(run.start_time.timestamp(), datetime.UTC)
        run_ended = datetime.datetime.fromtimestamp(run.end_time.timestamp(), datetime.UTC)
        assert run_started >= served_at
        assert run.parameters["warehouse"] == str(warehouse)

        # That run published the warehouse and the site: its row in `runs` falls within the flow run.
        assert warehouse.is_file() and (site / "index.html").is_file()
        with duckdb.connect(str(warehouse), read_only=True) as con:
            recorded = con.execute(
                "SELECT count(*) FROM runs WHERE started_at >= ? AND finished_at <= ?",
                [run_started, run_ended],
            ).fetchone()
            (documents,) = con.execute("SELECT count(*) FROM documents").fetchone() or (0,)
        assert recorded == (1,), "no row of `runs` was written during the completed scheduled run"
        assert documents == len(list((corpus / "documents").iterdir()))
        # The site did not exist before serve started; the run says it published it there. (A later
        # scheduled run may have rewritten it since, so its mtime only bounds it from below.)
        site_written = datetime.datetime.fromtimestamp((site / "index.html").stat().st_mtime, datetime.UTC)
        assert site_written >= run_started - datetime.timedelta(seconds=1)
        links = _report_links(api_url, run.id)
        assert any((site / "index.html").resolve().as_uri() in link for link in links), links
        print(f"server ready in {server_ready:.0f} s; first scheduled run completed {first_run:.0f} s later")
    except BaseException:
        print(_tail(server_log), _tail(serve_log), sep="\n")
        raise
    finally:
        _stop(serve)
        _stop(server)
    assert serve is not None and server is not None
    assert serve.poll() is not None and server.poll() is not None, "a process survived SIGKILL"
