-- The audit trail: append-only, hash-chained. Each row's hash covers its own fields and the previous row's
-- hash, and seq has no gaps, so a changed, inserted or removed row breaks the chain (see AuditTrail.verify).
-- The trigger below refuses UPDATE, DELETE and TRUNCATE for every role that has not dropped it first.
CREATE TABLE audit_event (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    target_type  VARCHAR(64),
    target_id    VARCHAR(128),
    details      TEXT,
    remote_addr  VARCHAR(64),
    prev_hash    CHAR(64) NOT NULL,
    hash         CHAR(64) NOT NULL
);
CREATE INDEX audit_event_actor_ix ON audit_event (actor);
CREATE INDEX audit_event_action_ix ON audit_event (action);
CREATE INDEX audit_event_target_ix ON audit_event (target_type, target_id);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
