package vn.phoihop.organization;

import java.time.LocalDate;

/** An organisation named as of a date: the issuer of a document on its issue date, a reporter in a period. */
public record OrganizationOnDate(long organizationId, LocalDate date) {
}
