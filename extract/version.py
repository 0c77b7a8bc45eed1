"""EXTRACTOR_VERSION: a short hash of the extractor's rules (its source and the data it reads).

A change to any rule, alias or cue changes the version, so cached extractions are redone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_EXTRACT_DIR = Path(__file__).resolve().parent
_VOCAB_DIR = _EXTRACT_DIR.parent / "schemas" / "vocab"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    files = sorted(_EXTRACT_DIR.glob("*.py")) + sorted((_EXTRACT_DIR / "data").glob("*.yaml"))
    files += sorted(_VOCAB_DIR.glob("*.yaml"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION: str = _fingerprint()
