-- Administrators within their scope (issue 6).
--
-- 1. Who created an account: an administrator may never change an account in their own chain of creators
--    (see Accounts), so an account they created cannot raise them.
ALTER TABLE user_account ADD COLUMN created_by BIGINT REFERENCES user_account (id);
CREATE INDEX user_account_created_by_ix ON user_account (created_by);

-- 2. The organisations an audit row is about, so that a provincial administrator's audit page filters in SQL:
--    a row is theirs when it names at least one organisation and every one it names is within their scope.
--    hash_version 2 rows include organization_ids in their hash (AuditTrail.hash); version 1 rows (written
--    before this migration) keep their original hash, and their organization_ids are derived below, outside
--    the hash, so the chain of existing rows stays valid.
ALTER TABLE audit_event ADD COLUMN organization_ids BIGINT[] NOT NULL DEFAULT '{}';
ALTER TABLE audit_event ADD COLUMN hash_version SMALLINT NOT NULL DEFAULT 1;
CREATE INDEX audit_event_organizations_ix ON audit_event USING gin (organization_ids);

-- The append-only trigger is lifted for this one derivation and restored in the same transaction.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update;
UPDATE audit_event e SET organization_ids = ARRAY[u.organization_id]
  FROM user_account u WHERE e.target_type = 'user' AND u.username = e.target_id;
UPDATE audit_event e SET organization_ids = ARRAY[o.id]
  FROM organization o WHERE e.target_type = 'organization' AND o.code = e.target_id;
UPDATE audit_event e SET organization_ids = ARRAY(SELECT DISTINCT p.organization_id FROM position p
                                                  WHERE CAST(p.person_id AS TEXT) = e.target_id)
 WHERE e.target_type = 'person';
ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update;
