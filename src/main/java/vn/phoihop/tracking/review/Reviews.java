package vn.phoihop.tracking.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.tracking.assignment.TrackingAccess;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.PlanChoice;
import vn.phoihop.tracking.dashboard.TrackingDashboard;

/**
 * Reviews (sơ kết, tổng kết) of a plan. Created by the plan's owner ({@link TrackingAccess#requirePlanEditor});
 * read by the readers of the plan. The report shows the dashboard for the period's last day as the reader may read
 * it: a provincial reader downloading it gets only their own province's rows, so its numbers always equal the
 * dashboard that reader sees, and nothing of another province leaves through it.
 */
@Service("trackingReviews")
@Transactional(readOnly = true)
public class Reviews {

    private final JdbcClient jdbc;
    private final TrackingAccess access;
    private final TrackingDashboard dashboard;
    private final Organizations organizations;
    private final ReviewDocx docx;

    Reviews(JdbcClient jdbc, TrackingAccess access, TrackingDashboard dashboard, Organizations organizations,
            ReviewDocx docx) {
        this.jdbc = jdbc;
        this.access = access;
        this.dashboard = dashboard;
        this.organizations = organizations;
        this.docx = docx;
    }

    /** The reviews of the plans the acting user reads, newest first. */
    public List<Review> list() {
        return select("", Map.of());
    }

    /** The review if the acting user reads its plan. */
    public Optional<Review> find(long id) {
        return select(" AND r.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The review if the acting user reads its plan, else “not found”. */
    public Review require(long id) {
        return find(id).orElseThrow(() -> UserFacingException.notFound("tracking.review.notFound"));
    }

    /** Whether the acting user may create reviews of the plan (its owner's staff). */
    public boolean mayCreate(PlanChoice plan) {
        return access.mayEditPlan(plan.ownerOrganizationId());
    }

    /**
     * Creates a review: the acting user must be a planner (else 403), the plan be read by the acting user (else “not found”) and edited by them (else 403);
     * the period must be given, in order and within 2000–2100; the title at most 500 characters without control
     * characters. Nothing is stored when refused.
     */
    @Transactional
    public long create(NewReview review) {
        access.requirePlanner();
        if (review.plan() == null) {
            throw UserFacingException.invalid("tracking.review.planRequired");
        }
        PlanChoice plan = dashboard.requirePlan(review.plan());
        access.requirePlanEditor(plan.ownerOrganizationId());
        if (review.kind() == null) {
            throw UserFacingException.invalid("tracking.review.kindRequired");
        }
        if (review.periodFrom() == null || review.periodTo() == null) {
            throw UserFacingException.invalid("tracking.review.periodRequired");
        }
        TrackingDashboard.day(review.periodFrom());
        TrackingDashboard.day(review.periodTo());
        if (review.periodTo().isBefore(review.periodFrom())) {
            throw UserFacingException.invalid("tracking.review.periodOrder");
        }
        String title = review.title() == null || review.title().isBlank() ? defaultTitle(review.kind(), plan)
                : review.title().strip();
        if (title.length() > 500 || title.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            throw UserFacingException.invalid("tracking.review.badTitle");
        }
        return jdbc.sql("INSERT INTO tracking_review (plan_id, kind, title, period_from, period_to, created_by)"
                + " VALUES (:plan, :kind, :title, :from, :to, :by) RETURNING id").param("plan", plan.id())
                .param("kind", review.kind().name()).param("title", title).param("from", review.periodFrom())
                .param("to", review.periodTo()).param("by", access.user().getUsername()).query(Long.class).single();
    }

    /** The matrix of a review: the dashboard of its plan for its period's last day, as the acting user reads it. */
    public DashboardMatrix matrix(Review review) {
        return dashboard.matrix(review.planId(), review.periodTo(), null);
    }

    /** The review's report as DOCX, within what the acting user reads (see the class comment). */
    public ReviewReport report(long id) {
        Review review = require(id);
        DashboardMatrix matrix = matrix(review);
        String owner = organizations.find(matrix.plan().ownerOrganizationId()).map(OrganizationSummary::name)
                .orElse("");
        byte[] bytes = docx.write(review, owner, matrix, dashboard.overdue(review.planId(), review.periodTo()));
        return new ReviewReport("bao-cao-" + (review.kind() == ReviewKind.INTERIM ? "so-ket" : "tong-ket") + "-"
                + review.id() + ".docx", bytes);
    }

    /** “Báo cáo sơ kết thực hiện Nghị quyết số 12-NQ/TW” from the plan “Thực hiện Nghị quyết số 12-NQ/TW”. */
    static String defaultTitle(ReviewKind kind, PlanChoice plan) {
        String source = plan.title().strip();
        String lowered = source.isEmpty() ? source
                : source.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + source.substring(1);
        String title = "Báo cáo " + (kind == ReviewKind.INTERIM ? "sơ kết " : "tổng kết ") + lowered;
        return title.length() > 500 ? title.substring(0, 500) : title;
    }

    private List<Review> select(String condition, Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.putAll(extra);
        return jdbc.sql("SELECT r.id, r.plan_id, p.title, r.kind, r.title, r.period_from, r.period_to, r.created_by,"
                + " r.created_at FROM tracking_review r JOIN tracking_plan p ON p.id = r.plan_id WHERE "
                + access.planReadable("p") + condition + " ORDER BY r.created_at DESC, r.id DESC LIMIT 200")
                .params(params)
                .query((rs, n) -> new Review(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ReviewKind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }
}
