package vn.phoihop.consultation.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.VietnamTime;

/**
 * Demo mode only, once (when the 2021 draft is not there yet), after the tracking demo:
 * <ul>
 * <li>the 2021 consultation on {@value DemoTexts#DRAFT_2021} (drafting body CTDCT, to the Ban Bí thư): Dự thảo 1 with
 * four chapters and twenty articles, a CLOSED round (opened 16/08/2021, deadline 30/09/2021, workshop 07/09/2021)
 * inviting the 63 provincial Party committees and 63 police forces of 15/08/2021, about 150 submitted comments (a
 * few late, a few invitees answering “no comments”, a few not answering), dispositions of all three kinds published
 * to the invitees, two groups of near-duplicates answered once and one cluster left for the drafters, a few comments
 * not yet handled, and Dự thảo 2 with edited, added, split and moved articles whose accepted comments link to what
 * they changed. Each invitation is held by its invitee until 30/06/2025 and by its successor
 * ({@code organization_current}) from 01/07/2025, so today's provinces see their predecessors' comments;</li>
 * <li>an OPEN round (deadline 31/12/2026) on the small draft {@value DemoTexts#DRAFT_OPEN}, inviting the 34 + 34 of
 * 01/08/2025, with comments in each status; Bắc Ninh's invitations are left unopened so its demo users can write and
 * submit;</li>
 * <li>the canaries: Hà Nội's submitted comment carrying {@value #CANARY_COMMENT} in the open round, and an internal
 * note {@value #CANARY_NOTE} on a 2021 comment of Bắc Ninh's police.</li>
 * </ul>
 */
@Component
@Order(60)
class ConsultationDemo implements ApplicationRunner {

    /** In the body of Hà Nội's submitted comment in the open round (CanaryTests). */
    static final String CANARY_COMMENT = "CANARY-HN-CONSULT";

    /** An internal note on a submitted comment of Bắc Ninh's police (CanaryTests). */
    static final String CANARY_NOTE = "CANARY-CONSULT-NOTE";

    static final long SEED = 20_210_816L;

    static final LocalDate INVITED_AS_OF = LocalDate.of(2021, 8, 15);

    static final LocalDate OPENED = LocalDate.of(2021, 8, 16);

    static final LocalDate DEADLINE = LocalDate.of(2021, 9, 30);

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    static final LocalDate OPEN_ROUND_OPENS = LocalDate.of(2026, 11, 15);

    private static final String DRAFTER = "canbo.tw";

    /** Invitations that always submit (Bắc Ninh's and Hà Nội's of 2021). */
    private static final Set<String> ALWAYS = Set.of("P1997-27-CA", "P1997-27-TU", "P1997-24-CA", "P1997-01-CA");

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationDemo.class);

    private final PhoiHopSettings settings;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ConsultationDemo(PhoiHopSettings settings, Organizations organizations, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || present()) {
            return;
        }
        long started = System.nanoTime();
        Integer stored = transactions.execute(s -> seed());
        LOG.info("Demo data: {} consultation comments in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }

    boolean present() {
        return jdbc.sql("SELECT count(*) FROM consultation_draft WHERE title = :t").param("t", DemoTexts.DRAFT_2021)
                .query(Long.class).single() > 0;
    }

    private int seed() {
        Long ctdct = organizations.findByCode("CTDCT").map(OrganizationSummary::id).orElse(null);
        if (ctdct == null) {
            return 0;
        }
        return consultation2021(ctdct) + openRound(ctdct);
    }

    // ---- 2021

    private record Versions(long v1, long v2, List<Long> articles, long splitPart) {
    }

    private int consultation2021(long ctdct) {
        long draft = draft(DemoTexts.DRAFT_2021, ctdct, LocalDate.of(2021, 8, 2));
        Versions versions = versions2021(draft);
        long round = jdbc.sql("""
                INSERT INTO consultation_round (draft_id, version_id, title, instructions, opens_on, deadline,
                    late_policy, invited_as_of, status, dispositions_published, created_by, created_at, closed_at)
                VALUES (:d, :v, :title, :instructions, :opens, :deadline, 'FLAG', :asOf, 'CLOSED', TRUE, :by, :at,
                    :closed) RETURNING id""")
                .param("d", draft).param("v", versions.v1())
                .param("title", "Lấy ý kiến các tỉnh ủy, thành ủy và Công an các tỉnh, thành phố về Dự thảo 1")
                .param("instructions", "Đề nghị các cấp ủy, đơn vị nghiên cứu, góp ý theo từng điều của dự thảo và"
                        + " gửi về Đảng ủy Công an Trung ương trước ngày 30/9/2021. Hội thảo toàn quốc góp ý dự thảo"
                        + " tổ chức ngày 07/9/2021.")
                .param("opens", OPENED).param("deadline", at(DEADLINE, 17)).param("asOf", INVITED_AS_OF)
                .param("by", DRAFTER).param("at", at(OPENED, 8)).param("closed", at(LocalDate.of(2021, 10, 5), 9))
                .query(Long.class).single();
        List<OrganizationSummary> invitees = new ArrayList<>(organizations.allOfKindOn(
                OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, INVITED_AS_OF));
        invitees.addAll(organizations.allOfKindOn(OrganizationKind.PROVINCIAL_POLICE, INVITED_AS_OF));
        invitees.sort(Comparator.comparing(OrganizationSummary::code));
        Map<Long, Long> current = current(invitees);
        Map<Integer, Long> article = new HashMap<>();
        for (int n = 1; n <= versions.articles().size(); n++) {
            article.put(n, versions.articles().get(n - 1));
        }
        Set<Integer> changed = Set.of(3, 5, 8, 9, 13, DemoTexts.MOVED);
        List<Long> submitting = new ArrayList<>();
        Map<Long, LocalDate> submittedOn = new HashMap<>();
        long bacNinhComment = 0;
        int comments = 0;
        for (OrganizationSummary org : invitees) {
            Random random = new Random(SEED + org.code().hashCode());
            int roll = random.nextInt(100);
            boolean always = ALWAYS.contains(org.code());
            String status = always || roll >= 9 ? "SUBMITTED" : roll < 4 ? "NO_COMMENTS" : "NOT_OPENED";
            boolean late = "SUBMITTED".equals(status) && random.nextInt(100) < 7;
            LocalDate on = late ? DEADLINE.plusDays(1 + random.nextInt(4)) : OPENED.plusDays(20 + random.nextInt(25));
            long invitation = invitation(round, org.id(), status, "NOT_OPENED".equals(status) ? null : on, late);
            holders(invitation, org.id(), current.getOrDefault(org.id(), org.id()), OPENED);
            if (!"SUBMITTED".equals(status)) {
                continue;
            }
            submitting.add(invitation);
            submittedOn.put(invitation, on);
            int count = 1 + (random.nextInt(100) < 25 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                int number;
                String body;
                if (random.nextInt(100) < 70) {
                    Object[] specific = DemoTexts.SPECIFIC.get(random.nextInt(DemoTexts.SPECIFIC.size()));
                    number = (Integer) specific[0];
                    body = (String) specific[1];
                }
                else {
                    number = 1 + random.nextInt(article.size());
                    body = DemoTexts.GENERAL.get(random.nextInt(DemoTexts.GENERAL.size()));
                }
                long comment = comment(round, invitation, article.get(number), body, on);
                comments++;
                if ("P1997-27-CA".equals(org.code()) && bacNinhComment == 0) {
                    bacNinhComment = comment;
                }
                if (random.nextInt(100) < 4) {
                    continue;
                }
                dispose(comment, number, changed.contains(number), random, versions);
            }
        }
        comments += duplicates(round, submitting, submittedOn, article, versions);
        note(bacNinhComment, CANARY_NOTE + " — cần trao đổi thêm với Công an tỉnh trước khi trả lời.");
        return comments;
    }

    /** Dự thảo 1 and Dự thảo 2 with their provisions, origins and changes. */
    private Versions versions2021(long draft) {
        long v1 = version(draft, 1, "Bản gửi lấy ý kiến các tỉnh ủy, thành ủy và Công an các tỉnh, thành phố",
                at(LocalDate.of(2021, 8, 10), 9), at(OPENED, 8));
        List<Long> chapters = new ArrayList<>();
        List<Long> articles = new ArrayList<>();
        int position = 0;
        int number = 0;
        for (DemoTexts.Chapter chapter : DemoTexts.CHAPTERS) {
            long c = provision(draft, "CHAPTER");
            chapters.add(c);
            text(v1, c, null, ++position, chapter.label(), chapter.heading(), "", "NEW");
            for (String[] a : chapter.articles()) {
                long id = provision(draft, "ARTICLE");
                articles.add(id);
                text(v1, id, c, ++position, "Điều " + (++number), a[0], a[1], "NEW");
            }
        }
        long v2 = version(draft, 2, "Bản đã tiếp thu ý kiến góp ý, trình Ban Bí thư", at(LocalDate.of(2021, 10, 20),
                9), null);
        Map<Integer, String> edited = new HashMap<>();
        DemoTexts.EDITED.forEach(e -> edited.put((Integer) e[0], (String) e[1]));
        position = 0;
        number = 0;
        int first = 1;
        long splitPart = provision(draft, "ARTICLE");
        long added = provision(draft, "ARTICLE");
        for (int ch = 0; ch < DemoTexts.CHAPTERS.size(); ch++) {
            DemoTexts.Chapter chapter = DemoTexts.CHAPTERS.get(ch);
            long c = chapters.get(ch);
            text(v2, c, null, ++position, chapter.label(), chapter.heading(), "", "UNCHANGED");
            origin(v2, c, c);
            if (ch == 3) {
                long moved = articles.get(DemoTexts.MOVED - 1);
                String[] a = DemoTexts.CHAPTERS.get(2).articles().get(DemoTexts.MOVED - 13);
                text(v2, moved, c, ++position, "Điều " + (++number), a[0], a[1], "MOVED");
                origin(v2, moved, moved);
            }
            for (int k = 0; k < chapter.articles().size(); k++) {
                int old = first + k;
                long id = articles.get(old - 1);
                String[] a = chapter.articles().get(k);
                if (old == DemoTexts.MOVED) {
                    continue;
                }
                if (old == 9) {
                    text(v2, id, c, ++position, "Điều " + (++number), DemoTexts.SPLIT[0][0], DemoTexts.SPLIT[0][1],
                            "SPLIT");
                    origin(v2, id, id);
                    text(v2, splitPart, c, ++position, "Điều " + (++number), DemoTexts.SPLIT[1][0],
                            DemoTexts.SPLIT[1][1], "SPLIT");
                    origin(v2, splitPart, id);
                    continue;
                }
                boolean changed = edited.containsKey(old);
                text(v2, id, c, ++position, "Điều " + (++number), a[0], changed ? edited.get(old) : a[1],
                        changed ? "EDITED" : "UNCHANGED");
                origin(v2, id, id);
            }
            if (ch == 1) {
                text(v2, added, c, ++position, "Điều " + (++number), DemoTexts.ADDED[0], DemoTexts.ADDED[1], "ADDED");
            }
            first += chapter.articles().size();
        }
        return new Versions(v1, v2, articles, splitPart);
    }

    /** The near-duplicate clusters: the first two grouped and answered once, the last left undecided. */
    private int duplicates(long round, List<Long> submitting, Map<Long, LocalDate> submittedOn,
            Map<Integer, Long> article, Versions versions) {
        int stored = 0;
        int pick = 3;
        for (int cluster = 0; cluster < DemoTexts.DUPLICATES.size(); cluster++) {
            Object[] dup = DemoTexts.DUPLICATES.get(cluster);
            int number = (Integer) dup[0];
            @SuppressWarnings("unchecked")
            List<String> wordings = (List<String>) dup[1];
            List<Long> ids = new ArrayList<>();
            for (String wording : wordings) {
                long invitation = submitting.get(pick % submitting.size());
                pick += 11;
                ids.add(comment(round, invitation, article.get(number), wording, submittedOn.get(invitation)));
                stored++;
            }
            if (cluster == DemoTexts.DUPLICATES.size() - 1) {
                continue;
            }
            long group = jdbc.sql("INSERT INTO consultation_comment_group (round_id, label, created_by, created_at)"
                    + " VALUES (:r, :l, :by, :at) RETURNING id").param("r", round)
                    .param("l", "Nhóm ý kiến về Điều " + number).param("by", DRAFTER)
                    .param("at", at(LocalDate.of(2021, 10, 6), 9)).query(Long.class).single();
            boolean partly = cluster == 0;
            jdbc.sql("""
                    UPDATE consultation_comment SET group_id = :g, disposition = :d, disposition_reason = :reason,
                           disposed_by = :by, disposed_at = :at, changed_provision_id = :p, changed_version_id = :v,
                           assigned_to = :by
                    WHERE id = ANY (:ids)""").param("g", group).param("d", partly ? "PARTLY_ACCEPTED" : "ACCEPTED")
                    .param("reason", partly ? "Tiếp thu một phần: bổ sung yêu cầu thống nhất bằng văn bản với ban"
                            + " thường vụ tỉnh ủy, thành ủy; việc bổ nhiệm Phó Giám đốc do Bộ Công an quyết định theo"
                            + " phân cấp." : "Đã tiếp thu, bổ sung tại Điều 13 Dự thảo 2.")
                    .param("by", DRAFTER).param("at", at(LocalDate.of(2021, 10, 8), 10))
                    .param("p", article.get(number)).param("v", versions.v2())
                    .param("ids", ids.toArray(Long[]::new)).update();
            if (partly) {
                note(ids.get(0), "Cần thống nhất với Cục Tổ chức cán bộ trước khi trả lời nhóm ý kiến này.");
            }
        }
        return stored;
    }

    private void dispose(long comment, int number, boolean changed, Random random, Versions versions) {
        int roll = random.nextInt(100);
        String kind = changed ? (roll < 60 ? "ACCEPTED" : roll < 85 ? "PARTLY_ACCEPTED" : "EXPLAINED")
                // an article Dự thảo 2 left as it was accepts nothing in full (the redline would show an accepted
                // comment beside unchanged text): partly accepted (the wording kept) or explained
                : (roll < 45 ? "PARTLY_ACCEPTED" : "EXPLAINED");
        List<String> reasons = switch (kind) {
            case "ACCEPTED" -> DemoTexts.ACCEPT_REASONS;
            case "PARTLY_ACCEPTED" -> DemoTexts.PARTLY_REASONS;
            default -> DemoTexts.EXPLAIN_REASONS;
        };
        boolean link = changed && !"EXPLAINED".equals(kind);
        Long target = !link ? null : number == 9 ? versions.splitPart() : versions.articles().get(number - 1);
        jdbc.sql("""
                UPDATE consultation_comment SET disposition = :d, disposition_reason = :reason, disposed_by = :by,
                       disposed_at = :at, changed_provision_id = :p, changed_version_id = :v, assigned_to = :assignee
                WHERE id = :id""").param("d", kind).param("reason", reasons.get(random.nextInt(reasons.size())))
                .param("by", DRAFTER).param("at", at(LocalDate.of(2021, 10, 6 + random.nextInt(9)), 10))
                .param("p", target).param("v", link ? versions.v2() : null)
                .param("assignee", random.nextBoolean() ? DRAFTER : "lanhdao.tw").param("id", comment).update();
    }

    // ---- the open round

    private int openRound(long ctdct) {
        long draft = draft(DemoTexts.DRAFT_OPEN, ctdct, LocalDate.of(2026, 10, 20));
        long version = version(draft, 1, "Bản gửi lấy ý kiến", at(LocalDate.of(2026, 11, 1), 9),
                at(OPEN_ROUND_OPENS, 8));
        List<Long> articles = new ArrayList<>();
        int n = 0;
        for (String[] a : DemoTexts.OPEN_ARTICLES) {
            long id = provision(draft, "ARTICLE");
            articles.add(id);
            n++;
            text(version, id, null, n, "Điều " + n, a[0], a[1], "NEW");
        }
        LocalDate asOf = LocalDate.of(2025, 8, 1);
        long round = jdbc.sql("""
                INSERT INTO consultation_round (draft_id, version_id, title, instructions, opens_on, deadline,
                    late_policy, invited_as_of, status, created_by, created_at)
                VALUES (:d, :v, :title, :instructions, :opens, :deadline, 'FLAG', :asOf, 'OPEN', :by, :at)
                RETURNING id""")
                .param("d", draft).param("v", version)
                .param("title", "Lấy ý kiến các tỉnh ủy, thành ủy và Công an các tỉnh, thành phố về dự thảo Quy định"
                        + " chế độ thông tin, báo cáo")
                .param("instructions", "Đề nghị góp ý theo từng điều và gửi trước ngày 31/12/2026.")
                .param("opens", OPEN_ROUND_OPENS).param("deadline", at(LocalDate.of(2026, 12, 31), 17))
                .param("asOf", asOf).param("by", DRAFTER).param("at", at(OPEN_ROUND_OPENS, 8))
                .query(Long.class).single();
        List<OrganizationSummary> invitees = new ArrayList<>(organizations.allOfKindOn(
                OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, asOf));
        invitees.addAll(organizations.allOfKindOn(OrganizationKind.PROVINCIAL_POLICE, asOf));
        invitees.sort(Comparator.comparing(OrganizationSummary::code));
        LocalDate submitted = LocalDate.of(2026, 11, 25);
        int comments = 0;
        for (OrganizationSummary org : invitees) {
            String status = switch (org.code()) {
                case "T01-CA", "T03-TU" -> "SUBMITTED";
                case "T04-CA" -> "NO_COMMENTS";
                case "T01-TU", "T02-CA" -> "DRAFTING";
                default -> "NOT_OPENED";
            };
            long invitation = invitation(round, org.id(), status, status.equals("SUBMITTED")
                    || status.equals("NO_COMMENTS") ? submitted : null, false);
            holders(invitation, org.id(), org.id(), OPEN_ROUND_OPENS);
            switch (org.code()) {
                case "T01-CA" -> {
                    comments(round, invitation, articles.get(1), CANARY_COMMENT + " — đề nghị bổ sung kỳ báo cáo"
                            + " tháng đối với Công an thành phố Hà Nội.", "SUBMITTED", submitted);
                    comments(round, invitation, articles.get(3), "Đề nghị quy định rõ định dạng tệp báo cáo gửi qua"
                            + " hệ thống thông tin.", "SUBMITTED", submitted);
                    comments += 2;
                }
                case "T03-TU" -> {
                    comments(round, invitation, articles.get(2), "Đề nghị bổ sung nội dung báo cáo về công tác dân"
                            + " vận.", "SUBMITTED", submitted);
                    comments++;
                }
                case "T01-TU" -> {
                    comments(round, invitation, articles.get(0), "Đề nghị làm rõ phạm vi áp dụng đối với các đơn vị"
                            + " trực thuộc.", "DRAFT", null);
                    comments++;
                }
                case "T02-CA" -> {
                    comments(round, invitation, articles.get(1), "Đề nghị bỏ kỳ báo cáo quý để giảm tải báo cáo.",
                            "APPROVED", null);
                    comments(round, invitation, articles.get(4), "Đề nghị giao thêm Văn phòng Bộ theo dõi thực hiện.",
                            "DRAFT", null);
                    comments += 2;
                }
                default -> {
                }
            }
        }
        return comments;
    }

    // ---- rows

    private long draft(String title, long ctdct, LocalDate created) {
        return jdbc.sql("INSERT INTO consultation_draft (title, drafting_organization_id, addressee, created_by,"
                + " created_at) VALUES (:t, :o, 'Ban Bí thư', :by, :at) RETURNING id").param("t", title)
                .param("o", ctdct).param("by", DRAFTER).param("at", at(created, 9)).query(Long.class).single();
    }

    private long version(long draft, int number, String note, Timestamp created, Timestamp frozen) {
        return jdbc.sql("INSERT INTO consultation_version (draft_id, number, label, note, frozen_at, created_by,"
                + " created_at) VALUES (:d, :n, :label, :note, :frozen, :by, :at) RETURNING id").param("d", draft)
                .param("n", number).param("label", "Dự thảo " + number).param("note", note).param("frozen", frozen)
                .param("by", DRAFTER).param("at", created).query(Long.class).single();
    }

    private long provision(long draft, String kind) {
        return jdbc.sql("INSERT INTO consultation_provision (draft_id, kind) VALUES (:d, :k) RETURNING id")
                .param("d", draft).param("k", kind).query(Long.class).single();
    }

    private void text(long version, long provision, Long parent, int position, String label, String heading,
            String body, String change) {
        jdbc.sql("INSERT INTO consultation_provision_text (version_id, provision_id, parent_id, position, label,"
                + " heading, body, change) VALUES (:v, :p, :parent, :pos, :label, :heading, :body, :change)")
                .param("v", version).param("p", provision).param("parent", parent).param("pos", position)
                .param("label", label).param("heading", heading).param("body", body).param("change", change).update();
    }

    private void origin(long version, long provision, long source) {
        jdbc.sql("INSERT INTO consultation_provision_origin (version_id, provision_id, source_provision_id)"
                + " VALUES (:v, :p, :s)").param("v", version).param("p", provision).param("s", source).update();
    }

    private long invitation(long round, long org, String status, LocalDate on, boolean late) {
        boolean answered = "SUBMITTED".equals(status) || "NO_COMMENTS".equals(status);
        return jdbc.sql("""
                INSERT INTO consultation_invitation (round_id, organization_id, status, opened_at, submitted_at,
                    submitted_by, submitted_by_organization_id, late)
                VALUES (:r, :o, :s, :opened, :submitted, :by, :subOrg, :late) RETURNING id""")
                .param("r", round).param("o", org).param("s", status)
                .param("opened", on == null && !"DRAFTING".equals(status) ? null
                        : at(on == null ? OPEN_ROUND_OPENS.plusDays(2) : on.minusDays(5), 9))
                .param("submitted", answered ? at(on, 15) : null).param("by", answered ? "demo" : null)
                .param("subOrg", answered ? org : null).param("late", late).query(Long.class).single();
    }

    /** The invitee holds the invitation from {@code from}; a 2021 invitee until 30/06/2025, then its successor. */
    private void holders(long invitation, long org, long successor, LocalDate from) {
        boolean handedOver = from.isBefore(REFORM) && successor != org;
        jdbc.sql("INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from, valid_to)"
                + " VALUES (:i, :o, :f, :t)").param("i", invitation).param("o", org).param("f", from)
                .param("t", handedOver ? REFORM.minusDays(1) : null).update();
        if (handedOver) {
            jdbc.sql("INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from)"
                    + " VALUES (:i, :o, :f)").param("i", invitation).param("o", successor).param("f", REFORM).update();
        }
    }

    private long comment(long round, long invitation, long provision, String body, LocalDate on) {
        return comments(round, invitation, provision, body, "SUBMITTED", on);
    }

    private long comments(long round, long invitation, long provision, String body, String status, LocalDate on) {
        String text = Texts.nfc(body);
        LocalDate written = on != null ? on.minusDays(3) : OPEN_ROUND_OPENS.plusDays(3);
        return jdbc.sql("""
                INSERT INTO consultation_comment (round_id, invitation_id, provision_id, body, body_folded, status,
                    written_by, written_at, approved_by, approved_at, submitted_at)
                VALUES (:r, :i, :p, :body, :folded, :status, 'demo', :written, :approvedBy, :approvedAt, :submitted)
                RETURNING id""")
                .param("r", round).param("i", invitation).param("p", provision).param("body", text)
                .param("folded", Texts.fold(text)).param("status", status).param("written", at(written, 10))
                .param("approvedBy", "DRAFT".equals(status) ? null : "demo")
                .param("approvedAt", "DRAFT".equals(status) ? null : at(written.plusDays(1), 10))
                .param("submitted", "SUBMITTED".equals(status) ? at(on, 15) : null)
                .query(Long.class).single();
    }

    private void note(long comment, String body) {
        if (comment == 0) {
            return;
        }
        jdbc.sql("INSERT INTO consultation_internal_note (comment_id, body, written_by, written_at) VALUES (:c, :b,"
                + " :by, :at)").param("c", comment).param("b", body).param("by", DRAFTER)
                .param("at", at(LocalDate.of(2021, 10, 7), 14)).update();
    }

    private Map<Long, Long> current(List<OrganizationSummary> orgs) {
        Map<Long, Long> current = new HashMap<>();
        jdbc.sql("SELECT x, organization_current(x) FROM unnest(CAST(:ids AS BIGINT[])) AS x")
                .param("ids", orgs.stream().map(OrganizationSummary::id).toArray(Long[]::new))
                .query((rs, n) -> current.put(rs.getLong(1), rs.getLong(2))).list();
        return current;
    }

    /** {@code hour}:00 in Việt Nam on that day. */
    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(VietnamTime.ZONE).toInstant());
    }
}
