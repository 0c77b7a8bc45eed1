"""`python -m bench.run` (`make bench`): how triangulate's cost grows with the corpus, beside quantulum3.

Prints one table, every goal beside its measured figure, and writes it with the machine's
description to `bench/results/<YYYY-MM-DD>.md` (`--quick`: `<date>-quick.md`).

What runs where:

- full runs are the real CLI (`python -m flows.cli run`) in a subprocess, against one temporary
  Prefect server started once for the whole benchmark (its start-up time is reported on its own
  line); wall time is the subprocess's, from fork to exit; peak memory is the largest sum of RSS
  over the process tree, sampled every 20 ms, and never less than the kernel's `ru_maxrss`;
- per-stage times of the largest run come from the Prefect API (task run times);
- extraction MB/s, quantulum3, the report build and reconciliation run in this process, timed
  around the call only; extraction and quantulum3 run pinned to one CPU.

Corpora come from `bench.generate` (seeded, cached under `bench/corpora/`, git-ignored).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib.metadata
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "bench" / "corpora"
RESULTS = ROOT / "bench" / "results"
GOLD_DIR = ROOT / "tests" / "gold"
BUNDLED = ROOT / "corpus"

MB = 1_000_000
GB = 1_000_000_000
GOAL_EXTRACT_MB_S = 10.0
GOAL_FULL_S = 60.0
GOAL_FULL_DOCS = 10_000
GOAL_PEAK_BYTES = 2 * GB
GOAL_INCREMENTAL_SHARE = 0.10
GOAL_RECONCILE_S = 10.0
RECONCILE_FIGURES = 1_000_000
# The project's code is copied here at the start, and every measurement (CLI runs and in-process
# calls) uses the copy: edits made to the tree while the benchmark runs cannot mix versions
# (the extractor's version is a hash of its sources, so an edit would make every document new).
CODE_DIRS = ("extract", "flows", "ingest", "reconcile", "reports", "schemas", "warehouse")
_code = ROOT
PACKAGES = (
    "prefect",
    "polars",
    "duckdb",
    "pandera",
    "pyarrow",
    "great-tables",
    "pyyaml",
    "quantulum3",
    "psutil",
)


# --------------------------------------------------------------------------------------------
# results


@dataclass
class Row:
    measure: str
    goal: str
    measured: str
    status: str  # PASS, MISS, or "" (no goal), "n/a" (could not be measured)
    note: str = ""
    order: int = 50  # place in the table: the order, whatever order they ran in


@dataclass
class CliRun:
    label: str
    documents: int
    megabytes: float
    returncode: int
    wall_s: float
    peak_rss: int
    counts: dict[str, int] = field(default_factory=dict)
    flow_run_s: float | None = None
    stages: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0


@dataclass
class Report:
    started: datetime.datetime
    argv: list[str]
    machine: dict[str, str]
    rows: list[Row] = field(default_factory=list)
    runs: list[CliRun] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def _status(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def _gb(n: int) -> str:
    return f"{n / GB:.2f} GB"


# --------------------------------------------------------------------------------------------
# the machine


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _mem_total() -> int:
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    return int(psutil.virtual_memory().total)


def _git(*args: str) -> str:
    try:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def machine() -> dict[str, str]:
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = bool(_git("status", "--porcelain", "--untracked-files=no"))
    return {
        "CPU": _cpu_model(),
        "cores": f"{os.cpu_count()} logical ({len(os.sched_getaffinity(0))} usable)",
        "memory": _gb(_mem_total()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(versions),
        "commit": f"{commit}{' + uncommitted changes' if dirty else ''}" if commit else "unknown",
    }


# --------------------------------------------------------------------------------------------
# the Prefect server and CLI runs


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrefectServer:
    """One `prefect server start` for the whole benchmark, with a Prefect home of its own."""

    def __init__(self, home: Path, log: Path) -> None:
        self.home = home
        self.log = log
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.startup_s = math.nan
        self._proc: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            PREFECT_HOME=str(self.home),
            PREFECT_API_URL=self.url,
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_SERVER_UI_ENABLED="false",
            PYTHONPATH=os.pathsep.join(p for p in (str(_code), os.environ.get("PYTHONPATH", "")) if p),
        )
        env.pop("TRIANGULATE_FAILPOINT", None)
        return env

    def __enter__(self) -> PrefectServer:
        self.home.mkdir(parents=True, exist_ok=True)
        env = self.env()
        env.pop("PREFECT_API_URL")
        prefect = Path(sys.executable).with_name("prefect")
        command = [
            str(prefect),
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--no-ui",
        ]
        started = time.perf_counter()
        with self.log.open("wb") as log:
            self._proc = subprocess.Popen(
                command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        import httpx

        deadline = started + 180
        while time.perf_counter() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"prefect server exited with {self._proc.returncode}; see {self.log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    self.startup_s = time.perf_counter() - started
                    return self
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError(f"prefect server did not answer within 180 s; see {self.log}")

    def __exit__(self, *exc: object) -> None:
        try:
            self._stop()
        finally:
            shutil.rmtree(self.home, ignore_errors=True)

    def _stop(self) -> None:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: the server and its workers
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        import httpx

        response = httpx.post(f"{self.url}{path}", json=body, timeout=30)
        response.raise_for_status()
        return response.json()


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_measured(
    command: Sequence[str], *, cwd: Path, env: dict[str, str], log: Path, timeout: float
) -> tuple[int, float, int]:
    """Run `command`; return (exit code, wall seconds, peak RSS of its process tree in bytes)."""
    peak = 0
    done = threading.Event()
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(command), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        ps = psutil.Process(proc.pid)

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _tree_rss(ps))
                done.wait(0.02)

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # interrupted: leave no run behind
            kill()
            os.waitpid(proc.pid, 0)
            raise
        finally:
            wall = time.perf_counter() - started
            timer.cancel()
            done.set()
            sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = max(peak, usage.ru_maxrss * 1024)  # Linux reports KiB
    return proc.returncode, wall, peak


_COUNTS = re.compile(
    r"(?P<documents_seen>\d+) documents \((?P<documents_extracted>\d+) extracted, (?P<documents_reused>\d+) "
    r"unchanged, (?P<ingest_errors>\d+) rejected\), (?P<figures>\d+) figures, (?P<estimates>\d+) estimates, "
    r"(?P<conflicts>\d+) conflicts, (?P<quarantined>\d+) quarantined"
)


def _error_line(path: Path) -> str:
    """The line that says why a run failed: the CLI's own message, else the last error line."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    for line in reversed(lines):
        if line.startswith("triangulate:"):
            return line[:300]
    errors = [line for line in lines if re.search(r"Error|Exception|Traceback", line)]
    return (errors[-1] if errors else next((line for line in reversed(lines) if line), ""))[:300]


def _flow_stages(server: PrefectServer) -> tuple[float | None, list[dict[str, Any]]]:
    """The latest build_indicators run's total time and its task runs grouped by task name."""
    runs = server.post(
        "/flow_runs/filter",
        {"sort": "START_TIME_DESC", "limit": 1, "flows": {"name": {"any_": ["build_indicators"]}}},
    )
    if not runs:
        return None, []
    flow_run = runs[0]
    tasks: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = server.post(
            "/task_runs/filter",
            {"flow_runs": {"id": {"any_": [flow_run["id"]]}}, "limit": 200, "offset": offset},
        )
        tasks += page
        if len(page) < 200:
            break
        offset += 200
    groups: dict[str, dict[str, Any]] = {}
    for task in tasks:
        name = task["name"].rsplit("-", 1)[0]
        group = groups.setdefault(
            name, {"stage": name, "tasks": 0, "task_s": 0.0, "first": None, "last": None}
        )
        group["tasks"] += 1
        group["task_s"] += float(task.get("total_run_time") or 0.0)
        for key, pick in (("start_time", "first"), ("end_time", "last")):
            stamp = task.get(key)
            if stamp:
                when = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
                current = group[pick]
                if current is None or (when < current if pick == "first" else when > current):
                    group[pick] = when
    stages = []
    for group in sorted(
        groups.values(), key=lambda g: g["first"] or datetime.datetime.max.replace(tzinfo=None)
    ):
        span = (group["last"] - group["first"]).total_seconds() if group["first"] and group["last"] else None
        stages.append(
            {"stage": group["stage"], "tasks": group["tasks"], "task_s": group["task_s"], "span_s": span}
        )
    return float(flow_run.get("total_run_time") or 0.0), stages


def run_cli(
    server: PrefectServer,
    label: str,
    corpus: Path,
    work: Path,
    documents: int,
    megabytes: float,
    *,
    full: bool = False,
    timeout: float = 1800,
) -> CliRun:
    work.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--corpus",
        str(corpus),
        "--warehouse",
        str(work / "triangulate.duckdb"),
        "--site",
        str(work / "site"),
    ]
    if full:
        command.append("--full")
    log = work / f"{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}.log"
    code, wall, peak = run_measured(command, cwd=_code, env=server.env(), log=log, timeout=timeout)
    run = CliRun(label, documents, megabytes, code, wall, peak)
    output = log.read_text(encoding="utf-8", errors="replace")
    match = _COUNTS.search(output)
    if match:
        run.counts = {key: int(value) for key, value in match.groupdict().items()}
    if code != 0:
        run.error = f"exit {code}: {_error_line(log)}"
    with contextlib.suppress(Exception):
        run.flow_run_s, run.stages = _flow_stages(server)
    state = "ok" if run.ok else run.error
    print(f"  {label}: {wall:.1f} s, peak {_gb(peak)} ({state})", flush=True)
    return run


# --------------------------------------------------------------------------------------------
# in-process measurements


@contextlib.contextmanager
def one_cpu() -> Iterator[int]:
    """Pin every thread of this process to one CPU for the duration."""
    before = os.sched_getaffinity(0)
    cpu = min(before)
    tids = [int(t) for t in os.listdir("/proc/self/task")]
    for tid in tids:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(tid, {cpu})
    try:
        yield cpu
    finally:
        for tid in tids:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(tid, before)


def read_documents(corpus: Path) -> list[Any]:
    from ingest.discover import read_corpus

    return list(read_corpus(corpus).documents)


def _text_bytes(docs: Sequence[Any]) -> int:
    return sum(len(doc.text.encode("utf-8")) for doc in docs)


def first_bytes(docs: Sequence[Any], limit: int) -> list[Any]:
    """The leading documents whose text adds up to at least `limit` bytes."""
    out, total = [], 0
    for doc in docs:
        if total >= limit:
            break
        out.append(doc)
        total += len(doc.text.encode("utf-8"))
    return out


def time_extraction(extract: Callable[[Any], list[Any]], docs: Sequence[Any]) -> tuple[float, int]:
    """Seconds to extract every document on one CPU (after one warm-up call), and figures found."""
    extract(docs[0])
    figures = 0
    with one_cpu():
        started = time.perf_counter()
        for doc in docs:
            figures += len(extract(doc))
        elapsed = time.perf_counter() - started
    return elapsed, figures


def _close(a: float, b: float) -> bool:
    return math.isclose(abs(a), abs(b), rel_tol=1e-6, abs_tol=1e-9)


def gold_value_share(
    found: dict[str, list[tuple[int, int, list[float]]]], gold: Sequence[dict[str, Any]]
) -> tuple[int, int]:
    """(gold values found, scored gold items): a value is found when a number read over an
    overlapping span equals its low or high end (sign ignored), or spans the range exactly."""
    scored = [g for g in gold if not g.get("ambiguous")]
    hits = 0
    for item in scored:
        wanted = [float(v) for v in (item.get("value_low"), item.get("value_high")) if v is not None]
        for start, end, values in found.get(item["doc"], []):
            if not (start < item["end"] and item["start"] < end):
                continue
            if any(_close(v, w) for v in values for w in wanted):
                hits += 1
                break
    return hits, len(scored)


def quantulum_spans(parse: Callable[[str], list[Any]], text: str) -> list[tuple[int, int, list[float]]]:
    spans = []
    for quantity in parse(text):
        values = [float(quantity.value)]
        if quantity.uncertainty:
            values += [quantity.value - quantity.uncertainty, quantity.value + quantity.uncertainty]
        spans.append((int(quantity.span[0]), int(quantity.span[1]), values))
    return spans


def figure_spans(figures: Sequence[Any]) -> list[tuple[int, int, list[float]]]:
    return [
        (f.start, f.end, [float(v) for v in (f.value_low, f.value_high) if v is not None]) for f in figures
    ]


# --------------------------------------------------------------------------------------------
# synthetic figures for reconciliation


def synthetic_figures(n: int, template: Any, template_docs: Any, seed: int = 0) -> tuple[Any, Any]:
    """`n` figures resampled from real ones: copies of the template with new doc_ids (same
    citations and claimants, so sources repeat across copies as they do across reports), values
    scaled by a pseudo-random factor (0.5-2x; one factor per figure, so ranges stay in order;
    percentages and years kept), and the documents frame to match."""
    import polars as pl

    if template.height == 0:
        raise ValueError("no template figures to resample")
    copies = pl.DataFrame({"_copy": [f"{c:04x}" for c in range(math.ceil(n / template.height))]})
    if copies.height > 0xFFFF:
        raise ValueError(f"{template.height} template figures are too few for {n}")
    new_id = pl.col("_copy") + pl.col("doc_id").str.slice(4)
    figures = copies.join(template, how="cross").head(n)
    u = (pl.int_range(pl.len(), dtype=pl.UInt64).hash(seed) % 1_000_003).cast(pl.Float64) / 1_000_003
    factor = (u * 1.386 - 0.693).exp()
    keep = pl.col("unit").is_in(["percent", "year"])
    figures = figures.with_columns(
        new_id.alias("doc_id"),
        pl.when(keep).then(pl.col("value_low")).otherwise((pl.col("value_low") * factor).round(0)),
        pl.when(keep).then(pl.col("value_high")).otherwise((pl.col("value_high") * factor).round(0)),
    ).with_columns(
        (pl.col("doc_id") + ":" + pl.col("start").cast(pl.Utf8) + ":" + pl.col("end").cast(pl.Utf8)).alias(
            "figure_id"
        )
    )
    used = figures.select(pl.col("_copy").unique())
    documents = (
        used.join(template_docs, how="cross")
        .with_columns(
            new_id.alias("doc_id"), (pl.col("_copy") + pl.col("sha256").str.slice(4)).alias("sha256")
        )
        .drop("_copy")
    )
    return figures.drop("_copy").sort("figure_id"), documents


def gold_template() -> tuple[Any, Any]:
    """Figures made from the seed gold set and the bundled documents (when no run left a warehouse)."""
    import datetime as dt

    from extract.evaluate import load_gold
    from reconcile.frames import figures_frame
    from schemas.frames import documents_frame

    docs = read_documents(BUNDLED)
    doc_ids = {name: doc.doc_id for doc in docs for name in (doc.file_names or (doc.file_name,))}
    records = []
    for item in load_gold(GOLD_DIR):
        year = item.get("period_year")
        records.append(
            {
                **{
                    k: v
                    for k, v in item.items()
                    if k not in ("doc", "period_year", "note", "ambiguous", "alternatives")
                },
                "doc_id": doc_ids[item["doc"]],
                "quote": item["text"],
                "period_start": dt.date(year, 1, 1) if year else None,
                "period_end": dt.date(year, 12, 31) if year else None,
            }
        )
    return figures_frame(records), documents_frame(docs, "bench")


# --------------------------------------------------------------------------------------------
# the benchmark


def _try(label: str, report: Report, func: Callable[[], None], order: int) -> None:
    """Run one measurement; a failure becomes an n/a row naming the error, the rest goes on."""
    try:
        func()
    except Exception as error:
        message = f"{type(error).__name__}: {error}".splitlines()[0][:200]
        print(f"  {label} failed: {message}", flush=True)
        traceback.print_exc(limit=3)
        report.rows.append(Row(label, "", "not measured", "n/a", message, order=order))


def benchmark(args: argparse.Namespace) -> Report:
    sizes = [100, 1000] if args.quick else [100, 1000, 10_000]
    if args.sizes:
        sizes = sorted(args.sizes)
    n_reconcile = 100_000 if args.quick else RECONCILE_FIGURES
    report = Report(datetime.datetime.now().astimezone(), sys.argv[1:], machine())
    work = CORPORA / "work"
    if work.exists() and not args.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)

    # Corpora.
    corpora: dict[int, tuple[Path, float]] = {}
    for n in sorted({*sizes, 1000}):
        started = time.perf_counter()
        made = generate(CORPORA / f"seed{args.seed}-n{n}", n, args.seed)
        state = "cached" if made.reused else f"generated in {time.perf_counter() - started:.1f} s"
        print(f"corpus {n}: {made.bytes / MB:.1f} MB ({state})", flush=True)
        corpora[n] = (made.path, made.bytes / MB)
    empty = CORPORA / "empty"
    (empty / "documents").mkdir(parents=True, exist_ok=True)

    if not args.live:
        snapshot_code(Path(tempfile.mkdtemp(prefix="triangulate-bench-code-")) / "src")
    from extract.version import EXTRACTOR_VERSION

    report.machine["code"] = (
        f"{'snapshot of the working tree at start' if not args.live else 'live tree'}, "
        f"EXTRACTOR_VERSION {EXTRACTOR_VERSION}"
    )

    with PrefectServer(
        Path(tempfile.mkdtemp(prefix="triangulate-bench-prefect-")), work / "server.log"
    ) as server:
        report.extra["import_s"] = _import_time(server.env())
        print(f"prefect server up in {server.startup_s:.1f} s at {server.url}", flush=True)
        report.extra["server_startup_s"] = server.startup_s
        report.runs.append(run_cli(server, "empty corpus", empty, work / "empty", 0, 0.0))
        for n in sizes:
            path, megabytes = corpora[n]
            report.runs.append(run_cli(server, f"full {n}", path, work / f"n{n}", n, megabytes))
        largest = sizes[-1]
        path, megabytes = corpora[largest]
        changed = _changed_copy(path, CORPORA / "work" / f"changed-n{largest}", index=largest // 2)
        report.runs.append(
            run_cli(
                server, f"incremental {largest}, 1 changed", changed, work / f"n{largest}", largest, megabytes
            )
        )
        report.runs.append(
            run_cli(server, f"re-run {largest}, unchanged", changed, work / f"n{largest}", largest, megabytes)
        )
    _cli_rows(report, sizes)

    # In-process measurements.
    ten_mb_docs: list[Any] = []

    def extraction() -> None:
        from extract.figures import extract_figures

        docs = read_documents(corpora[1000][0])
        ten_mb_docs.extend(docs)
        size = _text_bytes(docs)
        seconds, figures = time_extraction(extract_figures, docs)
        rate = size / MB / seconds
        report.extra["extraction"] = {
            "bytes": size,
            "seconds": seconds,
            "figures": figures,
            "documents": len(docs),
        }
        report.rows.append(
            Row(
                "extraction, one core",
                f">= {GOAL_EXTRACT_MB_S:g} MB/s",
                f"{rate:.2f} MB/s",
                _status(rate >= GOAL_EXTRACT_MB_S),
                f"{size / MB:.1f} MB, {len(docs)} docs, {figures} figures in {seconds:.2f} s",
                order=10,
            )
        )

    _try("extraction, one core", report, extraction, 10)
    peer_bytes = MB // 10 if args.quick else MB
    _try("quantulum3 (peer)", report, lambda: _peer(report, ten_mb_docs, corpora[1000][0], peer_bytes), 20)
    _try("report build (build_site)", report, lambda: _site(report, work / f"n{sizes[-1]}", sizes[-1]), 60)
    _try(
        f"reconciliation, {n_reconcile:,} figures",
        report,
        lambda: _reconcile(report, work, sizes, n_reconcile),
        50,
    )
    if not args.quick:
        _try(
            f"reconciliation, {n_reconcile:,} figures (bench/reconcile_speed.py synthetic)",
            report,
            lambda: _reconcile_vocab(report, n_reconcile),
            51,
        )
    return report


def _import_time(env: dict[str, str]) -> float:
    """Seconds for a fresh interpreter to import the flow (part of every CLI run)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import flows.pipeline"], cwd=_code, env=env, capture_output=True, check=False
    )
    return time.perf_counter() - started


def snapshot_code(target: Path) -> Path:
    """Copy the project's packages and config to `target` and import them from there from now on."""
    global _code
    if target.exists():
        shutil.rmtree(target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "site", ".site-*", "*.duckdb*")
    for name in CODE_DIRS:
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    for name in ("triangulate.toml", "pyproject.toml"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    _code = target
    sys.path.insert(0, str(target))
    return target


def _changed_copy(source: Path, target: Path, index: int) -> Path:
    """A copy of the corpus (hard links) in which one document has a new last paragraph."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, copy_function=_link_or_copy)
    victim = sorted((target / "documents").glob("*.txt"))[index]
    text = victim.read_text(encoding="utf-8")
    victim.unlink()  # a new inode: the hard-linked original stays as it was
    victim.write_text(
        text + "\nAn update published later put the group's strength at about 2,500 fighters.\n",
        encoding="utf-8",
    )
    return target


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _cli_rows(report: Report, sizes: Sequence[int]) -> None:
    runs = {run.label: run for run in report.runs}
    server_s = report.extra.get("server_startup_s", math.nan)
    report.rows.append(
        Row(
            "Prefect server start (once per benchmark)",
            "",
            f"{server_s:.1f} s",
            "",
            "not in any run",
            order=80,
        )
    )
    empty = runs["empty corpus"]
    overhead = empty.wall_s if empty.ok else None
    report.rows.append(
        Row(
            "Prefect fixed overhead: run on an empty corpus",
            "",
            f"{empty.wall_s:.1f} s, peak {_gb(empty.peak_rss)}" if empty.ok else "failed",
            "" if empty.ok else "n/a",
            (f"of which interpreter + imports {report.extra['import_s']:.1f} s" if empty.ok else empty.error),
            order=70,
        )
    )
    for n in sizes:
        run = runs[f"full {n}"]
        if not run.ok:
            report.rows.append(Row(f"full run, {n:,} docs", "", "failed", "n/a", run.error, order=30))
            continue
        net = (
            f"; {run.megabytes / max(run.wall_s - (overhead or 0), 1e-9):.1f} MB/s net of overhead"
            if overhead
            else ""
        )
        goal, status = "", ""
        if n == GOAL_FULL_DOCS:
            goal, status = f"<= {GOAL_FULL_S:g} s", _status(run.wall_s <= GOAL_FULL_S)
        report.rows.append(
            Row(
                f"full run, {n:,} docs ({run.megabytes:.0f} MB)",
                goal,
                f"{run.wall_s:.1f} s",
                status,
                f"{run.counts.get('figures', '?')} figures, {run.counts.get('estimates', '?')} estimates{net}",
                order=30,
            )
        )
        goal, status = "", ""
        if n == GOAL_FULL_DOCS:
            goal, status = f"<= {GOAL_PEAK_BYTES / GB:g} GB", _status(run.peak_rss <= GOAL_PEAK_BYTES)
        report.rows.append(
            Row(
                f"peak memory, {n:,} docs",
                goal,
                _gb(run.peak_rss),
                status,
                "RSS of the process tree",
                order=35,
            )
        )
    largest = sizes[-1]
    full, incremental = runs[f"full {largest}"], runs[f"incremental {largest}, 1 changed"]
    if full.ok and incremental.ok:
        share = incremental.wall_s / full.wall_s
        reused = incremental.counts.get("documents_reused", "?")
        report.rows.append(
            Row(
                f"incremental re-run, 1 of {largest:,} docs changed",
                f"<= {GOAL_INCREMENTAL_SHARE:.0%} of full",
                f"{incremental.wall_s:.1f} s = {share:.0%}",
                _status(share <= GOAL_INCREMENTAL_SHARE) if largest == GOAL_FULL_DOCS else "",
                f"{incremental.counts.get('documents_extracted', '?')} extracted, {reused} reused",
                order=40,
            )
        )
    else:
        failed = incremental if not incremental.ok else full
        report.rows.append(
            Row(f"incremental re-run, 1 of {largest:,} changed", "", "failed", "n/a", failed.error, order=40)
        )
    unchanged = runs[f"re-run {largest}, unchanged"]
    if unchanged.ok:
        of_full = f" = {unchanged.wall_s / full.wall_s:.0%} of full" if full.ok else ""
        report.rows.append(
            Row(
                f"re-run, nothing changed ({largest:,} docs)",
                "",
                f"{unchanged.wall_s:.1f} s{of_full}",
                "",
                "",
                order=41,
            )
        )


def _peer(report: Report, docs: Sequence[Any], corpus: Path, limit: int) -> None:
    """quantulum3 and our extractor on the same 1 MB, and the share of gold values each finds."""
    from extract.evaluate import load_gold, score

    if not docs:
        docs = read_documents(corpus)
    megabyte = first_bytes(docs, limit)
    size = _text_bytes(megabyte)
    gold = load_gold(GOLD_DIR)
    bundled = read_documents(BUNDLED)

    ours_note = ""
    with contextlib.suppress(ImportError):
        from extract.figures import extract_figures

        seconds, _ = time_extraction(extract_figures, megabyte)
        predicted = [f for doc in bundled for f in extract_figures(doc)]
        found = {doc.file_name: figure_spans(extract_figures(doc)) for doc in bundled}
        hits, total = gold_value_share(found, gold)
        full = score([f.to_json_dict() for f in predicted], gold)
        ours_note = f"triangulate on the same MB: {size / MB / seconds:.2f} MB/s"
        report.rows.append(
            Row(
                "triangulate on the seed gold set",
                "",
                f"{hits}/{total} values = {hits / total:.0%}",
                "",
                f"full key {full.summary()}",
                order=22,
            )
        )
    try:
        version = importlib.metadata.version("quantulum3")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3
        q3.parse("warm-up: about 4,000 fighters and US$10 million")
    except Exception as error:
        report.rows.append(
            Row(
                "quantulum3 (peer)",
                "",
                "not measured",
                "n/a",
                f"install/import failed: {type(error).__name__}: {error}",
                order=20,
            )
        )
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        started = time.perf_counter()
        with one_cpu():
            quantities = sum(len(q3.parse(doc.text)) for doc in megabyte)
        seconds = time.perf_counter() - started
        found = {doc.file_name: quantulum_spans(q3.parse, doc.text) for doc in bundled}
    hits, total = gold_value_share(found, gold)
    report.rows.append(
        Row(
            f"quantulum3 {version} (peer), same {size / MB:.2f} MB",
            "",
            f"{size / MB / seconds:.3f} MB/s",
            "",
            f"{quantities} quantities in {seconds:.1f} s; {ours_note}".rstrip("; "),
            order=20,
        )
    )
    report.rows.append(
        Row(
            "quantulum3 on the seed gold set",
            "",
            f"{hits}/{total} values = {hits / total:.0%}",
            "",
            "values only",
            order=21,
        )
    )


def _site(report: Report, work: Path, n: int) -> None:
    from reports.site import build_site

    warehouse = work / "triangulate.duckdb"
    if not warehouse.exists():
        raise RuntimeError(f"no warehouse at {warehouse} (the {n}-document run failed)")
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        started = time.perf_counter()
        index = build_site(warehouse, Path(tmp) / "site")
        seconds = time.perf_counter() - started
        pages = sum(1 for _ in index.parent.rglob("*.html"))
        size = sum(p.stat().st_size for p in index.parent.rglob("*") if p.is_file())
    report.rows.append(
        Row(
            f"report build (build_site), {n:,}-doc warehouse",
            "",
            f"{seconds:.1f} s",
            "",
            f"{pages} pages, {size / MB:.1f} MB",
            order=60,
        )
    )


def _reconcile(report: Report, work: Path, sizes: Sequence[int], n: int) -> None:
    import duckdb

    from reconcile.estimates import reconcile_estimates

    warehouse = work / f"n{sizes[-1]}" / "triangulate.duckdb"
    source = f"the {sizes[-1]:,}-doc run's figures"
    if warehouse.exists():
        with duckdb.connect(str(warehouse), read_only=True) as con:
            template = con.sql("SELECT * FROM figures ORDER BY figure_id").pl()
            template_docs = con.sql("SELECT * FROM documents ORDER BY doc_id").pl()
    if not warehouse.exists() or template.height < 100:
        template, template_docs = gold_template()
        source = "the gold set's figures (no warehouse to resample)"
    figures, documents = synthetic_figures(n, template, template_docs)
    del template, template_docs
    peak_before = _rss()
    sampler = _PeakSampler()
    with sampler:
        started = time.perf_counter()
        result = reconcile_estimates(figures, documents)
        seconds = time.perf_counter() - started
    goal, status = "", ""
    if n == RECONCILE_FIGURES:
        goal, status = f"<= {GOAL_RECONCILE_S:g} s", _status(seconds <= GOAL_RECONCILE_S)
    report.rows.append(
        Row(
            f"reconciliation, {n:,} figures",
            goal,
            f"{seconds:.1f} s",
            status,
            f"resampled from {source}: {documents.height:,} docs; {result.estimates.height:,} estimates, "
            f"{result.conflicts.height:,} "
            f"conflicts; +{_gb(max(0, sampler.peak - peak_before))} RSS",
            order=50,
        )
    )


def _reconcile_vocab(report: Report, n: int) -> None:
    """The same measure on bench/reconcile_speed.py's vocabulary-based synthetic figures."""
    from bench.reconcile_speed import synthetic
    from reconcile.estimates import reconcile_estimates

    figures, documents = synthetic(n)
    started = time.perf_counter()
    result = reconcile_estimates(figures, documents)
    seconds = time.perf_counter() - started
    report.rows.append(
        Row(
            f"reconciliation, {n:,} figures (reconcile_speed.synthetic)",
            f"<= {GOAL_RECONCILE_S:g} s",
            f"{seconds:.1f} s",
            _status(seconds <= GOAL_RECONCILE_S),
            f"{documents.height:,} docs; {result.estimates.height:,} estimates, "
            f"{result.conflicts.height:,} conflicts",
            order=51,
        )
    )


def _rss() -> int:
    return int(psutil.Process().memory_info().rss)


class _PeakSampler:
    def __init__(self) -> None:
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, _rss())
            self._done.wait(0.02)

    def __enter__(self) -> _PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())


# --------------------------------------------------------------------------------------------
# output


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render(report: Report) -> str:
    m = report.machine
    parts = [
        f"# Benchmarks, {report.started:%Y-%m-%d}",
        "",
        f"`python -m bench.run {' '.join(report.argv)}`".replace(" `", "`"),
        f"started {report.started:%Y-%m-%d %H:%M %Z}, commit {m['commit']}.",
        "",
        "## Machine",
        "",
        *(f"- **{key}**: {value}" for key, value in m.items() if key != "commit"),
        "",
        "## Goals and measurements",
        "",
        _table(
            ("measure", "goal", "measured", "status", "note"),
            [
                (r.measure, r.goal, r.measured, r.status, r.note)
                for r in sorted(report.rows, key=lambda r: r.order)
            ],
        ),
        "",
        "## CLI runs",
        "",
        _table(
            ("run", "documents", "MB", "wall s", "flow run s", "peak RSS", "figures", "estimates", "exit"),
            [
                (
                    run.label,
                    f"{run.documents:,}",
                    f"{run.megabytes:.1f}",
                    f"{run.wall_s:.1f}",
                    "" if run.flow_run_s is None else f"{run.flow_run_s:.1f}",
                    _gb(run.peak_rss),
                    str(run.counts.get("figures", "")),
                    str(run.counts.get("estimates", "")),
                    str(run.returncode),
                )
                for run in report.runs
            ],
        ),
    ]
    for run in report.runs:
        largest_full = max((r for r in report.runs if r.label.startswith("full")), key=lambda r: r.documents)
        if run.stages and (run is largest_full or run.label.startswith("incremental")):
            parts += [
                "",
                f"## Stages of the {run.label} run (Prefect task runs)",
                "",
                "Task time is summed over a stage's task runs (the extraction batches run on 4 threads); "
                "span is first start to last end.",
                "",
                _table(
                    ("stage", "task runs", "task time s", "span s"),
                    [
                        (
                            s["stage"],
                            str(s["tasks"]),
                            f"{s['task_s']:.1f}",
                            "" if s["span_s"] is None else f"{s['span_s']:.1f}",
                        )
                        for s in run.stages
                    ],
                ),
            ]
    parts += [
        "",
        "## How it is measured",
        "",
        "- Corpora: `bench.generate`, seed 0: sentences of the bundled documents recombined, numbers "
        "varied, ~10 KB per document; document *i* depends only on (seed, *i*).",
        "- CLI runs: `python -m flows.cli run --corpus … --warehouse … --site …` in a subprocess against one "
        "temporary Prefect server (`prefect server start`, started once); wall time from fork to exit, "
        "so it includes the interpreter start and imports. Peak memory: largest sum of RSS over the process "
        "tree (sampled every 20 ms; never below the kernel's ru_maxrss).",
        "- The incremental run changes one document (one sentence appended) in a hard-linked copy of the "
        "largest corpus and re-runs on the same warehouse.",
        "- Extraction MB/s and quantulum3: in one process pinned to one CPU, after a warm-up call; MB = 10^6 "
        "bytes of UTF-8 text. Gold values: a scored (non-ambiguous) gold item counts as found when a number "
        "read over an overlapping span equals its low or high value (sign ignored).",
        "- Reconciliation: the largest run's extracted figures resampled to the target count (new doc_ids, "
        "values scaled 0.5-2x, citations and claimants kept), timed around `reconcile_estimates` only.",
        "",
    ]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 documents, 100k figures")
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes to run (default 100 1000 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep bench/corpora/work from the last run")
    parser.add_argument("--no-write", action="store_true", help="print only; write no result file")
    parser.add_argument("--live", action="store_true", help="import the tree itself, not a snapshot of it")
    args = parser.parse_args(argv)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM cleans up like Ctrl-C
    try:
        report = benchmark(args)
    finally:
        if _code != ROOT:
            shutil.rmtree(_code.parent, ignore_errors=True)
    text = render(report)
    print()
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        stem = f"{report.started:%Y-%m-%d}{'-quick' if args.quick or args.sizes else ''}"
        (RESULTS / f"{stem}.md").write_text(text, encoding="utf-8")
        (RESULTS / f"{stem}.json").write_text(
            json.dumps(
                {
                    "machine": report.machine,
                    "rows": [asdict(r) for r in report.rows],
                    "runs": [asdict(r) for r in report.runs],
                    "extra": report.extra,
                },
                indent=1,
                default=str,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"written {RESULTS / stem}.md")
    return 0  # a MISS is a finding, printed in the table, not a failure of `make bench`


if __name__ == "__main__":
    sys.exit(main())
