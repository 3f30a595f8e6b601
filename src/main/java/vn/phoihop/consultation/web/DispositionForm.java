package vn.phoihop.consultation.web;

import vn.phoihop.consultation.disposition.DispositionCommand;
import vn.phoihop.consultation.disposition.Dispositions;

/**
 * The disposition form of a comment or a group: the kind (ACCEPTED, PARTLY_ACCEPTED, EXPLAINED), the reason, the
 * changed provision and version (optional) and the version column as read.
 */
record DispositionForm(String disposition, String reason, Long changedProvisionId, Long changedVersionId,
        Long version) {

    DispositionCommand command() {
        return new DispositionCommand(disposition == null || disposition.isBlank() ? null
                : Dispositions.parse(disposition), reason, changedProvisionId, changedVersionId, version);
    }
}
