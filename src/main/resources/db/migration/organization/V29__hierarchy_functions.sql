-- The registry's hierarchy as SQL functions, for modules that aggregate over it inside their own statements
-- (reporting keeps its roll-up totals with them inside the acceptance transaction). Like in_force and
-- organization_within (V27) they are the registry's contract in SQL: other modules call them, never read the
-- registry's tables.

-- The organisation's ancestors on a day, itself included (depth 0), as the closure table has them.
CREATE FUNCTION organization_ancestors_on(org BIGINT, on_day DATE) RETURNS TABLE (ancestor_id BIGINT, depth INT)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT c.ancestor_id, c.depth FROM organization_closure c
        WHERE c.descendant_id = org AND in_force(c.valid_from, c.valid_to, on_day)
    $$;

-- Where an organisation's work belongs today: itself if it continues, otherwise the organisation it went to,
-- transitively, through reorganisations that were not undone (the former Công an tỉnh Bắc Giang -> Công an tỉnh
-- Bắc Ninh). At a split the part that keeps the organisation's identity wins, otherwise the first successor listed;
-- an organisation closed without successor stays itself.
CREATE FUNCTION organization_current(org BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        WITH RECURSIVE chain (id, depth) AS (
            SELECT org, 0
            UNION ALL
            SELECT step.successor_id, chain.depth + 1
            FROM chain CROSS JOIN LATERAL (
                SELECT t.successor_id FROM reorganization_transition t
                JOIN reorganization r ON r.id = t.reorganization_id
                WHERE t.predecessor_id = chain.id AND t.successor_id IS NOT NULL AND r.status <> 'UNDONE'
                ORDER BY r.effective_date DESC, (t.successor_id = t.predecessor_id) DESC, t.position
                LIMIT 1) step
            WHERE step.successor_id <> chain.id AND chain.depth < 64
        )
        SELECT id FROM chain ORDER BY depth DESC LIMIT 1
    $$;

-- The organisation's ancestors in today's hierarchy, itself included: those of its current organisation
-- (organization_current) today, or on its last day if it has ended.
CREATE FUNCTION organization_current_ancestors(org BIGINT, today DATE) RETURNS TABLE (ancestor_id BIGINT, depth INT)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT a.ancestor_id, a.depth
        FROM organization o
        CROSS JOIN LATERAL organization_ancestors_on(o.id, LEAST(today, COALESCE(o.valid_to, today))) a
        WHERE o.id = organization_current(org)
    $$;
