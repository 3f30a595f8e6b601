-- Assignments follow the registry (package period): when a reorganisation ends an organisation, its open
-- assignments end the day before the effective date and its successors inherit them (inherited_from,
-- reorganization_id, V28). Undoing the reorganisation deletes the inherited ones and gives the originals back the
-- end they had, kept here.
ALTER TABLE report_assignment
    ADD COLUMN ended_by_reorganization_id BIGINT,
    ADD COLUMN valid_to_before_reorganization DATE;

-- One inherited assignment per original, successor and reorganisation: a repeated delivery creates nothing twice.
CREATE UNIQUE INDEX report_assignment_inherited_ux
    ON report_assignment (inherited_from, organization_id, reorganization_id) WHERE inherited_from IS NOT NULL;
CREATE INDEX report_assignment_reorganization_ix ON report_assignment (reorganization_id)
    WHERE reorganization_id IS NOT NULL;
CREATE INDEX report_assignment_ended_by_ix ON report_assignment (ended_by_reorganization_id)
    WHERE ended_by_reorganization_id IS NOT NULL;
CREATE INDEX report_lock_exception_org_ix ON report_lock_exception (organization_id);
