-- Accounts whose organisation a reorganisation ended (merged away, split, closed): administrators reassign them.
-- Written by the account module's listener on OrganizationsReorganized, once per reorganisation and account;
-- removed again when the reorganisation is undone. An account no longer counts once it belongs elsewhere.
CREATE TABLE account_reassignment (
    reorganization_id        BIGINT      NOT NULL,
    user_id                  BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    former_organization_id   BIGINT      NOT NULL,
    proposed_organization_id BIGINT,
    effective_date           DATE        NOT NULL,
    recorded_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (reorganization_id, user_id)
);
CREATE INDEX account_reassignment_user_idx ON account_reassignment (user_id);
