"""Vocabulary and word-list files: an unquoted on, off, yes or no is refused, not read as a boolean."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.vocab import load_yaml

ROOT = Path(__file__).resolve().parents[2]


def test_a_word_yaml_reads_as_a_boolean_is_refused_with_its_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("label_breaks: [in, of, on, at]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues\.yaml: label_breaks: True .*quote it"):
        load_yaml(path)


def test_quoted_words_load_as_words(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text('label_breaks: [in, "on", "no"]\n', encoding="utf-8")
    assert load_yaml(path) == {"label_breaks": ["in", "on", "no"]}


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for folder in ("schemas/vocab", "extract/data", "reconcile/data")
        for p in (ROOT / folder).glob("*.yaml")
    ),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_bundled_data_file_loads(path: Path) -> None:
    assert load_yaml(path) is not None
