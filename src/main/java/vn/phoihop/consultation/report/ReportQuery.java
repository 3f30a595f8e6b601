package vn.phoihop.consultation.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.VietnameseOrder;

/**
 * Builds the {@link ConsolidatedReport} of a round, the one source of its JSON, page, DOCX and PDF: three statements
 * (the header, the provisions of the round's version, the submitted comments) and one look-up of the organisations'
 * names as on the day of submission. Only the drafting body reads it: whoever else, invitees included, gets “not
 * found”. A comment on a provision without a text in the round's version is listed after the others under its
 * latest label, so no submitted comment is ever left out.
 */
@Component
public class ReportQuery {

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final Organizations organizations;

    ReportQuery(JdbcClient jdbc, ConsultationAccess access, Organizations organizations) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
    }

    private record Header(String roundTitle, String draftTitle, String addressee, String versionLabel,
            long draftingOrganizationId, LocalDate deadline) {
    }

    private record Provision(long id, String label, String heading, int position) {
    }

    private record Row(long id, long provisionId, String body, String proposal, String disposition, String reason,
            String group, OrganizationOnDate org, LocalDate latest) {
    }

    /** The report of the round, for the drafting body only (else “not found”). */
    @Transactional(readOnly = true)
    public ConsolidatedReport build(long roundId) {
        RoundHeader round = access.requireRoundReadable(roundId);
        if (!round.drafting()) {
            throw UserFacingException.notFound("consultation.round.notFound");
        }
        Header header = jdbc.sql("""
                SELECT r.title, d.title, d.addressee, v.label, d.drafting_organization_id, r.deadline
                FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id
                JOIN consultation_version v ON v.id = r.version_id WHERE r.id = :r""")
                .param("r", round.id())
                .query((rs, n) -> new Header(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), day(rs.getObject(6, OffsetDateTime.class))))
                .single();
        Map<Long, Provision> provisions = new LinkedHashMap<>();
        jdbc.sql("SELECT provision_id, label, heading, position FROM consultation_provision_text WHERE version_id = :v"
                + " ORDER BY position").param("v", round.versionId())
                .query((rs, n) -> provisions.put(rs.getLong(1), new Provision(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4))))
                .list();
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.provision_id, c.body, c.proposal, c.disposition, c.disposition_reason, g.label,
                       coalesce(i.submitted_by_organization_id, i.organization_id),
                       coalesce(i.submitted_at, c.submitted_at, c.written_at),
                       greatest(coalesce(i.submitted_at, c.submitted_at, c.written_at), c.disposed_at),
                       (SELECT t.label FROM consultation_provision_text t JOIN consultation_version v
                          ON v.id = t.version_id WHERE t.provision_id = c.provision_id ORDER BY v.number DESC LIMIT 1),
                       (SELECT t.heading FROM consultation_provision_text t JOIN consultation_version v
                          ON v.id = t.version_id WHERE t.provision_id = c.provision_id ORDER BY v.number DESC LIMIT 1)
                FROM consultation_comment c JOIN consultation_invitation i ON i.id = c.invitation_id
                LEFT JOIN consultation_comment_group g ON g.id = c.group_id
                WHERE c.round_id = :r AND c.status = 'SUBMITTED'""")
                .param("r", round.id())
                .query((rs, n) -> {
                    long provision = rs.getLong(2);
                    provisions.computeIfAbsent(provision, p -> new Provision(p, rs12(rs, 11), rs12(rs, 12),
                            Integer.MAX_VALUE));
                    return new Row(rs.getLong(1), provision, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), new OrganizationOnDate(rs.getLong(8),
                                    day(rs.getObject(9, OffsetDateTime.class))),
                            day(rs.getObject(10, OffsetDateTime.class)));
                })
                .list();
        Map<OrganizationOnDate, OrganizationSummary> names = organizations.findEachAsOf(
                rows.stream().map(Row::org).distinct().toList());
        Map<Long, List<ConsolidatedReport.Item>> byProvision = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        ConsolidatedReport.KINDS.forEach(k -> totals.put(k, 0L));
        Map<String, long[]> byOrganization = new TreeMap<>(VietnameseOrder.NAMES);
        record Named(Row row, String organization) {
        }
        List<Named> named = new ArrayList<>();
        for (Row row : rows) {
            OrganizationSummary org = names.get(row.org());
            named.add(new Named(row, org == null ? "" : org.name()));
        }
        named.sort(Comparator.comparingInt((Named n) -> provisions.get(n.row().provisionId()).position())
                .thenComparingLong(n -> n.row().provisionId())
                .thenComparing(Named::organization, VietnameseOrder.NAMES).thenComparingLong(n -> n.row().id()));
        LocalDate dated = null;
        for (Named n : named) {
            Row row = n.row();
            String kind = row.disposition() == null ? ConsolidatedReport.UNDECIDED : row.disposition();
            byProvision.computeIfAbsent(row.provisionId(), k -> new ArrayList<>()).add(new ConsolidatedReport.Item(
                    row.id(), n.organization(), row.body(), row.proposal(), kind, row.reason(), row.group()));
            totals.merge(kind, 1L, Long::sum);
            long[] counts = byOrganization.computeIfAbsent(n.organization(), k -> new long[5]);
            counts[0]++;
            counts[1 + ConsolidatedReport.KINDS.indexOf(kind)]++;
            if (row.latest() != null && (dated == null || row.latest().isAfter(dated))) {
                dated = row.latest();
            }
        }
        List<ConsolidatedReport.Section> sections = new ArrayList<>();
        byProvision.forEach((id, items) -> {
            Provision p = provisions.get(id);
            sections.add(new ConsolidatedReport.Section(id, p.label() == null ? "" : p.label(), p.heading(),
                    List.copyOf(items)));
        });
        List<ConsolidatedReport.OrganizationTotal> organizationTotals = new ArrayList<>();
        byOrganization.forEach((name, c) -> organizationTotals.add(new ConsolidatedReport.OrganizationTotal(name,
                c[0], c[1], c[2], c[3], c[4])));
        String draftingBody = organizations.find(header.draftingOrganizationId()).map(OrganizationSummary::name)
                .orElse("");
        return new ConsolidatedReport(round.id(), header.roundTitle(), header.draftTitle(), header.versionLabel(),
                draftingBody, header.addressee(), dated == null ? header.deadline() : dated, totals, organizationTotals, sections);
    }

    private static String rs12(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
