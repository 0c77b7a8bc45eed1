-- Armed strength by group and year: fighters and core members, one row per reconciled quantity.
-- national rows have region NULL; a province's figure is its own row.
CREATE VIEW v_strength AS
SELECT
    e.subject,
    e.measure,
    e.period_year,
    e.location,
    e.region,
    e.low,
    e.best,
    e.high,
    e.n_figures,
    e.n_sources,
    e.status,
    e.self_claim_only,
    (SELECT count(*) FROM conflicts c
      WHERE c.estimate_id = e.estimate_id OR c.estimate_id_b = e.estimate_id) AS n_conflicts,
    e.estimate_id
FROM estimates e
WHERE e.measure IN ('fighters', 'core_members')
ORDER BY e.subject, e.measure, e.period_year, e.location, e.region;
