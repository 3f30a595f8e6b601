package vn.phoihop.consultation.round;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.InvitationHeader;
import vn.phoihop.platform.UserFacingException;

/** Which invitation of a round a request acts on: one named in the path, or the reader's own. */
@Component
@Transactional(readOnly = true)
public class RoundInvitations {

    private final ConsultationAccess access;

    RoundInvitations(ConsultationAccess access) {
        this.access = access;
    }

    /**
     * The invitation {@code invitationId} if the reader reads it and it belongs to round {@code roundId}.
     *
     * @throws UserFacingException 404 otherwise
     */
    public InvitationHeader require(long roundId, long invitationId) {
        InvitationHeader invitation = access.requireInvitationReadable(invitationId);
        if (invitation.round().id() != roundId) {
            throw UserFacingException.notFound("consultation.invitation.notFound");
        }
        return invitation;
    }

    /**
     * The invitation to write for in round {@code roundId}: {@code invitationId} when given (it must belong to the
     * round), else the reader's organisation's own invitation of the round (the first when it holds several).
     *
     * @throws UserFacingException 404 (round or invitation not readable)
     * @throws AccessDeniedException when the reader's organisation holds no invitation of the round
     */
    public long forWriting(long roundId, Long invitationId) {
        if (invitationId != null) {
            return require(roundId, invitationId).id();
        }
        access.requireRoundReadable(roundId);
        List<Long> own = access.ownInvitations(roundId);
        if (own.isEmpty()) {
            throw new AccessDeniedException("no invitation of this round");
        }
        return own.get(0);
    }
}
