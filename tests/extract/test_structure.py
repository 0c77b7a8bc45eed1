"""Structure: notes and references, sentence splitting, PDF artefacts, exclusions (section 1)."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures, keys, only

from extract.structure import split_sentences

NOTES_DOC = """# Report

TTP remains the largest

terrorist group in Afghanistan, with an estimated strength of 6000-6500 fighters.<sup>13</sup> Al Qaeda
earns tens of millions of dollars a week.<sup>14</sup> It also receives $2 million a month.<sup>15</sup>

## References

- O'Donnell, Lynne. "Al Qaeda Is Back." Foreign Policy, March 22, 2024.

- 13 United Nations Security Council, "Letter Dated 19 July 2024 from the Chair (S/2024/556)."
- 14 O'Donnell, "Al Qaeda Is Back."
- 15 O'Donnell.
- 16 Not cited: 500 fighters, 12 camps.
"""


def test_footnotes_resolve_to_notes_and_short_forms() -> None:
    found = figures(NOTES_DOC)
    assert [(f.subject, f.measure) for f in found] == [
        ("ttp", "fighters"),
        ("al_qaeda", "revenue"),
        ("al_qaeda", "revenue"),
    ]
    ttp, weekly, monthly = found
    assert ttp.cited_source is not None and "19 July 2024" in ttp.cited_source
    assert ttp.period_end == "2024-07-19"
    assert weekly.cited_source == 'O\'Donnell, "Al Qaeda Is Back."'
    assert monthly.cited_source == weekly.cited_source
    assert weekly.period_end == "2024-03-22"  # the date of the cited reference
    assert "TTP remains the largest terrorist group" in ttp.quote


def test_nothing_in_references_or_notes() -> None:
    assert all(f.start < NOTES_DOC.index("## References") for f in figures(NOTES_DOC))


def test_sentence_splitting_survives_abbreviations_and_decimals() -> None:
    text = "Dr. Smith said the U.S. gave $1.5 million. No. 5 was next. It ended."
    spans = [text[s:e].strip() for s, e in split_sentences(text)]
    assert spans == ["Dr. Smith said the U.S. gave $1.5 million.", "No. 5 was next.", "It ended."]


def test_a_name_ending_in_a_hyphened_letter_ends_a_sentence_an_initial_does_not() -> None:
    text = "Raids hit IS-K. Officials met J. Smith. He left."
    spans = [text[s:e].strip() for s, e in split_sentences(text)]
    assert spans == ["Raids hit IS-K.", "Officials met J. Smith.", "He left."]


def test_caption_between_page_break_does_not_break_a_sentence() -> None:
    text = (
        "This attack significantly raised the profile of IS-Khorasan leader, a 29-year old man, which prompted"
        "\n\n\n\nEvacuees wait at Kabul airport, Aug. 23. (Photo by Sgt. Isaiah Campbell)\n\n"
        "the U.S. to place a \\$10 million bounty on his head."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.per) == ("iskp", "bounty", 10_000_000, "total")


def test_excluded_numbers_are_not_figures() -> None:
    text = (
        "Resolution 2255 (2015) and report S/2024/556 were issued on 19 July 2024. A 29-year-old bomber struck "
        "100km west of Kabul in 2021. Twenty interviews examined three scenarios and two groups over two decades. "
        "Within 36 hours, four days later, the 1980s ended; see page 12 and paragraph 23."
    )
    assert keys(text) == []


def test_bold_markers_and_list_numbering() -> None:
    text = (
        "1. **TTP** has **6,000 fighters**.\n2. Another item.\n23. The Team assesses ISKP has 2,000 fighters."
    )
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None), ("iskp", "fighters", 2000, 2000, None)]


def test_offsets_match_text() -> None:
    for f in figures(NOTES_DOC, date(2025, 1, 1)):
        assert NOTES_DOC[f.start : f.end] == f.text


def test_initials_with_full_stops_do_not_end_a_sentence() -> None:
    text = "The CTD in D.G. Khan said on Monday that it had arrested 14 TTP suspects in Taunsa."
    assert split_sentences(text) == [(0, len(text))]


def test_a_short_quoted_phrase_before_a_capital_does_not_end_a_sentence() -> None:
    text = 'Officials spoke of "a few hundred" ISKP recruits. He said "We will not stop" Then he left.'
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        'Officials spoke of "a few hundred" ISKP recruits.',
        'He said "We will not stop"',
        "Then he left.",
    ]
    assert keys('A minister spoke of "tens of thousands" of TTP men under arms.') == [
        ("ttp", "fighters", 10000, 100000, None)
    ]


def test_a_word_hyphenated_across_a_line_break_is_read_whole() -> None:
    text = "Member States say the TTP now has some six and a half thou-\nsand fight-\ners in Kurram."
    found = only(text)
    assert (found.subject, found.measure, found.value_low) == ("ttp", "fighters", 6500)
    assert found.text == "some six and a half thou-\nsand" == text[found.start : found.end]


def test_a_bare_footnote_number_after_a_full_stop_ends_the_sentence() -> None:
    text = "Militant attacks in Swat rose by 32 per cent in 2025.3 ISKP claimed 7 attacks in Kurram."
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "Militant attacks in Swat rose by 32 per cent in 2025.3",
        "ISKP claimed 7 attacks in Kurram.",
    ]
    assert keys(text) == [
        ("militant_groups", "attack_change_pct", 32, 32, None),
        ("iskp", "attacks", 7, 7, None),
    ]


def test_a_short_line_stopping_on_and_goes_on_with_the_capitalised_line_after_it() -> None:
    text = "ISKP is thought to keep about\n2,000 fighters in Badghis, and\nTTP remnants some 500 in Ghor.\n"
    assert [text[s:e].strip() for s, e in split_sentences(text) if text[s:e].strip()] == [text.strip()]
    assert keys(text) == [("iskp", "fighters", 2000, 2000, None), ("ttp", "fighters", 500, 500, None)]


def test_an_answer_is_read_with_the_question_before_it() -> None:
    text = (
        "Q: How many fighters does Jamaat Ansarullah keep in Badakhshan?\n"
        "A: Perhaps 300.\n"
        "\n"
        "2. How many attacks did ISKP claim in Pakistan? (Answer: 47.)\n"
    )
    assert keys(text) == [
        ("jamaat_ansarullah", "fighters", 300, 300, None),
        ("iskp", "attacks", 47, 47, None),
    ]
