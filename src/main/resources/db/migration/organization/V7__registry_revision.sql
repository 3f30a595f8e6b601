-- A revision number of the registry's names and identities, bumped by any statement that changes them (whatever
-- writes: services, imports, undo, migrations). Readers keep an in-memory copy of the organisations' codes, kinds
-- and name periods and reload it when the revision moved, so the descendants of a node need only the closure table.
-- Revisions come from a sequence, which never hands out a number twice: a revision seen inside a transaction that
-- then rolls back can never later stand for different, committed data.
CREATE TABLE registry_revision (
    id        INT PRIMARY KEY,
    revision  BIGINT NOT NULL,
    CONSTRAINT registry_revision_one_row_ck CHECK (id = 1)
);
CREATE SEQUENCE registry_revision_seq;
INSERT INTO registry_revision (id, revision) VALUES (1, nextval('registry_revision_seq'));

CREATE FUNCTION registry_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE registry_revision SET revision = nextval('registry_revision_seq') WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER organization_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
CREATE TRIGGER organization_name_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_name
    FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
