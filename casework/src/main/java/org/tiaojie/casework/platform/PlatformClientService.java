package org.tiaojie.casework.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Digests;
import org.tiaojie.casework.shared.Fields;
import org.tiaojie.casework.shared.StaleForms;

/**
 * The platforms allowed to call the work-order API, managed by administrators. A key is random
 * (192 bits), shown once when it is issued and stored only as its SHA-256; a platform acts as an
 * operator of its organisation, so it sees and registers what that organisation's operators may.
 */
@Service
public class PlatformClientService {

    /** The prefix of every key, so that a leaked one is recognisable in logs and scanners. */
    public static final String KEY_PREFIX = "tj_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlatformClientRepository clients;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    PlatformClientService(PlatformClientRepository clients, OrganisationService organisations, AuditService audit,
            Clock clock) {
        this.clients = clients;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key just issued: the only time it can be read. */
    public record IssuedKey(long clientId, String code, String key) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PlatformClientRow> list() {
        return clients.findAllOrdered().stream().map(PlatformClient::row).toList();
    }

    /** Registers a platform and issues its first key. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedKey create(String code, String name, Long organisationId) {
        String c = Fields.required(code, 30, "field.platformCode");
        if (!c.matches("[a-z][a-z0-9-]{1,29}")) {
            throw new CaseworkException("platform.code.invalid");
        }
        if (clients.existsByCode(c)) {
            throw new CaseworkException("platform.code.taken", c);
        }
        String n = Fields.required(name, 100, "field.platformName");
        Organisation org = organisations.require(Fields.present(organisationId, "field.organisation"));
        String key = newKey();
        String actor = CurrentUser.require().username();
        PlatformClient saved = clients.save(new PlatformClient(c, n, org, Digests.sha256(key.getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)), hint(key), Instant.now(clock), actor));
        audit.record(actor, "PLATFORM_KEY_ISSUED", null, c);
        return new IssuedKey(saved.getId(), c, key);
    }

    /** For trusted casework callers (the demo district): a platform with a key chosen by the caller. */
    @Transactional
    public long createWithKey(String code, String name, Organisation organisation, String key, String actor) {
        return clients.save(new PlatformClient(code, name, organisation, Digests.sha256(key.getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)), hint(key), Instant.now(clock), actor)).getId();
    }

    /**
     * Changes a platform's name, organisation and callback URL (where 12345 replies are pushed; blank
     * for none: the platform then pulls them); refused when someone else changed it since.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long version, String name, Long organisationId, String callbackUrl) {
        PlatformClient client = require(id, version);
        client.rename(Fields.required(name, 100, "field.platformName"),
                organisations.require(Fields.present(organisationId, "field.organisation")));
        client.callback(callback(callbackUrl));
    }

    /** A callback URL: absolute http or https, at most 500 characters; blank for none. */
    static String callback(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            java.net.URI uri = new java.net.URI(u);
            if (u.length() > 500 || uri.getHost() == null || uri.getUserInfo() != null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new CaseworkException("platform.callback.invalid", u);
            }
        } catch (java.net.URISyntaxException e) {
            throw new CaseworkException("platform.callback.invalid", u);
        }
        return u;
    }

    /** Issues a new key; the old one stops working at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedKey rotate(long id, long version) {
        PlatformClient client = require(id, version);
        String key = newKey();
        client.newKey(Digests.sha256(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), hint(key),
                Instant.now(clock));
        audit.record(CurrentUser.require().username(), "PLATFORM_KEY_ISSUED", null, client.getCode());
        return new IssuedKey(id, client.getCode(), key);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, long version, boolean enabled) {
        require(id, version).enable(enabled);
    }

    /**
     * The principal a request with this key acts as, or empty for an unknown key or a disabled
     * platform: an operator of the platform's organisation named {@code platform:<code>}.
     */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String hash = Digests.sha256(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return clients.findByKeyHash(hash).filter(PlatformClient::isEnabled).map(c -> {
            Instant now = Instant.now(clock);
            clients.touch(c.getId(), now, now.minus(Duration.ofMinutes(1)));
            Organisation org = c.getOrganisation();
            return new AuthenticatedUser(-c.getId(), "platform:" + c.getCode(), c.getName(), "", Set.of(Role.OPERATOR),
                    org.getId(), org.getName(), org.getKind(), org.jurisdiction(), true, false, false, false, false);
        });
    }

    private PlatformClient require(long id, long version) {
        PlatformClient client = clients.findById(id).orElseThrow(() -> new CaseworkException("platform.notFound"));
        StaleForms.requireVersion(client.row().version(), version);
        return client;
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hint(String key) {
        return key.substring(0, 8) + "…";
    }
}
