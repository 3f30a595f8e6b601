-- Attachments of documents and their versions (module document, the file store).
--
-- Files are stored in PostgreSQL, as bytea, not under the data directory and not as large objects:
--  * one store that every instance behind the proxy shares with no extra setup (no shared disk to mount);
--  * a file, its metadata, the document's attachment text and the audit row are written in ONE transaction, so an
--    upload is fully stored or not at all (no orphan files after a crash, no row pointing at a missing file);
--  * the documented pg_dump backup covers the files with everything else (large objects would need their own
--    handling in selective dumps and lo_unlink/vacuumlo for cleanup; bytea rows go with DELETE and CASCADE);
--  * files are at most phoihop.document.max-attachment-size (20 MB by default), far below bytea's 1 GB limit;
--    TOAST keeps them out of line, so listing attachments never reads their content.
-- Storage EXTERNAL: out of line but not compressed, because PDF, DOCX, XLSX, PNG and JPEG are compressed already.

CREATE TABLE attachment (
    id               BIGSERIAL     PRIMARY KEY,
    document_id      BIGINT        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    -- the attachment's name as first uploaded (NFC, sanitised); name_key is its lower-case form
    name             VARCHAR(255)  NOT NULL,
    name_key         VARCHAR(255)  NOT NULL,
    current_version  INTEGER       NOT NULL DEFAULT 0 CHECK (current_version >= 0),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- soft delete: the versions stay (and in the audit trail), the attachment leaves the document
    deleted_by       VARCHAR(100),
    deleted_at       TIMESTAMPTZ,
    CHECK ((deleted_by IS NULL) = (deleted_at IS NULL))
);

-- Uploading a file with the same name to the same document adds a version instead of a second attachment.
CREATE UNIQUE INDEX attachment_document_name ON attachment (document_id, name_key) WHERE deleted_at IS NULL;
CREATE INDEX attachment_document ON attachment (document_id);

CREATE TABLE attachment_version (
    attachment_id    BIGINT        NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    version          INTEGER       NOT NULL CHECK (version >= 1),
    -- the original file name of this version (NFC, without path, control or reserved characters)
    file_name        VARCHAR(255)  NOT NULL,
    -- detected from the bytes, never taken from the client
    media_type       VARCHAR(100)  NOT NULL CHECK (media_type IN ('application/pdf',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         'image/png', 'image/jpeg')),
    size_bytes       BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256           CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content          BYTEA         NOT NULL,
    -- text for search (PDF, DOCX, XLSX; none for images), NFC, capped
    extracted_text   TEXT,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (attachment_id, version),
    CHECK (octet_length(content) = size_bytes)
);
ALTER TABLE attachment_version ALTER COLUMN content SET STORAGE EXTERNAL;
