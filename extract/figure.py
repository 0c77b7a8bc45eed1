"""One figure as the contract's section 5 defines it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# The contract's section 5 fields, in the order `triangulate extract --json` prints them.
FIGURE_FIELDS: tuple[str, ...] = (
    "doc",
    "start",
    "end",
    "quote",
    "text",
    "subject",
    "measure",
    "value_low",
    "value_high",
    "qualifier",
    "unit",
    "per",
    "period_start",
    "period_end",
    "location",
    "region",
    "victims",
    "claimant",
    "claimant_type",
    "cited_source",
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One numeric statement about one subject and one measure, with its provenance."""

    doc: str
    start: int
    end: int
    quote: str
    text: str
    subject: str
    measure: str
    value_low: float | None
    value_high: float | None
    qualifier: str
    unit: str
    per: str | None = None
    period_start: str | None = None  # ISO date YYYY-MM-DD
    period_end: str | None = None  # ISO date YYYY-MM-DD
    location: str | None = None
    region: str | None = None
    victims: str | None = None
    claimant: str | None = None
    claimant_type: str | None = None
    cited_source: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The contract's JSON object: whole-number values print as integers."""
        out = asdict(self)
        for key in ("value_low", "value_high"):
            value = out[key]
            if isinstance(value, float) and value.is_integer():
                out[key] = int(value)
        return {name: out[name] for name in FIGURE_FIELDS}
