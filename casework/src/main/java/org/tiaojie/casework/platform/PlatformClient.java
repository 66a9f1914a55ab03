package org.tiaojie.casework.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.shared.BaseEntity;

/**
 * A platform that sends work orders through the API (the 12345 hotline system of a city or
 * district): it acts for an organisation (its hotline centre) with a key of its own.
 */
@Entity
@Table(name = "platform_client")
public class PlatformClient extends BaseEntity {

    @Column(name = "code", nullable = false, length = 30, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "key_hint", nullable = false, length = 12)
    private String keyHint;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    @Column(name = "key_issued_at", nullable = false)
    private Instant keyIssuedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** Where 12345 replies are pushed (POST, JSON); null: the platform pulls them through the API. */
    @Column(name = "callback_url", length = 500)
    private String callbackUrl;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlatformClient() {
    }

    PlatformClient(String code, String name, Organisation organisation, String keyHash, String keyHint, Instant now,
            String actor) {
        this.code = code;
        this.name = name;
        this.organisation = organisation;
        this.keyHash = keyHash;
        this.keyHint = keyHint;
        this.enabled = true;
        this.createdAt = now;
        this.createdBy = actor;
        this.keyIssuedAt = now;
    }

    void newKey(String hash, String hint, Instant now) {
        this.keyHash = hash;
        this.keyHint = hint;
        this.keyIssuedAt = now;
    }

    void rename(String newName, Organisation newOrganisation) {
        this.name = newName;
        this.organisation = newOrganisation;
    }

    void callback(String url) {
        this.callbackUrl = url;
    }

    void enable(boolean value) {
        this.enabled = value;
    }

    PlatformClientRow row() {
        return new PlatformClientRow(getId(), code, name, organisation.getId(), organisation.getName(), callbackUrl, keyHint, enabled,
                createdAt, keyIssuedAt, lastUsedAt, version);
    }

    public String getCode() {
        return code;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getName() {
        return name;
    }
}
