package vn.phoihop.document.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.VietnamTime;

/**
 * Generates realistic, fictitious documents for demo data and the search benchmark: Vietnamese titles, summaries and
 * attachment text from word lists, party notations ({@code 15-NQ/TU}, numbered per type and issuer within a term)
 * and state notations ({@code 07/KH-CA}, per calendar year), issuers from the registry (central bodies and every
 * province's Party committee, police and police party committee, and the provincial Party committees that ended in
 * the 2025 reform for older documents), a few secret documents (without content where secret content is not
 * allowed), urgency marks, statuses and tags. A seeded {@link Random}: the same seed gives the same documents.
 * Rows are written in batches through JDBC in the order of their issue dates, as a register fills up (the search
 * trigger fills the index); every generated row has
 * {@code created_by = }{@value #AUTHOR}, and a number that is already taken in its series is skipped.
 */
@Component
public class DocumentGenerator {

    /** The author of every generated document. */
    public static final String AUTHOR = "demo-generator";

    private static final int BATCH = 500;
    /** Index of the issue date in a generated row. */
    private static final int ISSUED = 6;
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final int CENTRAL_FIRST = 200;
    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);

    private static final String[] SUBJECTS = {
        "công tác đảng, công tác chính trị", "công tác xây dựng Đảng", "phòng, chống tham nhũng, lãng phí, tiêu cực",
        "công tác tư tưởng", "công tác thi đua, khen thưởng", "công tác dân vận", "xây dựng lực lượng Công an xã",
        "bảo đảm an ninh, trật tự dịp Tết Nguyên đán", "công tác quy hoạch cán bộ", "chuyển đổi số và Đề án 06",
        "cải cách thủ tục hành chính", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "công tác kiểm tra, giám sát", "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "bảo vệ bí mật nhà nước",
        "đại hội đảng bộ các cấp", "tuyển chọn công dân tham gia Công an nhân dân", "quản lý, giáo dục cán bộ, chiến sĩ",
        "bảo đảm trật tự, an toàn giao thông", "phòng, chống tội phạm ma túy", "công tác bảo vệ chính trị nội bộ",
        "xây dựng tổ chức cơ sở đảng", "công tác đối ngoại", "sắp xếp tổ chức bộ máy", "công tác hậu cần, kỹ thuật",
        "đào tạo, bồi dưỡng lý luận chính trị", "công tác văn thư, lưu trữ", "quản lý cư trú và căn cước",
        "phong trào Toàn dân bảo vệ an ninh Tổ quốc", "công tác chính sách đối với thân nhân liệt sĩ",
        "phòng, chống tội phạm sử dụng công nghệ cao", "bảo vệ môi trường", "công tác pháp chế",
        "công tác thanh tra, giải quyết khiếu nại, tố cáo", "xây dựng văn hóa công an", "huấn luyện điều lệnh, võ thuật",
        "quản lý vũ khí, vật liệu nổ", "công tác tiếp công dân", "kỷ niệm ngày truyền thống", "công tác nữ công",
    };

    private static final String[] CONTEXTS = {
        "trong Công an nhân dân", "ở cơ sở", "giai đoạn 2026 - 2030", "tại các đơn vị vùng biên giới",
        "đối với lực lượng Công an xã", "trong tình hình mới", "năm {year}", "sáu tháng đầu năm {year}",
        "trong đảng bộ", "tại khu dân cư", "đối với đảng viên trẻ", "trong lực lượng vũ trang", "ở các trường Công an",
        "trên không gian mạng", "tại các khu công nghiệp", "đến năm 2030, tầm nhìn đến năm 2045",
    };

    private static final String[] OPENINGS = {
        "Căn cứ Điều lệ Đảng và các quy định hiện hành,", "Thực hiện chỉ đạo của cấp ủy cấp trên,",
        "Nhằm nâng cao chất lượng, hiệu quả công tác,", "Trên cơ sở kết quả sơ kết, tổng kết thời gian qua,",
        "Để kịp thời khắc phục hạn chế, tồn tại,", "Xét đề nghị của cơ quan tham mưu,",
        "Qua theo dõi, nắm tình hình tại cơ sở,", "Nhằm cụ thể hóa chủ trương của Trung ương,",
    };

    private static final String[] TASKS = {
        "các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện nghiêm túc",
        "thủ trưởng các đơn vị chịu trách nhiệm trước cấp ủy về kết quả thực hiện",
        "định kỳ sáu tháng, một năm báo cáo kết quả về cơ quan thường trực",
        "phối hợp chặt chẽ với cấp ủy, chính quyền địa phương", "bảo đảm kinh phí, phương tiện cho việc triển khai",
        "kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc", "xử lý nghiêm các trường hợp vi phạm",
        "đẩy mạnh ứng dụng công nghệ thông tin", "tăng cường kiểm tra, đôn đốc việc thực hiện",
        "phát huy vai trò gương mẫu của người đứng đầu", "lấy kết quả thực hiện làm tiêu chí đánh giá, xếp loại",
        "rà soát, sửa đổi, bổ sung quy trình nghiệp vụ", "tổ chức tập huấn cho cán bộ làm công tác chuyên trách",
        "nắm chắc tình hình tư tưởng của cán bộ, chiến sĩ", "chủ động tham mưu các giải pháp phù hợp với thực tiễn",
        "tuyên truyền sâu rộng trong quần chúng nhân dân", "xây dựng cơ sở dữ liệu thống nhất, liên thông",
        "giao chỉ tiêu cụ thể cho từng đơn vị", "sơ kết rút kinh nghiệm sau mỗi đợt cao điểm",
        "lồng ghép với các phong trào thi đua của đơn vị",
    };

    private static final String[] TAGS = {
        "xây dựng Đảng", "an ninh trật tự", "chuyển đổi số", "thi đua khen thưởng", "công tác cán bộ",
        "phòng chống tham nhũng", "dân vận", "đại hội",
    };

    /** Party and state types generated, with their weights, catalogue code and name. */
    private static final List<Type> PARTY_TYPES = List.of(
            new Type("PARTY_NQ", "NQ", "Nghị quyết", 3), new Type("PARTY_QD", "QĐ", "Quyết định", 3),
            new Type("PARTY_CT", "CT", "Chỉ thị", 2), new Type("PARTY_KL", "KL", "Kết luận", 1),
            new Type("PARTY_HD", "HD", "Hướng dẫn", 2), new Type("PARTY_KH", "KH", "Kế hoạch", 4),
            new Type("PARTY_TB", "TB", "Thông báo", 2), new Type("PARTY_BC", "BC", "Báo cáo", 3),
            new Type("PARTY_CV", "CV", "Công văn", 4));
    private static final List<Type> STATE_TYPES = List.of(
            new Type("STATE_QD", "QĐ", "Quyết định", 3), new Type("STATE_CT", "CT", "Chỉ thị", 1),
            new Type("STATE_KH", "KH", "Kế hoạch", 3), new Type("STATE_HD", "HD", "Hướng dẫn", 2),
            new Type("STATE_BC", "BC", "Báo cáo", 2), new Type("STATE_TB", "TB", "Thông báo", 2));

    private static final Set<OrganizationKind> PARTY_KINDS = EnumSet.of(OrganizationKind.CENTRAL_PARTY_BODY,
            OrganizationKind.POLITBURO, OrganizationKind.SECRETARIAT, OrganizationKind.CENTRAL_POLICE_PARTY_COMMITTEE,
            OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, OrganizationKind.POLICE_PARTY_COMMITTEE);

    private final JdbcTemplate jdbc;
    private final Organizations organizations;

    DocumentGenerator(JdbcTemplate jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** How many generated documents are stored. */
    public long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM document WHERE created_by = ?", Long.class, AUTHOR);
        return n == null ? 0 : n;
    }

    /**
     * Adds {@code count} generated documents (fewer when a number is already taken in its series).
     *
     * @param secretContent whether secret documents get a summary and attachment text (only on an isolated LAN)
     * @param attachmentParagraphs paragraphs of attachment text per document (0: none)
     * @return the number of documents added
     */
    public int generate(int count, long seed, boolean secretContent, int attachmentParagraphs) {
        Random random = new Random(seed);
        List<Issuer> issuers = issuers();
        Map<String, Integer> numbers = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(random, issuers, numbers, secretContent, attachmentParagraphs));
        }
        // stored in the order of their issue dates (drafts last), as a register fills up over the years
        rows.sort(Comparator.comparing((Object[] r) -> (Date) r[ISSUED], Comparator.nullsLast(Comparator.naturalOrder())));
        int added = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            added += insert(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        jdbc.update("INSERT INTO document_tag (document_id, tag)"
                + " SELECT id, (?::TEXT[])[1 + (id % " + TAGS.length + ")] FROM document WHERE created_by = ?"
                + " ON CONFLICT DO NOTHING", TAGS, AUTHOR);
        return added;
    }

    private int insert(List<Object[]> rows) {
        int[] counts = jdbc.batchUpdate("INSERT INTO document (kind, type_code, number, notation, series_key, issuer_id,"
                + " issued_on, place, signer_name, signer_position, title, summary, attachment_text, secrecy, urgency,"
                + " status, effective_from, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?) ON CONFLICT (series_key, number) WHERE number IS NOT NULL DO NOTHING", rows);
        int added = 0;
        for (int c : counts) {
            added += Math.max(c, 0);
        }
        return added;
    }

    private Object[] row(Random random, List<Issuer> issuers, Map<String, Integer> numbers, boolean secretContent,
            int paragraphs) {
        Issuer issuer = issuers.get(random.nextInt(issuers.size()));
        boolean party = issuer.party();
        Type type = pick(random, party ? PARTY_TYPES : STATE_TYPES);
        long days = issuer.to().toEpochDay() - issuer.from().toEpochDay();
        LocalDate issued = issuer.from().plusDays(random.nextLong(days + 1));
        int roll = random.nextInt(100);
        String status = roll < 3 ? "DRAFT" : roll < 60 ? "ISSUED" : roll < 90 ? "IN_FORCE" : roll < 95 ? "REPLACED"
                : "EXPIRED";
        int markRoll = random.nextInt(100);
        SecrecyMark mark = markRoll < 90 ? SecrecyMark.NONE : markRoll < 96 ? SecrecyMark.CONFIDENTIAL
                : markRoll < 99 ? SecrecyMark.SECRET : SecrecyMark.TOP_SECRET;
        int urgencyRoll = random.nextInt(100);
        String urgency = urgencyRoll < 85 ? "NORMAL" : urgencyRoll < 95 ? "URGENT" : urgencyRoll < 99 ? "VERY_URGENT"
                : "FLASH";
        String topic = topic(random, issued);
        String title = title(random, type, topic, issued);
        boolean content = !mark.secret() || secretContent;
        String summary = content ? summary(random, type, topic) : null;
        String attachment = content && paragraphs > 0 ? attachment(random, title, topic, paragraphs) : null;
        Integer number = null;
        String notation = null;
        String series = null;
        if (!"DRAFT".equals(status)) {
            series = party ? "PARTY|" + type.abbreviation() + "|" + issuer.id() + "|" + termStart(issued)
                    : "STATE|" + type.abbreviation() + "|" + issuer.id() + "|" + issued.getYear();
            // central series start above the seed documents' numbers (90-QĐ/TW, 118-KH/ĐUCA), so demo seeds and
            // generated documents never compete for a number whichever is stored first
            int step = 1 + random.nextInt(3);
            number = numbers.merge(series, issuer.central() ? CENTRAL_FIRST + step : step, Integer::sum);
            String no = number < 10 ? "0" + number : number.toString();
            notation = party ? no + "-" + type.abbreviation() + "/" + issuer.abbreviation()
                    : no + "/" + type.abbreviation() + "-" + issuer.abbreviation();
        }
        return new Object[] { party ? "PARTY" : "STATE", type.code(), number, notation, series, issuer.id(),
            "DRAFT".equals(status) ? null : Date.valueOf(issued), issuer.place(), null, null, title, summary,
            attachment, mark.name(), urgency, status, "IN_FORCE".equals(status) ? Date.valueOf(issued) : null, AUTHOR,
            AUTHOR };
    }

    private static String title(Random random, Type type, String topic, LocalDate issued) {
        return switch (type.abbreviation()) {
            case "NQ" -> "Về " + topic;
            case "QĐ" -> random.nextBoolean() ? "Ban hành Quy định về " + topic : "Về việc kiện toàn Ban chỉ đạo " + topic;
            case "CT" -> "Về tăng cường " + topic;
            case "KL" -> "Kết luận về " + topic;
            case "HD" -> "Hướng dẫn thực hiện " + topic;
            case "KH" -> "Triển khai " + topic + " năm " + issued.getYear();
            case "TB" -> "Thông báo kết luận của Thường trực cấp ủy về " + topic;
            case "BC" -> (random.nextBoolean() ? "Sơ kết" : "Tổng kết") + " công tác " + topic;
            default -> "Về việc " + topic;
        };
    }

    private static String summary(Random random, Type type, String topic) {
        return OPENINGS[random.nextInt(OPENINGS.length)] + " " + type.name().toLowerCase(Locale.ROOT) + " này xác định "
                + "mục tiêu, nhiệm vụ và giải pháp về " + topic + "; " + TASKS[random.nextInt(TASKS.length)] + ".";
    }

    private static String attachment(Random random, String title, String topic, int paragraphs) {
        StringBuilder text = new StringBuilder(title).append(".\n");
        for (int p = 0; p < paragraphs; p++) {
            text.append(p + 1).append(". ").append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ')
                    .append(TASKS[random.nextInt(TASKS.length)]).append("; ").append(TASKS[random.nextInt(TASKS.length)])
                    .append(" về ").append(p % 2 == 0 ? topic : SUBJECTS[random.nextInt(SUBJECTS.length)]).append(".\n");
        }
        return text.toString();
    }

    /** A subject, and in two cases of three a context: "công tác dân vận ở cơ sở". */
    private static String topic(Random random, LocalDate issued) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        if (random.nextInt(3) == 0) {
            return subject;
        }
        return subject + " " + CONTEXTS[random.nextInt(CONTEXTS.length)].replace("{year}",
                Integer.toString(issued.getYear()));
    }

    private static String termStart(LocalDate date) {
        int year = date.getYear();
        return year < 2016 ? "2010-01-01" : year < 2021 ? "2016-01-01" : year < 2026 ? "2021-01-01" : "2026-01-01";
    }

    private static Type pick(Random random, List<Type> types) {
        int total = types.stream().mapToInt(Type::weight).sum();
        int roll = random.nextInt(total);
        for (Type type : types) {
            roll -= type.weight();
            if (roll < 0) {
                return type;
            }
        }
        return types.get(types.size() - 1);
    }

    /**
     * Who issues: central bodies with an abbreviation (2016 to today), provincial-level bodies (from the 2025 reform,
     * or 2016 for provinces that did not merge), and the Party committees of provinces merged in 2025 (2024 to the
     * reform), so that filtering by an issuer with its predecessors finds something.
     */
    private List<Issuer> issuers() {
        LocalDate today = VietnamTime.today();
        List<Issuer> issuers = new ArrayList<>();
        for (OrganizationSummary o : organizations.all()) {
            if (o.abbreviation() == null || !(o.kind().central() || o.kind().provincialLevel())) {
                continue;
            }
            boolean party = PARTY_KINDS.contains(o.kind());
            String place = o.kind().central() ? "Hà Nội" : null;
            LocalDate from = o.kind().central() ? FIRST : REFORM;
            issuers.add(new Issuer(o.id(), o.abbreviation(), party, o.kind().central(), place, from, today));
            if (o.kind() == OrganizationKind.PROVINCIAL_PARTY_COMMITTEE) {
                List<Long> former = organizations.withPredecessors(o.id()).stream().filter(id -> id != o.id()).toList();
                organizations.findAllAsOf(former, REFORM.minusDays(1)).values().stream()
                        .filter(p -> p.abbreviation() != null)
                        .forEach(p -> issuers.add(new Issuer(p.id(), p.abbreviation(), true, false, null,
                                LocalDate.of(2024, 1, 1), REFORM.minusDays(1))));
            }
        }
        return issuers;
    }

    private record Type(String code, String abbreviation, String name, int weight) {
    }

    private record Issuer(long id, String abbreviation, boolean party, boolean central, String place, LocalDate from,
            LocalDate to) {
    }
}
