package vn.phoihop.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.support.LibreOffice;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.consultation.disposition.Disposition;
import vn.phoihop.consultation.disposition.DispositionCommand;
import vn.phoihop.consultation.disposition.DispositionFixtures;
import vn.phoihop.consultation.disposition.Dispositions;
import vn.phoihop.consultation.disposition.Groups;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * The consolidated report (the issue's “Done when”): every submitted comment exactly once, grouped by provision in
 * document order, and its totals per disposition and per organisation equal to counts straight from the database, on
 * a test round and on the demo's 2021 round; the drafting body only; the same data gives the same DOCX and PDF
 * bytes; the PDF embeds its fonts and its text says “giải trình”; LibreOffice converts the DOCX.
 */
@SpringBootTest
class ConsolidatedReportTests {

    @Autowired Reports reports;
    @Autowired Dispositions dispositions;
    @Autowired Groups groups;
    @Autowired DispositionFixtures data;
    @Autowired ConsultationFixtures consultation;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private CurrentUser user(String name, String org, Role role) {
        return Fixtures.principal(fixtures.user(name, org, EnumSet.of(role), Clearance.NONE));
    }

    @Test
    void theReportListsEverySubmittedCommentOnceByProvisionAndItsTotalsEqualTheDatabase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser central = user("cdispo.report.central", "CTDCT", Role.CENTRAL_STAFF);
        DispositionFixtures.Round round = data.round("CTDCT", "Dự thảo báo cáo " + tag, 4, "T20-CA", "T01-CA",
                "T20-TU");
        long a = data.submitted(round, "T20-CA", 2, "Góp ý điều ba của Bắc Ninh " + tag);
        long b = data.submitted(round, "T01-CA", 0, "Góp ý điều một của Hà Nội " + tag);
        long c = data.submitted(round, "T20-TU", 0, "Góp ý điều một của Tỉnh ủy " + tag);
        long d = data.submitted(round, "T20-CA", 0, "Góp ý thứ hai điều một " + tag);
        long e = data.submitted(round, "T01-CA", 3, "Góp ý điều bốn " + tag);
        consultation.comment(round.roundId(), round.invitations().get("T20-CA"), round.articles().get(1),
                "Góp ý chưa gửi " + tag, "DRAFT");
        Fixtures.as(central, () -> {
            dispositions.record(round.roundId(), a, new DispositionCommand(Disposition.ACCEPTED, null, null, null,
                    null));
            dispositions.record(round.roundId(), b, new DispositionCommand(Disposition.EXPLAINED,
                    "Xin giải trình: giữ như dự thảo.", null, null, null));
            long group = groups.create(round.roundId(), "Nhóm điều một " + tag, List.of(c, d));
            return groups.answer(round.roundId(), group, new DispositionCommand(Disposition.PARTLY_ACCEPTED,
                    "Tiếp thu một phần.", null, null, null));
        });

        ConsolidatedReport report = Fixtures.as(central, () -> reports.report(round.roundId()));
        assertMatchesDatabase(report, round.roundId());
        assertThat(report.provisions()).extracting(ConsolidatedReport.Section::label)
                .containsExactly("Điều 1", "Điều 3", "Điều 4");
        assertThat(report.provisions().get(0).comments()).extracting(ConsolidatedReport.Item::id)
                .containsExactlyInAnyOrder(b, c, d);
        assertThat(report.provisions().get(0).comments()).filteredOn(i -> i.id() == c).singleElement()
                .satisfies(i -> assertThat(i.group()).isEqualTo("Nhóm điều một " + tag));
        assertThat(report.totals()).containsEntry("ACCEPTED", 1L).containsEntry("PARTLY_ACCEPTED", 2L)
                .containsEntry("EXPLAINED", 1L).containsEntry("UNDECIDED", 1L);
        assertThat(report.provisions().get(2).comments()).singleElement()
                .satisfies(i -> assertThat(i.id()).isEqualTo(e));

        ReportFile docx = Fixtures.as(central, () -> reports.docx(round.roundId()));
        ReportFile pdf = Fixtures.as(central, () -> reports.pdf(round.roundId()));
        assertThat(Fixtures.as(central, () -> reports.docx(round.roundId())).content()).as("same data, same DOCX")
                .isEqualTo(docx.content());
        assertThat(Fixtures.as(central, () -> reports.pdf(round.roundId())).content()).as("same data, same PDF")
                .isEqualTo(pdf.content());
        String docxText = docxText(docx.content());
        assertThat(docxText).contains("BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", "Dự thảo báo cáo " + tag,
                "Góp ý điều bốn " + tag, "Chưa xử lý", "Xin giải trình: giữ như dự thảo.")
                .doesNotContain("Góp ý chưa gửi");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("giải trình", "Góp ý điều ba của Bắc Ninh " + tag, "Chưa xử lý")
                    .doesNotContain("Góp ý chưa gửi");
        }
        assertThat(LibreOffice.pdfHeader(docx.content(), "bao-cao.docx")).startsWith("%PDF");
    }

    @Test
    void theDemoRoundsReportMatchesTheDatabase() {
        CurrentUser central = user("cdispo.report.demo", "CTDCT", Role.CENTRAL_STAFF);
        long round = jdbc.sql("SELECT r.id FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id"
                + " WHERE d.title LIKE 'Quy chế phối hợp giữa Đảng ủy Công an Trung ương%' AND r.status = 'CLOSED'")
                .query(Long.class).single();
        ConsolidatedReport report = Fixtures.as(central, () -> reports.report(round));
        assertThat(report.total()).isGreaterThan(120);
        assertMatchesDatabase(report, round);
        assertThat(report.byOrganization().size()).isGreaterThan(100);
    }

    @Test
    void inviteesAndOtherProvincesDoNotFindTheReport() {
        DispositionFixtures.Round round = data.round("CTDCT", "Dự thảo báo cáo kín " + UUID.randomUUID(), 1,
                "T20-CA");
        data.submitted(round, "T20-CA", 0, "Góp ý kín");
        for (CurrentUser reader : List.of(user("cdispo.report.police", "T20-CA", Role.PROVINCE_POLICE_STAFF),
                user("cdispo.report.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF))) {
            assertThatThrownBy(() -> Fixtures.as(reader, () -> reports.pdf(round.roundId())))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> Fixtures.as(reader, () -> reports.report(round.roundId())))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    /** Every submitted comment once; totals per disposition and per organisation as counted by SQL. */
    private void assertMatchesDatabase(ConsolidatedReport report, long round) {
        List<Long> listed = report.provisions().stream().flatMap(s -> s.comments().stream())
                .map(ConsolidatedReport.Item::id).toList();
        List<Long> submitted = jdbc.sql("SELECT id FROM consultation_comment WHERE round_id = :r AND status ="
                + " 'SUBMITTED'").param("r", round).query(Long.class).list();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(report.provisions()).extracting(ConsolidatedReport.Section::provisionId).doesNotHaveDuplicates();
        for (ConsolidatedReport.Section section : report.provisions()) {
            List<Long> ids = section.comments().stream().map(ConsolidatedReport.Item::id).toList();
            assertThat(jdbc.sql("SELECT count(*) FROM consultation_comment WHERE id = ANY (:ids) AND provision_id ="
                    + " :p").param("ids", ids.toArray(Long[]::new)).param("p", section.provisionId())
                    .query(Long.class).single()).isEqualTo(ids.size());
        }
        List<Integer> positions = report.provisions().stream().map(s -> jdbc.sql("SELECT coalesce(min(t.position),"
                + " 2147483647) FROM consultation_provision_text t JOIN consultation_round r ON r.version_id ="
                + " t.version_id WHERE r.id = :r AND t.provision_id = :p").param("r", round)
                .param("p", s.provisionId()).query(Integer.class).single()).toList();
        assertThat(positions).isSorted();
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("SELECT coalesce(disposition, 'UNDECIDED'), count(*) FROM consultation_comment WHERE round_id = :r"
                + " AND status = 'SUBMITTED' GROUP BY 1").param("r", round)
                .query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
        ConsolidatedReport.KINDS.forEach(k -> assertThat(report.totals().get(k)).as(k)
                .isEqualTo(counted.getOrDefault(k, 0L)));
        List<Long> perOrganization = jdbc.sql("SELECT count(*) FROM consultation_comment c JOIN consultation_invitation"
                + " i ON i.id = c.invitation_id WHERE c.round_id = :r AND c.status = 'SUBMITTED'"
                + " GROUP BY coalesce(i.submitted_by_organization_id, i.organization_id) ORDER BY 1").param("r", round)
                .query(Long.class).list();
        assertThat(report.byOrganization().stream().map(ConsolidatedReport.OrganizationTotal::total).sorted()
                .toList()).isEqualTo(perOrganization);
        report.byOrganization().forEach(o -> assertThat(o.accepted() + o.partlyAccepted() + o.explained()
                + o.undecided()).isEqualTo(o.total()));
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
