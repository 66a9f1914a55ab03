package org.tiaojie.casework.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/** A person who logs in; belongs to exactly one organisation and holds one or more roles. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    @Column(name = "username", nullable = false, length = 40, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @jakarta.persistence.Convert(converter = org.tiaojie.casework.shared.EncryptedText.class)
    @Column(name = "phone", length = 100)
    private String phone;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Takes the notices that can wait once a day, in one summary (每日汇总); set by the user in the inbox. */
    @Column(name = "notice_digest", nullable = false, insertable = false, updatable = false)
    private boolean noticeDigest;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Set and cleared by single statements ({@link AccountService}), never by saving the account. */
    @Column(name = "locked_until", insertable = false, updatable = false)
    private java.time.Instant lockedUntil;

    /** The second factor's secret, encrypted at rest ({@link org.tiaojie.casework.shared.DataCipher}). */
    @Column(name = "totp_secret", length = 200)
    @jakarta.persistence.Convert(converter = org.tiaojie.casework.shared.EncryptedText.class)
    private String totpSecret;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Organisation organisation, Set<Role> roles) {
        this.username = checkUsername(username);
        this.passwordHash = passwordHash;
        update(displayName, organisation, roles, null, true);
    }

    static String checkUsername(String username) {
        String value = username == null ? "" : username.strip();
        if (!USERNAME.matcher(value).matches()) {
            throw new CaseworkException("user.username.invalid");
        }
        return value;
    }

    public final void update(String displayName, Organisation organisation, Set<Role> roles, String phone, boolean enabled) {
        if (displayName == null || displayName.isBlank()) {
            throw new CaseworkException("user.displayName.required");
        }
        if (displayName.strip().length() > 50) {
            throw new CaseworkException("user.displayName.tooLong", 50);
        }
        if (organisation == null) {
            throw new CaseworkException("user.organisation.required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new CaseworkException("user.roles.required");
        }
        if (roles.contains(Role.COURT_CLERK) != (organisation.getKind() == org.tiaojie.casework.organisation.OrganisationKind.COURT)) {
            throw new CaseworkException("user.roles.courtMismatch");
        }
        this.displayName = displayName.strip();
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.enabled = enabled;
    }

    public void changePasswordHash(String newHash, boolean mustChangeOnNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeOnNextLogin;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPhone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isNoticeDigest() {
        return noticeDigest;
    }

    public java.time.Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    void setTotpSecret(String secret) {
        this.totpSecret = secret;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getVersion() {
        return version;
    }
}
