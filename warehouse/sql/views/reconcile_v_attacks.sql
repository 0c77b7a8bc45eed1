-- Attack trends: attacks, change in attacks (signed percent), deaths and injured.
-- Deaths/injured events carry event_date; tolls over a period have event_date NULL.
CREATE VIEW v_attacks AS
SELECT
    e.subject,
    e.measure,
    e.period_year,
    e.event_date,
    e.location,
    e.region,
    e.victims,
    e.unit,
    e.low,
    e.best,
    e.high,
    e.n_figures,
    e.n_sources,
    e.status,
    e.n_subject_self,
    e.self_claim_only,
    e.estimate_id
FROM estimates e
WHERE e.measure IN ('attacks', 'attack_change_pct', 'deaths', 'injured')
ORDER BY e.subject, e.measure, e.period_year, e.event_date, e.location, e.region, e.victims;
