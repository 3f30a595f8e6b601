-- Files of other modules kept by the document module's file store (issue 10: evidence of tracking progress), with
-- the same checks, columns and constraints as attachment_version (V23): bytea in PostgreSQL, type detected from the
-- bytes, SHA-256, written in the caller's transaction so that a file and the row that refers to it are stored
-- together or not at all. The caller (its module) decides who may read a file; purpose names the caller's use.
CREATE TABLE document_file (
    id               BIGSERIAL     PRIMARY KEY,
    -- what the file is for, e.g. TRACKING_EVIDENCE
    purpose          VARCHAR(40)   NOT NULL CHECK (purpose ~ '^[A-Z][A-Z0-9_]*$'),
    -- the original file name (NFC, without path, control or reserved characters)
    file_name        VARCHAR(255)  NOT NULL,
    -- detected from the bytes, never taken from the client
    media_type       VARCHAR(100)  NOT NULL CHECK (media_type IN ('application/pdf',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         'image/png', 'image/jpeg')),
    size_bytes       BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256           CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content          BYTEA         NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (octet_length(content) = size_bytes)
);
ALTER TABLE document_file ALTER COLUMN content SET STORAGE EXTERNAL;
