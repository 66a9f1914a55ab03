package org.tiaojie.casework.audit;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident chain over the audit log. Each entry gets a sequence number and the
 * HMAC-SHA256 of its fields and the previous link, keyed with a secret kept outside the database
 * ({@code tiaojie.audit.key}, or a key file in the data folder). Sealing runs in the background
 * shortly after entries commit and once a minute; two nodes sealing at once collide on the
 * sequence number and one of them retries, so the chain never forks.
 */
@Component
public class AuditChain implements DisposableBean {

    static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 500;
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ScheduledExecutorService sealer;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Instant headLoggedAt = Instant.EPOCH;

    AuditChain(JdbcTemplate jdbc, EntityManager em, PlatformTransactionManager transactions, Clock clock,
            @Value("${tiaojie.audit.key:}") String configuredKey, @Value("${tiaojie.audit.key-file:}") String keyFile,
            @Value("${tiaojie.audit.seal-interval:60s}") Duration interval) {
        this.jdbc = jdbc;
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.clock = clock;
        this.key = new SecretKeySpec(resolveKey(configuredKey, keyFile), "HmacSHA256");
        this.sealer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
        sealer.scheduleWithFixedDelay(this::sealQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the background sealer to run soon; many requests while one is queued make one run. */
    void sealSoon() {
        if (queued.compareAndSet(false, true)) {
            try {
                sealer.execute(() -> {
                    queued.set(false);
                    sealQuietly();
                });
            } catch (RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            if (org.tiaojie.casework.shared.DatabaseFault.of(e).isPresent()) {
                LOG.warn("audit sealing waits for the database ({}); it is tried again in a minute", e.toString());
            } else {
                LOG.warn("audit sealing failed; it is tried again in a minute", e);
            }
        }
    }

    /** Seals every pending entry; returns how many. Safe to call on several nodes at once. */
    public synchronized int seal() {
        int total = 0;
        int collisions = 0;
        while (true) {
            int sealed;
            try {
                sealed = tx.execute(s -> sealBatch());
            } catch (DataIntegrityViolationException | TransientDataAccessException another) {
                // another node sealed the same links first: read the new head and go on
                if (++collisions > 20) {
                    throw another;
                }
                continue;
            }
            total += sealed;
            if (sealed < BATCH) {
                logHead(total);
                return total;
            }
        }
    }

    private int sealBatch() {
        List<Long> ids = jdbc.queryForList("select entry_id from audit_pending order by entry_id limit " + BATCH,
                Long.class);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, AuditEntry> byId = entries(ids);
        Link head = head();
        long seq = head.seq();
        String previous = head.hash();
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> seals = new ArrayList<>();
        for (Long id : ids) {
            AuditEntry entry = byId.get(id);
            if (entry == null) {
                LOG.warn("audit entry {} was listed for sealing but is not in the log", id);
                continue;
            }
            seq++;
            previous = link(previous, seq, entry);
            seals.add(new Object[] {seq, id, previous, now});
        }
        jdbc.batchUpdate("insert into audit_seal (seq, entry_id, entry_hash, sealed_at) values (?, ?, ?, ?)", seals);
        jdbc.batchUpdate("delete from audit_pending where entry_id = ?",
                ids.stream().map(id -> new Object[] {id}).toList());
        em.clear();
        return ids.size();
    }

    /** Walks the whole chain and recomputes every link. */
    public AuditVerification verify() {
        return readTx.execute(s -> {
            long expected = 1;
            String previous = GENESIS;
            long checked = 0;
            while (true) {
                List<Object[]> seals = jdbc.query(
                        "select seq, entry_id, entry_hash from audit_seal where seq >= ? order by seq limit " + PAGE,
                        (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}, expected);
                if (seals.isEmpty()) {
                    break;
                }
                Map<Long, AuditEntry> byId = entries(seals.stream().map(r -> (Long) r[1]).toList());
                for (Object[] seal : seals) {
                    long seq = (Long) seal[0];
                    AuditEntry entry = byId.get((Long) seal[1]);
                    AuditVerification.Problem problem = null;
                    if (seq != expected) {
                        problem = AuditVerification.Problem.LINK_MISSING;
                    } else if (entry == null) {
                        problem = AuditVerification.Problem.ENTRY_MISSING;
                    } else if (!link(previous, seq, entry).equals(seal[2])) {
                        problem = AuditVerification.Problem.ENTRY_ALTERED;
                    }
                    if (problem != null) {
                        return result(checked, expected, problem, (Long) seal[1]);
                    }
                    previous = (String) seal[2];
                    expected++;
                    checked++;
                }
                em.clear();
            }
            return result(checked, null, null, null);
        });
    }

    private AuditVerification result(long checked, Long brokenAt, AuditVerification.Problem problem, Long entryId) {
        Link head = head();
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        long seals = jdbc.queryForObject("select count(*) from audit_seal", Long.class);
        long pending = jdbc.queryForObject("select count(*) from audit_pending", Long.class);
        Instant oldestPending = jdbc.queryForList("select p.entry_id from audit_pending p join audit_entry e"
                + " on e.id = p.entry_id order by e.occurred_at limit 1", Long.class).stream().findFirst()
                .map(id -> em.find(AuditEntry.class, id)).map(AuditEntry::getAt).orElse(null);
        return new AuditVerification(checked, head.seq(), head.hash(), brokenAt, problem, entryId, pending,
                oldestPending, entries - seals - pending);
    }

    private Link head() {
        return jdbc.query("select seq, entry_hash from audit_seal order by seq desc limit 1",
                rs -> rs.next() ? new Link(rs.getLong(1), rs.getString(2)) : new Link(0, GENESIS));
    }

    private Map<Long, AuditEntry> entries(List<Long> ids) {
        return em.createQuery("select e from AuditEntry e where e.id in :ids", AuditEntry.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(AuditEntry::getId, Function.identity()));
    }

    /** The link of one entry: HMAC over the previous link, the position and every field, each length-prefixed. */
    String link(String previous, long seq, AuditEntry entry) {
        StringBuilder text = new StringBuilder(256).append(previous).append('\n').append(seq).append('\n');
        field(text, String.valueOf(entry.getId()));
        field(text, entry.getAt().getEpochSecond() + "." + entry.getAt().getNano());
        field(text, entry.getUsername());
        field(text, entry.getAction());
        field(text, entry.getDisputeId() == null ? null : entry.getDisputeId().toString());
        field(text, entry.getDetail());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:\n");
        } else {
            text.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private void logHead(int sealed) {
        Instant now = Instant.now(clock);
        if (sealed > 0 && Duration.between(headLoggedAt, now).compareTo(Duration.ofMinutes(10)) >= 0) {
            headLoggedAt = now;
            Link head = head();
            // an outside record of the head: cutting entries off the end of the chain shows against it
            LOG.info("audit chain head: seq {} hash {}", head.seq(), head.hash());
        }
    }

    private static byte[] resolveKey(String configured, String keyFile) {
        return org.tiaojie.casework.shared.KeyMaterial.resolve("audit chain key", configured, keyFile).orElseGet(() -> {
            LOG.warn("no audit chain key configured (tiaojie.audit.key or tiaojie.audit.key-file): using a key for "
                    + "this run only, so the chain cannot be verified after a restart");
            byte[] ephemeral = new byte[32];
            new SecureRandom().nextBytes(ephemeral);
            return ephemeral;
        });
    }

    @Override
    public void destroy() {
        sealer.shutdownNow();
    }

    private record Link(long seq, String hash) {
    }
}
