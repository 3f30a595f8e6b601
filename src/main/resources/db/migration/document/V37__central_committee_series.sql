-- The Politburo and the Secretariat number their party documents in the Central Committee's series ("/TW"; see
-- NumberingSeries.seriesOwner): existing keys of their documents move to the Central Committee's key. A document
-- whose number is already taken in that series (two bodies having used one number before this rule) keeps its old
-- key, so no stored document changes its number. Reads the registry's organization table once, to map each body to
-- its parent (organization_ancestors_on, V29), as the rule does through the registry's contract.
WITH rekeyed AS (
    SELECT d.id, d.number,
           regexp_replace(d.series_key, '^(PARTY\|[^|]*\|)' || d.issuer_id || '\|', '\1' || p.ancestor_id || '|')
               AS new_key
    FROM document d
    JOIN organization b ON b.id = d.issuer_id AND b.kind IN ('POLITBURO', 'SECRETARIAT')
    CROSS JOIN LATERAL organization_ancestors_on(d.issuer_id, COALESCE(d.issued_on, CURRENT_DATE)) p
    WHERE p.depth = 1 AND d.kind = 'PARTY' AND d.series_key IS NOT NULL
), first_of_each AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.new_key, r.number ORDER BY r.id) AS n FROM rekeyed r
)
UPDATE document d SET series_key = f.new_key
FROM first_of_each f
WHERE d.id = f.id AND f.n = 1
  AND NOT EXISTS (SELECT 1 FROM document e WHERE e.series_key = f.new_key AND e.number = f.number AND e.id <> d.id);
