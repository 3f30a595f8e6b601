-- One "in force on a date" rule and one scope rule in SQL, used by every query of the registry and by other
-- modules through organization.Scope (bound parameters; no SQL text built by string replacement).

-- A fact with a validity period (both ends inclusive, open end NULL) is in force on day. Simple and IMMUTABLE, so
-- the planner inlines it and index conditions on valid_from / valid_to still apply.
CREATE FUNCTION in_force(valid_from DATE, valid_to DATE, on_day DATE) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT valid_from <= on_day AND (valid_to IS NULL OR valid_to >= on_day) $$;

-- The province that contains the organisation on its current date: today, or its last day if it has ended, or its
-- first day if it starts later. NULL for an organisation outside every province.
CREATE FUNCTION organization_province(org BIGINT, today DATE) RETURNS BIGINT
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT c.ancestor_id FROM organization o
        JOIN organization_closure c ON c.descendant_id = o.id
        JOIN organization a ON a.id = c.ancestor_id AND a.kind = 'PROVINCE'
        WHERE o.id = org
          AND in_force(c.valid_from, c.valid_to, GREATEST(o.valid_from, LEAST(today, COALESCE(o.valid_to, today))))
        LIMIT 1
    $$;

-- Whether the organisation lies within a scope (national, or the lineage of one province).
CREATE FUNCTION organization_within(org BIGINT, is_national BOOLEAN, lineage BIGINT[], today DATE) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT is_national OR COALESCE(organization_province(org, today) = ANY (lineage), FALSE) $$;

-- Whether the organisation may be read with a scope: national; or of a publicly visible kind (central and
-- provincial-level, given by the application's OrganizationKind); or outside every province; or within the lineage.
CREATE FUNCTION organization_readable(org BIGINT, is_national BOOLEAN, lineage BIGINT[], public_kinds TEXT[], today DATE)
    RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT is_national
            OR (SELECT o.kind = ANY (public_kinds) FROM organization o WHERE o.id = org)
            OR COALESCE(organization_province(org, today) = ANY (lineage), TRUE)
    $$;
