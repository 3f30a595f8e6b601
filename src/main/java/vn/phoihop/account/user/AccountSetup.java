package vn.phoihop.account.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.Role;

/**
 * What runs once the application has started: {@code --verify-audit} checks the audit chain and exits; demo mode
 * creates one account per role; production mode creates the first administrator from the environment and never
 * an account with a known password.
 */
@Component
@Order(0)
public class AccountSetup implements ApplicationRunner {

    /** The one password of every demo account (demo mode only). */
    public static final String DEMO_PASSWORD = "PhoiHop@2025";

    private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

    private final PhoiHopSettings settings;
    private final BootstrapAdmin bootstrapAdmin;
    private final UserAccountRepository users;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    AccountSetup(PhoiHopSettings settings, BootstrapAdmin bootstrapAdmin, UserAccountRepository users,
            Organizations organizations, PasswordEncoder passwordEncoder, AuditTrail audit,
            TransactionTemplate transactions, ApplicationContext context, JdbcClient jdbc) {
        this.settings = settings;
        this.bootstrapAdmin = bootstrapAdmin;
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.transactions = transactions;
        this.context = context;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("verify-audit")) {
            AuditTrail.AuditVerification result = audit.verifyChain();
            System.out.println(result.intact()
                    ? "Audit trail intact: " + result.checked() + " rows verified."
                    : "AUDIT TRAIL BROKEN after " + result.checked() + " rows: " + result.problem());
            int code = result.intact() ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        }
        if (settings.demo()) {
            transactions.executeWithoutResult(s -> {
                lockSetup();
                demoAccounts().forEach(this::ensure);
            });
            StringBuilder banner = new StringBuilder("\n\n  PhoiHop (DEMO) đang chạy tại / is running at ")
                    .append(url()).append("\n  Tài khoản dùng thử / demo accounts (mật khẩu / password: ")
                    .append(DEMO_PASSWORD).append("):\n");
            demoAccounts().forEach(d -> banner.append(String.format("    %-16s %s%n", d.username(), d.roles())));
            log.info(banner.toString());
        }
        else {
            createBootstrapAdmin();
        }
    }

    private String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port", "8080");
    }

    /**
     * The first administrator holds the highest clearance: nobody grants a clearance above their own
     * ({@link GrantPolicy}), so without it no account could ever be given one.
     */
    private void createBootstrapAdmin() {
        if (users.existsByRolesContains(Role.SYSTEM_ADMIN)) {
            return;
        }
        if (!bootstrapAdmin.configured()) {
            log.warn("No administrator exists. Set PHOIHOP_ADMIN_USERNAME and PHOIHOP_ADMIN_PASSWORD (at least {} "
                    + "characters) and restart to create the first one.", PasswordPolicy.MIN_LENGTH);
            return;
        }
        PasswordPolicy.check(bootstrapAdmin.password());
        OrganizationSummary org = organizations.findByCode(bootstrapAdmin.organizationCode()).orElseThrow(
                () -> new IllegalStateException("PHOIHOP_ADMIN_ORGANIZATION: no organisation with code "
                        + bootstrapAdmin.organizationCode()));
        transactions.executeWithoutResult(s -> {
            lockSetup();
            if (users.existsByRolesContains(Role.SYSTEM_ADMIN)) {
                return;
            }
            UserAccount admin = users.save(new UserAccount(bootstrapAdmin.username().toLowerCase(),
                    "Quản trị hệ thống", null, passwordEncoder.encode(bootstrapAdmin.password()), org.id(),
                    EnumSet.of(Role.SYSTEM_ADMIN), Clearance.TOP_SECRET));
            audit.recordAs("system", "USER_CREATED", "user", admin.username(), "bootstrap administrator");
        });
        log.info("PhoiHop is running at {}", url());
        log.info("Created the first administrator '{}'. Remove PHOIHOP_ADMIN_PASSWORD from the environment.",
                bootstrapAdmin.username());
    }

    /** Instances starting together on one database create accounts one after the other, never twice. */
    private void lockSetup() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7412001)").query().singleValue();
    }

    private void ensure(DemoAccount demo) {
        if (users.existsByUsername(demo.username())) {
            return;
        }
        OrganizationSummary org = organizations.findByCode(demo.organizationCode()).orElseThrow();
        users.save(new UserAccount(demo.username(), demo.fullName(), null, passwordEncoder.encode(DEMO_PASSWORD),
                org.id(), demo.roles(), demo.clearance()));
        audit.recordAs("system", "USER_CREATED", "user", demo.username(), "demo account");
    }

    /** The demo accounts: one per role, at the central staff agency and in two provinces (Bắc Ninh, Hà Nội). */
    static List<DemoAccount> demoAccounts() {
        return List.of(
                new DemoAccount("admin", "Nguyễn Văn Quản", "CTDCT", EnumSet.of(Role.SYSTEM_ADMIN),
                        Clearance.TOP_SECRET),
                new DemoAccount("canbo.tw", "Trần Thị Minh", "CTDCT", EnumSet.of(Role.CENTRAL_STAFF), Clearance.SECRET),
                new DemoAccount("lanhdao.tw", "Lê Văn Hùng", "CTDCT", EnumSet.of(Role.LEADER, Role.CENTRAL_STAFF),
                        Clearance.TOP_SECRET),
                new DemoAccount("tinhuy.bacninh", "Phạm Thị Lan", "T20-TU", EnumSet.of(Role.PROVINCE_PARTY_STAFF),
                        Clearance.CONFIDENTIAL),
                new DemoAccount("congan.bacninh", "Hoàng Văn Nam", "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF),
                        Clearance.CONFIDENTIAL),
                new DemoAccount("lanhdao.bacninh", "Đỗ Quang Vinh", "T20-CA",
                        EnumSet.of(Role.LEADER, Role.PROVINCE_POLICE_STAFF), Clearance.SECRET),
                new DemoAccount("congan.hanoi", "Vũ Thị Hà", "T01-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF),
                        Clearance.CONFIDENTIAL),
                new DemoAccount("xem.hanoi", "Bùi Văn Thành", "T01-TU", EnumSet.of(Role.VIEWER), Clearance.NONE));
    }

    record DemoAccount(String username, String fullName, String organizationCode, Set<Role> roles,
            Clearance clearance) {
    }

    /** The first administrator of a production installation, from the environment. */
    @ConfigurationProperties("phoihop.bootstrap-admin")
    record BootstrapAdmin(String username, String password, String organizationCode) {

        boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
