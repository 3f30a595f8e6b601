package vn.phoihop.tracking.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.support.LibreOffice;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.StatusCounts;
import vn.phoihop.tracking.dashboard.TrackingDashboard;

/**
 * The review report: its tables, re-read with POI, equal {@link TrackingDashboard#matrix} for the same plan and
 * period (a test plan and the demo plan of 118-KH/ĐUCA, for a national and a provincial reader); it embeds the chart,
 * the same data gives the same bytes, and LibreOffice converts it to PDF. Creating a review refuses bad input and
 * non-owners and stores nothing then.
 */
@SpringBootTest
class ReviewReportTests {

    @Autowired Reviews reviews;
    @Autowired TrackingDashboard dashboard;
    @Autowired ReviewFixtures data;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    CurrentUser central;
    CurrentUser police;
    long plan;

    @BeforeEach
    void plan() {
        central = Fixtures.principal(fixtures.user("trk.review.central", "CTDCT", Role.CENTRAL_STAFF));
        police = Fixtures.principal(fixtures.user("trk.review.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        plan = data.plan("Kế hoạch thử sơ kết " + UUID.randomUUID(), "CTDCT", true);
        long g1 = data.group(plan, "1", "Nhóm thử một");
        long g2 = data.group(plan, "2", "Nhóm thử hai");
        long t1 = data.task(plan, g1, "1.1", LocalDate.of(2026, 1, 31));
        long t2 = data.task(plan, g2, "2.1", LocalDate.of(2099, 12, 31));
        data.accepted(data.assign(t1, "T20-CA", LocalDate.of(2025, 8, 1)), "DONE", 100, LocalDate.of(2025, 9, 1));
        data.assign(t1, "T01-CA", LocalDate.of(2025, 8, 1));
        data.accepted(data.assign(t2, "T01-CA", LocalDate.of(2025, 8, 1)), "BLOCKED", 10, LocalDate.of(2025, 9, 1));
    }

    @Test
    void theReportsTotalsEqualTheDashboardsAndLibreOfficeOpensIt() throws Exception {
        long id = Fixtures.as(central, () -> reviews.create(new NewReview(plan, ReviewKind.INTERIM, null,
                LocalDate.of(2025, 8, 1), LocalDate.of(2026, 6, 30))));
        Review review = Fixtures.as(central, () -> reviews.require(id));
        assertThat(review.title()).startsWith("Báo cáo sơ kết kế hoạch thử sơ kết");
        ReviewReport report = Fixtures.as(central, () -> reviews.report(id));
        DashboardMatrix matrix = Fixtures.as(central, () -> dashboard.matrix(plan, LocalDate.of(2026, 6, 30), null));
        assertThat(matrix.total().total()).isEqualTo(3);
        assertEqual(report.content(), matrix);
        assertThat(Fixtures.as(central, () -> reviews.report(id)).content()).as("same data, same bytes")
                .isEqualTo(report.content());
        assertThat(pdf(report.content())).startsWith("%PDF");
    }

    @Test
    void theDemoReviewEqualsTheDashboardForANationalAndAProvincialReader() throws Exception {
        long id = jdbc.sql("SELECT min(r.id) FROM tracking_review r JOIN tracking_plan p ON p.id = r.plan_id"
                + " WHERE p.title LIKE 'Thực hiện Kế hoạch số 118%'").query(Long.class).single();
        for (CurrentUser reader : List.of(central, police)) {
            Review review = Fixtures.as(reader, () -> reviews.require(id));
            DashboardMatrix matrix = Fixtures.as(reader, () -> dashboard.matrix(review.planId(), review.periodTo(),
                    null));
            assertThat(matrix.total().total()).isPositive();
            byte[] docx = Fixtures.as(reader, () -> reviews.report(id)).content();
            assertEqual(docx, matrix);
            if (reader == police) {
                assertThat(matrix.rows()).hasSize(1);
                String text = text(docx);
                assertThat(text).doesNotContain("CANARY").doesNotContain("Thành phố Hà Nội");
            }
        }
    }

    @Test
    void badInputAndNonOwnersAreRefusedAndNothingIsStored() {
        long before = count();
        LocalDate from = LocalDate.of(2025, 8, 1);
        refused(() -> reviews.create(new NewReview(plan, ReviewKind.FINAL, null, from, from.minusDays(1))),
                "tracking.review.periodOrder");
        refused(() -> reviews.create(new NewReview(plan, ReviewKind.FINAL, null, LocalDate.of(1800, 1, 1), from)),
                "tracking.dashboard.badDate");
        refused(() -> reviews.create(new NewReview(plan, ReviewKind.FINAL, "Báo cáo\u0007", from, from)),
                "tracking.review.badTitle");
        refused(() -> reviews.create(new NewReview(plan, ReviewKind.FINAL, "x".repeat(501), from, from)),
                "tracking.review.badTitle");
        refused(() -> reviews.create(new NewReview(plan, null, null, from, from)), "tracking.review.kindRequired");
        refused(() -> reviews.create(new NewReview(null, ReviewKind.FINAL, null, from, from)),
                "tracking.review.planRequired");
        refused(() -> reviews.create(new NewReview(plan, ReviewKind.FINAL, null, null, from)),
                "tracking.review.periodRequired");
        assertThatThrownBy(() -> Fixtures.as(police, () -> reviews.create(new NewReview(plan, ReviewKind.FINAL, null,
                from, from)))).isInstanceOf(AccessDeniedException.class);
        CurrentUser viewer = Fixtures.principal(fixtures.user("trk.review.viewer", "CTDCT", Role.VIEWER));
        assertThatThrownBy(() -> Fixtures.as(viewer, () -> reviews.create(new NewReview(plan, ReviewKind.FINAL, null,
                from, from)))).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aReviewOfAnotherProvincesPlanIsNotFound() {
        long hanoiPlan = data.plan("Kế hoạch thử riêng Hà Nội " + UUID.randomUUID(), "T01-CA", false);
        long id = data.review(hanoiPlan, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> Fixtures.as(police, () -> reviews.report(id)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(Fixtures.as(police, () -> reviews.list())).extracting(Review::id).doesNotContain(id);
        assertThat(Fixtures.as(central, () -> reviews.find(id))).isPresent();
    }

    private void refused(Runnable create, String key) {
        assertThatThrownBy(() -> Fixtures.as(central, () -> {
            create.run();
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM tracking_review").query(Long.class).single();
    }

    /** The group table and the province table of the DOCX equal the matrix; the chart is embedded as PNG. */
    static void assertEqual(byte[] docx, DashboardMatrix matrix) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            XWPFTable groups = tables.stream().filter(t -> t.getRow(0).getCell(0).getText()
                    .equals("Nhóm nhiệm vụ, giải pháp")).findFirst().orElseThrow();
            XWPFTable provinces = tables.stream().filter(t -> t.getRow(0).getCell(0).getText()
                    .equals("Tỉnh, thành phố") && t.getRow(0).getTableCells().size() == 8).findFirst().orElseThrow();
            assertThat(groups.getNumberOfRows()).isEqualTo(matrix.groups().size() + 2);
            for (int i = 0; i < matrix.groups().size(); i++) {
                assertThat(counts(groups.getRow(i + 1))).isEqualTo(matrix.groupTotals().get(i));
            }
            assertThat(counts(groups.getRow(groups.getNumberOfRows() - 1))).isEqualTo(matrix.total());
            assertThat(provinces.getNumberOfRows()).isEqualTo(matrix.rows().size() + 2);
            for (int i = 0; i < matrix.rows().size(); i++) {
                assertThat(provinces.getRow(i + 1).getCell(0).getText()).isEqualTo(matrix.rows().get(i).name());
                assertThat(counts(provinces.getRow(i + 1))).isEqualTo(matrix.rows().get(i).total());
            }
            XWPFTableRow total = provinces.getRow(provinces.getNumberOfRows() - 1);
            assertThat(counts(total)).isEqualTo(matrix.total());
            assertThat(Long.parseLong(total.getCell(6).getText())).isEqualTo(matrix.total().total());
            assertThat(Integer.parseInt(total.getCell(7).getText())).isEqualTo(matrix.total().percentDone());
            assertThat(doc.getAllPictures()).singleElement()
                    .satisfies(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
        }
    }

    private static StatusCounts counts(XWPFTableRow row) {
        List<Long> n = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            n.add(Long.parseLong(row.getCell(c).getText()));
        }
        return new StatusCounts(n.get(0), n.get(1), n.get(2), n.get(3), n.get(4));
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** The first bytes of the PDF LibreOffice makes of the DOCX, as text. */
    private static String pdf(byte[] docx) throws Exception {
        return LibreOffice.pdfHeader(docx, "bao-cao.docx");
    }
}
