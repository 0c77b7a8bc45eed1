-- Reconciled quantities and the conflicts between their figures (figure contract, section 6).
-- Columns after the contract's are the project's own additions (reconcile/frames.py mirrors them).
CREATE TABLE estimates (
    estimate_id VARCHAR PRIMARY KEY,
    subject VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    location VARCHAR,
    region VARCHAR,
    victims VARCHAR,
    period_year INTEGER,
    unit VARCHAR NOT NULL,
    per VARCHAR,
    low DOUBLE,
    best DOUBLE,
    high DOUBLE,
    n_figures INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    status VARCHAR NOT NULL,          -- single, agreed, conflict
    figure_ids VARCHAR[] NOT NULL,
    event_date DATE,                  -- deaths/injured events: the earliest date of the matched event
    n_subject_self INTEGER NOT NULL DEFAULT 0,  -- figures that are the subject's claims about itself
    self_claim_only BOOLEAN NOT NULL DEFAULT FALSE  -- best rests on subject_self claims only
);

CREATE TABLE conflicts (
    conflict_id VARCHAR PRIMARY KEY,
    estimate_id VARCHAR NOT NULL,
    figure_id_a VARCHAR NOT NULL,
    figure_id_b VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,            -- non_overlapping, divergent, self_inconsistent, date_conflict
    explanation VARCHAR NOT NULL,
    estimate_id_b VARCHAR             -- figure b's estimate when it differs from estimate_id
);

-- Which figures each estimate rests on, with the figure's normalised values (reconcile/).
CREATE TABLE estimate_figures (
    estimate_id VARCHAR NOT NULL,
    figure_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL,      -- figures sharing a source_key are one source
    basis VARCHAR NOT NULL,           -- stated, annualised (week/month rate), annualised_from_total
    low DOUBLE,                       -- normalised (USD where converted, per year where annualised)
    best DOUBLE,
    high DOUBLE,
    unit VARCHAR NOT NULL,
    per VARCHAR,
    fx_rate DOUBLE,                   -- USD per unit applied, when the figure was converted
    subject_self BOOLEAN NOT NULL,
    used_for_best BOOLEAN NOT NULL,
    PRIMARY KEY (estimate_id, figure_id)
);
