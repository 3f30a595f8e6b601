package vn.phoihop.account.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.platform.Texts;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;

/** A user account. Guards its own state: a disabled account cannot sign in; TOTP is on only after a verified code. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @Column(name = "search_key")
    private String searchKey;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "organization_id")
    private long organizationId;

    @Enumerated(EnumType.STRING)
    private Clearance clearance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private String locale = "vi";

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled")
    private boolean totpEnabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The account of the administrator who created this one; none for the bootstrap and demo accounts. */
    @Column(name = "created_by")
    private Long createdBy;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String fullName, String email, String passwordHash, long organizationId,
            Set<Role> roles, Clearance clearance) {
        this(username, fullName, email, passwordHash, organizationId, roles, clearance, null);
    }

    UserAccount(String username, String fullName, String email, String passwordHash, long organizationId,
            Set<Role> roles, Clearance clearance, Long createdBy) {
        this.createdBy = createdBy;
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.organizationId = organizationId;
        this.roles = EnumSet.copyOf(roles);
        this.clearance = clearance;
        this.searchKey = searchKey(username, fullName);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void update(String fullName, String email, long organizationId, Set<Role> roles, Clearance clearance) {
        this.fullName = fullName;
        this.email = email;
        this.organizationId = organizationId;
        this.roles.clear();
        this.roles.addAll(roles);
        this.clearance = clearance;
        this.searchKey = searchKey(username, fullName);
        touch();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    void disable() {
        this.enabled = false;
        touch();
    }

    void enable() {
        this.enabled = true;
        touch();
    }

    void changeLocale(String locale) {
        this.locale = locale;
        touch();
    }

    public void startTotpEnrolment(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
        touch();
    }

    public void confirmTotp() {
        if (totpSecret == null) {
            throw new IllegalStateException("no TOTP enrolment started");
        }
        this.totpEnabled = true;
        touch();
    }

    public void disableTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        touch();
    }

    private static String searchKey(String username, String fullName) {
        return Texts.fold(username + " " + fullName);
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, organizationId, roles, clearance, locale);
    }

    public UserView toView(String organizationName) {
        return new UserView(id, username, fullName, email, organizationId, organizationName, Set.copyOf(roles),
                clearance, enabled, totpEnabled, locale, createdAt, version);
    }

    Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public long organizationId() {
        return organizationId;
    }

    Set<Role> roles() {
        return roles;
    }

    Clearance clearance() {
        return clearance;
    }

    public boolean enabled() {
        return enabled;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    long version() {
        return version;
    }
}
