package vn.phoihop.organization.registry;

import java.time.LocalDate;

/** A leadership link: {@code leader} leads {@code organization} along one line, in a period. */
public record LeadershipLinkView(long id, long organizationId, String organizationName, long leaderId,
        String leaderName, LeadershipKind kind, LocalDate validFrom, LocalDate validTo) {
}
