package vn.phoihop.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.Hashes;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.Texts;
import vn.phoihop.account.audit.AuditEntry;
import vn.phoihop.account.user.Paging;

/**
 * The append-only audit trail. {@link #record} must run inside the transaction of the change it records, so the
 * two are stored together or not at all. Rows form a hash chain with gapless sequence numbers; {@link #verify}
 * finds a changed, inserted or removed row.
 *
 * <p>Each row also stores the organisations it is about ({@code organization_ids}: the organisation of a target
 * user account, the organisations a registry change touched or names). A national administrator reads every row;
 * a provincial administrator reads, filtered in SQL, only rows that name at least one organisation within their
 * scope and otherwise only organisations everyone may read (ACCESS.md, audit trail), so a row that also names
 * another province's unit stays hidden. Rows written since migration V18 carry {@code hash_version} 2 and their organisation ids are part
 * of the hash, so moving a row into another administrator's view breaks the chain. Older rows (version 1) keep
 * their original hash, which never covered the column; their ids were derived by the migration. Hashing the new
 * column for old rows would have meant rewriting every stored hash, which is exactly what the chain forbids.
 */
@Service
public class AuditTrail {

    /** The hash that the first row points back to. */
    static final String GENESIS = "0".repeat(64);

    private static final long LOCK_KEY = 0x50484f4955L;

    private static final ZoneId VIETNAM = VietnamTime.ZONE;

    /** The current way of hashing a row: version 2 covers the organisation ids too. */
    static final int HASH_VERSION = 2;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, Organizations organizations, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an action of the signed-in user (or "system" when none) on a target. A target of type "user" is
     * about that account's organisation; for other targets use the variant that names the organisations.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details) {
        record(action, targetType, targetId, details, List.of());
    }

    /**
     * Records an action of the signed-in user (or "system") that is about {@code organizationIds} (besides, for a
     * target of type "user", that account's organisation). Only administrators whose scope covers every one of
     * them read the row; with none, only national administrators do.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details,
            Collection<Long> organizationIds) {
        String actor = CurrentUser.find().map(CurrentUser::getUsername).orElse("system");
        write(actor, action, targetType, targetId, details, organizationIds);
    }

    /**
     * Records a read of the signed-in user (a marked document, DESIGN.md) about {@code organizationIds}. Inside a
     * write transaction the row joins it; otherwise (a read-only transaction, or none) it is stored in a transaction
     * of its own, so a read is audited even though nothing else is written. Never a new transaction beside a write
     * one: that one may already hold the audit lock, and the new one would wait on it forever.
     */
    public void recordRead(String action, String targetType, Object targetId, String details,
            Collection<Long> organizationIds) {
        String actor = CurrentUser.find().map(CurrentUser::getUsername).orElse("system");
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            write(actor, action, targetType, targetId, details, organizationIds);
        }
        else {
            ownTransaction.executeWithoutResult(status -> write(actor, action, targetType, targetId, details,
                    organizationIds));
        }
    }

    /** Records an action by a named actor, for example a sign-in attempt before anyone is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, String details) {
        write(actor, action, targetType, targetId, details, List.of());
    }

    private void write(String actor, String action, String targetType, Object targetId, String details,
            Collection<Long> organizationIds) {
        Set<Long> about = new TreeSet<>(organizationIds);
        if ("user".equals(targetType) && targetId != null) {
            about.addAll(jdbc.sql("SELECT organization_id FROM user_account WHERE username = :u")
                    .param("u", targetId.toString()).query(Long.class).list());
        }
        Long[] ids = about.toArray(Long[]::new);
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleValue();
        Map<String, Object> last = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query().listOfRows().stream().findFirst().orElse(null);
        long seq = last == null ? 1 : ((Number) last.get("seq")).longValue() + 1;
        String prevHash = last == null ? GENESIS : (String) last.get("hash");
        AuditEntry entry = new AuditEntry(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), limit(actor, 64),
                limit(action, 64), limit(targetType, 64), targetId == null ? null : limit(targetId.toString(), 128),
                Texts.nfc(details), limit(remoteAddress(), 64));
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, details,
                                         remote_addr, prev_hash, hash, organization_ids, hash_version)
                VALUES (:seq, :at, :actor, :action, :targetType, :targetId, :details, :addr, :prev, :hash,
                        CAST(:ids AS BIGINT[]), :version)
                """)
                .param("seq", seq).param("at", Timestamp.from(entry.occurredAt())).param("actor", entry.actor())
                .param("action", entry.action()).param("targetType", entry.targetType())
                .param("targetId", entry.targetId()).param("details", entry.details())
                .param("addr", entry.remoteAddress()).param("prev", prevHash)
                .param("hash", hash(entry, about, HASH_VERSION, prevHash)).param("ids", ids)
                .param("version", HASH_VERSION).update();
    }

    /**
     * Entries matching the filter that the administrator may read (see the class comment), newest first. The
     * page and size are clamped ({@link Paging}).
     */
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int page, int size) {
        CurrentUser admin = CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        int safePage = Paging.page(page);
        int safeSize = Paging.size(size);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        scopeCondition(admin, where, params);
        if (filter.actor() != null) {
            where.append(" AND actor = :actor");
            params.put("actor", filter.actor().toLowerCase());
        }
        if (filter.action() != null) {
            where.append(" AND action = :action");
            params.put("action", filter.action());
        }
        if (filter.target() != null) {
            where.append(" AND (target_id = :target OR target_type = :target OR target_type || ':' || target_id = :target)");
            params.put("target", filter.target());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_event" + where
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", safeSize).param("offset", (long) safePage * safeSize)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("details"), rs.getString("remote_addr")))
                .list();
        return new AuditPage(entries, safePage, safeSize, total);
    }

    /** The distinct actions of the rows the administrator may read, for the filter's chooser. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        CurrentUser admin = CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        scopeCondition(admin, where, params);
        return jdbc.sql("SELECT DISTINCT action FROM audit_event" + where + " ORDER BY action").params(params)
                .query(String.class).list();
    }

    /**
     * Restricts a provincial administrator to rows about their scope: naming at least one organisation within it,
     * and otherwise only organisations everyone may read (central bodies, provincial-level organisations).
     */
    private void scopeCondition(CurrentUser admin, StringBuilder where, Map<String, Object> params) {
        Scope scope = organizations.scopeOf(admin.organizationId());
        if (!scope.national()) {
            Set<Long> within = organizations.idsWithin(scope);
            Set<Long> allowed = new TreeSet<>(within);
            organizations.all().stream().filter(o -> o.kind().publiclyVisible()).forEach(o -> allowed.add(o.id()));
            where.append(" AND organization_ids && CAST(:scope AS BIGINT[])"
                    + " AND organization_ids <@ CAST(:allowed AS BIGINT[])");
            params.put("scope", within.toArray(Long[]::new));
            params.put("allowed", allowed.toArray(Long[]::new));
        }
    }

    /** Walks the whole chain and reports the first row that does not match; for administrators. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        return verifyChain();
    }

    /** The check behind {@link #verify()}, for the command line where nobody is signed in. */
    @Transactional(readOnly = true)
    public AuditVerification verifyChain() {
        List<String> problems = new ArrayList<>(1);
        long[] state = { 0, 0 };
        String[] prev = { GENESIS };
        jdbc.sql("SELECT * FROM audit_event ORDER BY seq").query(rs -> {
            if (!problems.isEmpty()) {
                return;
            }
            long seq = rs.getLong("seq");
            Set<Long> about = new TreeSet<>();
            java.sql.Array ids = rs.getArray("organization_ids");
            for (Object id : (Object[]) ids.getArray()) {
                about.add(((Number) id).longValue());
            }
            AuditEntry entry = new AuditEntry(seq, rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                    rs.getString("target_id"), rs.getString("details"), rs.getString("remote_addr"));
            state[0]++;
            if (seq != state[1] + 1) {
                problems.add("missing row(s) before seq " + seq);
            }
            else if (!prev[0].equals(rs.getString("prev_hash"))) {
                problems.add("seq " + seq + " does not point to the previous row's hash");
            }
            else if (!hash(entry, about, rs.getInt("hash_version"), prev[0]).equals(rs.getString("hash"))) {
                problems.add("seq " + seq + " was changed after it was written");
            }
            state[1] = seq;
            prev[0] = rs.getString("hash");
        });
        return new AuditVerification(problems.isEmpty(), state[0], problems.isEmpty() ? null : problems.get(0));
    }

    /**
     * The hash of a row: version 1 (rows before migration V18) over its fields and the previous hash; version 2
     * also over its organisation ids in ascending order.
     */
    static String hash(AuditEntry e, Set<Long> organizationIds, int version, String prevHash) {
        String canonical = String.join("\u001f", String.valueOf(e.seq()),
                String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt())), nz(e.actor()),
                nz(e.action()), nz(e.targetType()), nz(e.targetId()), nz(e.details()), nz(e.remoteAddress()),
                prevHash);
        if (version >= 2) {
            canonical = canonical + "\u001f" + new TreeSet<>(organizationIds).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
        }
        return Hashes.sha256Hex(canonical);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Filter of the audit page; every field is optional. */
    public record AuditFilter(String actor, String action, String target, LocalDate from, LocalDate to) {
    }

    /** One page of entries. */
    public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The result of {@link #verify()}. */
    public record AuditVerification(boolean intact, long checked, String problem) {
    }
}
