-- Implementation tracking (module tracking, issue 10): plans attached to a source (a directive document, or any
-- other source through a generic link), task groups, tasks with milestones, assignments to organisations that
-- follow the registry's reorganisations (carriers), progress updates with evidence accepted or returned by the
-- assigning side, reminders sent once, and reviews (sơ kết, tổng kết).

CREATE TABLE tracking_plan (
    id                     BIGSERIAL     PRIMARY KEY,
    title                  VARCHAR(500)  NOT NULL,
    summary                VARCHAR(4000),
    -- the assigning side: the organisation that owns the plan, accepts progress and writes reviews
    owner_organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    -- whether the owner is a central body (its plans are read by everyone), fixed when the plan is created
    owner_central          BOOLEAN       NOT NULL,
    -- the source: a directive document of the register, or a generic link that later modules feed
    -- (source_type CONFERENCE_CONCLUSION, CONSULTATION, OTHER; source_ref their own id; source_label as shown)
    source_document_id     BIGINT        REFERENCES document (id),
    source_type            VARCHAR(40)   NOT NULL DEFAULT 'DOCUMENT',
    source_ref             VARCHAR(100),
    source_label           VARCHAR(500),
    starts_on              DATE          NOT NULL,
    ends_on                DATE,
    status                 VARCHAR(20)   NOT NULL DEFAULT 'ACTIVE',   -- ACTIVE, CLOSED
    created_by             VARCHAR(64)   NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by             VARCHAR(64),
    updated_at             TIMESTAMPTZ,
    version                BIGINT        NOT NULL DEFAULT 0,
    CHECK (source_type <> 'DOCUMENT' OR source_document_id IS NOT NULL),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX tracking_plan_document_ix ON tracking_plan (source_document_id);
CREATE INDEX tracking_plan_owner_ix ON tracking_plan (owner_organization_id);

CREATE TABLE tracking_task_group (
    id        BIGSERIAL     PRIMARY KEY,
    plan_id   BIGINT        NOT NULL REFERENCES tracking_plan (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    code      VARCHAR(20)   NOT NULL,                 -- "1" … "7", or "I", "II" as the source numbers them
    title     VARCHAR(500)  NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (plan_id, code)
);

CREATE TABLE tracking_task (
    id               BIGSERIAL     PRIMARY KEY,
    plan_id          BIGINT        NOT NULL REFERENCES tracking_plan (id) ON DELETE CASCADE,
    group_id         BIGINT        REFERENCES tracking_task_group (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL,
    code             VARCHAR(20)   NOT NULL,          -- "1.1", "1.2" …
    title            VARCHAR(1000) NOT NULL,
    description      VARCHAR(4000),
    due_on           DATE,                            -- default due date of its assignments
    -- NONE, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY: a recurring task is reported on every period
    recurrence       VARCHAR(20)   NOT NULL DEFAULT 'NONE',
    -- a reporting indicator that measures the task's target (a code of the reporting module, no foreign key)
    indicator_code   VARCHAR(40),
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (plan_id, code)
);
CREATE INDEX tracking_task_group_ix ON tracking_task (group_id);

-- Targets and milestones of a task (e.g. 2025 and 2030 in Resolution 12-NQ/TW).
CREATE TABLE tracking_milestone (
    id            BIGSERIAL     PRIMARY KEY,
    task_id       BIGINT        NOT NULL REFERENCES tracking_task (id) ON DELETE CASCADE,
    due_on        DATE          NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    target_value  NUMERIC(18,4),
    unit          VARCHAR(50)
);
CREATE INDEX tracking_milestone_task_ix ON tracking_milestone (task_id);

-- One assignment per task and organisation it was given to (LEAD or SUPPORT). The status and percentage are those
-- of the last ACCEPTED progress update (NOT_STARTED until one is accepted); "overdue" is not stored: it is
-- due_on < today and status <> 'DONE'.
CREATE TABLE tracking_assignment (
    id                  BIGSERIAL     PRIMARY KEY,
    task_id             BIGINT        NOT NULL REFERENCES tracking_task (id) ON DELETE CASCADE,
    organization_id     BIGINT        NOT NULL REFERENCES organization (id),   -- assigned to (never changes)
    role                VARCHAR(20)   NOT NULL DEFAULT 'LEAD',                  -- LEAD, SUPPORT
    due_on              DATE,
    -- "all provinces as of" a date: the date and the batch, so the page can say how the list was made
    resolved_as_of      DATE,
    batch_id            UUID,
    status              VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED',  -- NOT_STARTED, IN_PROGRESS, DONE, BLOCKED
    percent             INTEGER       NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    assigned_by         VARCHAR(64)   NOT NULL,
    assigned_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version             BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (task_id, organization_id)
);
CREATE INDEX tracking_assignment_org_ix ON tracking_assignment (organization_id);

-- Who carries an assignment over time. The first row is the assignee from the assignment's start; a reorganisation
-- that ends the carrier (merge, split, close) ends its row the day before the effective date and, for an open
-- assignment (status <> 'DONE'), adds a row for the successor from that date (reorganization_id). Undoing the
-- reorganisation deletes the rows it added and gives the ended ones back their former end.
CREATE TABLE tracking_carrier (
    id                              BIGSERIAL   PRIMARY KEY,
    assignment_id                   BIGINT      NOT NULL REFERENCES tracking_assignment (id) ON DELETE CASCADE,
    organization_id                 BIGINT      NOT NULL REFERENCES organization (id),
    valid_from                      DATE        NOT NULL,
    valid_to                        DATE,
    reorganization_id               BIGINT,     -- the reorganisation that added this row (NULL: the assignee)
    ended_by_reorganization_id      BIGINT,
    valid_to_before_reorganization  DATE,
    created_at                      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from - 1)
);
CREATE INDEX tracking_carrier_assignment_ix ON tracking_carrier (assignment_id);
CREATE INDEX tracking_carrier_org_ix ON tracking_carrier (organization_id);
CREATE UNIQUE INDEX tracking_carrier_added_ux ON tracking_carrier (assignment_id, organization_id, reorganization_id)
    WHERE reorganization_id IS NOT NULL;
CREATE INDEX tracking_carrier_reorganization_ix ON tracking_carrier (reorganization_id)
    WHERE reorganization_id IS NOT NULL;
CREATE INDEX tracking_carrier_ended_by_ix ON tracking_carrier (ended_by_reorganization_id)
    WHERE ended_by_reorganization_id IS NOT NULL;

-- A progress update by the carrier's staff; the assigning side accepts it (the assignment takes its status and
-- percentage) or returns it with a reason. Idempotent: (assignment, idempotency_key).
CREATE TABLE tracking_progress (
    id                BIGSERIAL     PRIMARY KEY,
    assignment_id     BIGINT        NOT NULL REFERENCES tracking_assignment (id) ON DELETE CASCADE,
    organization_id   BIGINT        NOT NULL REFERENCES organization (id),   -- the carrier that reported
    status            VARCHAR(20)   NOT NULL,        -- NOT_STARTED, IN_PROGRESS, DONE, BLOCKED
    percent           INTEGER       NOT NULL CHECK (percent BETWEEN 0 AND 100),
    narrative         VARCHAR(4000) NOT NULL,
    reported_by       VARCHAR(64)   NOT NULL,
    reported_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    review_status     VARCHAR(20)   NOT NULL DEFAULT 'PENDING',   -- PENDING, ACCEPTED, RETURNED
    reviewed_by       VARCHAR(64),
    reviewed_at       TIMESTAMPTZ,
    return_reason     VARCHAR(2000),
    idempotency_key   VARCHAR(100),
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (review_status <> 'RETURNED' OR return_reason IS NOT NULL)
);
CREATE INDEX tracking_progress_assignment_ix ON tracking_progress (assignment_id, reported_at DESC);
CREATE UNIQUE INDEX tracking_progress_idempotency_ux ON tracking_progress (assignment_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX tracking_progress_pending_ix ON tracking_progress (review_status) WHERE review_status = 'PENDING';

-- Evidence of a progress update: a file in the document module's file store (document_file, V39).
CREATE TABLE tracking_evidence (
    id            BIGSERIAL     PRIMARY KEY,
    progress_id   BIGINT        NOT NULL REFERENCES tracking_progress (id) ON DELETE CASCADE,
    file_id       BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX tracking_evidence_progress_ix ON tracking_evidence (progress_id);

-- One row per reminder sent: the unique key makes each reminder go out once, even with two instances.
CREATE TABLE tracking_reminder (
    id              BIGSERIAL     PRIMARY KEY,
    assignment_id   BIGINT        NOT NULL REFERENCES tracking_assignment (id) ON DELETE CASCADE,
    due_on          DATE          NOT NULL,
    offset_days     INTEGER       NOT NULL,   -- negative: before the due date, positive: after
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    sent_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (assignment_id, due_on, offset_days)
);

-- Reviews (sơ kết: INTERIM, tổng kết: FINAL) of a plan over a period; the report is generated from the same query
-- as the dashboard, so its numbers equal the dashboard's for the same plan and period.
CREATE TABLE tracking_review (
    id            BIGSERIAL     PRIMARY KEY,
    plan_id       BIGINT        NOT NULL REFERENCES tracking_plan (id) ON DELETE CASCADE,
    kind          VARCHAR(20)   NOT NULL,     -- INTERIM, FINAL
    title         VARCHAR(500)  NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    confirmed_by  VARCHAR(64),
    confirmed_at  TIMESTAMPTZ,
    version       BIGINT        NOT NULL DEFAULT 0,
    CHECK (period_to >= period_from)
);
CREATE INDEX tracking_review_plan_ix ON tracking_review (plan_id);
