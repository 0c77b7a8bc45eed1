-- Money: revenue, aid funding and bounties. per = 'year' rows are annual rates (weekly x 52,
-- monthly x 12, or a cumulative total divided by its period: see basis); per = 'total' rows are
-- cumulative totals as stated. unit is USD, or the currency's ISO code when no rate is known.
CREATE VIEW v_finance AS
SELECT
    e.subject,
    e.measure,
    e.period_year,
    e.location,
    e.region,
    e.unit,
    e.per,
    e.per = 'year' AS annualised,
    e.low,
    e.best,
    e.high,
    e.n_figures,
    e.n_sources,
    e.status,
    b.bases,
    e.estimate_id
FROM estimates e
LEFT JOIN (
    SELECT estimate_id, list(DISTINCT basis ORDER BY basis) AS bases
    FROM estimate_figures
    GROUP BY estimate_id
) b USING (estimate_id)
WHERE e.measure IN ('revenue', 'aid_funding', 'bounty')
ORDER BY e.subject, e.measure, e.per, e.period_year, e.location, e.region;
