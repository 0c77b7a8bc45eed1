"""Builds every <name>.jsonl gold file of this held-out set, and its sources.yaml.

Three authors wrote the documents blind (they read only ../shared/figure-contract.md) and
annotated them as anchored figures in _annotations_<N>.py: ANN maps a document's file name to its
rows, PUBLISHED maps it to its publication date. A bounty is a one-off sum, `per: "total"`, as in
the seed gold set and held-out sets 2 and 3; the authors' brief said so.

Run from the repository root: .venv/bin/python bench/heldout5/_build_gold.py [N ...]
(with author numbers, only those authors' files are built; sources.yaml always lists all).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import yaml

from extract.evaluate import Annotation, write_anchored_gold

HERE = Path(__file__).resolve().parent


def main(authors: list[str]) -> None:
    annotations: dict[str, list[Annotation]] = {}
    published: dict[str, dict[str, Any]] = {}
    for path in sorted(HERE.glob("_annotations_*.py")):
        module = runpy.run_path(str(path))
        for name, date in module.get("PUBLISHED", {}).items():
            published[name] = {"published": date}
        if not authors or path.stem.rsplit("_", 1)[1] in authors:
            annotations.update(module["ANN"])
    write_anchored_gold(HERE, annotations)
    (HERE / "sources.yaml").write_text(yaml.safe_dump(published, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
