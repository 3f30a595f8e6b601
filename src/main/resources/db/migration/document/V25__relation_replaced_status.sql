-- A "replaces" relation marks its target REPLACED; the status the target had before is kept on the relation, so that
-- removing the relation restores it.
ALTER TABLE document_relation ADD COLUMN replaced_status VARCHAR(20)
    CHECK (replaced_status IN ('ISSUED', 'IN_FORCE', 'EXPIRED'));
CREATE INDEX document_relation_source ON document_relation (source_id);
