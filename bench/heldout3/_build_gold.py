"""Builds every <name>.jsonl gold file of this held-out set.

Three authors wrote the documents blind (they read only ../shared/figure-contract.md), each with
a builder of their own (_build_gold_1.py, _build_gold_2.py, _build_gold_97.py: annotations as
anchors, offsets computed). This script runs them, then applies the one convention their brief got
wrong: a bounty is a one-off sum, which the seed gold set and held-out set 2 write as
`per: "total"` (money always has a basis); the brief said null. An item marked ambiguous only for
that choice (its one alternative `{"per": "total"}`) is then clear-cut.

Run from the repository root: .venv/bin/python bench/heldout3/_build_gold.py
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bounty_per_total(item: dict) -> dict:
    if item["measure"] != "bounty" or item["per"] is not None:
        return item
    item = {**item, "per": "total"}
    if item.get("alternatives") == [{"per": "total"}]:
        item.pop("alternatives")
        item.pop("ambiguous", None)
    return item


def main() -> None:
    for builder in sorted(HERE.glob("_build_gold_*.py")):
        runpy.run_path(str(builder), run_name="__main__")
    for path in sorted(HERE.glob("*.jsonl")):
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        items = [bounty_per_total(i) for i in items]
        path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")


if __name__ == "__main__":
    main()
