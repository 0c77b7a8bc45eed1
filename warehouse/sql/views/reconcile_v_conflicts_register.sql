-- Every conflict with both figures' wording, documents and attribution.
CREATE VIEW v_conflicts_register AS
SELECT
    c.conflict_id,
    c.kind,
    e.subject,
    e.measure,
    e.period_year,
    e.location,
    e.region,
    e.victims,
    c.explanation,
    c.figure_id_a,
    fa.text AS text_a,
    fa.quote AS quote_a,
    fa.value_low AS value_low_a,
    fa.value_high AS value_high_a,
    fa.claimant AS claimant_a,
    fa.claimant_type AS claimant_type_a,
    fa.cited_source AS cited_source_a,
    da.file_name AS file_name_a,
    da.title AS title_a,
    da.published AS published_a,
    c.figure_id_b,
    fb.text AS text_b,
    fb.quote AS quote_b,
    fb.value_low AS value_low_b,
    fb.value_high AS value_high_b,
    fb.claimant AS claimant_b,
    fb.claimant_type AS claimant_type_b,
    fb.cited_source AS cited_source_b,
    db.file_name AS file_name_b,
    db.title AS title_b,
    db.published AS published_b,
    c.estimate_id,
    c.estimate_id_b
FROM conflicts c
JOIN estimates e ON e.estimate_id = c.estimate_id
LEFT JOIN figures fa ON fa.figure_id = c.figure_id_a
LEFT JOIN figures fb ON fb.figure_id = c.figure_id_b
LEFT JOIN documents da ON da.doc_id = fa.doc_id
LEFT JOIN documents db ON db.doc_id = fb.doc_id
ORDER BY e.subject, e.measure, c.kind, c.conflict_id;
