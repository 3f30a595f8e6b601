-- The organisation registry. Each row is one organisation with an effective period;
-- a provincial user's scope is the subtree of the province that contains their organisation.
CREATE TABLE organization (
    id            BIGSERIAL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    kind          VARCHAR(40)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    short_name    VARCHAR(120),
    abbreviation  VARCHAR(40),
    parent_id     BIGINT REFERENCES organization (id),
    valid_from    DATE NOT NULL DEFAULT DATE '1945-09-02',
    valid_to      DATE,
    name_folded   VARCHAR(300) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT organization_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX organization_parent_ix ON organization (parent_id);
CREATE INDEX organization_kind_ix ON organization (kind);
