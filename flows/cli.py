"""The `triangulate` command line: run, extract, report, sql, serve."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from flows.config import Settings, load_settings


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings().with_overrides(
        corpus=getattr(args, "corpus", None),
        warehouse=getattr(args, "warehouse", None),
        site=getattr(args, "site", None),
        dask_address=getattr(args, "dask_address", None),
    )


def _fail(message: str, code: int = 2) -> int:
    print(f"triangulate: {message}", file=sys.stderr)
    return code


def cmd_run(args: argparse.Namespace) -> int:
    from flows.pipeline import build_indicators
    from flows.runners import flow_with_runner
    from warehouse.publish import RunInProgress

    settings = _settings(args)
    flow = flow_with_runner(build_indicators, settings)
    try:
        result = flow(
            corpus=str(settings.corpus),
            warehouse=str(settings.warehouse),
            site=str(settings.site),
            full=args.full,
            batch_documents=settings.batch_documents,
            max_document_bytes=settings.max_document_bytes,
        )
    except RunInProgress as error:
        return _fail(str(error), 3)
    except Exception as error:  # the flow has logged the traceback; say it plainly once
        return _fail(f"run failed, the published warehouse and report are unchanged: {error}", 1)
    print(
        f"{result['documents_seen']} documents ({result['documents_extracted']} extracted, "
        f"{result['documents_reused']} unchanged, {result['ingest_errors']} rejected), "
        f"{result['figures']} figures, {result['estimates']} estimates, {result['conflicts']} conflicts, "
        f"{result['quarantined']} quarantined"
    )
    print(f"warehouse: {Path(result['warehouse']).resolve()}")
    print(f"report:    {Path(result['site_index']).resolve()}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from extract.figures import extract_figures
    from ingest.discover import IngestFailure, IngestLimits, read_document

    settings = _settings(args)
    limits = IngestLimits(max_bytes=settings.max_document_bytes)
    failures: list[str] = []
    for raw_path in args.paths:
        try:
            document = read_document(Path(raw_path), limits)
        except IngestFailure as error:
            failures.append(str(error))
            continue
        figures = extract_figures(document)
        if args.json:
            for figure in figures:
                print(json.dumps(figure.to_json_dict(), ensure_ascii=False))
        else:
            for figure in figures:
                low = "" if figure.value_low is None else f"{figure.value_low:g}"
                high = "" if figure.value_high is None else f"{figure.value_high:g}"
                print(
                    f"{figure.doc}\t{figure.start}-{figure.end}\t{figure.subject}\t{figure.measure}\t"
                    f"{low}..{high} {figure.unit}{'/' + figure.per if figure.per else ''}\t"
                    f"{figure.qualifier}\t{figure.period_end or ''}\t{figure.text!r}"
                )
        sys.stdout.flush()
    for failure in failures:
        print(f"triangulate extract: {failure}", file=sys.stderr)
    return 2 if failures else 0


def cmd_report(args: argparse.Namespace) -> int:
    from reports.site import build_site

    settings = _settings(args)
    if not settings.warehouse.exists():
        return _fail(f"no warehouse at {settings.warehouse}: run `triangulate run` first")
    index = build_site(settings.warehouse, settings.site)
    print(f"report: {index.resolve()}")
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb
    import polars as pl

    settings = _settings(args)
    if not settings.warehouse.exists():
        return _fail(f"no warehouse at {settings.warehouse}: run `triangulate run` first")
    try:
        with duckdb.connect(str(settings.warehouse), read_only=True) as con:
            relation = con.sql(args.query)
            frame = relation.pl() if relation is not None else pl.DataFrame()
    except duckdb.Error as error:
        first_line = str(error).splitlines()[0]
        if "read-only" in first_line:
            return _fail(
                f"the warehouse is opened read-only; statements that write are refused ({first_line})"
            )
        return _fail(first_line)
    if args.format == "csv":
        sys.stdout.write(frame.write_csv())
    elif args.format == "json":
        sys.stdout.write(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False) + "\n")
    else:
        with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=80, tbl_hide_dataframe_shape=True):
            print(frame)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_build_indicators

    settings = _settings(args)
    serve_build_indicators(settings, cron=args.cron, interval=args.interval, name=args.name)
    return 0


def _paths_options(parser: argparse.ArgumentParser, corpus: bool = True, site: bool = True) -> None:
    if corpus:
        parser.add_argument("--corpus", type=Path, help="folder of documents (default: config, corpus/)")
    parser.add_argument("--warehouse", type=Path, help="DuckDB file (default: warehouse/triangulate.duckdb)")
    if site:
        parser.add_argument("--site", type=Path, help="report folder (default: reports/site)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triangulate",
        description="Figures about militant groups, read from analysts' prose and reconciled into estimates.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the build_indicators flow on a corpus")
    _paths_options(run)
    run.add_argument("--full", action="store_true", help="re-extract every document, not only changed ones")
    run.add_argument("--dask-address", help="extract on this Dask cluster (tcp://HOST:PORT)")
    run.set_defaults(handler=cmd_run)

    extract = commands.add_parser("extract", help="print the figures of documents")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="document files (.txt, .md, .html, .pdf)")
    extract.add_argument("--json", action="store_true", help="one JSON object per figure (the contract's §5)")
    extract.set_defaults(handler=cmd_extract)

    report = commands.add_parser("report", help="rebuild the report site from the warehouse")
    _paths_options(report, corpus=False)
    report.set_defaults(handler=cmd_report)

    sql = commands.add_parser("sql", help="run a query on a read-only connection to the warehouse")
    sql.add_argument("query", metavar="QUERY")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _paths_options(sql, corpus=False, site=False)
    sql.set_defaults(handler=cmd_sql)

    serve = commands.add_parser("serve", help="serve build_indicators as a scheduled Prefect deployment")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help="cron schedule (default: config schedule_cron, daily 06:00 UTC)")
    when.add_argument("--interval", type=float, help="run every SECONDS instead of on a cron")
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    _paths_options(serve)
    serve.add_argument("--dask-address", help="extract on this Dask cluster (tcp://HOST:PORT)")
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Prefect's telemetry would try to reach the network, which these machines do not have.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except ValueError as error:  # bad configuration or arguments, named by the raiser
        return _fail(str(error))
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13  # SIGPIPE
    return code


if __name__ == "__main__":
    sys.exit(main())
