-- Periodic information exchange (module reporting): templates with versioned indicators, periods with cut-off
-- windows and deadlines, dated assignments of reporters, submissions with their values and history, approval up the
-- hierarchy, lock exceptions, reminders, and the roll-up totals kept up to date inside the acceptance transaction.
-- Every table is prefixed report_; organisations are the registry's (organization.id), users are account logins.

-- ---------------------------------------------------------------------------------------------------------------
-- Templates (package template)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE report_template (
    id                  BIGSERIAL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL UNIQUE,
    name                VARCHAR(300)  NOT NULL,
    name_folded         VARCHAR(300)  NOT NULL,
    description         VARCHAR(4000),
    -- periodic MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY; AD_HOC (đột xuất) and THEMATIC (chuyên đề) have periods
    -- created one by one
    frequency           VARCHAR(20)   NOT NULL,
    -- the organisation that designs the template and receives the provinces' reports (the central staff agency)
    owner_id            BIGINT        NOT NULL REFERENCES organization (id),
    -- cut-off window: data from (cutoff_day + 1) of the month before the period's last month to cutoff_day of the
    -- last month; 14 = Nghị định 09/2019 (15th of the previous month to the 14th); NULL = the calendar period
    cutoff_day          INT           CHECK (cutoff_day BETWEEN 1 AND 28),
    -- the due date is due_day of the period's last month (Điều 13: the 25th) plus due_offset_months; the lock date
    -- lock_after_days after the due date (NULL: never locked)
    due_day             INT           NOT NULL DEFAULT 25 CHECK (due_day BETWEEN 1 AND 31),
    due_offset_months   INT           NOT NULL DEFAULT 0 CHECK (due_offset_months BETWEEN 0 AND 12),
    lock_after_days     INT           CHECK (lock_after_days >= 0),
    -- whether levels above see a submission before it is accepted (ACCESS.md: "as the template's visibility
    -- setting allows"); the submitting organisation's own scope always does
    unaccepted_visible  BOOLEAN       NOT NULL DEFAULT FALSE,
    -- reminders, in days before (negative) and after (positive) the due date, e.g. {-3,1,5}
    reminder_days       INT[]         NOT NULL DEFAULT '{-3,1}',
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by          VARCHAR(64),
    updated_at          TIMESTAMPTZ
);

-- A template's versions: a period uses the published version in force on its first day.
CREATE TABLE report_template_version (
    id            BIGSERIAL PRIMARY KEY,
    template_id   BIGINT       NOT NULL REFERENCES report_template (id),
    number        INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,                 -- DRAFT, PUBLISHED
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    published_by  VARCHAR(64),
    published_at  TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (template_id, number)
);
CREATE INDEX report_template_version_template_ix ON report_template_version (template_id, valid_from);

CREATE TABLE report_section (
    id          BIGSERIAL PRIMARY KEY,
    version_id  BIGINT       NOT NULL REFERENCES report_template_version (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    title       VARCHAR(300) NOT NULL
);
CREATE INDEX report_section_version_ix ON report_section (version_id);

-- Disaggregations (e.g. by sex: nam / nữ): an indicator with one is reported once per option.
CREATE TABLE report_disaggregation (
    id    BIGSERIAL PRIMARY KEY,
    code  VARCHAR(40)  NOT NULL UNIQUE,
    name  VARCHAR(300) NOT NULL
);
CREATE TABLE report_disaggregation_option (
    disaggregation_id  BIGINT       NOT NULL REFERENCES report_disaggregation (id),
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(300) NOT NULL,
    position           INT          NOT NULL,
    PRIMARY KEY (disaggregation_id, code)
);

-- Indicators: the code is stable across versions and unique across templates (the roll-up API takes it alone).
CREATE TABLE report_indicator (
    id                 BIGSERIAL PRIMARY KEY,
    version_id         BIGINT        NOT NULL REFERENCES report_template_version (id) ON DELETE CASCADE,
    section_id         BIGINT        NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(500)  NOT NULL,
    value_type         VARCHAR(20)   NOT NULL,           -- NUMBER, PERCENTAGE, TEXT, CHOICE, DATE
    unit               VARCHAR(40),
    required           BOOLEAN       NOT NULL DEFAULT FALSE,
    min_value          NUMERIC(20,4),
    max_value          NUMERIC(20,4),
    choices            TEXT[],                           -- CHOICE only
    aggregation        VARCHAR(10)   NOT NULL DEFAULT 'SUM', -- SUM, AVERAGE (numbers and percentages), NONE
    disaggregation_id  BIGINT        REFERENCES report_disaggregation (id),
    UNIQUE (version_id, code)
);
CREATE INDEX report_indicator_code_ix ON report_indicator (code);

-- Cross-field rules: left operator right, right being an indicator or a constant ("admitted <= candidates").
CREATE TABLE report_rule (
    id              BIGSERIAL PRIMARY KEY,
    version_id      BIGINT        NOT NULL REFERENCES report_template_version (id) ON DELETE CASCADE,
    position        INT           NOT NULL,
    left_code       VARCHAR(40)   NOT NULL,
    operator        VARCHAR(2)    NOT NULL CHECK (operator IN ('<', '<=', '=', '>=', '>')),
    right_code      VARCHAR(40),
    right_constant  NUMERIC(20,4),
    message         VARCHAR(500)  NOT NULL,
    CHECK ((right_code IS NULL) <> (right_constant IS NULL))
);
CREATE INDEX report_rule_version_ix ON report_rule (version_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Periods and reporters (package period)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE report_period (
    id            BIGSERIAL PRIMARY KEY,
    template_id   BIGINT       NOT NULL REFERENCES report_template (id),
    code          VARCHAR(40)  NOT NULL,                 -- 2024-01, 2024-Q1, 2024-H1, 2024, or the ad hoc code
    name          VARCHAR(300) NOT NULL,                 -- "Tháng 01/2024", "Quý I/2024" ...
    starts_on     DATE         NOT NULL,                 -- calendar period (roll-up ranges, hierarchy date)
    ends_on       DATE         NOT NULL,
    data_from     DATE         NOT NULL,                 -- cut-off window of the data
    data_to       DATE         NOT NULL,
    due_on        DATE         NOT NULL,
    locked_on     DATE,                                  -- from this day on, submitting needs an exception
    UNIQUE (template_id, code),
    CHECK (starts_on <= ends_on AND data_from <= data_to)
);
CREATE INDEX report_period_range_ix ON report_period (template_id, starts_on, ends_on);

-- Who is expected to report a template, over a dated interval (valid_to inclusive, NULL open). An organisation is
-- expected for a period when an assignment and the organisation itself are in force on the period's last day.
CREATE TABLE report_assignment (
    id               BIGSERIAL PRIMARY KEY,
    template_id      BIGINT      NOT NULL REFERENCES report_template (id),
    organization_id  BIGINT      NOT NULL REFERENCES organization (id),
    valid_from       DATE        NOT NULL,
    valid_to         DATE,
    -- the assignment this one continues after a reorganisation (the successor inherits the predecessor's)
    inherited_from   BIGINT      REFERENCES report_assignment (id),
    reorganization_id BIGINT,
    created_by       VARCHAR(64) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX report_assignment_template_ix ON report_assignment (template_id, valid_from);
CREATE INDEX report_assignment_org_ix ON report_assignment (organization_id);

-- An exception lets an organisation submit after the lock date, until a day.
CREATE TABLE report_lock_exception (
    id               BIGSERIAL PRIMARY KEY,
    period_id        BIGINT        NOT NULL REFERENCES report_period (id),
    organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    until            DATE          NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    granted_by       VARCHAR(64)   NOT NULL,
    granted_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (period_id, organization_id)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Submissions (packages submission and review)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE report_submission (
    id                   BIGSERIAL PRIMARY KEY,
    period_id            BIGINT        NOT NULL REFERENCES report_period (id),
    template_version_id  BIGINT        NOT NULL REFERENCES report_template_version (id),
    organization_id      BIGINT        NOT NULL REFERENCES organization (id),
    status               VARCHAR(20)   NOT NULL,         -- DRAFT, SUBMITTED, ACCEPTED, RETURNED
    late                 BOOLEAN       NOT NULL DEFAULT FALSE,
    first_submitted_at   TIMESTAMPTZ,
    submitted_at         TIMESTAMPTZ,
    submitted_by         VARCHAR(64),
    reviewed_at          TIMESTAMPTZ,
    reviewed_by          VARCHAR(64),
    return_reason        VARCHAR(2000),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by           VARCHAR(64),
    updated_at           TIMESTAMPTZ,
    version              BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (period_id, organization_id)
);
CREATE INDEX report_submission_org_ix ON report_submission (organization_id);
CREATE INDEX report_submission_status_ix ON report_submission (status, period_id);

-- One row per indicator (and disaggregation option, '' when none); a number, a text, a choice or a date.
CREATE TABLE report_value (
    submission_id   BIGINT         NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
    indicator_code  VARCHAR(40)    NOT NULL,
    option_code     VARCHAR(40)    NOT NULL DEFAULT '',
    number_value    NUMERIC(20,4),
    text_value      VARCHAR(4000),
    date_value      DATE,
    PRIMARY KEY (submission_id, indicator_code, option_code)
);
CREATE INDEX report_value_indicator_ix ON report_value (indicator_code, submission_id);

-- Every change of a value: old and new (as text), who and when.
CREATE TABLE report_value_change (
    id              BIGSERIAL PRIMARY KEY,
    submission_id   BIGINT        NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
    indicator_code  VARCHAR(40)   NOT NULL,
    option_code     VARCHAR(40)   NOT NULL DEFAULT '',
    old_value       VARCHAR(4000),
    new_value       VARCHAR(4000),
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX report_value_change_submission_ix ON report_value_change (submission_id, changed_at);

-- The submission's life: CREATED, SUBMITTED, RESUBMITTED, ACCEPTED, RETURNED, REOPENED.
CREATE TABLE report_submission_event (
    id             BIGSERIAL PRIMARY KEY,
    submission_id  BIGINT        NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
    action         VARCHAR(20)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    late           BOOLEAN       NOT NULL DEFAULT FALSE,
    reason         VARCHAR(2000)
);
CREATE INDEX report_submission_event_submission_ix ON report_submission_event (submission_id, at);

-- Idempotent submitting: the first request with a key stores its outcome; a retry with the same key and the same
-- request gets the same outcome; the same key with another request is refused.
CREATE TABLE report_idempotency (
    actor          VARCHAR(64)   NOT NULL,
    key            VARCHAR(100)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    submission_id  BIGINT        NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, key)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Reminders (package reminder): one row per reminder sent, so each is sent once even with several instances
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE report_reminder (
    period_id        BIGINT       NOT NULL REFERENCES report_period (id),
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    offset_days      INT          NOT NULL,
    sent_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recipients       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (period_id, organization_id, offset_days)
);

-- In-app notifications of the organisation's users (reminders, returned submissions).
CREATE TABLE report_notification (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    period_id        BIGINT        REFERENCES report_period (id),
    submission_id    BIGINT        REFERENCES report_submission (id) ON DELETE CASCADE,
    kind             VARCHAR(20)   NOT NULL,             -- REMINDER, RETURNED, ACCEPTED
    message_key      VARCHAR(100)  NOT NULL,
    arguments        TEXT[]        NOT NULL DEFAULT '{}',
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at          TIMESTAMPTZ
);
CREATE INDEX report_notification_org_ix ON report_notification (organization_id, created_at DESC);

-- ---------------------------------------------------------------------------------------------------------------
-- Roll-up (package rollup): totals per indicator, organisation (every ancestor of the reporter, itself included)
-- and period, in two hierarchies: H = as in force on the period's last day, C = mapped onto today's hierarchy
-- (through the reporter's successors). Kept by the acceptance transaction and by reorganisations; always equal to
-- the sum over the accepted raw values (RollupConsistencyTests).
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE report_total (
    hierarchy        CHAR(1)        NOT NULL CHECK (hierarchy IN ('H', 'C')),
    indicator_code   VARCHAR(40)    NOT NULL,
    organization_id  BIGINT         NOT NULL,
    period_id        BIGINT         NOT NULL REFERENCES report_period (id),
    value_sum        NUMERIC(24,4)  NOT NULL,
    value_count      BIGINT         NOT NULL,
    PRIMARY KEY (hierarchy, indicator_code, organization_id, period_id)
);

-- Where an accepted submission's values were counted: every ancestor (itself included) in each hierarchy. Taking a
-- submission back subtracts from exactly these rows, even if the hierarchy has changed since; a reorganisation
-- recounts the submissions whose ancestors it changes.
CREATE TABLE report_contribution (
    submission_id    BIGINT   NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
    hierarchy        CHAR(1)  NOT NULL CHECK (hierarchy IN ('H', 'C')),
    organization_id  BIGINT   NOT NULL,
    PRIMARY KEY (submission_id, hierarchy, organization_id)
);
CREATE INDEX report_contribution_org_ix ON report_contribution (organization_id);
