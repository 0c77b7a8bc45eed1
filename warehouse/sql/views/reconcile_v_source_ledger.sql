-- Per document: how many figures it gives, what it cites, who it quotes, and how its figures
-- fare in reconciliation. claimant_types lists 'author' for the author's own figures.
CREATE VIEW v_source_ledger AS
WITH per_doc AS (
    SELECT
        f.doc_id,
        count(*) AS n_figures,
        list(DISTINCT f.measure ORDER BY f.measure) AS measures,
        list(DISTINCT f.subject ORDER BY f.subject) AS subjects,
        count(DISTINCT f.cited_source) AS n_cited_sources,
        list(DISTINCT f.cited_source ORDER BY f.cited_source) FILTER (WHERE f.cited_source IS NOT NULL)
            AS cited_sources,
        list(DISTINCT coalesce(f.claimant_type, 'author') ORDER BY coalesce(f.claimant_type, 'author'))
            AS claimant_types,
        count(*) FILTER (WHERE f.claimant IS NULL AND f.cited_source IS NULL) AS n_author_own,
        count(*) FILTER (WHERE f.claimant_type = 'subject_self') AS n_subject_self
    FROM figures f
    GROUP BY f.doc_id
),
in_estimates AS (
    SELECT doc_id, count(DISTINCT estimate_id) AS n_estimates, count(DISTINCT source_key) AS n_source_keys
    FROM estimate_figures
    GROUP BY doc_id
),
in_conflicts AS (
    SELECT f.doc_id, count(DISTINCT c.conflict_id) AS n_conflicts
    FROM conflicts c
    JOIN figures f ON f.figure_id IN (c.figure_id_a, c.figure_id_b)
    GROUP BY f.doc_id
)
SELECT
    d.doc_id,
    d.file_name,
    d.title,
    d.publisher,
    d.published,
    coalesce(p.n_figures, 0) AS n_figures,
    p.subjects,
    p.measures,
    coalesce(p.n_cited_sources, 0) AS n_cited_sources,
    p.cited_sources,
    p.claimant_types,
    coalesce(p.n_author_own, 0) AS n_author_own,
    coalesce(p.n_subject_self, 0) AS n_subject_self,
    coalesce(i.n_source_keys, 0) AS n_independent_sources,
    coalesce(i.n_estimates, 0) AS n_estimates,
    coalesce(k.n_conflicts, 0) AS n_conflicts
FROM documents d
LEFT JOIN per_doc p USING (doc_id)
LEFT JOIN in_estimates i USING (doc_id)
LEFT JOIN in_conflicts k USING (doc_id)
ORDER BY d.file_name;
