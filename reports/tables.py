"""The report's great-tables tables, each returned as an HTML fragment.

Safety rule: text that comes from documents (titles, quotes, claimants, cited sources, explanations)
only ever goes into plain cells, titles and notes, which great-tables escapes. It is never passed to
`fmt_markdown`, `md()` or `html()`. The only cells rendered as raw HTML are link cells this module
builds itself with `link_html`, where every piece of text is escaped with `html.escape` first.
"""

from __future__ import annotations

import html
import re
import statistics
from collections.abc import Iterable, Sequence
from typing import Any

import polars as pl
from great_tables import GT, from_column, loc, nanoplot_options, vals

from reports import labels, layout
from reports.data import Warehouse
from reports.layout import Links, rel

# A system font stack: nothing is fetched from the network (no Google Fonts @import).
FONT_STACK = [
    "system-ui",
    "-apple-system",
    "Segoe UI",
    "Roboto",
    "Helvetica Neue",
    "Noto Sans",
    "Liberation Sans",
    "Arial",
    "sans-serif",
]
_IMPORT = re.compile(r"@import\s+[^;]*;?", re.IGNORECASE)
_REMOTE_URL = re.compile(r"url\(\s*['\"]?\s*(?:https?:)?//[^)]*\)", re.IGNORECASE)
MAX_NOTES = 12
# great_tables.vals re-exports its formatters without __all__, which strict mypy rejects.
_VALS: Any = vals


def link_html(href: str, text: str, css_class: str = "") -> str:
    """An <a> element with its href and text escaped (href is always a relative page#anchor)."""
    cls = f' class="{html.escape(css_class)}"' if css_class else ""
    return f'<a href="{html.escape(href, quote=True)}"{cls}>{html.escape(text)}</a>'


def offline_html(fragment: str) -> str:
    """Strip anything that would fetch from the network (CSS @import, remote url())."""
    return _REMOTE_URL.sub("none", _IMPORT.sub("", fragment))


def house_style(gt: GT) -> GT:
    return (
        gt.opt_table_font(font=FONT_STACK, add=False)
        .opt_align_table_header(align="left")
        .opt_vertical_padding(scale=0.6)
        .tab_options(
            table_font_size="14px",
            heading_title_font_size="17px",
            heading_subtitle_font_size="13px",
            column_labels_font_weight="600",
            source_notes_font_size="12px",
            table_margin_left="0",
        )
    )


def render(gt: GT) -> str:
    return offline_html(house_style(gt).as_raw_html())


def _source_notes(gt: GT, wh: Warehouse, figures: Sequence[dict[str, Any]]) -> GT:
    """Source notes naming the documents the figures come from and the sources those documents cite."""
    doc_ids = list(dict.fromkeys(fig["doc_id"] for fig in figures))
    for doc_id in doc_ids[:MAX_NOTES]:
        gt = gt.tab_source_note(f"Document: {document_citation(wh, doc_id)}")
    if len(doc_ids) > MAX_NOTES:
        gt = gt.tab_source_note(f"… and {len(doc_ids) - MAX_NOTES} more documents (see Sources).")
    cited = list(dict.fromkeys(fig["cited_source"] for fig in figures if fig.get("cited_source")))
    for source in cited[:MAX_NOTES]:
        gt = gt.tab_source_note(f"Cited source: {source}")
    if len(cited) > MAX_NOTES:
        gt = gt.tab_source_note(f"… and {len(cited) - MAX_NOTES} more cited sources (see Sources).")
    return gt


def document_citation(wh: Warehouse, doc_id: str | None) -> str:
    doc = wh.document_by_id.get(doc_id or "")
    if doc is None:
        return f"unknown document {doc_id}"
    title = doc.get("title") or doc.get("file_name") or doc_id
    extra = [str(x) for x in (doc.get("publisher"), doc.get("published")) if x]
    return f"{title} ({', '.join(extra)})" if extra else str(title)


def _series_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(k) for k in ("subject", "measure", "location", "region", "victims", "unit", "per"))


def trends(estimates: Iterable[dict[str, Any]]) -> dict[tuple[Any, ...], list[tuple[int, float]]]:
    """(year, best) points across years for each series (one group, measure, scope and unit).

    A series has at most one point per year: the median best of that year's estimates, so a nanoplot
    stays small however many estimates the warehouse holds.
    """
    by_series: dict[tuple[Any, ...], dict[int, list[float]]] = {}
    for row in estimates:
        if row.get("best") is not None and row.get("period_year") is not None:
            years = by_series.setdefault(_series_key(row), {})
            years.setdefault(row["period_year"], []).append(row["best"])
    return {
        key: [(year, float(statistics.median(values))) for year, values in sorted(years.items())]
        for key, years in by_series.items()
    }


def trend_cell(points: list[tuple[int, float]] | None) -> dict[str, list[float]] | None:
    """A nanoplot cell: best values placed at their years (x) so gaps between years show."""
    if not points:
        return None
    return {"x": [float(year) for year, _ in points], "y": [best for _, best in points]}


def trend_alt(points: list[tuple[int, float]] | None, unit: str | None) -> str | None:
    if not points:
        return None
    return "Best estimate by year: " + "; ".join(
        f"{year}: {labels.number_text(best, unit)}" for year, best in points
    )


TREND_DTYPE = pl.Struct({"x": pl.List(pl.Float64), "y": pl.List(pl.Float64)})


def nanoplot_formatter(unit: str | None) -> Any:
    """A cheap compact formatter for nanoplot labels (great-tables' default builds a table per value)."""

    def fmt(value: float) -> str:
        if unit == "percent":
            return f"{value:+.0f}%"
        if unit is not None and re.fullmatch(r"[A-Z]{3}", unit):
            return labels.money_text(value, unit)
        if abs(value) >= 1000:
            return labels.money_text(value, "").strip()
        return f"{value:.0f}" if value == round(value) else f"{value:.1f}"

    return fmt


def add_trend(gt: GT, column: str, alt_column: str, unit: str | None, cells: Sequence[Any]) -> GT:
    """Nanoplots of best values by year, all on one year axis so a position means the same year."""
    years = [x for cell in cells if cell for x in cell["x"]]
    span = [min(years) - 0.5, max(years) + 0.5] if years else None
    fmt = nanoplot_formatter(unit)
    return gt.fmt_nanoplot(
        column,
        plot_type="line",
        expand_x=span,
        options=nanoplot_options(data_line_type="straight", y_val_fmt_fn=fmt, y_axis_fmt_fn=fmt),
        alt=from_column(alt_column),
    ).cols_hide(alt_column)


def estimate_evidence_html(row: dict[str, Any], links: Links, page: str, conflicts: Sequence[str]) -> str:
    """The figures link of a table row (to the estimate's section) and, if any, its first conflict."""
    n = row.get("n_figures") or len(row.get("figure_ids") or [])
    target = links.estimate(row["estimate_id"]) or f"{page}#{labels.estimate_anchor(row['estimate_id'])}"
    parts = [link_html(rel(page, target), f"{n} figure{'s' * (n != 1)}")]
    first = links.conflict(conflicts[0]) if conflicts else None
    if first:
        parts.append(link_html(rel(page, first), "conflict", "conflict-link"))
    return " · ".join(parts)


def headline_rank(row: dict[str, Any]) -> tuple[Any, ...]:
    """How well an estimate summarises its group's measure: national scope, latest year, most sources."""
    return (
        row.get("region") is not None,
        row.get("unit") not in ("USD", None) and row.get("measure") in ("revenue", "aid_funding"),
        row.get("per") not in ("year", None),
        -(row.get("period_year") or -10_000),
        -(row.get("n_sources") or 0),
        row.get("best") is None,
    )


def table_rows(rows: Sequence[dict[str, Any]], cap: int | None = None) -> list[dict[str, Any]]:
    """At most `cap` of `rows` (kept in their order): every group's best-summarising estimates first."""
    cap = layout.TABLE_ROWS if cap is None else cap
    if len(rows) <= cap:
        return list(rows)
    by_subject: dict[Any, list[int]] = {}
    for i, row in enumerate(rows):
        by_subject.setdefault(row.get("subject"), []).append(i)
    ranked = [sorted(idx, key=lambda i: headline_rank(rows[i])) for idx in by_subject.values()]
    chosen: list[int] = []
    depth = 0
    while len(chosen) < cap:
        for idx in ranked:
            if depth < len(idx) and len(chosen) < cap:
                chosen.append(idx[depth])
        depth += 1
    return [rows[i] for i in sorted(chosen)]


def _fmt_values(gt: GT, rows: Sequence[dict[str, Any]], columns: list[str]) -> GT:
    """Format value columns row by row according to each estimate's unit."""
    by_unit: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_unit.setdefault(row.get("unit") or "", []).append(i)
    for unit, idx in by_unit.items():
        if unit == "percent":
            gt = gt.fmt_percent(columns, rows=idx, decimals=0, scale_values=False, force_sign=True)
        elif re.fullmatch(r"[A-Z]{3}", unit):
            try:
                gt = gt.fmt_currency(columns, rows=idx, currency=unit, compact=True, decimals=1)
            except Exception:  # an ISO-like code great-tables does not know: plain compact number
                gt = gt.fmt_number(columns, rows=idx, compact=True, decimals=1, pattern=f"{{x}} {unit}")
        elif unit == "year":
            gt = gt.fmt_number(columns, rows=idx, decimals=0, use_seps=False)
        else:
            gt = gt.fmt_number(columns, rows=idx, decimals=0)
    return gt


def _color_status(gt: GT, column: str) -> GT:
    return gt.data_color(
        columns=column,
        palette=labels.STATUS_COLORS,
        domain=labels.STATUSES,
        na_color=labels.UNKNOWN_COLOR,
    )


def _color_n_sources(gt: GT, column: str) -> GT:
    return gt.data_color(
        columns=column,
        palette=labels.N_SOURCES_COLORS,
        domain=labels.N_SOURCES_DOMAIN,
        truncate=True,
        na_color=labels.UNKNOWN_COLOR,
    )


def measure_table(
    wh: Warehouse,
    measure: str,
    all_rows: Sequence[dict[str, Any]],
    links: Links,
    conflicts_of: dict[str, list[str]],
    page: str,
    table_id: str,
    more_note: str | None = None,
) -> str:
    """One family page table: a row per estimate of `measure`, low/best/high under one spanner.

    At most TABLE_ROWS estimates get a row (each group's latest, most-sourced first); the trend
    column draws every estimate of the series, one point per year.
    """
    series = trends(all_rows)
    rows = table_rows(all_rows)
    # A series' nanoplot is drawn once, on its first row; the rows right below it in the same series
    # say so instead of drawing the same plot again.
    keyed = [(_series_key(row), row) for row in rows]
    ditto = [i for i in range(1, len(keyed)) if keyed[i][0] == keyed[i - 1][0] and keyed[i][0] in series]
    plotted = [None if i in ditto else series.get(key) for i, (key, _) in enumerate(keyed)]
    units = sorted({row.get("unit") or "" for row in rows})
    money = any(re.fullmatch(r"[A-Z]{3}", unit) for unit in units)
    frame = pl.DataFrame(
        {
            "group": [labels.subject_name(row["subject"]) for row in rows],
            "year": [str(row["period_year"]) if row.get("period_year") is not None else None for row in rows],
            "scope": [labels.scope_text(row) for row in rows],
            "per": [labels.per_text(row.get("per")) for row in rows],
            "low": [row.get("low") for row in rows],
            "best": [row.get("best") for row in rows],
            "high": [row.get("high") for row in rows],
            "trend": [trend_cell(points) for points in plotted],
            "trend_alt": [
                trend_alt(points, row.get("unit")) for points, row in zip(plotted, rows, strict=True)
            ],
            "n_sources": [row.get("n_sources") for row in rows],
            "status": [row.get("status") for row in rows],
            "evidence": [
                estimate_evidence_html(row, links, page, conflicts_of.get(row["estimate_id"], []))
                for row in rows
            ],
        },
        schema_overrides={
            "low": pl.Float64,
            "best": pl.Float64,
            "high": pl.Float64,
            "trend": TREND_DTYPE,
            "trend_alt": pl.Utf8,
            "n_sources": pl.Int64,
        },
    )
    unit_note = ", ".join(u for u in units if u) or "—"
    shown = (
        ""
        if len(rows) == len(all_rows)
        else f" Showing {len(rows)} of {len(all_rows)} estimates: each group's latest, most-sourced first."
    )
    gt = (
        GT(frame, rowname_col="group", id=table_id)
        .tab_header(
            title=labels.measure_name(measure),
            subtitle=f"Unit: {unit_note}. Each row is one reconciled estimate; follow its figures link "
            f"to the sentences it rests on.{shown}",
        )
        .tab_stubhead(label="Group")
        .tab_spanner(label="Estimate", columns=["low", "best", "high"])
        .tab_spanner(label="Evidence", columns=["n_sources", "status", "evidence"])
        .cols_label(
            year="Year",
            scope="Scope",
            per="Basis",
            low="Low",
            best="Best",
            high="High",
            trend="Best, across years",
            n_sources="Sources",
            status="Status",
            evidence="Figures",
        )
    )
    if not money:
        gt = gt.cols_hide("per")
    gt = _fmt_values(gt, rows, ["low", "best", "high"])
    gt = add_trend(gt, "trend", "trend_alt", units[0] if len(units) == 1 else None, frame["trend"].to_list())
    gt = (
        gt.fmt_passthrough("evidence", escape=False)  # built by link_html: escaped
        .sub_missing(columns=["year", "low", "best", "high", "trend"], missing_text="—")
        .cols_align("center", columns=["year", "n_sources", "status"])
    )
    if ditto:
        gt = gt.sub_missing(columns="trend", rows=ditto, missing_text="as above")
    gt = _color_n_sources(gt, "n_sources")
    gt = _color_status(gt, "status")
    gt = gt.tab_footnote(
        "Independent sources: documents citing the same report count once. Colour scale fixed at 1–5.",
        locations=loc.column_labels(columns="n_sources"),
    ).tab_footnote(
        "single: one figure; agreed: the figures are consistent; conflict: they disagree (see Conflicts).",
        locations=loc.column_labels(columns="status"),
    )
    if money:
        gt = gt.tab_footnote(
            "Money is normalised to a yearly rate where the document gives a rate.",
            locations=loc.column_labels(columns="per"),
        )
    if more_note and len(rows) < len(all_rows):
        gt = gt.tab_source_note(f"{len(all_rows) - len(rows)} more estimates in the warehouse: {more_note}")
    figures = [fig for row in rows for fig in wh.figures_of(row)]
    return render(_source_notes(gt, wh, figures))


def headline(rows: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The estimate that best summarises a group's measure: latest year, national scope, most sources."""
    if not rows:
        return None
    return min(rows, key=headline_rank)


def _first(formatted: object) -> str:
    """The one formatted value great-tables' vals.fmt_* returned for a one-value list."""
    assert isinstance(formatted, list) and formatted, formatted
    return str(formatted[0])


def _value_for_cell(row: dict[str, Any]) -> str:
    value = row.get("best")
    if value is None:
        return labels.range_text(row.get("low"), row.get("high"), row.get("unit"))
    unit = row.get("unit") or ""
    if re.fullmatch(r"[A-Z]{3}", unit):
        try:
            return _first(_VALS.fmt_currency([value], currency=unit, compact=True, decimals=1))
        except Exception:
            return labels.money_text(value, unit)
    if unit == "percent":
        return _first(_VALS.fmt_percent([value], decimals=0, scale_values=False, force_sign=True))
    return _first(_VALS.fmt_number([value], decimals=0))


INDEX_COLUMNS: list[tuple[str, str, str]] = [
    # (measure, column label, spanner)
    ("fighters", "Fighters", "Strength"),
    ("core_members", "Core members", "Strength"),
    ("training_camps", "Training camps", "Presence"),
    ("provinces_active", "Provinces active", "Presence"),
    ("revenue", "Revenue", "Finance"),
    ("attacks", "Attacks", "Attacks"),
    ("attack_change_pct", "Change", "Attacks"),
    ("deaths", "Deaths", "Attacks"),
]


def comparison_table(wh: Warehouse, conflict_count: dict[str, int], links: Links) -> str:
    """The index page's compact table: one row per group, its headline estimate per measure."""
    by_subject: dict[str, dict[str, list[dict[str, Any]]]] = {}
    fighters: list[dict[str, Any]] = []
    for row in wh.estimates.iter_rows(named=True):
        by_subject.setdefault(row["subject"], {}).setdefault(row["measure"], []).append(row)
        if row["measure"] == "fighters":
            fighters.append(row)
    subjects = list(by_subject)
    subjects.sort(key=lambda s: (s not in labels.SUBJECT_NAMES, labels.subject_name(s).lower()))
    fighters_series = trends(fighters)
    data: dict[str, list[Any]] = {"group": [], "trend": [], "trend_alt": [], "conflicts": []}
    for measure, _, _ in INDEX_COLUMNS:
        data[measure] = []
    for subject in subjects:
        data["group"].append(labels.subject_name(subject))
        mine = by_subject[subject]
        for measure, _, _ in INDEX_COLUMNS:
            best = headline(mine.get(measure, []))
            href = links.estimate(best["estimate_id"]) if best is not None else None
            if best is None or href is None:
                data[measure].append(None)
                continue
            year = best.get("period_year")
            cell = link_html(href, _value_for_cell(best))
            if year is not None:
                cell += f' <span class="yr">{html.escape(str(year))}</span>'
            data[measure].append(cell)
        top = headline(mine.get("fighters", []))
        points = fighters_series.get(_series_key(top)) if top else None
        data["trend"].append(trend_cell(points))
        data["trend_alt"].append(trend_alt(points, "persons"))
        data["conflicts"].append(conflict_count.get(subject, 0))
    frame = pl.DataFrame(
        data,
        schema_overrides={
            "trend": TREND_DTYPE,
            "trend_alt": pl.Utf8,
            "conflicts": pl.Int64,
            **{m: pl.Utf8 for m, _, _ in INDEX_COLUMNS},
        },
    )
    frame = frame.select(["group", *[m for m, _, _ in INDEX_COLUMNS], "trend", "trend_alt", "conflicts"])
    gt = (
        GT(frame, rowname_col="group", id="gt-comparison")
        .tab_header(
            title="How the groups compare",
            subtitle="Latest best estimate per group (year in grey); click a number for the figures behind it.",
        )
        .tab_stubhead(label="Group")
        .cols_label(
            cases={
                "trend": "Fighters, across years",
                "conflicts": "Conflicts",
                **{measure: label for measure, label, _ in INDEX_COLUMNS},
            }
        )
    )
    for spanner in dict.fromkeys(s for _, _, s in INDEX_COLUMNS):
        gt = gt.tab_spanner(label=spanner, columns=[m for m, _, s in INDEX_COLUMNS if s == spanner])
    measure_columns = [m for m, _, _ in INDEX_COLUMNS]
    gt = (
        add_trend(gt, "trend", "trend_alt", "persons", data["trend"])
        .fmt_passthrough(measure_columns, escape=False)  # built by link_html: escaped
        .sub_missing(columns=[*measure_columns, "trend"], missing_text="—")
        .cols_align("right", columns=measure_columns)
        .data_color(
            columns="conflicts",
            palette=["#ffffff", "#f6cdc6", "#e0826f"],
            domain=[0, 5],
            truncate=True,
        )
        .tab_footnote(
            "Revenue is a yearly rate in USD where one is known.",
            locations=loc.column_labels(columns="revenue"),
        )
        .tab_source_note(
            f"From {wh.documents.height} documents, {wh.figures.height} figures and "
            f"{wh.estimates.height} estimates. See Sources for every document and the sources it cites."
        )
    )
    return render(gt)


def conflicts_table(
    wh: Warehouse,
    rows: Sequence[dict[str, Any]],
    estimate_by_id: dict[str, dict[str, Any]],
    links: Links,
    page: str,
) -> str:
    """Conflicting figures side by side: value, claimant and document of each, and the explanation.

    For a few hundred conflicts at most; `conflicts_summary_table` summarises more.
    """
    data: dict[str, list[Any]] = {
        k: []
        for k in (
            "estimate",
            "kind",
            "a_value",
            "a_claimant",
            "a_document",
            "b_value",
            "b_claimant",
            "b_document",
            "explanation",
            "detail",
        )
    }
    figures: list[dict[str, Any]] = []
    for row in rows:
        est = estimate_by_id.get(row["estimate_id"])
        href = links.estimate(est["estimate_id"]) if est is not None else None
        if est is not None and href is not None:
            data["estimate"].append(link_html(rel(page, href), estimate_label(est)))
        else:
            data["estimate"].append(html.escape(f"estimate {row['estimate_id']}"))
        data["kind"].append(row["kind"])
        for side in ("a", "b"):
            fig = wh.figure_by_id.get(row[f"figure_id_{side}"])
            if fig is None:
                data[f"{side}_value"].append(f"unknown figure {row[f'figure_id_{side}']}")
                data[f"{side}_claimant"].append(None)
                data[f"{side}_document"].append(None)
                continue
            figures.append(fig)
            data[f"{side}_value"].append(
                labels.range_text(fig["value_low"], fig["value_high"], fig["unit"], fig["qualifier"])
            )
            data[f"{side}_claimant"].append(labels.claimant_text(fig["claimant"], fig["claimant_type"]))
            data[f"{side}_document"].append(document_citation(wh, fig["doc_id"]))
        data["explanation"].append(row["explanation"])
        detail = links.conflict(row["conflict_id"])
        data["detail"].append(link_html(rel(page, detail), "side by side") if detail else None)
    frame = pl.DataFrame(data, schema={k: pl.Utf8 for k in data})
    gt = (
        GT(frame, id="gt-conflicts")
        .tab_header(
            title="Conflicting figures",
            subtitle="Pairs of figures about the same quantity that do not agree, with why.",
        )
        .tab_spanner(label="Figure A", columns=["a_value", "a_claimant", "a_document"])
        .tab_spanner(label="Figure B", columns=["b_value", "b_claimant", "b_document"])
        .cols_label(
            estimate="Estimate",
            kind="Kind",
            a_value="Value",
            a_claimant="Claimed by",
            a_document="Document",
            b_value="Value",
            b_claimant="Claimed by",
            b_document="Document",
            explanation="Explanation",
            detail="Quotes",
        )
        .fmt_passthrough(["estimate", "detail"], escape=False)  # built by link_html: escaped
        .sub_missing(missing_text="—")
        .data_color(
            columns="kind",
            palette=labels.CONFLICT_KIND_COLORS,
            domain=labels.CONFLICT_KINDS,
            na_color=labels.UNKNOWN_COLOR,
        )
        .tab_footnote(
            "non_overlapping: the ranges do not meet; divergent: the larger best value is over 1.5 times "
            "the smaller.",
            locations=loc.column_labels(columns="kind"),
        )
    )
    return render(_source_notes(gt, wh, figures))


def conflicts_summary_table(
    rows: Sequence[dict[str, Any]], estimate_by_id: dict[str, dict[str, Any]], links: Links, page: str
) -> str:
    """Conflicts counted per group and measure, by kind, each row linking to its first pair."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        est = estimate_by_id.get(row["estimate_id"])
        key = (est["subject"], est["measure"]) if est else ("", "")
        g = groups.setdefault(key, {"kinds": {}, "estimates": set(), "first": row["conflict_id"]})
        g["kinds"][row["kind"]] = g["kinds"].get(row["kind"], 0) + 1
        g["estimates"].add(row["estimate_id"])
    ordered = sorted(groups.items(), key=lambda kv: -sum(kv[1]["kinds"].values()))
    shown = ordered[: layout.TABLE_ROWS]
    kinds = list(labels.CONFLICT_KINDS)
    kinds += sorted({k for _, g in shown for k in g["kinds"] if k not in kinds})
    data: dict[str, list[Any]] = {"group": [], "measure": [], "estimates": [], "total": [], "first": []}
    for kind in kinds:
        data[f"kind_{kind}"] = []
    for (subject, measure), g in shown:
        data["group"].append(labels.subject_name(subject) if subject else "unknown estimate")
        data["measure"].append(labels.measure_name(measure) if measure else "—")
        data["estimates"].append(len(g["estimates"]))
        data["total"].append(sum(g["kinds"].values()))
        for kind in kinds:
            data[f"kind_{kind}"].append(g["kinds"].get(kind, 0))
        first = links.conflict(g["first"])
        data["first"].append(link_html(rel(page, first), "side by side") if first else None)
    frame = pl.DataFrame(
        data,
        schema={
            "group": pl.Utf8,
            "measure": pl.Utf8,
            "estimates": pl.Int64,
            "total": pl.Int64,
            "first": pl.Utf8,
            **{f"kind_{k}": pl.Int64 for k in kinds},
        },
    ).select(["group", "measure", "estimates", *[f"kind_{k}" for k in kinds], "total", "first"])
    gt = (
        GT(frame, rowname_col="group", id="gt-conflicts")
        .tab_header(
            title="Conflicting figures",
            subtitle=f"{len(rows):,} pairs of figures about the same quantity that do not agree, counted by "
            "group and measure. Every pair is listed side by side below, with why.",
        )
        .tab_stubhead(label="Group")
        .tab_spanner(label="Conflicts by kind", columns=[f"kind_{k}" for k in kinds])
        .cols_label(
            cases={
                "measure": "Measure",
                "estimates": "Estimates",
                "total": "All",
                "first": "Pairs",
                **{f"kind_{k}": k.replace("_", " ") for k in kinds},
            }
        )
        .fmt_integer(["estimates", "total", *[f"kind_{k}" for k in kinds]])
        .fmt_passthrough("first", escape=False)  # built by link_html: escaped
        .sub_missing(missing_text="—")
        .data_color(
            columns="total",
            palette=["#ffffff", "#f6cdc6", "#e0826f"],
            domain=[0, max(data["total"], default=1)],
            truncate=True,
        )
        .tab_footnote(
            "non_overlapping: the ranges do not meet; divergent: the larger best value is over 1.5 times "
            "the smaller.",
            locations=loc.column_labels(columns=[f"kind_{k}" for k in kinds[:2]]),
        )
        .tab_source_note("Query v_conflicts_register in the warehouse for every pair with its figures.")
    )
    if len(ordered) > len(shown):
        gt = gt.tab_source_note(f"… and {len(ordered) - len(shown)} more groups and measures, listed below.")
    return render(gt)


def sources_summary_table(wh: Warehouse) -> str:
    """Documents counted per publisher: dates, figures, claimant types and cited sources."""
    figures_by_doc: dict[str, list[dict[str, Any]]] = {}
    for fig in wh.figures.select("doc_id", "claimant_type", "cited_source").iter_rows(named=True):
        figures_by_doc.setdefault(fig["doc_id"], []).append(fig)
    groups: dict[str, dict[str, Any]] = {}
    for doc in wh.documents.select("doc_id", "publisher", "published").iter_rows(named=True):
        g = groups.setdefault(
            doc["publisher"] or "", {"docs": 0, "dates": [], "figures": 0, "types": set(), "cited": set()}
        )
        g["docs"] += 1
        if doc["published"] is not None:
            g["dates"].append(doc["published"])
        mine = figures_by_doc.get(doc["doc_id"], [])
        g["figures"] += len(mine)
        g["types"].update(f["claimant_type"] for f in mine if f["claimant_type"])
        g["cited"].update(f["cited_source"] for f in mine if f["cited_source"])
    ordered = sorted(groups.items(), key=lambda kv: (-kv[1]["docs"], kv[0]))
    shown = ordered[: layout.TABLE_ROWS]
    frame = pl.DataFrame(
        {
            "publisher": [p or None for p, _ in shown],
            "documents": [g["docs"] for _, g in shown],
            "first": [min(g["dates"]) if g["dates"] else None for _, g in shown],
            "last": [max(g["dates"]) if g["dates"] else None for _, g in shown],
            "figures": [g["figures"] for _, g in shown],
            "claimants": [
                ", ".join(sorted(labels.CLAIMANT_TYPE_NAMES.get(t, t) for t in g["types"])) or None
                for _, g in shown
            ],
            "cited": [len(g["cited"]) for _, g in shown],
        },
        schema={
            "publisher": pl.Utf8,
            "documents": pl.Int64,
            "first": pl.Date,
            "last": pl.Date,
            "figures": pl.Int64,
            "claimants": pl.Utf8,
            "cited": pl.Int64,
        },
    )
    gt = (
        GT(frame, id="gt-sources")
        .tab_header(
            title="Documents by publisher",
            subtitle=f"{wh.documents.height:,} documents read, and what was read out of them; every document "
            "has a page of its own, listed below.",
        )
        .tab_spanner(label="Published", columns=["documents", "first", "last"])
        .tab_spanner(label="Read out of them", columns=["figures", "claimants", "cited"])
        .cols_label(
            publisher="Publisher",
            documents="Documents",
            first="First",
            last="Latest",
            figures="Figures",
            claimants="Claimant types",
            cited="Cited sources",
        )
        .fmt_date(["first", "last"], date_style="iso")
        .fmt_integer(["documents", "figures", "cited"])
        .sub_missing(missing_text="—")
        .tab_footnote(
            "Distinct references the documents attach to their figures (e.g. footnote text).",
            locations=loc.column_labels(columns="cited"),
        )
        .tab_source_note("Query v_source_ledger in the warehouse for every document and its figures.")
    )
    if len(ordered) > len(shown):
        gt = gt.tab_source_note(f"… and {len(ordered) - len(shown)} more publishers, listed below.")
    return render(gt)


def sources_table(wh: Warehouse, links: Links) -> str:
    """One row per document: title, publisher, date, its figures, claimant types and cited sources."""
    by_doc = {str(key[0]): part for key, part in wh.figures.partition_by("doc_id", as_dict=True).items()}
    empty = wh.figures.clear()
    data: dict[str, list[Any]] = {
        k: [] for k in ("title", "publisher", "published", "figures", "claimants", "cited", "link")
    }
    all_cited: list[str] = []
    for doc in wh.documents.iter_rows(named=True):
        mine = by_doc.get(doc["doc_id"], empty)
        types = sorted({t for t in mine["claimant_type"].to_list() if t})
        cited = list(dict.fromkeys(c for c in mine["cited_source"].to_list() if c))
        all_cited.extend(cited)
        data["title"].append(doc.get("title") or doc.get("file_name") or doc["doc_id"])
        data["publisher"].append(doc.get("publisher"))
        data["published"].append(doc.get("published"))
        data["figures"].append(mine.height)
        data["claimants"].append(
            ", ".join(labels.CLAIMANT_TYPE_NAMES.get(t, t) for t in types) if types else None
        )
        data["cited"].append(len(cited))
        data["link"].append(link_html(rel("sources.html", links.document(doc["doc_id"])), "figures"))
    frame = pl.DataFrame(
        data,
        schema={
            "title": pl.Utf8,
            "publisher": pl.Utf8,
            "published": pl.Date,
            "figures": pl.Int64,
            "claimants": pl.Utf8,
            "cited": pl.Int64,
            "link": pl.Utf8,
        },
    )
    gt = (
        GT(frame, id="gt-sources")
        .tab_header(title="Documents", subtitle="Every document read, and what was read out of it.")
        .tab_spanner(label="Document", columns=["title", "publisher", "published"])
        .tab_spanner(label="Read out of it", columns=["figures", "claimants", "cited", "link"])
        .cols_label(
            title="Title",
            publisher="Publisher",
            published="Date",
            figures="Figures",
            claimants="Claimant types",
            cited="Cited sources",
            link="Detail",
        )
        .fmt_date("published", date_style="day_month_year")
        .fmt_integer(["figures", "cited"])
        .fmt_passthrough("link", escape=False)  # built by link_html: escaped
        .sub_missing(missing_text="—")
        .tab_footnote(
            "Distinct references the document attaches to its figures (e.g. footnote text), listed below.",
            locations=loc.column_labels(columns="cited"),
        )
    )
    unique_cited = list(dict.fromkeys(all_cited))
    for source in unique_cited[:MAX_NOTES]:
        gt = gt.tab_source_note(f"Cited source: {source}")
    if len(unique_cited) > MAX_NOTES:
        gt = gt.tab_source_note(f"… and {len(unique_cited) - MAX_NOTES} more cited sources, listed below.")
    return render(gt)


def estimate_label(row: dict[str, Any]) -> str:
    parts = [labels.subject_name(row.get("subject")), labels.measure_name(row.get("measure"))]
    if row.get("period_year") is not None:
        parts.append(str(row["period_year"]))
    scope = labels.scope_text(row)
    if scope != "—":
        parts.append(scope)
    return " · ".join(parts)
