-- The registry keeps history. An organisation row is only its identity (code, kind) and its lifetime; every other
-- fact has its own validity period: names, the administrative parent, leadership links, positions. Periods are
-- closed on both ends: "as of D" means valid_from <= D AND (valid_to IS NULL OR valid_to >= D).
-- Overlapping periods of one fact are refused by the database (exclusion constraints, checked at commit so that a
-- change may end the old period and start the new one in either order).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE organization_name (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    name             VARCHAR(300) NOT NULL,
    short_name       VARCHAR(120),
    abbreviation     VARCHAR(40),
    name_folded      VARCHAR(500) NOT NULL,
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    CONSTRAINT organization_name_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT organization_name_no_overlap EXCLUDE USING gist
        (organization_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX organization_name_asof_ix ON organization_name (organization_id, valid_from)
    INCLUDE (valid_to, name, short_name, abbreviation);

CREATE TABLE organization_parent (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    parent_id        BIGINT NOT NULL REFERENCES organization (id),
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    CONSTRAINT organization_parent_self_ck CHECK (organization_id <> parent_id),
    CONSTRAINT organization_parent_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT organization_parent_no_overlap EXCLUDE USING gist
        (organization_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX organization_parent_child_ix ON organization_parent (organization_id, valid_from);
CREATE INDEX organization_parent_parent_ix ON organization_parent (parent_id);

INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, name, short_name, abbreviation, name_folded, valid_from, valid_to FROM organization;
INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to)
SELECT id, parent_id, valid_from, valid_to FROM organization WHERE parent_id IS NOT NULL;

ALTER TABLE organization DROP COLUMN name, DROP COLUMN short_name, DROP COLUMN abbreviation,
    DROP COLUMN parent_id, DROP COLUMN name_folded;
ALTER TABLE organization ALTER COLUMN valid_from DROP DEFAULT;

-- Dual leadership: besides the administrative parent, who leads whom, along the sectoral line (the Ministry and
-- the Central Public Security Party Committee) or the territorial one (the provincial Party committee).
CREATE TABLE leadership_link (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    leader_id        BIGINT NOT NULL REFERENCES organization (id),
    kind             VARCHAR(20) NOT NULL,
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    CONSTRAINT leadership_link_kind_ck CHECK (kind IN ('SECTORAL', 'TERRITORIAL')),
    CONSTRAINT leadership_link_self_ck CHECK (organization_id <> leader_id),
    CONSTRAINT leadership_link_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT leadership_link_no_overlap EXCLUDE USING gist
        (organization_id WITH =, leader_id WITH =, kind WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX leadership_link_led_ix ON leadership_link (organization_id);
CREATE INDEX leadership_link_leader_ix ON leadership_link (leader_id);

-- Closure table: one row per (ancestor, descendant) path and the period in which that path exists (the
-- intersection of the parent periods along it and the descendant's lifetime). parent_id is the descendant's
-- parent on that path (NULL on the depth-0 row). Derived data: the service rebuilds the rows of every
-- organisation whose ancestry a change touches, in the same transaction.
CREATE TABLE organization_closure (
    ancestor_id    BIGINT NOT NULL,
    descendant_id  BIGINT NOT NULL,
    depth          INT NOT NULL,
    parent_id      BIGINT,
    valid_from     DATE NOT NULL,
    valid_to       DATE,
    PRIMARY KEY (ancestor_id, descendant_id, valid_from)
);
CREATE INDEX organization_closure_asof_ix ON organization_closure (ancestor_id, valid_from)
    INCLUDE (valid_to, descendant_id, depth, parent_id);
CREATE INDEX organization_closure_descendant_ix ON organization_closure (descendant_id, valid_from)
    INCLUDE (valid_to, ancestor_id, depth);

-- Reorganisations (merge, split, rename, move, close): an effective date, a legal basis, a status. An applied
-- reorganisation can be undone until it is confirmed; the journal keeps the image of every registry row it
-- touched before and after, so that undo restores the previous state exactly.
CREATE TABLE reorganization (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    effective_date  DATE NOT NULL,
    legal_basis     VARCHAR(300) NOT NULL,
    note            VARCHAR(2000),
    status          VARCHAR(20) NOT NULL,
    applied_by      VARCHAR(64) NOT NULL,
    applied_at      TIMESTAMPTZ NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT reorganization_kind_ck CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'MOVE', 'CLOSE')),
    CONSTRAINT reorganization_status_ck CHECK (status IN ('APPLIED', 'CONFIRMED', 'UNDONE'))
);
CREATE INDEX reorganization_status_ix ON reorganization (status);

-- From predecessor to successor: MERGE p -> s for each predecessor, SPLIT p -> s for each successor, RENAME and
-- MOVE o -> o, CLOSE o -> NULL.
CREATE TABLE reorganization_transition (
    reorganization_id  BIGINT NOT NULL REFERENCES reorganization (id),
    position           INT NOT NULL,
    predecessor_id     BIGINT NOT NULL REFERENCES organization (id),
    successor_id       BIGINT REFERENCES organization (id),
    PRIMARY KEY (reorganization_id, position)
);
CREATE INDEX reorganization_transition_pred_ix ON reorganization_transition (predecessor_id);
CREATE INDEX reorganization_transition_succ_ix ON reorganization_transition (successor_id);

CREATE TABLE reorganization_journal (
    reorganization_id  BIGINT NOT NULL REFERENCES reorganization (id),
    table_name         VARCHAR(64) NOT NULL,
    row_id             BIGINT NOT NULL,
    before_image       JSONB,
    after_image        JSONB,
    PRIMARY KEY (reorganization_id, table_name, row_id)
);

-- People and the positions they hold. Only what the work needs: name, police rank, positions with dates.
CREATE TABLE person (
    id           BIGSERIAL PRIMARY KEY,
    full_name    VARCHAR(200) NOT NULL,
    name_folded  VARCHAR(200) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE person_rank (
    id          BIGSERIAL PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    rank        VARCHAR(40) NOT NULL,
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    CONSTRAINT person_rank_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT person_rank_no_overlap EXCLUDE USING gist
        (person_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX person_rank_person_ix ON person_rank (person_id);

-- A person may hold several positions at once (kiêm nhiệm); concurrent marks the ones held alongside a main one.
CREATE TABLE position (
    id               BIGSERIAL PRIMARY KEY,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    title            VARCHAR(40) NOT NULL,
    concurrent       BOOLEAN NOT NULL DEFAULT FALSE,
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT position_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX position_person_ix ON position (person_id);
CREATE INDEX position_organization_ix ON position (organization_id);
