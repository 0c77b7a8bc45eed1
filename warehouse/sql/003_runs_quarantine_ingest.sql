-- What each run did, what it refused, and why.
CREATE TABLE ingest_errors (
    file_name VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    "at" TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE quarantine (
    relation VARCHAR NOT NULL,        -- which relation the row was bound for
    row_key VARCHAR,                  -- the row's id (figure_id, doc_id ...) where it has one
    check_name VARCHAR NOT NULL,      -- the pandera check that failed
    column_name VARCHAR,
    failure_case VARCHAR,
    row_json VARCHAR NOT NULL         -- the whole row, as JSON
);

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    corpus VARCHAR NOT NULL,
    mode VARCHAR NOT NULL,            -- full or incremental
    documents_seen INTEGER NOT NULL,
    documents_extracted INTEGER NOT NULL,
    documents_reused INTEGER NOT NULL,
    ingest_errors INTEGER NOT NULL,
    figures INTEGER NOT NULL,
    quarantined INTEGER NOT NULL,
    estimates INTEGER NOT NULL,
    conflicts INTEGER NOT NULL
);
