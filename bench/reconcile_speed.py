"""Time reconciliation of synthetic figures: `python bench/reconcile_speed.py [N] [SEED] [CONSENSUS]`.

Generates N (default 1,000,000) seeded synthetic figures over 5,000 documents, with a realistic
mix of measures, qualifiers, money rates and totals, events, provinces, citations (titled,
short and dated), claimants and subject_self claims, then prints the seconds
`reconcile_estimates` takes and the sizes of its output.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

import polars as pl

from reconcile.estimates import reconcile_estimates
from reconcile.frames import DOCUMENTS_SCHEMA, FIGURES_SCHEMA

SUBJECTS = [
    "taliban",
    "haqqani_network",
    "al_qaeda",
    "aqis",
    "iskp",
    "islamic_state",
    "ttp",
    "tjp",
    "jamaat_ansarullah",
    "etim",
    "imu",
    "militant_groups",
    "united_states",
]
MEASURES = {  # measure: (unit, typical value, weight)
    "fighters": ("persons", 5000.0, 14),
    "core_members": ("persons", 300.0, 3),
    "training_camps": ("camps", 10.0, 4),
    "new_training_camps": ("camps", 5.0, 2),
    "provinces_active": ("provinces", 12.0, 4),
    "provinces_with_camps": ("provinces", 8.0, 2),
    "revenue": ("USD", 2e7, 8),
    "aid_funding": ("USD", 5e7, 2),
    "bounty": ("USD", 5e6, 1),
    "attacks": ("attacks", 200.0, 10),
    "attack_change_pct": ("percent", 40.0, 5),
    "deaths": ("persons", 40.0, 20),
    "injured": ("persons", 80.0, 8),
    "released": ("persons", 1000.0, 2),
    "detained": ("persons", 100.0, 3),
    "operations_against": ("operations", 30.0, 2),
    "groups_present": ("groups", 20.0, 1),
    "affiliates": ("groups", 10.0, 1),
    "founded_year": ("year", 2010.0, 2),
    "other": ("other", 3.0, 2),
}
QUALIFIERS = ["exact", "approx", "range", "at_least", "at_most", "vague"]
QUALIFIER_WEIGHTS = [30, 25, 20, 10, 10, 5]
LOCATIONS = ["AF", "AF", "AF", "PK", "PK", "IR", "TJ", None]
REGIONS = [None] * 14 + ["Nangarhar", "Kunar", "Khyber Pakhtunkhwa", "Balochistan", "Badakhshan", "Kabul"]
VICTIMS = ["US troops", "U.S. troops", "American service members", "Afghans", "civilians", "children", None]
CLAIMANT_TYPES = [
    None,
    None,
    None,
    "un",
    "government",
    "military",
    "media",
    "think_tank",
    "academic",
    "subject_self",
]
CURRENCIES = ["USD"] * 8 + ["PKR", "GBP"]
PERS = ["week", "month", "year", "total", None]


def synthetic(
    n: int, seed: int = 7, n_documents: int = 5000, consensus: float = 0.7
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(figures, documents) frames with the warehouse's columns, fully determined by `seed`.

    `consensus` is the share of figures that repeat their quantity's consensus value (sources
    citing one assessment); the rest scatter around it (10%), one in twenty three times off.
    """
    rng = random.Random(seed)
    day0 = date(2015, 1, 1)
    doc_ids = [f"{rng.getrandbits(64):016x}" for _ in range(n_documents)]
    published = [day0 + timedelta(days=rng.randrange(0, 4000)) for _ in range(n_documents)]
    documents = pl.DataFrame(
        {
            "doc_id": doc_ids,
            "file_name": [f"{i:05d}_{d}.txt" for i, d in enumerate(doc_ids)],
            "title": [f"Synthetic report {i}" for i in range(n_documents)],
            "author": [None] * n_documents,
            "publisher": [f"Publisher {i % 40}" for i in range(n_documents)],
            "published": published,
            "url": [None] * n_documents,
            "sha256": doc_ids,
            "chars": [100_000] * n_documents,
            "format": ["txt"] * n_documents,
            "file_names": [[f"{i:05d}.txt"] for i in range(n_documents)],
            "extractor_version": ["bench"] * n_documents,
        },
        schema=DOCUMENTS_SCHEMA,
    )
    titles = [f"Report on militancy number {i} in the region" for i in range(4000)]
    citations = (
        [
            f"{i} Author{i % 900}, “{titles[i % 4000]},” March {1 + i % 28}, {2015 + i % 11}."
            for i in range(8000)
        ]
        + [f"Author{i % 900}." for i in range(1000)]
        + [f"Interviewee {i}, August {1 + i % 28}, 2024" for i in range(500)]
        + ["Ibid."]
    )
    claimants = [f"Claimant {i}" for i in range(60)] + ["the Taliban", "UN Monitoring Team"]

    measure_names = list(MEASURES)
    measures = rng.choices(measure_names, weights=[MEASURES[m][2] for m in measure_names], k=n)
    doc_index = [rng.randrange(n_documents) for _ in range(n)]
    qualifiers = rng.choices(QUALIFIERS, weights=QUALIFIER_WEIGHTS, k=n)
    subjects = rng.choices(SUBJECTS, k=n)
    locations = rng.choices(LOCATIONS, k=n)
    regions = rng.choices(REGIONS, k=n)
    claimant_types = rng.choices(CLAIMANT_TYPES, k=n)
    cite_pick = rng.choices(citations + [None] * 6000, k=n)
    claimant_pick = rng.choices(claimants, k=n)
    victims_pick = rng.choices(VICTIMS, k=n)
    currency_pick = rng.choices(CURRENCIES, k=n)
    per_pick = rng.choices(PERS, k=n)
    # Sources mostly agree about a quantity: a level per (subject, measure, location, year).
    day_offsets = [rng.randrange(0, 4000) for _ in range(n)]
    levels: dict[tuple[object, ...], float] = {}
    factors = []
    for i in range(n):
        key = (subjects[i], measures[i], locations[i], day_offsets[i] // 365)
        level = levels.setdefault(key, rng.lognormvariate(0.0, 0.8))
        noise = 1.0 if rng.random() < consensus else rng.lognormvariate(0.0, 0.1)
        if rng.random() < 1 / 20:
            noise *= rng.choice([1 / 3, 3.0])
        factors.append(level * noise)

    rows: dict[str, list[object]] = {name: [] for name in FIGURES_SCHEMA}
    for i in range(n):
        measure = measures[i]
        unit, typical, _ = MEASURES[measure]
        doc = doc_index[i]
        qualifier = qualifiers[i]
        value = typical * factors[i]
        if measure == "founded_year":
            value = float(rng.choice([2013, 2014, 2015]))
            qualifier = "exact"
        elif measure == "attack_change_pct":
            value = round(value if factors[i] > 1 else -value)
        else:
            value = float(f"{value:.2g}")  # analysts' figures are round: 6,000, 1.5 million
        low: float | None = value
        high: float | None = value
        if qualifier == "range":
            high = value * 1.3
        elif qualifier == "at_least":
            high = None
        elif qualifier == "at_most":
            low = None
        elif qualifier == "vague":
            low, high = value / 3, value * 3.3
        per = None
        if unit == "USD":
            unit = currency_pick[i]
            per = per_pick[i]
        end = day0 + timedelta(days=day_offsets[i])
        start = None
        if per == "total":
            start = end - timedelta(days=365 * 2)
        if measure in ("attacks", "operations_against", "detained") and factors[i] > 1.2:
            start = date(end.year, 1, 1)
            end = date(end.year, 12, 31)
        claimant_type = claimant_types[i]
        offset = 40 * i % 90_000
        rows["figure_id"].append(f"{doc_ids[doc]}:{offset}:{offset + 7}:{i}")
        rows["doc_id"].append(doc_ids[doc])
        rows["start"].append(offset)
        rows["end"].append(offset + 7)
        rows["quote"].append(
            "The attack killed many." if measure == "deaths" else "A sentence with a figure."
        )
        rows["text"].append(f"{value:g}")
        rows["subject"].append(subjects[i])
        rows["measure"].append(measure)
        rows["value_low"].append(low)
        rows["value_high"].append(high)
        rows["qualifier"].append(qualifier)
        rows["unit"].append(unit)
        rows["per"].append(per)
        rows["period_start"].append(start)
        rows["period_end"].append(end)
        rows["location"].append(locations[i])
        rows["region"].append(regions[i])
        rows["victims"].append(victims_pick[i] if measure in ("deaths", "injured") else None)
        rows["claimant"].append(claimant_pick[i] if claimant_type else None)
        rows["claimant_type"].append(claimant_type)
        rows["cited_source"].append(cite_pick[i])
    figures = pl.DataFrame(rows, schema=FIGURES_SCHEMA)
    return figures, documents


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1_000_000
    seed = int(argv[2]) if len(argv) > 2 else 7
    consensus = float(argv[3]) if len(argv) > 3 else 0.7
    figures, documents = synthetic(n, seed, consensus=consensus)
    began, cpu_began = time.perf_counter(), time.process_time()
    result = reconcile_estimates(figures, documents)
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu_began
    print(
        f"reconciled {figures.height:,} figures into {result.estimates.height:,} estimates "
        f"and {result.conflicts.height:,} conflicts"
    )
    print(f"seconds: {seconds:.2f} (cpu {cpu_seconds:.2f} over {pl.thread_pool_size()} threads)")


if __name__ == "__main__":
    main(sys.argv)
