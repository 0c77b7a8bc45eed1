"""Which figures are independent of each other: every figure gets a `source_key`.

Figures with the same `source_key` are one source, however many documents repeat them:

1. A figure with a `cited_source` rests on that reference. Citations are normalised (case,
   typographic quotes, footnote numbers, URLs and punctuation dropped). A citation with a quoted
   title of three or more words is keyed by that title alone (`title:...`), so the footnote
   form "O'Donnell, “Al Qaeda Is Back…”" and the bibliography form "O'Donnell, Lynne. “Al Qaeda
   Is Back…,” March 22, 2024" are one source, in one document or across documents.
   A short citation ("O'Donnell.", "Bunzel.") resolves to the one titled citation in the same
   document whose first word (the author's surname) matches; "Ibid." resolves to the previous
   figure's source in the same document. A short citation that cannot be resolved stays its own
   source within its document (`cite:<doc_id>:...`). Other citations are keyed by their
   normalised text (`cite:...`).
2. A figure without a citation but with a `claimant` rests on that claimant's statement
   (`claimant:...`): the Taliban quoted in two documents is one source. A group's claim about
   itself (claimant_type `subject_self`) always rests on its claimant, whatever report relays
   it: two articles reporting the Taliban's "90% reduction" are one source.
3. Otherwise the figure is its document's own (`doc:<doc_id>`).

The latest full date written in a citation ("August 26, 2021", "19 July 2024", "2024-03-22")
is returned as `cite_date`; dating uses it to place figures whose period is only the document's
date (see `reconcile.grouping`).
"""

from __future__ import annotations

import polars as pl

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MDY = rf"{_MONTH_RE},?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
_DMY = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+\d{{4}}"
_ISO = r"\d{4}-\d{2}-\d{2}"
_MONTH_NUMBER = {name[:3]: f"{number:02d}" for number, name in enumerate(_MONTHS, start=1)}

_IBID_RE = r"^(?:ibid|ibidem)(?: |$)|^id$"  # "Ibid.", "Ibid., 23", "Id."
_SHORT_WORDS = 3  # a citation of at most this many words, without a title, is a short form


def _plain_text(expr: pl.Expr) -> pl.Expr:
    """Lower case, straight quotes, no URLs, HTML tags, markdown or leading footnote number."""
    return (
        expr.str.to_lowercase()
        .str.replace_all(r"[“”„‟«»]", '"')
        .str.replace_all(r"[‘’‛`´]", "'")
        .str.replace_all(r"<[^>]*>", " ")
        .str.replace_all(r"https?://\S+", " ")
        .str.replace_all(r"[\[\]()*_\\]", " ")
        .str.replace(r"^\s*-?\s*\d{1,4}[.)]?\s+", "")
        .str.strip_chars()
    )


def alnum_key(expr: pl.Expr) -> pl.Expr:
    """Letters and digits only, single-spaced: the comparison form of a name or title."""
    return (
        expr.str.to_lowercase()
        .str.replace_all(r"['’‘`´.]", "")
        .str.replace_all(r"[^a-z0-9]+", " ")
        .str.strip_chars()
    )


def _dates_in(text: pl.Expr) -> pl.Expr:
    """A list of 'YYYY-MM-DD' strings for every full date written in `text` (lower case)."""
    mdy = text.str.extract_all(_MDY).list.eval(
        pl.concat_str(
            pl.element().str.extract(r"(\d{4})$"),
            pl.lit("-"),
            pl.element().str.slice(0, 3).replace_strict(_MONTH_NUMBER, default=None),
            pl.lit("-"),
            pl.element().str.extract(r"(\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}$").str.zfill(2),
        )
    )
    dmy = text.str.extract_all(_DMY).list.eval(
        pl.concat_str(
            pl.element().str.extract(r"(\d{4})$"),
            pl.lit("-"),
            pl.element()
            .str.extract(r"^\d{1,2}(?:st|nd|rd|th)?\s+([a-z]{3})")
            .replace_strict(_MONTH_NUMBER, default=None),
            pl.lit("-"),
            pl.element().str.extract(r"^(\d{1,2})").str.zfill(2),
        )
    )
    iso = text.str.extract_all(_ISO)
    return pl.concat_list(mdy, dmy, iso)


def citation_table(cited: pl.Series) -> pl.DataFrame:
    """One row per distinct citation string: its key parts and the latest date it names."""
    cites = pl.DataFrame({"cited_source": cited}).drop_nulls().unique(maintain_order=False)
    plain = _plain_text(pl.col("cited_source"))
    cites = cites.with_columns(plain.alias("_plain"))
    cites = cites.with_columns(
        alnum_key(pl.col("_plain").str.extract(r'"([^"]+)"', 1)).alias("_title"),
        alnum_key(pl.col("_plain")).alias("_body"),
        alnum_key(pl.col("_plain").str.extract(r"^([^\s,.;:]+)", 1)).alias("surname"),
        _dates_in(pl.col("_plain")).alias("_dates"),
    )
    has_title = pl.col("_title").str.count_matches(" ").fill_null(-1) >= 2
    words = pl.col("_body").str.count_matches(" ") + 1
    cites = cites.with_columns(
        pl.when(has_title)
        .then(pl.lit("title:") + pl.col("_title"))
        .otherwise(pl.lit("cite:") + pl.col("_body"))
        .alias("cite_key"),
        has_title.alias("has_title"),
        pl.col("_body").str.contains(_IBID_RE).alias("is_ibid"),
        (~has_title & (words <= _SHORT_WORDS) & ~pl.col("_body").str.contains(_IBID_RE)).alias("is_short"),
        pl.col("_dates")
        .list.eval(pl.element().str.to_date("%Y-%m-%d", strict=False))
        .list.max()
        .alias("cite_date"),
    )
    return cites.select(
        "cited_source", "cite_key", "surname", "has_title", "is_ibid", "is_short", "cite_date"
    )


def assign_sources(figures: pl.DataFrame) -> pl.DataFrame:
    """Add `source_key` (and its UInt64 hash `source_id`) and `cite_date` to a frame with doc_id, start,
    end, cited_source, claimant and claimant_type."""
    cites = citation_table(figures.get_column("cited_source"))
    out = figures.join(cites, on="cited_source", how="left")

    # Short citations -> the one titled citation in the same document by the same surname.
    # (Resolved on the short rows only, then scattered back by row position.)
    out = out.with_row_index("_row")
    short = out.filter(pl.col("is_short").fill_null(False)).select("_row", "doc_id", "surname")
    resolved = pl.Series("_resolved", [None] * out.height, dtype=pl.String)
    if short.height:
        titled = (
            out.filter(pl.col("has_title").fill_null(False))
            .select("doc_id", "surname", "cite_key")
            .join(short.select("doc_id", "surname").unique(), on=["doc_id", "surname"], how="semi")
            .unique()
            .group_by("doc_id", "surname")
            .agg(pl.col("cite_key").first().alias("_resolved"), pl.len().alias("_n"))
            .filter(pl.col("_n") == 1)
            .drop("_n")
        )
        matched = short.join(titled, on=["doc_id", "surname"], how="inner")
        resolved = resolved.scatter(matched.get_column("_row"), matched.get_column("_resolved"))
    out = out.drop("_row").with_columns(resolved)
    claimants = out.select(pl.col("claimant").drop_nulls().unique())
    claimants = claimants.with_columns(
        alnum_key(pl.col("claimant").str.replace(r"(?i)^\s*the\s+", "")).alias("_claimant_key")
    ).filter(pl.col("_claimant_key") != "")
    out = out.join(claimants, on="claimant", how="left")
    self_claim = (pl.col("claimant_type") == "subject_self").fill_null(False) & pl.col(
        "_claimant_key"
    ).is_not_null()
    key = (
        pl.when(self_claim)
        .then(pl.lit("claimant:") + pl.col("_claimant_key"))
        .when(pl.col("is_ibid").fill_null(False))
        .then(None)
        .when(pl.col("is_short").fill_null(False))
        .then(
            pl.coalesce(
                pl.col("_resolved"), pl.lit("cite:") + pl.col("doc_id") + pl.lit(":") + pl.col("surname")
            )
        )
        .when(pl.col("cite_key").is_not_null())
        .then(pl.col("cite_key"))
        .when(pl.col("_claimant_key").is_not_null())
        .then(pl.lit("claimant:") + pl.col("_claimant_key"))
        .otherwise(pl.lit("doc:") + pl.col("doc_id"))
    )
    out = out.with_columns(key.alias("source_key"))
    ibid_docs = out.filter(pl.col("is_ibid").fill_null(False)).get_column("doc_id").unique()
    if ibid_docs.len():
        # "Ibid." takes the previous figure's source in the same document.
        in_ibid_doc = pl.col("doc_id").is_in(ibid_docs.implode())
        after_ibid = (
            out.filter(in_ibid_doc)
            .sort("doc_id", "start", "end", "figure_id")
            .with_columns(pl.col("source_key").forward_fill().over("doc_id"))
            .with_columns(pl.col("source_key").fill_null(pl.lit("doc:") + pl.col("doc_id")))
        )
        out = pl.concat([out.filter(~in_ibid_doc), after_ibid], how="vertical")

    # A resolved short form or "Ibid." takes the date its full reference carries.
    undated = pl.col("cite_date").is_null() & (pl.col("is_short") | pl.col("is_ibid")).fill_null(False)
    if out.select(undated.any()).item():
        wanted = out.filter(undated).select("source_key").unique()
        dates = (
            out.filter(pl.col("has_title").fill_null(False) & pl.col("cite_date").is_not_null())
            .select("source_key", "cite_date")
            .join(wanted, on="source_key", how="semi")
            .group_by("source_key")
            .agg(pl.col("cite_date").max().alias("_key_date"))
        )
        if dates.height:
            patched = out.filter(undated).join(dates, on="source_key", how="left")
            patched = patched.with_columns(pl.col("_key_date").alias("cite_date")).drop("_key_date")
            out = pl.concat([out.filter(~undated), patched], how="vertical")
    out = out.with_columns(pl.col("source_key").hash().alias("source_id"))
    return out.drop("cite_key", "surname", "has_title", "is_ibid", "is_short", "_resolved", "_claimant_key")
