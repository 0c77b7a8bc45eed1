-- Presence: training camps (operated, newly set up) and provinces (active in, with camps).
CREATE VIEW v_presence AS
SELECT
    e.subject,
    e.measure,
    e.period_year,
    e.location,
    e.region,
    e.unit,
    e.low,
    e.best,
    e.high,
    e.n_figures,
    e.n_sources,
    e.status,
    e.estimate_id
FROM estimates e
WHERE e.measure IN ('training_camps', 'new_training_camps', 'provinces_active', 'provinces_with_camps')
ORDER BY e.subject, e.measure, e.period_year, e.location, e.region;
