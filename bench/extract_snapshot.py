"""A snapshot of every figure the extractor reads, to prove a speed-up changes no output.

Run: .venv/bin/python bench/extract_snapshot.py write /tmp/extract_snapshot.json
     .venv/bin/python bench/extract_snapshot.py check /tmp/extract_snapshot.json

The inputs: the bundled corpus (with its sources.yaml metadata), every test document under
``tests/extract/docs`` (without a published date, and again with one), the held-out documents under
``tests/extract/heldout`` (with the published dates of their ``sources.yaml``), the generated
benchmark corpora ``bench/corpora/seed0-n100`` and ``seed0-n1000`` when they are there, and each
bundled or test document once more with a letter whose lower case is longer ("İ") in front, which
takes the extractor's other path (no same-length lower-cased copy). Every field of every figure is written; `check` names the first
documents that differ. The snapshot file itself is not part of the repository.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from extract.figures import extract_figures
from ingest.discover import read_corpus
from ingest.document import Document, content_id

ROOT = Path(__file__).resolve().parents[1]
TEST_DOCS = ROOT / "tests" / "extract" / "docs"
HELDOUT = ROOT / "tests" / "extract" / "heldout"
GENERATED = [ROOT / "bench" / "corpora" / name for name in ("seed0-n100", "seed0-n1000")]


def _plain(folder: Path, published: date | None = None) -> list[Document]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes()
        doc_id, sha = content_id(raw)
        docs.append(
            Document(
                doc_id=doc_id, file_name=path.name, text=raw.decode("utf-8"), sha256=sha, published=published
            )
        )
    return docs


def inputs() -> list[tuple[str, Document]]:
    """(label, document) for every input, in a fixed order."""
    out: list[tuple[str, Document]] = []
    bundled = read_corpus(ROOT / "corpus").documents
    out += [(f"corpus/{d.file_name}", d) for d in bundled]
    tests = _plain(TEST_DOCS)
    out += [(f"tests/{d.file_name}", d) for d in tests]
    out += [(f"tests-dated/{d.file_name}", d) for d in _plain(TEST_DOCS, date(2024, 6, 30))]
    for d in bundled + tests:
        out.append((f"long-lower/{d.file_name}", replace(d, text="İ\n\n" + d.text)))
    if HELDOUT.is_dir():
        meta = yaml.safe_load((HELDOUT / "sources.yaml").read_text(encoding="utf-8")) or {}
        for d in _plain(HELDOUT):
            published = (meta.get(d.file_name) or {}).get("published")
            out.append((f"heldout/{d.file_name}", replace(d, published=published)))
    for folder in GENERATED:
        if folder.is_dir():
            out += [(f"generated/{folder.name}/{d.file_name}", d) for d in read_corpus(folder).documents]
    return out


def snapshot() -> dict[str, list[dict[str, Any]]]:
    return {
        label: [{name: getattr(f, name) for name in f.__dataclass_fields__} for f in extract_figures(d)]
        for label, d in inputs()
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] not in ("write", "check"):
        print(__doc__)
        return 2
    path = Path(argv[2])
    current = snapshot()
    count = sum(len(v) for v in current.values())
    if argv[1] == "write":
        path.write_text(json.dumps(current, indent=1, sort_keys=True), encoding="utf-8")
        print(f"wrote {len(current)} documents, {count} figures to {path}")
        return 0
    # compare through JSON, so floats and None read back exactly as written
    recorded = json.loads(path.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(current, sort_keys=True))
    differing = sorted(k for k in set(recorded) | set(now) if recorded.get(k) != now.get(k))
    if not differing:
        print(f"identical: {len(current)} documents, {count} figures")
        return 0
    print(f"DIFFERENT in {len(differing)} documents:")
    for label in differing[:10]:
        old, new = recorded.get(label) or [], now.get(label) or []
        print(f"  {label}: {len(old)} -> {len(new)} figures")
        for a, b in zip(old, new, strict=False):
            if a != b:
                print(f"    was {a}\n    now {b}")
                break
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
