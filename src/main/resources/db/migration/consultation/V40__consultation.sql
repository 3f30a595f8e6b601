-- Consultation on drafts (module consultation, issue 11): drafts with versions and a provision tree whose ids stay
-- stable across versions, consultation rounds with invited organisations that follow the registry's
-- reorganisations, comments per provision written and approved inside the invited organisation and submitted once
-- per round, a disposition for every comment (tiếp thu / tiếp thu một phần / giải trình), internal notes of the
-- drafting body, groups of near-duplicate comments answered once, and reminders sent once.

CREATE TABLE consultation_draft (
    id                        BIGSERIAL     PRIMARY KEY,
    title                     VARCHAR(500)  NOT NULL,
    summary                   VARCHAR(4000),
    -- the drafting body: its members read everything of the draft, its staff run the consultation
    drafting_organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    -- the body the draft goes to once consulted, as written (e.g. “Ban Bí thư”)
    addressee                 VARCHAR(300),
    -- secrecy of the draft on the clearance scale (NONE, CONFIDENTIAL, SECRET, TOP_SECRET): above a reader's
    -- clearance the draft, its rounds and comments do not exist for that reader
    secrecy                   VARCHAR(20)   NOT NULL DEFAULT 'NONE',
    -- the register's document once the draft is issued
    issued_document_id        BIGINT        REFERENCES document (id),
    created_by                VARCHAR(64)   NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by                VARCHAR(64),
    updated_at                TIMESTAMPTZ,
    version                   BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX consultation_draft_org_ix ON consultation_draft (drafting_organization_id);

-- Dự thảo 1, 2, …: a version's provisions are frozen once a round consults it (frozen_at).
CREATE TABLE consultation_version (
    id                BIGSERIAL     PRIMARY KEY,
    draft_id          BIGINT        NOT NULL REFERENCES consultation_draft (id) ON DELETE CASCADE,
    number            INTEGER       NOT NULL CHECK (number >= 1),
    label             VARCHAR(100)  NOT NULL,              -- “Dự thảo 1”
    note              VARCHAR(2000),
    source_file_name  VARCHAR(255),                        -- the DOCX it was imported from, if any
    frozen_at         TIMESTAMPTZ,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (draft_id, number)
);

-- The identity of a provision (Chương / Mục / Điều / Khoản / Điểm) across the versions of one draft. Comments,
-- dispositions and redlines refer to it; its text in each version is a consultation_provision_text row.
CREATE TABLE consultation_provision (
    id          BIGSERIAL     PRIMARY KEY,
    draft_id    BIGINT        NOT NULL REFERENCES consultation_draft (id) ON DELETE CASCADE,
    kind        VARCHAR(20)   NOT NULL,   -- CHAPTER, SECTION, ARTICLE, CLAUSE, POINT
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX consultation_provision_draft_ix ON consultation_provision (draft_id);

-- A provision as it stands in one version: its place in the tree (parent, position in document order), its label as
-- numbered in that version (“Điều 5”, “1.”, “a)”), heading and body. change says how it came from the previous
-- version (NEW in version 1; then UNCHANGED, EDITED, MOVED, MOVED_EDITED, ADDED, SPLIT, MERGED); the provisions of
-- the previous version it came from are in consultation_provision_origin.
CREATE TABLE consultation_provision_text (
    id            BIGSERIAL     PRIMARY KEY,
    version_id    BIGINT        NOT NULL REFERENCES consultation_version (id) ON DELETE CASCADE,
    provision_id  BIGINT        NOT NULL REFERENCES consultation_provision (id) ON DELETE CASCADE,
    parent_id     BIGINT        REFERENCES consultation_provision (id),   -- the parent provision in this version
    position      INTEGER       NOT NULL,                                  -- document order within the version
    label         VARCHAR(100)  NOT NULL,
    heading       VARCHAR(1000),
    body          TEXT          NOT NULL DEFAULT '',
    change        VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    updated_by    VARCHAR(64),
    updated_at    TIMESTAMPTZ,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (version_id, provision_id),
    UNIQUE (version_id, position)
);
CREATE INDEX consultation_provision_text_provision_ix ON consultation_provision_text (provision_id);

-- Lineage between consecutive versions: the provision of version_id came from source_provision_id of the previous
-- version (one row for an edited or moved provision, which keeps its id; a split gives each part a row to the one
-- source; a merge gives the merged provision a row to each source).
CREATE TABLE consultation_provision_origin (
    version_id           BIGINT  NOT NULL REFERENCES consultation_version (id) ON DELETE CASCADE,
    provision_id         BIGINT  NOT NULL REFERENCES consultation_provision (id) ON DELETE CASCADE,
    source_provision_id  BIGINT  NOT NULL REFERENCES consultation_provision (id) ON DELETE CASCADE,
    PRIMARY KEY (version_id, provision_id, source_provision_id)
);

-- A consultation round on one version. late_policy FLAG accepts a submission after the deadline and marks it late;
-- REFUSE refuses it. dispositions_published shows each invitee the dispositions of its own comments.
CREATE TABLE consultation_round (
    id                      BIGSERIAL     PRIMARY KEY,
    draft_id                BIGINT        NOT NULL REFERENCES consultation_draft (id) ON DELETE CASCADE,
    version_id              BIGINT        NOT NULL REFERENCES consultation_version (id),
    title                   VARCHAR(500)  NOT NULL,
    instructions            VARCHAR(4000),
    opens_on                DATE          NOT NULL,
    deadline                TIMESTAMPTZ   NOT NULL,
    late_policy             VARCHAR(10)   NOT NULL DEFAULT 'FLAG' CHECK (late_policy IN ('FLAG', 'REFUSE')),
    -- how the invitation list was made (“all provincial Party committees and police forces as of”), for the page
    invited_as_of           DATE,
    status                  VARCHAR(20)   NOT NULL DEFAULT 'OPEN',   -- OPEN, CLOSED
    dispositions_published  BOOLEAN       NOT NULL DEFAULT false,
    created_by              VARCHAR(64)   NOT NULL,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    closed_at               TIMESTAMPTZ,
    version                 BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX consultation_round_draft_ix ON consultation_round (draft_id);

-- One invitation per round and invited organisation. status: NOT_OPENED, DRAFTING, SUBMITTED, NO_COMMENTS (the
-- invitee answered that it has none); LATE is shown, not stored: no answer after the deadline, or late = true.
-- Submission is once per invitation, idempotent by (invitation, idempotency key).
CREATE TABLE consultation_invitation (
    id                BIGSERIAL     PRIMARY KEY,
    round_id          BIGINT        NOT NULL REFERENCES consultation_round (id) ON DELETE CASCADE,
    organization_id   BIGINT        NOT NULL REFERENCES organization (id),   -- invited (never changes)
    status            VARCHAR(20)   NOT NULL DEFAULT 'NOT_OPENED',
    opened_at         TIMESTAMPTZ,
    submitted_at      TIMESTAMPTZ,
    submitted_by      VARCHAR(64),
    -- the organisation that submitted (the carrier then; a successor after a merge)
    submitted_by_organization_id BIGINT REFERENCES organization (id),
    late              BOOLEAN       NOT NULL DEFAULT false,
    idempotency_key   VARCHAR(100),
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (round_id, organization_id),
    CHECK (status NOT IN ('SUBMITTED', 'NO_COMMENTS') OR submitted_at IS NOT NULL)
);
CREATE INDEX consultation_invitation_org_ix ON consultation_invitation (organization_id);

-- Who holds an invitation over time, as tracking_carrier: the invitee from the round's opening; a reorganisation
-- that ends the holder (merge, split, close) ends its row the day before the effective date and adds one for the
-- successor, who inherits the invitation and every comment written for it. The undo deletes the added rows and gives
-- the ended ones back their former end. Members of any holder (at any time) read the invitation and its comments.
CREATE TABLE consultation_invitation_holder (
    id                              BIGSERIAL   PRIMARY KEY,
    invitation_id                   BIGINT      NOT NULL REFERENCES consultation_invitation (id) ON DELETE CASCADE,
    organization_id                 BIGINT      NOT NULL REFERENCES organization (id),
    valid_from                      DATE        NOT NULL,
    valid_to                        DATE,
    reorganization_id               BIGINT,
    ended_by_reorganization_id      BIGINT,
    valid_to_before_reorganization  DATE,
    created_at                      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from - 1)
);
CREATE INDEX consultation_holder_invitation_ix ON consultation_invitation_holder (invitation_id);
CREATE INDEX consultation_holder_org_ix ON consultation_invitation_holder (organization_id);
CREATE UNIQUE INDEX consultation_holder_added_ux
    ON consultation_invitation_holder (invitation_id, organization_id, reorganization_id)
    WHERE reorganization_id IS NOT NULL;
CREATE INDEX consultation_holder_reorganization_ix ON consultation_invitation_holder (reorganization_id)
    WHERE reorganization_id IS NOT NULL;
CREATE INDEX consultation_holder_ended_by_ix ON consultation_invitation_holder (ended_by_reorganization_id)
    WHERE ended_by_reorganization_id IS NOT NULL;

-- Groups of near-duplicate comments of one round, answered once: the group's disposition is written to each member.
CREATE TABLE consultation_comment_group (
    id          BIGSERIAL     PRIMARY KEY,
    round_id    BIGINT        NOT NULL REFERENCES consultation_round (id) ON DELETE CASCADE,
    label       VARCHAR(300)  NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version     BIGINT        NOT NULL DEFAULT 0
);

-- A comment on one provision of the round's version (optionally on a quoted range of its body). status: DRAFT
-- (written by the invitee's staff), APPROVED (by the invitee's LEADER), SUBMITTED (with the invitation's
-- submission). The disposition (ACCEPTED, PARTLY_ACCEPTED, EXPLAINED) is written by the drafting body's staff on a
-- SUBMITTED comment; EXPLAINED and PARTLY_ACCEPTED need a reason. changed_provision_id links an accepted comment to
-- the provision it changed in a later version (changed_version_id).
CREATE TABLE consultation_comment (
    id                     BIGSERIAL     PRIMARY KEY,
    round_id               BIGINT        NOT NULL REFERENCES consultation_round (id) ON DELETE CASCADE,
    invitation_id          BIGINT        NOT NULL REFERENCES consultation_invitation (id) ON DELETE CASCADE,
    provision_id           BIGINT        NOT NULL REFERENCES consultation_provision (id),
    quote                  VARCHAR(2000),            -- the commented range of the provision's text, if any
    quote_start            INTEGER,                  -- its character offsets in the body (NFC), if any
    quote_end              INTEGER,
    body                   VARCHAR(8000) NOT NULL,
    proposal               VARCHAR(8000),            -- proposed wording, if any
    -- the body folded (lower case, no diacritics) for near-duplicate grouping (pg_trgm)
    body_folded            VARCHAR(8000) NOT NULL,
    status                 VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',   -- DRAFT, APPROVED, SUBMITTED
    written_by             VARCHAR(64)   NOT NULL,
    written_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    approved_by            VARCHAR(64),
    approved_at            TIMESTAMPTZ,
    submitted_at           TIMESTAMPTZ,
    disposition            VARCHAR(20),              -- ACCEPTED, PARTLY_ACCEPTED, EXPLAINED
    disposition_reason     VARCHAR(4000),
    disposed_by            VARCHAR(64),
    disposed_at            TIMESTAMPTZ,
    group_id               BIGINT        REFERENCES consultation_comment_group (id) ON DELETE SET NULL,
    assigned_to            VARCHAR(64),              -- the drafter (username) who prepares the disposition
    changed_provision_id   BIGINT        REFERENCES consultation_provision (id),
    changed_version_id     BIGINT        REFERENCES consultation_version (id),
    version                BIGINT        NOT NULL DEFAULT 0,
    CHECK (quote_start IS NULL OR (quote_end IS NOT NULL AND quote_end >= quote_start AND quote_start >= 0)),
    CHECK (disposition IS NULL OR status = 'SUBMITTED'),
    CHECK (disposition IS NULL OR disposition = 'ACCEPTED' OR disposition_reason IS NOT NULL)
);
CREATE INDEX consultation_comment_round_ix ON consultation_comment (round_id, provision_id);
CREATE INDEX consultation_comment_invitation_ix ON consultation_comment (invitation_id);
CREATE INDEX consultation_comment_group_ix ON consultation_comment (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX consultation_comment_folded_trgm ON consultation_comment USING gin (body_folded gin_trgm_ops);

-- Files attached to a comment: in the document module's file store (document_file, through FileStore).
CREATE TABLE consultation_attachment (
    id            BIGSERIAL     PRIMARY KEY,
    comment_id    BIGINT        NOT NULL REFERENCES consultation_comment (id) ON DELETE CASCADE,
    file_id       BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX consultation_attachment_comment_ix ON consultation_attachment (comment_id);

-- Notes of the drafting body on a comment: never shown outside the drafting body (not to the invitee, not in the
-- consolidated report).
CREATE TABLE consultation_internal_note (
    id          BIGSERIAL     PRIMARY KEY,
    comment_id  BIGINT        NOT NULL REFERENCES consultation_comment (id) ON DELETE CASCADE,
    body        VARCHAR(4000) NOT NULL,
    written_by  VARCHAR(64)   NOT NULL,
    written_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX consultation_internal_note_comment_ix ON consultation_internal_note (comment_id);

-- Reminders to invitees that have not answered, each (invitation, kind, day) claimed once across instances.
CREATE TABLE consultation_reminder (
    invitation_id  BIGINT       NOT NULL REFERENCES consultation_invitation (id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL,   -- BEFORE_DEADLINE, OVERDUE
    sent_on        DATE         NOT NULL,
    sent_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (invitation_id, kind, sent_on)
);
