package vn.phoihop.reporting.template;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a template in its list: a {@code DRAFT} (at most one per template, editable) or {@code PUBLISHED}
 * (never edited again).
 *
 * @param validFrom first day in force (a draft's is provisional until published)
 * @param validTo last day in force, inclusive; {@code null} while it is the latest
 * @param version optimistic lock of the draft's contents
 */
public record VersionSummary(long id, long templateId, int number, String status, LocalDate validFrom,
        LocalDate validTo, String publishedBy, Instant publishedAt, long version) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean draft() {
        return DRAFT.equals(status);
    }

    /** Whether this published version is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !draft() && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
