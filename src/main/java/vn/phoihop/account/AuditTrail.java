package vn.phoihop.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.phoihop.platform.Hashes;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.Texts;

/**
 * The append-only audit trail. {@link #record} must run inside the transaction of the change it records, so the
 * two are stored together or not at all. Rows form a hash chain with gapless sequence numbers; {@link #verify}
 * finds a changed, inserted or removed row.
 */
@Service
public class AuditTrail {

    /** The hash that the first row points back to. */
    static final String GENESIS = "0".repeat(64);

    private static final long LOCK_KEY = 0x50484f4955L;

    private static final ZoneId VIETNAM = VietnamTime.ZONE;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user (or "system" when none) on a target. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details) {
        String actor = CurrentUser.find().map(CurrentUser::getUsername).orElse("system");
        recordAs(actor, action, targetType, targetId, details);
    }

    /** Records an action by a named actor, for example a sign-in attempt before anyone is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, String details) {
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
                                         remote_addr, prev_hash, hash)
                VALUES (:seq, :at, :actor, :action, :targetType, :targetId, :details, :addr, :prev, :hash)
                """)
                .param("seq", seq).param("at", Timestamp.from(entry.occurredAt())).param("actor", entry.actor())
                .param("action", entry.action()).param("targetType", entry.targetType())
                .param("targetId", entry.targetId()).param("details", entry.details())
                .param("addr", entry.remoteAddress()).param("prev", prevHash).param("hash", hash(entry, prevHash))
                .update();
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int page, int size) {
        CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
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
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("details"), rs.getString("remote_addr")))
                .list();
        return new AuditPage(entries, page, size, total);
    }

    /** The distinct actions recorded so far, for the filter's chooser. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    /** Walks the whole chain and reports the first row that does not match; for administrators. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        return verifyChain();
    }

    /** The check behind {@link #verify()}, for the command line where nobody is signed in. */
    @Transactional(readOnly = true)
    AuditVerification verifyChain() {
        List<String> problems = new ArrayList<>(1);
        long[] state = { 0, 0 };
        String[] prev = { GENESIS };
        jdbc.sql("SELECT * FROM audit_event ORDER BY seq").query(rs -> {
            if (!problems.isEmpty()) {
                return;
            }
            long seq = rs.getLong("seq");
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
            else if (!hash(entry, prev[0]).equals(rs.getString("hash"))) {
                problems.add("seq " + seq + " was changed after it was written");
            }
            state[1] = seq;
            prev[0] = rs.getString("hash");
        });
        return new AuditVerification(problems.isEmpty(), state[0], problems.isEmpty() ? null : problems.get(0));
    }

    static String hash(AuditEntry e, String prevHash) {
        String canonical = String.join("\u001f", String.valueOf(e.seq()),
                String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt())), nz(e.actor()),
                nz(e.action()), nz(e.targetType()), nz(e.targetId()), nz(e.details()), nz(e.remoteAddress()),
                prevHash);
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
