"""Builds every <name>.jsonl gold file of this held-out set.

Three authors wrote the documents blind (they read only ../shared/figure-contract.md) and
annotated them as anchored figures (_annotations_1.py, _annotations_2.py, _annotations_97.py).
One convention their brief got wrong is set here: a bounty is a one-off sum, which the seed gold
set and held-out set 2 write as `per: "total"` (money always has a basis); the brief said null. An
item marked ambiguous only for that choice (its one alternative `{"per": "total"}`) is then
clear-cut.

Run from the repository root: .venv/bin/python bench/heldout3/_build_gold.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

from extract.evaluate import Annotation, write_anchored_gold

HERE = Path(__file__).resolve().parent


def bounty_per_total(row: Annotation) -> Annotation:
    anchor, wording, subject, measure, low, high, qualifier, unit, per, ctype, extra = row
    if measure != "bounty" or per is not None:
        return row
    if extra.get("alternatives") == [{"per": "total"}]:
        extra = {k: v for k, v in extra.items() if k not in ("alternatives", "ambiguous")}
    return (anchor, wording, subject, measure, low, high, qualifier, unit, "total", ctype, extra)


def main() -> None:
    annotations: dict[str, list[Annotation]] = {}
    for author in sorted(HERE.glob("_annotations_*.py")):
        for name, rows in runpy.run_path(str(author))["ANN"].items():
            annotations[name] = [bounty_per_total(row) for row in rows]
    write_anchored_gold(HERE, annotations)


if __name__ == "__main__":
    main()
