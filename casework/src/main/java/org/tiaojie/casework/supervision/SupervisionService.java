package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/**
 * 督办 by hand (docs/DOMAIN.md, Supervision). A supervisor issues it on a dispute or a compound of
 * their area with level, reason, instruction, due date, the responsible organisation and its 包保
 * leader; the responsible organisation reports progress and reports it done; a supervisor
 * verifies — passed, or failed with a new due date (重新督办) — and delists (验收销号). A subject has
 * at most one open supervision (a unique key in the database, whichever node issues it); a higher
 * level raises the open one instead. The triggers are {@link SupervisionTriggers}, the numbering and
 * writing of a notice {@link SupervisionNotices}, the lists {@link SupervisionQueryService}.
 */
@Service
public class SupervisionService {

    /** What a supervisor fills in to issue a supervision. */
    public record IssueForm(SupervisionLevel level, String reason, String instruction, LocalDate dueDate,
            Long responsibleId, String leader) {
    }

    private final EntityManager em;
    private final SupervisionRepository supervisions;
    private final ListingRepository listings;
    private final SupervisionNotices notices;
    private final DisputeService disputes;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final Clock clock;

    SupervisionService(EntityManager em, SupervisionRepository supervisions, ListingRepository listings,
            SupervisionNotices notices, DisputeService disputes, PlaceService places, OrganisationService organisations,
            NotificationService notifications, Clock clock) {
        this.em = em;
        this.supervisions = supervisions;
        this.listings = listings;
        this.notices = notices;
        this.disputes = disputes;
        this.places = places;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** 督办 on a dispute of the supervisor's area; an open one of a lower level is raised instead. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public long issueOnDispute(long disputeId, IssueForm form) {
        AuthenticatedUser user = CurrentUser.require();
        return disputes.supervise(disputeId, (d, now, actor) -> {
            if (!d.getState().isOpen()) {
                throw new CaseworkException("supervision.closedDispute");
            }
            Supervision.Notice notice = notice(form, SupervisionTrigger.MANUAL, user.organisationName(), now);
            Supervision open = supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.DISPUTE, d.getId()))
                    .orElse(null);
            if (open != null) {
                open.raise(notice);
                notices.step(open, SupervisionStep.RAISED, notice.reason(), null, now, actor, user.organisationName());
                d.note(DisputeActivity.SUPERVISION_ISSUED, SupervisionNotices.label(open.getLevel()) + "：" + notice.reason(), now, actor);
                return open.getId();
            }
            Supervision s = notices.create(d, notice, now, actor, user.organisationName());
            return s.getId();
        });
    }

    /** 督办 on a compound of the supervisor's area (e.g. a repeat-complaint hot spot, not one case). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public long issueOnCompound(long compoundId, IssueForm form) {
        AuthenticatedUser user = CurrentUser.require();
        Compound compound = places.compound(compoundId);
        if (!user.area().covers(compound)) {
            throw new AccessDeniedException("compound " + compoundId + " is outside the user's area");
        }
        Instant now = Instant.now(clock);
        Supervision.Notice notice = notice(form, SupervisionTrigger.MANUAL, user.organisationName(), now);
        Supervision open = supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.COMPOUND, compoundId))
                .orElse(null);
        if (open != null) {
            open.raise(notice);
            notices.step(open, SupervisionStep.RAISED, notice.reason(), null, now, user.username(), user.organisationName());
            return open.getId();
        }
        return notices.create(compound, null, notice, now, user.username(), user.organisationName()).getId();
    }

    /** What a supervisor records of a 约谈: whom it was held with, on which day, what was said and agreed. */
    public record InterviewForm(String counterpart, LocalDate heldOn, String note) {
    }

    /** 进展报告 by the responsible organisation: what has been done so far; the matter stays under supervision. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    @Transactional
    public void report(long id, long expectedVersion, String text) {
        answer(id, expectedVersion, text, false);
    }

    /** 报结 by the responsible organisation: the matter is rectified and the supervisors are asked to verify it. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    @Transactional
    public void reportDone(long id, long expectedVersion, String text) {
        answer(id, expectedVersion, text, true);
    }

    private void answer(long id, long expectedVersion, String text, boolean done) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = supervisions.findById(id).orElseThrow(() -> new CaseworkException("supervision.notFound"));
        if (!user.has(Role.ADMIN) && s.getResponsibleId() != user.organisationId()) {
            throw new AccessDeniedException("supervision " + id + " is another organisation's");
        }
        current(id, expectedVersion);
        String note = Fields.required(text, 1000, done ? "field.doneReport" : "field.progress");
        s.report(done);
        Instant now = Instant.now(clock);
        notices.step(s, done ? SupervisionStep.DONE : SupervisionStep.PROGRESS, note, null, now, user.username(),
                user.organisationName());
        notifications.notify(notifications.supervisorsOver(s.getDistrictId(), s.getStreetId(), s.getCommunityId()),
                done ? "supervision.notify.done" : "supervision.notify.progress",
                List.of(s.getNoticeNumber(), notices.subjectName(s)), s.getDisputeId(), now);
    }

    /**
     * 催办 by a supervisor of the area while the matter is being handled (not yet reported done): a step of its record
     * with what is asked, and a notice to the responsible organisation's mediators naming the due date.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void urge(long id, long expectedVersion, String text) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = inAreaCurrent(id, expectedVersion, user);
        if (s.getState() != SupervisionState.ISSUED) {
            throw new CaseworkException("supervision.urge.state", "@enum.SupervisionState." + s.getState().name());
        }
        String note = Fields.required(text, 1000, "field.urgeNote");
        Instant now = Instant.now(clock);
        notices.step(s, SupervisionStep.URGED, note, null, now, user.username(), user.organisationName());
        notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.urged",
                List.of(s.getNoticeNumber(), notices.subjectName(s), s.getDueDate().toString(), note),
                s.getDisputeId(), now);
    }

    /**
     * 约谈 recorded by a supervisor of the area on an open supervision: held with whom, on which day (not a day to
     * come), and what was said and agreed; the responsible organisation is told.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void interview(long id, long expectedVersion, InterviewForm form) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = inAreaCurrent(id, expectedVersion, user);
        if (!s.getState().open()) {
            throw new CaseworkException("supervision.interview.state", "@enum.SupervisionState." + s.getState().name());
        }
        String counterpart = Fields.required(form.counterpart(), 100, "field.interviewCounterpart");
        LocalDate heldOn = Fields.present(form.heldOn(), "field.interviewDay");
        Instant now = Instant.now(clock);
        if (heldOn.isAfter(notices.today(now))) {
            throw new CaseworkException("supervision.interview.future");
        }
        String note = Fields.required(form.note(), 1000, "field.interviewNote");
        notices.interview(s, counterpart, heldOn, note, now, user.username(), user.organisationName());
        notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.interviewed",
                List.of(s.getNoticeNumber(), notices.subjectName(s), counterpart, heldOn.toString()),
                s.getDisputeId(), now);
    }

    /** 验收: passed, or failed with what is still wrong and a new due date (重新督办). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void verify(long id, long expectedVersion, boolean passed, String note, LocalDate newDue) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = inAreaCurrent(id, expectedVersion, user);
        String text = Fields.required(note, 1000, "field.verification");
        Instant now = Instant.now(clock);
        s.verify(passed, newDue, notices.today(now));
        notices.step(s, passed ? SupervisionStep.VERIFIED : SupervisionStep.RELISTED, text, passed ? null : newDue, now,
                user.username(), user.organisationName());
        if (!passed) {
            notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.relisted",
                    List.of(s.getNoticeNumber(), notices.subjectName(s), newDue.toString()), s.getDisputeId(), now);
        }
    }

    /** 销号 after a passed verification; a dispute is no longer marked supervised, a listed compound leaves the list. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void delist(long id, long expectedVersion, String note) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = inAreaCurrent(id, expectedVersion, user);
        String text = Fields.required(note, 500, "field.delistNote");
        Instant now = Instant.now(clock);
        close(s, text, now, user.username(), user.organisationName());
    }

    private void close(Supervision s, String text, Instant now, String actor, String organisation) {
        s.delist(now, actor);
        notices.step(s, SupervisionStep.DELISTED, text, null, now, actor, organisation);
        if (s.getDisputeId() != null) {
            Dispute d = em.find(Dispute.class, s.getDisputeId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            d.markSupervised(false);
            d.note(DisputeActivity.SUPERVISION_DELISTED, s.getNoticeNumber() + "：" + text, now, actor);
        }
        if (s.getListingId() != null) {
            CompoundListing listing = listings.findById(s.getListingId()).orElseThrow();
            if (listing.getState() == CompoundListing.ListingState.LISTED) {
                listing.delist(text, now, actor);
            }
        }
        notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.delisted",
                List.of(s.getNoticeNumber(), notices.subjectName(s)), s.getDisputeId(), now);
    }

    /** For the quarterly listing's 验收销号: the compound's listed supervision is verified and delisted with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeListing(CompoundListing listing, String note, Instant now, String actor, String organisation) {
        supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.COMPOUND, listing.getCompoundId()))
                .filter(s -> listing.getId().equals(s.getListingId()))
                .ifPresent(s -> {
                    if (s.getState() != SupervisionState.VERIFIED) {
                        s.verify(true, null, notices.today(now));
                        notices.step(s, SupervisionStep.VERIFIED, note, null, now, actor, organisation);
                    }
                    s.delist(now, actor);
                    notices.step(s, SupervisionStep.DELISTED, note, null, now, actor, organisation);
                });
    }

    private Supervision.Notice notice(IssueForm form, SupervisionTrigger trigger, String issuer, Instant now) {
        SupervisionLevel level = Fields.present(form.level(), "field.supervisionLevel");
        String reason = Fields.required(form.reason(), 500, "field.supervisionReason");
        String instruction = Fields.required(form.instruction(), 1000, "field.supervisionInstruction");
        LocalDate due = Fields.present(form.dueDate(), "field.supervisionDue");
        if (!due.isAfter(notices.today(now))) {
            throw new CaseworkException("supervision.due.future");
        }
        long responsible = Fields.present(form.responsibleId(), "field.responsible");
        Organisation o = organisations.require(responsible);
        if (!o.getKind().mediates()) {
            throw new CaseworkException("supervision.responsible.mediates");
        }
        return new Supervision.Notice(level, trigger, reason, instruction, due, responsible,
                Fields.optional(form.leader(), 50, "field.leader"), issuer);
    }

    private Supervision current(long id, long expectedVersion) {
        Supervision s = supervisions.findById(id).orElseThrow(() -> new CaseworkException("supervision.notFound"));
        if (s.getVersion() != expectedVersion) {
            throw new CaseworkException("supervision.stale");
        }
        return s;
    }

    /** The supervision a supervisor of its area acts on, as the screen last read it. */
    private Supervision inAreaCurrent(long id, long expectedVersion, AuthenticatedUser user) {
        return current(inArea(supervisions.findById(id)
                .orElseThrow(() -> new CaseworkException("supervision.notFound")), user).getId(), expectedVersion);
    }

    private static Supervision inArea(Supervision s, AuthenticatedUser user) {
        if (!user.area().covers(s.getDistrictId(), s.getStreetId(), s.getCommunityId())) {
            throw new AccessDeniedException("supervision " + s.getId() + " is outside the user's area");
        }
        return s;
    }
}
