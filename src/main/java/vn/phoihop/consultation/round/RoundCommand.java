package vn.phoihop.consultation.round;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opening a round on a version of a draft: title, instructions, the opening date, the deadline (a date and a time of
 * day in Vietnam), the late policy ({@code FLAG} or {@code REFUSE}) and the invitees: all provincial Party committees
 * and/or all provincial police forces in force on {@code asOf}, plus organisations chosen by code. Bound to the page's
 * form and to the API's JSON alike; {@link Rounds} checks everything.
 */
public record RoundCommand(Long draftId, Long versionId, String title, String instructions,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime deadlineTime, String latePolicy,
        Boolean partyCommittees, Boolean policeForces,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, List<String> organizationCodes) {

    /** Whether all provincial Party committees are invited. */
    public boolean invitesPartyCommittees() {
        return Boolean.TRUE.equals(partyCommittees);
    }

    /** Whether all provincial police forces are invited. */
    public boolean invitesPoliceForces() {
        return Boolean.TRUE.equals(policeForces);
    }

    /** An empty form for the draft, opening today, deadline in 30 days at 17:00, late submissions flagged. */
    public static RoundCommand blank(Long draftId, Long versionId, LocalDate today) {
        return new RoundCommand(draftId, versionId, null, null, today, today.plusDays(30), LocalTime.of(17, 0),
                "FLAG", false, false, today, List.of());
    }
}
