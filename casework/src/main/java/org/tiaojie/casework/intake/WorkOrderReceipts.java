package org.tiaojie.casework.intake;

import jakarta.persistence.EntityManager;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.shared.Digests;

/**
 * What each platform order was registered with: a SHA-256 over the order's checked content (every field of
 * {@link NewDispute}, the parties' particulars included), kept with the dispute in the registration's transaction.
 * A repeat of the order number is a retry when the digest is the same and a conflict when it is not.
 */
@Component
class WorkOrderReceipts {

    /** A registered order number: its dispute, case number and the digest it was registered with (null before V38). */
    record Registered(long disputeId, String caseNumber, String digest, java.util.Set<String> digests) {

        Registered(long disputeId, String caseNumber, String digest) {
            this(disputeId, caseNumber, digest, digest == null ? java.util.Set.of() : java.util.Set.of(digest));
        }

        /**
         * Whether {@code other} is content this number was sent with before: the registration's, or that of a resend
         * kept on the case as a contact.
         */
        boolean sentBefore(String other) {
            return digests.contains(other);
        }
    }

    private final EntityManager em;

    WorkOrderReceipts(EntityManager em) {
        this.em = em;
    }

    /**
     * The digest of an order's checked content: each record component that holds something, by name, in declaration
     * order (an empty, false or missing one is left out, so adding a field to the order later changes no digest).
     */
    static String digest(NewDispute order) {
        StringBuilder text = new StringBuilder();
        append(text, order);
        return Digests.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof Record record) {
            text.append('{');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                // what an order leaves out is not written, so a field added later keeps the digests of older orders
                if (v == null || Boolean.FALSE.equals(v) || v instanceof List<?> l && l.isEmpty()) {
                    continue;
                }
                StringBuilder part = new StringBuilder();
                append(part, v);
                if (v instanceof Record && part.length() == 2) {
                    continue; // a part with nothing in it (no platform details) is left out too
                }
                text.append(c.getName()).append('=').append(part);
                text.append('\u001f');
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            list.forEach(v -> {
                append(text, v);
                text.append('\u001e');
            });
            text.append(']');
        } else if (value instanceof java.math.BigDecimal number) {
            text.append(number.stripTrailingZeros().toPlainString());
        } else {
            text.append(value == null ? "\u0000" : value.toString());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void keep(long disputeId, String digest) {
        em.createNativeQuery("insert into work_order_receipt (dispute_id, payload_sha256) values (?1, ?2)")
                .setParameter(1, disputeId).setParameter(2, digest).executeUpdate();
    }

    /** The case took over the content of a resend: that content is what its order was sent with from now on. */
    @Transactional(propagation = Propagation.MANDATORY)
    void replace(long disputeId, String digest) {
        if (em.createNativeQuery("update work_order_receipt set payload_sha256 = ?2 where dispute_id = ?1")
                .setParameter(1, disputeId).setParameter(2, digest).executeUpdate() == 0) {
            keep(disputeId, digest);
        }
    }

    @Transactional(readOnly = true)
    Optional<String> sentBefore(long disputeId) {
        List<?> rows = em.createNativeQuery("select payload_sha256 from work_order_receipt where dispute_id = ?1")
                .setParameter(1, disputeId).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Transactional(readOnly = true)
    String caseNumber(long disputeId) {
        return (String) em.createNativeQuery("select case_number from dispute where id = ?1").setParameter(1, disputeId)
                .getSingleResult();
    }

    /** The platform orders among {@code numbers} registered already (as cases or merged calls), 500 at a time. */
    @Transactional(readOnly = true)
    Map<String, Registered> registered(Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        Map<String, Registered> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<?> rows = em.createNativeQuery("""
                    select d.external_ref, d.id, d.case_number, r.payload_sha256 from dispute d
                    left join work_order_receipt r on r.dispute_id = d.id
                    where d.channel = 'HOTLINE_12345' and d.external_ref in (?1)""")
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + 500))).getResultList();
            // orders kept on a matter as further calls (并单) are registered too, with the digest of the contact
            List<?> merged = em.createNativeQuery("""
                    select c.external_ref, c.dispute_id, d.case_number, c.payload_sha256 from dispute_contact c
                    join dispute d on d.id = c.dispute_id
                    where c.channel = 'HOTLINE_12345' and c.split_to is null and c.external_ref in (?1)""")
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + 500))).getResultList();
            for (List<?> list : List.of(rows, merged)) {
                for (Object row : list) {
                    Object[] r = (Object[]) row;
                    String digest = r[3] == null ? null : r[3].toString();
                    // the case first; a resend kept on it as a contact adds the content it was sent with
                    found.merge((String) r[0], new Registered(((Number) r[1]).longValue(), (String) r[2], digest),
                            (first, more) -> {
                                java.util.Set<String> sent = new java.util.HashSet<>(first.digests());
                                sent.addAll(more.digests());
                                return new Registered(first.disputeId(), first.caseNumber(), first.digest(), sent);
                            });
                }
            }
        }
        return found;
    }
}
