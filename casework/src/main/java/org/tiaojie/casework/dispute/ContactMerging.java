package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.PeopleNames;
import org.tiaojie.casework.party.Masking;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 并单 of platform orders and its undoing: an order kept on an open dispute as a further contact (with its own
 * number, digest and reply due time), where an order number is held (by a dispute or by a contact), and the
 * split of a merged contact into a case of its own.
 */
@Service
public class ContactMerging {

    private final EntityManager em;
    private final DisputeRepository disputes;
    private final DisputeQueryService queries;
    private final DisputeRegistration registration;
    private final PolicyClockRules rules;
    private final ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final PeopleNames people;
    private final Clock clock;

    ContactMerging(EntityManager em, DisputeRepository disputes, DisputeQueryService queries,
            DisputeRegistration registration, PolicyClockRules rules, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, PeopleNames people, Clock clock) {
        this.em = em;
        this.disputes = disputes;
        this.queries = queries;
        this.registration = registration;
        this.rules = rules;
        this.events = events;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.people = people;
        this.clock = clock;
    }

    /**
     * Where an order number is held: its dispute and, for an order merged as a contact, the digest it was sent with,
     * when it was merged and when its reply is due (null for an order that registered its dispute).
     */
    public record Held(long disputeId, String digest, Instant mergedAt, Instant replyDueAt) {

        public boolean contact() {
            return mergedAt != null;
        }
    }

    /**
     * The dispute holding an order number, as the dispute's own reference or as a merged contact not split off
     * (a split contact's number belongs to the case it became). Not limited to the caller's area: the number is
     * the platform's, once.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Held> held(Channel channel, String orderNumber) {
        Optional<Long> own = disputes.findIdByChannelAndExternalRef(channel, orderNumber);
        if (own.isPresent()) {
            return Optional.of(new Held(own.get(), null, null, null));
        }
        return em.createQuery("""
                select c.dispute.id, c.payloadSha256, c.at, c.replyDueAt from DisputeContact c
                where c.channel = :channel and c.externalRef = :ref and c.splitTo is null""", Object[].class)
                .setParameter("channel", channel).setParameter("ref", orderNumber).setMaxResults(1)
                .getResultStream().findFirst()
                .map(r -> new Held((Long) r[0], (String) r[1], (Instant) r[2], (Instant) r[3]));
    }

    /**
     * Keeps {@code order} on the open dispute {@code disputeId} as a further contact, under the dispute's row lock;
     * the order's number checked again under it, so concurrent sends of one order merge it once. Empty when the
     * dispute is no longer open (the order is then a case of its own).
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public Optional<DisputeRegistration.Registration> mergeOrder(long disputeId, NewDispute order, String digest,
            boolean byRule) {
        String actor = CurrentUser.require().username();
        return Optional.ofNullable(transactions.execute(status -> {
            Dispute d = disputes.findForUpdate(disputeId).orElse(null);
            if (d == null || !d.getState().isOpen()) {
                return null;
            }
            if (order.externalRef() != null) {
                // read after the lock: a concurrent send of this order that registered a case or merged it first
                // has committed by now (it is found, not merged again)
                Optional<Long> before = disputes.findIdByChannelAndExternalRef(order.channel(), order.externalRef())
                        .or(() -> em.createQuery("""
                                select c.dispute.id from DisputeContact c
                                where c.channel = :channel and c.externalRef = :ref and c.splitTo is null""", Long.class)
                                .setParameter("channel", order.channel()).setParameter("ref", order.externalRef())
                                .setLockMode(LockModeType.PESSIMISTIC_READ).setMaxResults(1).getResultStream()
                                .findFirst());
                if (before.isPresent()) {
                    return new DisputeRegistration.Registration(before.get(), false);
                }
            }
            Instant now = Instant.now(clock);
            // a call the platform sent later counts from when it was made, its reply by the platform's 办理时限
            Instant called = order.platform().registeredAt(now);
            Instant replyDue = order.channel() == Channel.HOTLINE_12345
                    ? d.replyDueFor(rules, called, order.platform().replyDays()) : null;
            d.addContact(order.channel(), order.externalRef(), order.callerName(), order.callerPhone(),
                    order.description(), called, actor, new DisputeContact.Order(digest, replyDue, byRule));
            disputes.flush();
            d.domainEvents().forEach(events::publishEvent);
            d.eventsPublished();
            events.publishEvent(new IntakeReview(List.of(disputeId), false, now));
            return new DisputeRegistration.Registration(disputeId, true);
        }));
    }

    /**
     * A platform's order sent again with other content, kept on the case it was registered as (in the caller's
     * transaction, under the case's row lock): as a further contact carrying the new content ({@code asContact}), or
     * taken over into the case ({@link Dispute#updateFromPlatform}). Returns the changed fields' keys (a contact: none).
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<String> resend(long disputeId, NewDispute order, String digest, boolean asContact) {
        String actor = CurrentUser.require().username();
        Dispute d = disputes.findForUpdate(disputeId).orElseThrow(() -> new CaseworkException("dispute.notFound"));
        if (!d.getState().isOpen()) {
            throw new CaseworkException("dispute.resend.closed", d.getState());
        }
        Instant now = Instant.now(clock);
        List<String> changed = List.of();
        if (asContact) {
            Instant called = order.platform().registeredAt(now);
            d.addContact(order.channel(), order.externalRef(), order.callerName(), order.callerPhone(),
                    order.description(), called, actor, new DisputeContact.Order(digest,
                            d.replyDueFor(rules, called, order.platform().replyDays()), false));
        } else {
            changed = d.updateFromPlatform(order, now, actor);
        }
        disputes.flush();
        d.domainEvents().forEach(events::publishEvent);
        d.eventsPublished();
        return changed;
    }

    /**
     * Undoes a 并单: registers the contact as a dispute of its own (same compound and category, its caller, words and
     * order number), links the two cases and marks the contact as split. {@code alsoDo} runs in the same
     * transaction with the new dispute and the contact's digest (the order's receipt moves with it).
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long split(long disputeId, long contactId, BiConsumer<Long, String> alsoDo) {
        queries.find(disputeId); // the user's jurisdiction
        String actor = CurrentUser.require().username();
        return transactions.execute(status -> {
            Dispute d = disputes.findForUpdate(disputeId).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            DisputeContact c = d.getContacts().stream().filter(x -> x.getId() == contactId).findFirst()
                    .orElseThrow(() -> new CaseworkException("contact.notFound"));
            if (c.isSplit()) {
                throw new CaseworkException("contact.split.already");
            }
            Instant now = Instant.now(clock);
            NewDispute input = new NewDispute(c.getChannel(), c.getExternalRef(), d.getCategory().getId(),
                    d.getCompound().getId(), c.getContent(), null, 1, c.getCallerName(), c.getCallerPhone(), false,
                    false, false, List.of());
            Dispute made = registration.registerAs(input, actor, now);
            disputes.flush();
            d.splitContact(c, made.getId(), now, actor);
            d.note(DisputeActivity.CONTACT_SPLIT, made.getCaseNumber(), now, actor);
            made.note(DisputeActivity.CONTACT_SPLIT, d.getCaseNumber(), now, actor);
            made.linkTo(d, DisputeLink.Kind.RELATED, null, now, actor);
            if (alsoDo != null) {
                alsoDo.accept(made.getId(), c.getPayloadSha256());
            }
            disputes.flush();
            return made.getId();
        });
    }

    /** One merged contact as the case file lists it: the caller by name, the number masked. */
    public record ContactRow(long id, Channel channel, String orderNumber, String callerName, String phoneMasked,
            String content, Instant at, String by, boolean byRule, Instant replyDueAt, Long splitTo,
            String splitCaseNumber) {
    }

    /** The contacts merged into a dispute of the user's jurisdiction, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactRow> contactsOf(long disputeId) {
        queries.find(disputeId);
        List<DisputeContact> found = em.createQuery(
                "select c from DisputeContact c where c.dispute.id = :id order by c.at, c.id", DisputeContact.class)
                .setParameter("id", disputeId).getResultList();
        java.util.Map<Long, String> splitNumbers = new java.util.HashMap<>();
        List<Long> splitIds = found.stream().map(DisputeContact::getSplitTo).filter(java.util.Objects::nonNull).toList();
        if (!splitIds.isEmpty()) {
            em.createQuery("select d.id, d.caseNumber from Dispute d where d.id in :ids", Object[].class)
                    .setParameter("ids", splitIds).getResultList()
                    .forEach(r -> splitNumbers.put((Long) r[0], (String) r[1]));
        }
        return found.stream().map(c -> new ContactRow(c.getId(), c.getChannel(), c.getExternalRef(), c.getCallerName(),
                Masking.phone(c.getCallerPhone()), c.getContent(), c.getAt(),
                people.name(c.getActor()), c.isByRule(), c.getReplyDueAt(), c.getSplitTo(),
                c.getSplitTo() == null ? null : splitNumbers.get(c.getSplitTo()))).toList();
    }
}
