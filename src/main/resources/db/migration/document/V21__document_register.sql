-- The document register (module document). Versions are one sequence across all modules' folders.

-- Document types, party (36-HD/VPTW) and state (Nghị định 30/2020/NĐ-CP), with the abbreviation written in the
-- notation. Types that print the same abbreviation share a numbering series (party Quyết định and Quy định: QĐ).
CREATE TABLE document_type (
    code          VARCHAR(40)  PRIMARY KEY,
    kind          VARCHAR(10)  NOT NULL CHECK (kind IN ('PARTY', 'STATE')),
    name          VARCHAR(120) NOT NULL,
    abbreviation  VARCHAR(10),
    confirmed     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order    INTEGER      NOT NULL
);

INSERT INTO document_type (code, kind, name, abbreviation, confirmed, sort_order) VALUES
    ('PARTY_NQ',  'PARTY', 'Nghị quyết',  'NQ',  TRUE,  1),
    ('PARTY_QD',  'PARTY', 'Quyết định',  'QĐ',  TRUE,  2),
    ('PARTY_QDI', 'PARTY', 'Quy định',    'QĐ',  TRUE,  3),
    ('PARTY_QC',  'PARTY', 'Quy chế',     'QC',  FALSE, 4),
    ('PARTY_CT',  'PARTY', 'Chỉ thị',     'CT',  TRUE,  5),
    ('PARTY_KL',  'PARTY', 'Kết luận',    'KL',  TRUE,  6),
    ('PARTY_TT',  'PARTY', 'Thông tri',   'TT',  FALSE, 7),
    ('PARTY_HD',  'PARTY', 'Hướng dẫn',   'HD',  TRUE,  8),
    ('PARTY_KH',  'PARTY', 'Kế hoạch',    'KH',  TRUE,  9),
    ('PARTY_TB',  'PARTY', 'Thông báo',   'TB',  FALSE, 10),
    ('PARTY_BC',  'PARTY', 'Báo cáo',     'BC',  FALSE, 11),
    ('PARTY_TTR', 'PARTY', 'Tờ trình',    'TTr', FALSE, 12),
    ('PARTY_CTR', 'PARTY', 'Chương trình','CTr', FALSE, 13),
    ('PARTY_CV',  'PARTY', 'Công văn',    'CV',  TRUE,  14),
    ('PARTY_BB',  'PARTY', 'Biên bản',    'BB',  FALSE, 15),
    ('PARTY_DA',  'PARTY', 'Đề án',       'ĐA',  FALSE, 16),
    ('STATE_NQ',  'STATE', 'Nghị quyết',  'NQ',  TRUE,  21),
    ('STATE_QD',  'STATE', 'Quyết định',  'QĐ',  TRUE,  22),
    ('STATE_CT',  'STATE', 'Chỉ thị',     'CT',  TRUE,  23),
    ('STATE_QC',  'STATE', 'Quy chế',     'QC',  TRUE,  24),
    ('STATE_QYD', 'STATE', 'Quy định',    'QyĐ', TRUE,  25),
    ('STATE_TB',  'STATE', 'Thông báo',   'TB',  TRUE,  26),
    ('STATE_HD',  'STATE', 'Hướng dẫn',   'HD',  TRUE,  27),
    ('STATE_KH',  'STATE', 'Kế hoạch',    'KH',  TRUE,  28),
    ('STATE_BC',  'STATE', 'Báo cáo',     'BC',  TRUE,  29),
    ('STATE_TTR', 'STATE', 'Tờ trình',    'TTr', TRUE,  30),
    ('STATE_CV',  'STATE', 'Công văn',    NULL,  TRUE,  31);

-- Terms (nhiệm kỳ) of issuing committees: party documents are numbered per type within a term. A row with no
-- issuer applies to every issuer without a row of its own. Configurable data, not code.
CREATE TABLE document_term (
    id          BIGSERIAL    PRIMARY KEY,
    issuer_id   BIGINT       REFERENCES organization (id),
    name        VARCHAR(120) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

INSERT INTO document_term (issuer_id, name, starts_on, ends_on) VALUES
    (NULL, 'Nhiệm kỳ 2010 - 2015', DATE '2010-01-01', DATE '2015-12-31'),
    (NULL, 'Nhiệm kỳ 2015 - 2020', DATE '2016-01-01', DATE '2020-12-31'),
    (NULL, 'Nhiệm kỳ 2020 - 2025', DATE '2021-01-01', DATE '2025-12-31'),
    (NULL, 'Nhiệm kỳ 2025 - 2030', DATE '2026-01-01', DATE '2030-12-31');

CREATE TABLE document (
    id                BIGSERIAL     PRIMARY KEY,
    version           INTEGER       NOT NULL DEFAULT 0,
    kind              VARCHAR(10)   NOT NULL CHECK (kind IN ('PARTY', 'STATE')),
    type_code         VARCHAR(40)   NOT NULL REFERENCES document_type (code),
    number            INTEGER       CHECK (number IS NULL OR number BETWEEN 1 AND 999999),
    -- canonical notation as printed after "Số" (90-QĐ/TW, 04/CT-BCA); NULL for a draft without a number
    notation          VARCHAR(80),
    -- the numbering series the number belongs to, e.g. PARTY|QĐ|<issuer id>|2021-01-01 or STATE|CT|<issuer id>|2024
    series_key        VARCHAR(160),
    issuer_id         BIGINT        NOT NULL REFERENCES organization (id),
    issued_on         DATE,
    place             VARCHAR(120),
    signer_person_id  BIGINT,
    signer_name       VARCHAR(200),
    signer_position   VARCHAR(200),
    -- T/M (thay mặt) or K/T (ký thay), NULL when the signer signs in their own name
    signing_authority VARCHAR(4)    CHECK (signing_authority IN ('TM', 'KT')),
    title             VARCHAR(1000) NOT NULL,
    summary           TEXT,
    body              TEXT,
    -- text extracted from the current version of every attachment (written by the attachment store, read by search)
    attachment_text   TEXT,
    -- secrecy mark as the account module's clearance names: NONE (Thường), CONFIDENTIAL (Mật), SECRET (Tối mật),
    -- TOP_SECRET (Tuyệt mật)
    secrecy           VARCHAR(20)   NOT NULL DEFAULT 'NONE'
                      CHECK (secrecy IN ('NONE', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    urgency           VARCHAR(20)   NOT NULL DEFAULT 'NORMAL'
                      CHECK (urgency IN ('NORMAL', 'URGENT', 'VERY_URGENT', 'FLASH')),
    status            VARCHAR(20)   NOT NULL DEFAULT 'DRAFT'
                      CHECK (status IN ('DRAFT', 'ISSUED', 'IN_FORCE', 'REPLACED', 'EXPIRED')),
    effective_from    DATE,
    effective_to      DATE,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from),
    CHECK (status = 'DRAFT' OR (number IS NOT NULL AND notation IS NOT NULL AND issued_on IS NOT NULL))
);

-- A number is taken once per series, also when two users take the last number at the same moment.
CREATE UNIQUE INDEX document_series_number ON document (series_key, number) WHERE number IS NOT NULL;
CREATE INDEX document_issuer ON document (issuer_id, issued_on);
CREATE INDEX document_issued_on ON document (issued_on);
CREATE INDEX document_status ON document (status);

-- Nơi nhận: a registered organisation or free text ("Lưu VP"), in the printed order.
CREATE TABLE document_recipient (
    document_id     BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    organization_id BIGINT       REFERENCES organization (id),
    text            VARCHAR(300) NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX document_recipient_organization ON document_recipient (organization_id);

CREATE TABLE document_tag (
    document_id BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    tag         VARCHAR(80)  NOT NULL,
    PRIMARY KEY (document_id, tag)
);
CREATE INDEX document_tag_tag ON document_tag (tag);

-- source --kind--> target: 118-KH/ĐUCA IMPLEMENTS 12-NQ/TW; a REPLACES relation marks the target REPLACED.
CREATE TABLE document_relation (
    id          BIGSERIAL    PRIMARY KEY,
    source_id   BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    target_id   BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('IMPLEMENTS', 'GUIDES', 'REPLACES', 'AMENDS', 'REVIEWS', 'CITES')),
    note        VARCHAR(500),
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (source_id <> target_id),
    UNIQUE (source_id, target_id, kind)
);
CREATE INDEX document_relation_target ON document_relation (target_id);
