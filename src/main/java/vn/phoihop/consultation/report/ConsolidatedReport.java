package vn.phoihop.consultation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The consolidated report of a round: its header (round, draft, version, drafting body, addressee, the report's date:
 * the day of the latest submission or disposition, so the same data gives the same report), the totals per
 * disposition ({@code ACCEPTED}, {@code PARTLY_ACCEPTED}, {@code EXPLAINED}, {@code UNDECIDED}, in that order), the
 * totals per organisation (by name), and the provisions in document order of the round's version, each with its
 * submitted comments ordered by organisation then id. Every submitted comment of the round appears exactly once.
 */
public record ConsolidatedReport(long roundId, String roundTitle, String draftTitle, String versionLabel,
        String draftingBody, String addressee, LocalDate dated, Map<String, Long> totals,
        List<OrganizationTotal> byOrganization, List<Section> provisions) {

    /** The disposition key of a comment not yet decided. */
    public static final String UNDECIDED = "UNDECIDED";

    /** The keys of {@link #totals} in order. */
    public static final List<String> KINDS = List.of("ACCEPTED", "PARTLY_ACCEPTED", "EXPLAINED", UNDECIDED);

    /** One provision with its comments. */
    public record Section(long provisionId, String label, String heading, List<Item> comments) {
    }

    /**
     * A comment in the report: the organisation that submitted it (as named on the day of submission), its body and
     * proposal, the disposition ({@link #UNDECIDED} when none), the reason and the group's label if any.
     */
    public record Item(long id, String organization, String body, String proposal, String disposition, String reason,
            String group) {
    }

    /** An organisation's comments counted per disposition. */
    public record OrganizationTotal(String organization, long total, long accepted, long partlyAccepted,
            long explained, long undecided) {
    }

    /** The number of submitted comments in the report. */
    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
