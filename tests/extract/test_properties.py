"""Property: the extractor never crashes and every figure's text is the document's slice."""

from __future__ import annotations

from extract_helpers import doc
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.figures import extract_figures

WORDS = st.sampled_from(
    [
        "TTP",
        "ISKP",
        "al-Qaeda",
        "the group",
        "fighters",
        "killed",
        "between",
        "and",
        "to",
        "$",
        "\\$",
        "million",
        "thousand",
        "hundreds of",
        "tens of",
        "a few",
        "several",
        "%",
        "increase",
        "in 2023",
        "<sup>3</sup>",
        "\n\n",
        "\n",
        ".",
        ",",
        "(",
        ")",
        "-",
        "–",
        "five",
        "six",
        "dozen",
        "of the 34",
        "provinces",
        "## References",
        "- 3 UN.",
        "Ibid.",
        "U.S.",
        "Thursday's",
        "since early 2022",
        "1,500",
        "2,200",
        "6000-6500",
        "29-year-old",
        "100km",
        "Resolution 2255 (2015)",
        "S/2024/556",
        # the wording the reading rules look for
        "including",
        "up from an initial",
        "of them",
        "Scores of",
        "a handful of",
        "half a dozen",
        "claimed the attack",
        "claimed responsibility",
        "Fatalities in attacks:",
        "Photo: Reuters",
        "reportedly",
        "the report adds",
        "Afghan provinces",
        "KABUL, Afghanistan, May 6 2024 (Wire) -",
        "deadliest",
        "since 2018",
        "up 93% on 2022",
        "core",
        "loyal to the Taliban",
        "where",
        "detained by",
        "of the",
        "is believed to",
        "• ",
        ":",
        "29 (2023)",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_string(text: str) -> None:
    for f in extract_figures(doc(text)):
        assert text[f.start : f.end] == f.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=40).map(" ".join))
def test_any_prose_like_string(text: str) -> None:
    figures = extract_figures(doc(text))
    assert figures == sorted(figures, key=lambda f: (f.start, f.end))
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.value_low is not None or f.value_high is not None
