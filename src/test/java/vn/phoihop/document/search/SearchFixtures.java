package vn.phoihop.document.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.organization.Organizations;
import vn.phoihop.support.Fixtures;

/**
 * Documents for search tests, inserted with JDBC (the register's service belongs to another part of the module; the
 * search trigger indexes rows however they are written). The seed documents of documents-in-seeds.csv are inserted
 * only when no document with that notation exists yet (demo data may already hold them), so the tests run on either.
 */
@Component
public class SearchFixtures {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Fixtures fixtures;

    SearchFixtures(JdbcClient jdbc, Organizations organizations, Fixtures fixtures) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.fixtures = fixtures;
    }

    /** The seed documents that carry an issue date, and 118-KH/ĐUCA implementing 12-NQ/TW. */
    public synchronized void seeds() {
        long bbt = org("BBT");
        long bct = org("BCT");
        long duca = org("DUCA");
        seed("PARTY_QD", 90, "90-QĐ/TW", bbt, "2022-12-06", "Ban hành Quy chế phối hợp giữa Đảng ủy Công an Trung ương"
                + " và các tỉnh ủy, thành ủy trực thuộc Trung ương về lãnh đạo công tác đảng, công tác chính trị, công"
                + " tác quần chúng trong công an tỉnh, thành phố");
        long nq12 = seed("PARTY_NQ", 12, "12-NQ/TW", bct, "2022-03-16", "Về đẩy mạnh xây dựng lực lượng Công an nhân"
                + " dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại, đáp ứng yêu cầu, nhiệm vụ trong"
                + " tình hình mới");
        long kh118 = seed("PARTY_KH", 118, "118-KH/ĐUCA", duca, "2022-05-25",
                "Thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị");
        seed("PARTY_NQ", 16, "16-NQ/ĐUCA", duca, "2023-01-18", "Về tăng cường công tác chính trị tư tưởng đáp ứng yêu"
                + " cầu xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại");
        seed("PARTY_CT", 5, "05-CT/TW", bct, "2016-05-15",
                "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        jdbc.sql("INSERT INTO document_relation (source_id, target_id, kind, created_by) VALUES (:s, :t, 'IMPLEMENTS',"
                + " 'test') ON CONFLICT DO NOTHING").param("s", kh118).param("t", nq12).update();
    }

    private long seed(String type, int number, String notation, long issuer, String date, String title) {
        return jdbc.sql("SELECT id FROM document WHERE notation = :n ORDER BY id LIMIT 1").param("n", notation)
                .query(Long.class).optional()
                .orElseGet(() -> insert(new Doc(type, number, notation, issuer, LocalDate.parse(date), title, null,
                        SecrecyMark.NONE, "IN_FORCE")));
    }

    /** Inserts {@code doc} and returns its id. */
    public long insert(Doc doc) {
        String kind = doc.type().startsWith("PARTY") ? "PARTY" : "STATE";
        return jdbc.sql("INSERT INTO document (kind, type_code, number, notation, series_key, issuer_id, issued_on,"
                + " title, summary, attachment_text, secrecy, urgency, status, created_by, updated_by) VALUES (:kind,"
                + " :type, :number, :notation, :series, :issuer, :issued, :title, :summary, :attachment, :secrecy,"
                + " :urgency, :status, 'test', 'test') RETURNING id")
                .param("kind", kind).param("type", doc.type()).param("number", doc.draft() ? null : doc.number())
                .param("notation", doc.draft() ? null : doc.notation())
                .param("series", doc.draft() ? null : "TEST|" + doc.notation() + "|" + doc.issuer())
                .param("issuer", doc.issuer()).param("issued", doc.draft() ? null : Date.valueOf(doc.issued()))
                .param("title", doc.title()).param("summary", doc.summary()).param("attachment", doc.attachment())
                .param("secrecy", doc.secrecy().name()).param("urgency", doc.urgency()).param("status", doc.status())
                .query(Long.class).single();
    }

    /**
     * Inserts {@code count} issued documents of {@code issuer} numbered 1 to {@code count}, notation
     * {@code N-CV/<abbreviation>}, the title {@code "<title> N"}, issued one day apart ending on {@code last}: one
     * statement, for tests that need many matches.
     */
    public void many(int count, String abbreviation, long issuer, LocalDate last, String title) {
        jdbc.sql("INSERT INTO document (kind, type_code, number, notation, series_key, issuer_id, issued_on, title,"
                + " secrecy, urgency, status, created_by, updated_by) SELECT 'PARTY', 'PARTY_CV', n, n || '-CV/' || :abbr,"
                + " 'TEST|CV|' || :abbr, :issuer, CAST(:last AS DATE) - (:count - n), :title || ' ' || n, 'NONE', 'NORMAL',"
                + " 'ISSUED', 'test', 'test' FROM generate_series(1, :count) AS n")
                .param("abbr", abbreviation).param("issuer", issuer).param("last", Date.valueOf(last))
                .param("count", count).param("title", title).update();
    }

    /** Records that {@code source} implements {@code target}. */
    public void implement(long source, long target) {
        jdbc.sql("INSERT INTO document_relation (source_id, target_id, kind, created_by) VALUES (:s, :t, 'IMPLEMENTS',"
                + " 'test') ON CONFLICT DO NOTHING").param("s", source).param("t", target).update();
    }

    public void tag(long document, String tag) {
        jdbc.sql("INSERT INTO document_tag (document_id, tag) VALUES (:d, :t)").param("d", document).param("t", tag)
                .update();
    }

    public long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    /** A signed-in principal of a (created once) account. */
    public CurrentUser user(String username, String orgCode, Role role, Clearance clearance) {
        return Fixtures.principal(fixtures.user(username, orgCode, EnumSet.of(role), clearance));
    }

    /** A document row as the tests need it. */
    public record Doc(String type, int number, String notation, long issuer, LocalDate issued, String title,
            String summary, SecrecyMark secrecy, String status, String urgency, String attachment) {

        public Doc(String type, int number, String notation, long issuer, LocalDate issued, String title,
                String summary, SecrecyMark secrecy, String status) {
            this(type, number, notation, issuer, issued, title, summary, secrecy, status, "NORMAL", null);
        }

        boolean draft() {
            return "DRAFT".equals(status);
        }
    }
}
