"""Held-out measurement of the extractor on a folder of blind-written documents (a measurement,
not a test).

Run from the repository root: .venv/bin/python bench/heldout_score.py [FOLDER]
(FOLDER defaults to bench/heldout26, the newest set; bench/heldout2 to bench/heldout25 came before it.)

Every FOLDER/<name>.txt is read as a Document (published date from sources.yaml), its
figures are extracted, and they are scored against <name>.jsonl with extract.evaluate.score.
Prints per-document and per-style precision/recall, then every miss and false positive.
Styles are the file-name prefixes: a = UN monitoring team, b = wire story with revised toll,
c = statistics digest, d = op-ed with vague quantities, e = dense dates and reference numbers.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from extract.evaluate import Score, load_gold, score
from extract.figures import extract_figures
from ingest.document import Document, content_id

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "bench" / "heldout26"
STYLES = {
    "a": "UN monitoring team",
    "b": "wire, revised toll",
    "c": "statistics digest",
    "d": "op-ed, vague quantities",
    "e": "dense dates/refs",
}


def _published(name: str, sources: dict[str, Any]) -> dt.date | None:
    value = (sources.get(name) or {}).get("published")
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else None


def load_documents(folder: Path) -> list[Document]:
    sources = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8")) or {}
    docs = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes()
        doc_id, sha = content_id(raw)
        docs.append(
            Document(
                doc_id=doc_id,
                file_name=path.name,
                text=raw.decode("utf-8"),
                sha256=sha,
                published=_published(path.name, sources),
            )
        )
    return docs


def _fmt(item: dict[str, Any]) -> str:
    return (
        f"{item.get('subject')}/{item.get('measure')} "
        f"[{item.get('value_low')}, {item.get('value_high')}] per={item.get('per')} "
        f"text={item.get('text')!r} @{item.get('start')}"
    )


def _sentence(text: str, start: int | None) -> str:
    if start is None:
        return ""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_candidates = [i for i in (text.find(". ", start), text.find("\n", start)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo : hi + 1].strip()


def _line(label: str, s: Score) -> str:
    return f"{label:<34} {s.summary()}"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    docs = load_documents(folder)
    gold = load_gold(folder)
    by_doc_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in gold:
        by_doc_gold[item["doc"]].append(item)

    all_pred: list[dict[str, Any]] = []
    by_style_pred: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_style_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    details: list[tuple[Document, Score]] = []

    print("Per document")
    for doc in docs:
        pred = [f.to_json_dict() for f in extract_figures(doc)]
        doc_gold = by_doc_gold.get(doc.file_name, [])
        s = score(pred, doc_gold)
        details.append((doc, s))
        style = doc.file_name[0]
        all_pred += pred
        by_style_pred[style] += pred
        by_style_gold[style] += doc_gold
        print(_line(doc.file_name, s))

    print("\nPer style")
    for style, label in STYLES.items():
        print(_line(f"{style}: {label}", score(by_style_pred[style], by_style_gold[style])))

    print("\nOverall")
    print(_line("all", score(all_pred, gold)))

    print("\nMisses (false negatives) and false positives")
    for doc, s in details:
        if not s.false_negatives and not s.false_positives:
            continue
        print(f"\n== {doc.file_name}")
        for item in s.false_negatives:
            print(f"  MISS {_fmt(item)}\n       | {_sentence(doc.text, item.get('start'))}")
        for item in s.false_positives:
            print(f"  FP   {_fmt(item)}\n       | {_sentence(doc.text, item.get('start'))}")


if __name__ == "__main__":
    main()
