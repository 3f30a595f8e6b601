package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.document.register.DocumentView.Recipient;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;

/**
 * Demo mode only: the documents named in the seeds ({@code documents-in-seeds.csv}) with their relations (118-KH/ĐUCA
 * and 16-NQ/ĐUCA implement 12-NQ/TW, 01-TT/ĐUCA guides 35-CT/TW), a fictitious Mật and a fictitious Tối mật
 * document (metadata only), a 2024 plan of the former Tỉnh ủy Bắc Giang (found from Tỉnh ủy Bắc Ninh with its
 * predecessors) and drafts of provincial organisations. Where the seeds give no issue date a plausible one is used
 * and the summary says "ngày ban hành chưa xác minh". Runs once (when 90-QĐ/TW is not registered yet), after the
 * registry's demo data; never in production.
 */
@Component
@Order(20)
class DemoDocuments implements ApplicationRunner {

    static final String UNVERIFIED = "Ngày ban hành chưa xác minh (ngày ghi ở đây là ngày giả định hợp lý cho dữ liệu minh họa).";

    private final PhoiHopSettings settings;
    private final Organizations organizations;
    private final DocumentStore store;
    private final DocumentTypes types;
    private final NumberingSeries series;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, Long> created = new HashMap<>();

    DemoDocuments(PhoiHopSettings settings, Organizations organizations, DocumentStore store, DocumentTypes types,
            NumberingSeries series, JdbcClient jdbc, TransactionTemplate transactions) {
        this.settings = settings;
        this.organizations = organizations;
        this.store = store;
        this.types = types;
        this.series = series;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean present = jdbc.sql("SELECT count(*) FROM document WHERE notation = '90-QĐ/TW'").query(Integer.class)
                .single() > 0;
        if (!settings.demo() || present) {
            return;
        }
        transactions.executeWithoutResult(s -> seed());
    }

    private void seed() {
        issued("90-QĐ/TW", "PARTY_QD", "BBT", 90, LocalDate.of(2022, 12, 6), "Ban hành Quy chế phối hợp giữa Đảng ủy"
                + " Công an Trung ương và các tỉnh ủy, thành ủy trực thuộc Trung ương về lãnh đạo công tác đảng, công tác"
                + " chính trị, công tác quần chúng trong công an tỉnh, thành phố", null, DocumentStatus.IN_FORCE,
                SecrecyMark.NONE, "quy chế phối hợp, song trùng lãnh đạo");
        issued("12-NQ/TW", "PARTY_NQ", "BCT", 12, LocalDate.of(2022, 3, 16), "Về đẩy mạnh xây dựng lực lượng Công an"
                + " nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại, đáp ứng yêu cầu, nhiệm vụ"
                + " trong tình hình mới", null, DocumentStatus.IN_FORCE, SecrecyMark.NONE, "xây dựng lực lượng");
        issued("118-KH/ĐUCA", "PARTY_KH", "DUCA", 118, LocalDate.of(2022, 5, 25),
                "Thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị", null, DocumentStatus.ISSUED, SecrecyMark.NONE,
                "thực hiện nghị quyết");
        issued("16-NQ/ĐUCA", "PARTY_NQ", "DUCA", 16, LocalDate.of(2023, 1, 18), "Về tăng cường công tác chính trị tư"
                + " tưởng đáp ứng yêu cầu xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy,"
                + " tinh nhuệ, hiện đại", null, DocumentStatus.IN_FORCE, SecrecyMark.NONE, "công tác chính trị tư tưởng");
        issued("05-CT/TW", "PARTY_CT", "BCT", 5, LocalDate.of(2016, 5, 15), "Về đẩy mạnh học tập và làm theo tư"
                + " tưởng, đạo đức, phong cách Hồ Chí Minh", null, DocumentStatus.IN_FORCE, SecrecyMark.NONE,
                "học tập và làm theo Bác");
        issued("04/CT-BCA", "STATE_CT", "BCA", 4, LocalDate.of(2019, 3, 1), "Về đổi mới, nâng cao chất lượng phong"
                + " trào \"Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy\"", UNVERIFIED,
                DocumentStatus.IN_FORCE, SecrecyMark.NONE, "Sáu điều Bác Hồ dạy");
        issued("35-CT/TW", "PARTY_CT", "BCT", 35, LocalDate.of(2024, 6, 14), "Về đại hội đảng bộ các cấp", UNVERIFIED,
                DocumentStatus.IN_FORCE, SecrecyMark.NONE, "đại hội đảng");
        issued("34-CT/TW", "PARTY_CT", "BCT", 34, LocalDate.of(2014, 4, 7), "Về tiếp tục đổi mới công tác thi đua,"
                + " khen thưởng", UNVERIFIED, DocumentStatus.IN_FORCE, SecrecyMark.NONE, "thi đua, khen thưởng");
        issued("01-TT/ĐUCA", "PARTY_TT", "DUCA", 1, LocalDate.of(2024, 8, 1), "Về đại hội đảng các cấp trong Công an"
                + " nhân dân", UNVERIFIED + " Số và ký hiệu suy ra từ bài viết nguồn.", DocumentStatus.ISSUED,
                SecrecyMark.NONE, "đại hội đảng");
        issued("bacgiang", "PARTY_KH", "P1997-24-TU", 150, LocalDate.of(2024, 3, 15), "Thực hiện Quy chế phối hợp"
                + " số 90-QĐ/TW tại tỉnh Bắc Giang (văn bản minh họa, hư cấu)", "Văn bản hư cấu để minh họa tra cứu"
                + " theo cơ quan tiền thân: Tỉnh ủy Bắc Giang nay hợp nhất vào Tỉnh ủy Bắc Ninh.",
                DocumentStatus.ISSUED, SecrecyMark.NONE, "quy chế phối hợp");
        issued("mat", "PARTY_KH", "DUCA", 901, LocalDate.of(2025, 9, 10), "(Hư cấu) Kế hoạch bảo đảm an toàn các"
                + " điểm cầu hội nghị trực tuyến toàn quốc — dữ liệu minh họa", null, DocumentStatus.ISSUED,
                SecrecyMark.CONFIDENTIAL, "minh họa độ mật");
        issued("toimat", "STATE_KH", "BCA", 902, LocalDate.of(2025, 10, 2), "(Hư cấu) Phương án phối hợp bảo vệ"
                + " tài liệu lưu trữ — dữ liệu minh họa", null, DocumentStatus.ISSUED, SecrecyMark.SECRET,
                "minh họa độ mật");
        draft("T20-TU", "PARTY_KH", "Dự thảo Kế hoạch sơ kết 3 năm thực hiện Quy chế phối hợp số 90-QĐ/TW trên địa"
                + " bàn tỉnh Bắc Ninh");
        draft("T20-CA", "STATE_BC", "Dự thảo Báo cáo kết quả công tác đảng, công tác chính trị quý IV năm 2025");
        draft("T01-TU", "PARTY_HD", "Dự thảo Hướng dẫn phối hợp tổ chức hội nghị trực tuyến tại các điểm cầu thành"
                + " phố Hà Nội");
        relate("118-KH/ĐUCA", "12-NQ/TW", "IMPLEMENTS");
        relate("16-NQ/ĐUCA", "12-NQ/TW", "IMPLEMENTS");
        relate("01-TT/ĐUCA", "35-CT/TW", "GUIDES");
        relate("bacgiang", "90-QĐ/TW", "IMPLEMENTS");
    }

    private void issued(String key, String typeCode, String issuerCode, int number, LocalDate issuedOn, String title,
            String summary, DocumentStatus status, SecrecyMark secrecy, String tags) {
        DocumentType type = types.require(typeCode);
        OrganizationSummary issuer = organizations.findByCode(issuerCode).orElseThrow();
        String abbreviation = organizations.findAllAsOf(List.of(issuer.id()), issuedOn).values().stream()
                .map(OrganizationSummary::abbreviation).findFirst().orElse(issuer.abbreviation());
        String notation = new Notation(type.kind(), number, null, type.abbreviation(), abbreviation).text();
        save(key, new DocumentData(type.kind(), typeCode, number, notation, series.key(type, issuer.id(), issuedOn),
                issuer.id(), issuedOn, place(issuer), null, null, null, title, summary, null, secrecy,
                UrgencyMark.NORMAL, status, null, null, List.of(new Recipient(null, "Lưu Văn phòng")),
                List.of(tags.split(",\\s*"))));
    }

    private void draft(String issuerCode, String typeCode, String title) {
        DocumentType type = types.require(typeCode);
        OrganizationSummary issuer = organizations.findByCode(issuerCode).orElseThrow();
        save(title, new DocumentData(type.kind(), typeCode, null, null, null, issuer.id(), null, null, null, null,
                null, title, "Dự thảo minh họa (hư cấu).", null, SecrecyMark.NONE, UrgencyMark.NORMAL,
                DocumentStatus.DRAFT, null, null, List.of(), List.of("dự thảo")));
    }

    private void save(String key, DocumentData data) {
        created.put(key, store.insert(data, "system"));
    }

    private static String place(OrganizationSummary issuer) {
        return issuer.kind().central() ? "Hà Nội" : null;
    }

    private void relate(String source, String target, String kind) {
        jdbc.sql("INSERT INTO document_relation (source_id, target_id, kind, created_by) VALUES (:s, :t, :k, 'system')")
                .param("s", created.get(source)).param("t", created.get(target)).param("k", kind).update();
    }
}
