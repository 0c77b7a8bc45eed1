"""A deterministic, seeded corpus for scale runs, recombined from the bundled documents.

Every sentence of the generated documents is a sentence of `corpus/documents/` (before their
reference lists): the real extractor meets the real prose, subjects and measures. What changes:

- numbers: counts, sums and percentages are scaled by a random factor and rounded to the
  original's significant digits and format ("4,000" may become "5,000", "170" may become "190");
  years from 2015 on move with the generated document's date; ordinals, "9/11", footnote
  markers, URLs and numbers glued to units ("100km") stay as they are;
- subjects: in a quarter of the sentences with a number, one group's name is swapped for
  another's (ISKP, TTP, al-Qaeda, ...), so estimates spread over the vocabulary's groups;
- composition: paragraphs of 2-6 sentences drawn from the whole pool, markdown section headings,
  footnote markers renumbered per document and resolved in a `## References` list of real notes;
- metadata: a title, a dateline and `sources.yaml` (publisher, published date 2021-2025).

Documents are 7,000-13,000 characters (about 10 KB on average, so 10,000 documents are about
100 MB). Document `i` depends only on `(seed, i)`: the output is a pure function of `(seed, n)`
and a smaller corpus is a prefix of a larger one with the same seed.

    python -m bench.generate OUT_DIR --n 1000 [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import random
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

GENERATOR_VERSION = "1"
ROOT = Path(__file__).resolve().parent.parent
SOURCE_CORPUS = ROOT / "corpus"
MANIFEST = ".bench-corpus.json"  # hidden: ingest skips it
MIN_CHARS, MAX_CHARS = 7_000, 13_000
FIRST_DATE, DAYS = datetime.date(2021, 1, 1), 5 * 365

PUBLISHERS: tuple[str, ...] = (
    "NIICE",
    "Andiana Foundation",
    "Pakistan Today",
    "The Conversation",
    "The Diplomat",
    "CTC Sentinel",
    "Long War Journal",
    "Crisis Group",
    "Dawn",
    "Afghanistan Analysts Network",
    "Lawfare",
    "War on the Rocks",
)
MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Names of groups that may stand in for each other in a sentence (one spelling each per group
# as the replacement; every listed spelling is recognised).
SWAPPABLE: dict[str, tuple[str, ...]] = {
    "ISKP": ("ISKP", "IS-K", "ISIS-K", "IS-Khorasan", "Islamic State Khorasan Province"),
    "TTP": ("TTP", "Tehrik-e-Taliban Pakistan", "Pakistani Taliban"),
    "al-Qaeda": ("al-Qaeda", "Al Qaeda", "al-Qaida"),
    "the Haqqani network": ("Haqqani network", "Haqqani Network"),
    "AQIS": ("AQIS",),
    "the IMU": ("IMU", "Islamic Movement of Uzbekistan"),
    "ETIM": ("ETIM", "East Turkestan Islamic Movement"),
    "TJP": ("TJP",),
    "Jamaat Ansarullah": ("Jamaat Ansarullah",),
}
_SWAP_ALIASES = sorted((a for names in SWAPPABLE.values() for a in names), key=len, reverse=True)
_SWAP_RE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _SWAP_ALIASES)) + r")(?![\w-])")
_GROUP_OF = {alias: group for group, names in SWAPPABLE.items() for alias in names}

_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z“\"(])|(?<=[.!?][”\"])\s+(?=[A-Z“\"])|(?<=</sup>)\s+(?=[A-Z“\"])"
)
_TOKEN = re.compile(
    r"(?P<keep><sup>\d+</sup>|https?://\S+|<[^>\s]+>|\b\d+/\d+(?:/\d+)?\b|\b\d+(?:st|nd|rd|th)\b)"
    r"|(?P<num>(?<![\w.,])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|\d+(?:\.\d+)?(?![\w]|,\d)))"
)
_SUP = re.compile(r"<sup>\d+</sup>")
_NOTE = re.compile(r"^- \d+ (.{20,})$")


@dataclass(frozen=True)
class Sentence:
    text: str
    base_year: int  # the year of the document it comes from: years move relative to it


@dataclass(frozen=True)
class Pool:
    sentences: tuple[Sentence, ...]
    headings: tuple[str, ...]
    notes: tuple[str, ...]
    digest: str  # sha256 over the source files: a changed source corpus makes a new corpus


@dataclass(frozen=True)
class GeneratedDocument:
    file_name: str
    text: str
    title: str
    publisher: str
    published: datetime.date


@dataclass(frozen=True)
class GeneratedCorpus:
    path: Path
    n: int
    seed: int
    bytes: int
    reused: bool


def _body_and_notes(text: str) -> tuple[str, list[str]]:
    """The prose before a `## References` heading, and the numbered notes after it."""
    match = re.search(r"^#+\s*\**References\**\s*$", text, flags=re.MULTILINE)
    if match is None:
        return text, []
    notes = [m.group(1).strip() for m in map(_NOTE.match, text[match.end() :].splitlines()) if m]
    return text[: match.start()], notes


def _published_years(source: Path) -> dict[str, int]:
    path = source / "sources.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    years: dict[str, int] = {}
    for name, meta in data.items():
        published = (meta or {}).get("published")
        if published:
            years[str(name)] = int(str(published)[:4])
    return years


def _base_year(name: str, text: str, known: dict[str, int]) -> int:
    if name in known:
        return known[name]
    years = [int(y) for y in re.findall(r"\b(20[12]\d)\b", text) if int(y) <= 2025]
    return max(years) if years else 2023


@lru_cache(maxsize=4)
def load_pool(source: Path = SOURCE_CORPUS) -> Pool:
    """Sentences, headings and notes of the bundled documents, in file then text order."""
    docs_dir = source / "documents" if (source / "documents").is_dir() else source
    known = _published_years(source)
    sentences: list[Sentence] = []
    headings: list[str] = []
    notes: list[str] = []
    digest = hashlib.sha256(GENERATOR_VERSION.encode())
    for path in sorted(docs_dir.glob("*.txt")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        text = raw.decode("utf-8")
        base_year = _base_year(path.name, text, known)
        body, doc_notes = _body_and_notes(text)
        notes.extend(doc_notes)
        for line in body.splitlines():
            line = line.strip()
            if line.startswith("#"):
                heading = line.lstrip("#").strip().strip("*").strip()
                if 8 <= len(heading) <= 90 and not heading.isupper():
                    headings.append(heading)
                continue
            if len(line) < 60 or line.startswith(("-", "*", "|", ">", "!")):
                continue  # captions, credits, lists, tables
            for part in _SENTENCE_END.split(line):
                part = part.strip()
                if len(part) >= 25:
                    sentences.append(Sentence(part, base_year))
    if not sentences:
        raise ValueError(f"no sentences found in {docs_dir}")
    return Pool(tuple(sentences), tuple(headings) or ("Militant groups",), tuple(notes), digest.hexdigest())


def _significant(digits: str) -> int:
    stripped = digits.lstrip("0").rstrip("0")
    return max(1, len(stripped))


def _vary_number(token: str, follow: str, factor: float, jitter: int, year_shift: int, doc_year: int) -> str:
    """One number varied: `factor` scales large numbers, `jitter` shifts small whole ones.

    A sentence uses one factor and one jitter for all its numbers, so "6000-6500" stays a range.
    """
    plain = token.replace(",", "")
    whole, _, decimals = plain.partition(".")
    value = float(plain)
    if not decimals and "," not in token and len(whole) == 4 and 1900 <= value <= 2035:
        year = int(value)
        return str(min(year + year_shift, doc_year)) if year >= 2015 else token
    if not decimals and value < 10:
        return str(max(1, int(value) + jitter))
    new = value * factor
    percent = follow.startswith(("%", " percent", " per cent"))
    if decimals:
        return f"{min(new, 99.9) if percent else new:.{len(decimals)}f}"
    sig = _significant(whole)
    magnitude = 10 ** max(0, len(str(int(new))) - sig)
    rounded = max(1, round(new / magnitude) * magnitude)
    if percent:
        rounded = min(rounded, 99)
    return f"{rounded:,}" if "," in token or (rounded >= 10_000 and value >= 10_000) else str(rounded)


def vary_sentence(sentence: Sentence, rng: random.Random, doc_year: int) -> str:
    """The sentence with its numbers varied and, sometimes, one group swapped for another."""
    text = sentence.text
    shift = doc_year - sentence.base_year
    factor = math.exp(max(-0.9, min(0.9, rng.gauss(0.0, 0.35))))
    jitter = rng.choice((-1, 0, 0, 0, 1, 2))
    out: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        if match.group("num") is None:
            continue
        out.append(text[last : match.start()])
        follow = text[match.end() : match.end() + 9]
        out.append(_vary_number(match.group(), follow, factor, jitter, shift, doc_year))
        last = match.end()
    out.append(text[last:])
    varied = "".join(out)
    if last and rng.random() < 0.25:
        found = _SWAP_RE.search(varied)
        if found is not None:
            own = _GROUP_OF[found.group()]
            target = rng.choice([g for g in SWAPPABLE if g != own])
            if found.start() > 0 and target.startswith("the "):
                target = target[4:]  # "the" is only needed at the start of a sentence
            alias = found.group()
            varied = re.sub(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", target, varied)
    return varied


def document(seed: int, i: int, pool: Pool | None = None) -> GeneratedDocument:
    """Generated document number `i` (a pure function of seed, i and the source corpus)."""
    pool = pool or load_pool()
    rng = random.Random(f"triangulate-bench:{seed}:{i}")
    target = rng.randint(MIN_CHARS, MAX_CHARS)
    published = FIRST_DATE + datetime.timedelta(days=rng.randrange(DAYS))
    publisher = rng.choice(PUBLISHERS)
    title = rng.choice(pool.headings)
    lines = [title, f"{published.day} {MONTHS[published.month - 1]} {published.year}, {publisher}", ""]
    size = sum(len(line) + 1 for line in lines)
    footnotes = 0
    paragraphs = 0

    def renumber(_: re.Match[str]) -> str:
        nonlocal footnotes
        footnotes += 1
        return f"<sup>{footnotes}</sup>"

    while size + footnotes * 90 < target:
        if paragraphs and rng.random() < 0.2:
            heading = f"## {rng.choice(pool.headings)}"
            lines += [heading, ""]
            size += len(heading) + 2
        count = rng.randint(2, 6)
        picked = [pool.sentences[rng.randrange(len(pool.sentences))] for _ in range(count)]
        paragraph = " ".join(vary_sentence(s, rng, published.year) for s in picked)
        paragraph = _SUP.sub(renumber, paragraph)
        lines += [paragraph, ""]
        size += len(paragraph) + 2
        paragraphs += 1
    if footnotes and pool.notes:
        lines += ["## References", ""]
        lines += [f"- {k} {rng.choice(pool.notes)}" for k in range(1, footnotes + 1)]
    text = "\n".join(lines).rstrip("\n") + "\n"
    return GeneratedDocument(f"gen_{i:05d}.txt", text, title, publisher, published)


def documents(n: int, seed: int = 0, pool: Pool | None = None) -> Iterator[GeneratedDocument]:
    pool = pool or load_pool()
    for i in range(n):
        yield document(seed, i, pool)


def _manifest(n: int, seed: int, pool: Pool) -> dict[str, object]:
    return {"generator": GENERATOR_VERSION, "seed": seed, "n": n, "source": pool.digest}


def generate(out_dir: Path, n: int, seed: int = 0, *, reuse: bool = True) -> GeneratedCorpus:
    """Write `n` documents to OUT_DIR/documents/ and their metadata to OUT_DIR/sources.yaml.

    With `reuse`, a folder that already holds this (generator, seed, n, source) corpus is kept.
    """
    out_dir = Path(out_dir)
    pool = load_pool()
    expected = _manifest(n, seed, pool)
    manifest_path = out_dir / MANIFEST
    if reuse and manifest_path.is_file():
        found = json.loads(manifest_path.read_text(encoding="utf-8"))
        if {k: found.get(k) for k in expected} == expected:
            return GeneratedCorpus(out_dir, n, seed, int(found["bytes"]), reused=True)
    manifest_path.unlink(missing_ok=True)
    docs_dir = out_dir / "documents"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    total = 0
    meta: list[str] = ["# Generated by bench.generate: metadata of the generated documents."]
    for doc in documents(n, seed, pool):
        raw = doc.text.encode("utf-8")
        (docs_dir / doc.file_name).write_bytes(raw)
        total += len(raw)
        meta += [
            f"{doc.file_name}:",
            f"  title: {json.dumps(doc.title, ensure_ascii=False)}",
            "  author: null",
            f"  publisher: {json.dumps(doc.publisher, ensure_ascii=False)}",
            f"  published: {doc.published.isoformat()}",
            "  url: null",
        ]
    (out_dir / "sources.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    manifest_path.write_text(json.dumps({**expected, "bytes": total}, indent=1) + "\n", encoding="utf-8")
    return GeneratedCorpus(out_dir, n, seed, total, reused=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--force", action="store_true", help="rewrite even if the folder is up to date")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    result = generate(args.out_dir, args.n, args.seed, reuse=not args.force)
    state = "up to date" if result.reused else "written"
    print(f"{result.path}: {result.n} documents, {result.bytes / 1e6:.1f} MB ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
