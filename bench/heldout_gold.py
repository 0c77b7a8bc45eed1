"""Builds the gold files of a held-out set written as annotation modules: every <name>.jsonl, and
the set's sources.yaml.

The authors of sets 4 to 26 wrote their documents blind (they read only
../shared/figure-contract.md) and annotated them as anchored figures in `_annotations_<N>.py`:
ANN maps a document's file name to its rows, PUBLISHED maps it to its publication date. A bounty
is a one-off sum, `per: "total"`, as in the seed gold set; the authors' brief said so.

Run from the repository root: .venv/bin/python bench/heldout_gold.py FOLDER [N ...]
(with author numbers, only those authors' files are built; sources.yaml always lists all).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import yaml

from extract.evaluate import Annotation, write_anchored_gold


def build_gold(folder: Path, authors: list[str]) -> None:
    annotations: dict[str, list[Annotation]] = {}
    published: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("_annotations_*.py")):
        module = runpy.run_path(str(path))
        for name, date in module.get("PUBLISHED", {}).items():
            published[name] = {"published": date}
        if not authors or path.stem.rsplit("_", 1)[1] in authors:
            annotations.update(module["ANN"])
    write_anchored_gold(folder, annotations)
    (folder / "sources.yaml").write_text(yaml.safe_dump(published, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    build_gold(Path(sys.argv[1]), sys.argv[2:])
