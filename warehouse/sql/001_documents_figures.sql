-- Documents and the figures read out of them (figure contract, section 6).
CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,        -- first 16 hex digits of the sha256 of the file's bytes
    file_name VARCHAR NOT NULL,        -- the first name (sorted) that carried these bytes
    title VARCHAR,
    author VARCHAR,
    publisher VARCHAR,
    published DATE,
    url VARCHAR,
    sha256 VARCHAR NOT NULL,
    chars BIGINT NOT NULL,             -- length of the text as read (Python str)
    format VARCHAR NOT NULL,           -- txt, md, html, pdf
    file_names VARCHAR[] NOT NULL,     -- every file name with these exact bytes
    extractor_version VARCHAR NOT NULL -- which extractor produced this document's figures
);

CREATE TABLE figures (
    figure_id VARCHAR PRIMARY KEY,     -- doc_id:start:end
    doc_id VARCHAR NOT NULL REFERENCES documents (doc_id),
    start BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    quote VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    value_low DOUBLE,
    value_high DOUBLE,
    qualifier VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    per VARCHAR,
    period_start DATE,
    period_end DATE,
    location VARCHAR,
    region VARCHAR,
    victims VARCHAR,
    claimant VARCHAR,
    claimant_type VARCHAR,
    cited_source VARCHAR
);
