package org.tiaojie.casework.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The lifecycle of a registered dispute (docs/DOMAIN.md, "The life of a case"): each command runs
 * on the dispute's locked row, checks the version the user's screen showed and the user's right to
 * act, calls the aggregate's move and publishes what it raised. Other features' work on a case runs
 * the same way ({@link #work}, {@link #supervise}, {@link #atCourt}). Registration is
 * {@link DisputeRegistration}.
 */
@Service
public class DisputeService {

    private static final ZoneId ZONE = CaseworkConfiguration.ZONE;

    private final DisputeRepository disputes;
    private final DisputeQueryService queries;
    private final OrganisationService organisations;
    private final TransactionTemplate transactions;
    private final ClockRules rules;
    private final ApplicationEventPublisher events;
    private final org.tiaojie.casework.audit.AuditService audit;
    private final org.tiaojie.casework.notification.NotificationService notifications;
    private final Clock clock;
    private final org.tiaojie.casework.account.PeopleNames people;

    DisputeService(DisputeRepository disputes, DisputeQueryService queries, OrganisationService organisations,
            PlatformTransactionManager transactionManager, PolicyClockRules rules, ApplicationEventPublisher events,
            org.tiaojie.casework.notification.NotificationService notifications,
            org.tiaojie.casework.audit.AuditService audit, Clock clock,
            org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.disputes = disputes;
        this.queries = queries;
        this.organisations = organisations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rules = rules;
        this.events = events;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a command does to the aggregate, given the time and the acting user. */
    @FunctionalInterface
    interface Command {
        void apply(Dispute dispute, Instant now, String actor);
    }

    /**
     * Work of another casework feature (a session record, an agreement, a return visit) on one
     * dispute: it may change the aggregate and save records of its own, and returns what the
     * caller needs (usually the id of what it saved).
     */
    @FunctionalInterface
    public interface CaseWork<T> {
        T apply(Dispute dispute, Instant now, String actor);
    }

    /**
     * Runs a feature's work on a dispute the user's organisation handles, with the same row lock,
     * version check and conflict message as the lifecycle commands. Every such change moves the
     * dispute's version on, so two people recording on one case cannot overwrite each other.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public <T> T work(long id, long expectedVersion, CaseWork<T> work) {
        return performWork(id, expectedVersion, work);
    }

    /**
     * A supervisor's decision on a dispute inside their jurisdiction (it is not their
     * organisation's case, and they decide on a request rather than on what a screen showed, so
     * there is no version to compare); the row is locked the same way.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public <T> T supervise(long id, CaseWork<T> work) {
        return locked(id, d -> { }, work);
    }

    /**
     * A court clerk's step on a dispute referred to their court (签收, 退回补正, 立案, 结果); a
     * dispute referred elsewhere is refused as if it did not exist.
     */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public <T> T atCourt(long id, CaseWork<T> work) {
        long court = CurrentUser.require().organisationId();
        return locked(id, d -> {
            if (d.getCourt() == null || d.getCourt().getId() != court) {
                throw new AccessDeniedException("dispute " + id + " was not referred to this court");
            }
        }, work);
    }

    /** Work under the dispute's row lock, for a user allowed to see it, with its events published. */
    private <T> T locked(long id, java.util.function.Consumer<Dispute> check, CaseWork<T> work) {
        var user = CurrentUser.require();
        queries.find(id);
        return transactions.execute(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            check.accept(d);
            T result = work.apply(d, Instant.now(clock), user.username());
            disputes.flush();
            publish(d, user.username());
            return result;
        });
    }

    /**
     * Publishes what the work did: its events (the registry keeps them for after-commit delivery;
     * {@link DisputeAudit} records each) and, in the audit log, each note it took on the case file
     * (sessions, records, evidence, visits, court steps).
     */
    private void publish(Dispute d, String actor) {
        d.domainEvents().forEach(events::publishEvent);
        for (DisputeHistoryEntry note : d.notesTaken()) {
            audit.record(actor, note.getActivity().name(), d.getId(), note.getReason());
        }
        d.eventsPublished();
    }

    /**
     * Runs a command on a dispute of the user's own organisation. {@code expectedVersion} is the
     * version the user's screen showed: when someone else changed the dispute since, the command is
     * refused with who changed it and when, and nothing is lost. The row is locked for the short
     * transaction, so concurrent commands queue up rather than deadlock.
     */
    private void perform(long id, long expectedVersion, Command command) {
        performWork(id, expectedVersion, (d, now, actor) -> {
            command.apply(d, now, actor);
            return null;
        });
    }

    private <T> T performWork(long id, long expectedVersion, CaseWork<T> work) {
        var user = CurrentUser.require();
        queries.find(id); // jurisdiction: refused and logged outside the user's area
        try {
            return transactions.execute(status -> {
                Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
                if (d.getOrganisation() == null || d.getOrganisation().getId() != user.organisationId()) {
                    if (!user.has(Role.ADMIN)) {
                        throw new AccessDeniedException(
                                "dispute " + id + " is handled by another organisation");
                    }
                }
                if (d.getVersion() != expectedVersion) {
                    throw stale(d);
                }
                T result = work.apply(d, Instant.now(clock), user.username());
                disputes.flush();
                publish(d, user.username());
                return result;
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw transactions.execute(status -> stale(disputes.findById(id).orElseThrow()));
        }
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void accept(long id, long version) {
        perform(id, version, (d, now, actor) -> d.accept(rules, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void reject(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.reject(reason, now, actor));
    }

    /** 不予受理 on a ground (one party refuses mediation: 人民调解法 Art. 17) with what the applicant is told. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void reject(long id, long version, RejectionGround ground, String detail) {
        perform(id, version, (d, now, actor) -> d.reject(ground, detail, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void transferOut(long id, long version, String department, String reason) {
        perform(id, version, (d, now, actor) -> d.transferOut(department, reason, now, actor));
    }

    /** 退单 and re-dispatch to another organisation. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void returnAndRedispatch(long id, long version, long toOrganisationId, String reason) {
        perform(id, version, (d, now, actor) ->
                d.returnAndRedispatch(organisations.require(toOrganisationId), reason, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void startMediation(long id, long version) {
        perform(id, version, (d, now, actor) -> d.startMediation(now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void suspend(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.suspend(reason, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void resume(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.resume(rules, now, actor, reason));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void agree(long id, long version) {
        perform(id, version, (d, now, actor) -> d.agree(rules, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void fail(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.fail(reason, now, actor));
    }

    /** Up one tier, to the organisation of that tier serving the dispute's compound. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void escalate(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> {
            Tier next = d.getTier() == null ? null : d.getTier().next();
            if (next == null) {
                throw new CaseworkException("dispute.escalate.noTier");
            }
            d.escalate(organisations.servingCompound(d.getCompound(), next), reason, now, actor);
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void close(long id, long version, ClosureType type, String reason) {
        perform(id, version, (d, now, actor) -> {
            d.close(type, reason, rules, now, actor);
            if (d.getChannel() == Channel.COURT_ENTRUSTED && d.getCourt() != null) {
                // the entrusting court hears the result (委派调解结果反馈)
                notifications.notify(notifications.clerksOf(d.getCourt().getId()), "entrustment.result",
                        java.util.List.of(d.getCaseNumber(), "@enum.ClosureType." + type.name(),
                                reason == null ? "" : reason.strip()), d.getId(), now);
            }
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void archive(long id, long version) {
        perform(id, version, (d, now, actor) -> d.archive(now, actor));
    }

    /**
     * 并单: a further call or petition about an open dispute inside the user's jurisdiction is kept
     * as a contact of that dispute instead of a new case.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public void mergeContact(long id, Channel contactChannel, String externalRef, String callerName, String callerPhone,
            String content) {
        var user = CurrentUser.require();
        queries.find(id);
        transactions.executeWithoutResult(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            Instant now = Instant.now(clock);
            d.addContact(contactChannel, externalRef, callerName, callerPhone, content, now, user.username());
            disputes.flush();
            d.domainEvents().forEach(events::publishEvent);
            d.eventsPublished();
            events.publishEvent(new IntakeReview(List.of(id), false, now));
        });
    }

    /** Records that two disputes of the user's jurisdiction repeat or relate to each other. */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public void link(long id, long relatedId, DisputeLink.Kind kind, String reason) {
        var user = CurrentUser.require();
        queries.find(id);
        queries.find(relatedId);
        transactions.executeWithoutResult(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            Dispute other = disputes.findById(relatedId).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            d.linkTo(other, kind, reason, Instant.now(clock), user.username());
        });
    }

    /** Who changed the case meanwhile, by name, and when. */
    private CaseworkException stale(Dispute d) {
        String when = d.getLastModifiedAt() == null ? "?"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(d.getLastModifiedAt().atZone(ZONE));
        return new CaseworkException("dispute.stale", people.name(d.getLastModifiedBy()), when);
    }

    /** The clock rules (policies and calendar) for trusted casework callers such as the demo data. */
    public ClockRules rules() {
        return rules;
    }

}
