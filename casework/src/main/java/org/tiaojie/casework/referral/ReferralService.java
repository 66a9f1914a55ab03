package org.tiaojie.casework.referral;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeParty;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.mediation.MediationSession;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * 移送法院 and the court's side of it. A mediator sends a case whose mediation failed, once its
 * file is complete (both sides named, a mediation held and recorded, the 卷宗 built after any
 * return); the court's clerks — of that court only — sign for it, return it for correction
 * (the mediator gets the case back with a clock), file it with its number, and record the
 * outcome, which closes the case. Every step goes through the dispute's row lock and history.
 */
@Service
public class ReferralService {

    private final org.tiaojie.casework.account.PeopleNames people;

    private final ReferralRepository referrals;
    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final AttachmentService attachments;
    private final EntityManager em;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, DisputeService disputes, DisputeQueryService queries,
            OrganisationService organisations, NotificationService notifications, AttachmentService attachments,
            EntityManager em, Clock clock, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.attachments = attachments;
        this.referrals = referrals;
        this.disputes = disputes;
        this.queries = queries;
        this.organisations = organisations;
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    /** Sends the case to the court; refused, naming each missing item, while the file is incomplete. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long refer(long disputeId, long version, long courtId, String reason) {
        return disputes.work(disputeId, version, (d, now, actor) -> referAs(d, courtId, reason, now, actor));
    }

    /** The referral itself, inside the caller's work on the case (the demo district refers through here). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long referAs(Dispute d, long courtId, String reason, Instant now, String actor) {
        Organisation court = organisations.require(courtId);
        if (court.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        String why = d.requireReasonText(reason);
        Long bundle = completeBundle(d);
        d.referToCourt(court, disputes.rules(), now, actor, why);
        CourtReferral saved = referrals.save(new CourtReferral(ReferralKind.CASE_TRANSFER, d.getId(),
                court.getId(), bundle, why, now, actor));
        notifications.notify(notifications.clerksOf(court.getId()), "referral.received",
                List.of(d.getCaseNumber(), d.getOrganisation() == null ? "" : d.getOrganisation().getName()),
                d.getId(), now);
        return saved.getId();
    }

    /**
     * 司法确认申请: the parties' joint application to confirm their written agreement, within the 30
     * days after it took effect (or again after the court returned it); refused, naming what is
     * missing, until the agreement, the application and the parties' identity proofs are in the file.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long applyForConfirmation(long disputeId, long version, long courtId, String note) {
        return disputes.work(disputeId, version, (d, now, actor) -> {
            Organisation court = organisations.require(courtId);
            requireCompetentCourt(d, court, note);
            List<CourtReferral> earlier = referrals.findByDisputeIdOrderBySentAtAscIdAsc(d.getId()).stream()
                    .filter(r -> r.getKind() == ReferralKind.JUDICIAL_CONFIRMATION).toList();
            if (earlier.stream().anyMatch(r -> r.getState() == CourtReferral.ReferralState.DECIDED)) {
                throw new CaseworkException("referral.confirmation.decided");
            }
            if (earlier.stream().anyMatch(r -> r.getState() != CourtReferral.ReferralState.RETURNED)) {
                throw new CaseworkException("referral.confirmation.pending");
            }
            Instant lastReturn = earlier.stream().map(CourtReferral::getReturnedAt).max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            Long application = confirmationFile(d, lastReturn);
            d.applyForConfirmation(court, !earlier.isEmpty(), disputes.rules(), now, actor);
            CourtReferral saved = referrals.save(new CourtReferral(ReferralKind.JUDICIAL_CONFIRMATION, d.getId(),
                    court.getId(), application, note, now, actor));
            notifications.notify(notifications.clerksOf(court.getId()), "referral.confirmationReceived",
                    List.of(d.getCaseNumber(), d.getOrganisation() == null ? "" : d.getOrganisation().getName()),
                    d.getId(), now);
            return saved.getId();
        });
    }

    /**
     * 民事诉讼法 (2023) Art. 205: the application goes to the court that invited or entrusted the
     * mediation, where there is one; otherwise to a basic court where a party lives, where the property
     * lies or where the committee sits — for a property dispute, a court of the district the compound and
     * its committee are in. Another court (a party's residence elsewhere) needs the reason in the note.
     */
    private void requireCompetentCourt(Dispute d, Organisation court, String note) {
        if (court.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        boolean competent = d.getChannel() == org.tiaojie.casework.dispute.Channel.COURT_ENTRUSTED && d.getCourt() != null
                ? d.getCourt().getId().equals(court.getId())
                : court.getDistrict().getId().equals(d.getDistrictId());
        if (!competent && (note == null || note.isBlank())) {
            throw new CaseworkException("referral.confirmation.court", court.getName());
        }
    }

    /** The application's file: a written agreement and its 协议书, the 申请书 (since any return), identity proofs. */
    private Long confirmationFile(Dispute d, Instant lastReturn) {
        List<String> missing = new ArrayList<>();
        long written = em.createQuery("""
                select count(a) from Agreement a where a.disputeId = :id and a.kind = :written""", Long.class)
                .setParameter("id", d.getId()).setParameter("written", Agreement.Form.WRITTEN).getSingleResult();
        if (written == 0) {
            missing.add("referral.missing.writtenAgreement");
        } else if (newest(d.getId(), DocumentKind.AGREEMENT, Instant.EPOCH) == null) {
            missing.add("referral.missing.agreementDocument");
        }
        Long application = newest(d.getId(), DocumentKind.CONFIRMATION_APPLICATION, lastReturn);
        if (application == null) {
            missing.add(lastReturn.equals(Instant.EPOCH) ? "referral.missing.application"
                    : "referral.missing.newApplication");
        }
        long identities = em.createQuery("""
                select count(a) from CaseAttachment a where a.disputeId = :id and a.kind = :identity""", Long.class)
                .setParameter("id", d.getId()).setParameter("identity", AttachmentKind.IDENTITY).getSingleResult();
        if (identities == 0) {
            missing.add("referral.missing.identity");
        }
        refuseIfMissing(missing);
        return application;
    }

    private Long newest(long disputeId, DocumentKind kind, Instant since) {
        List<Long> found = em.createQuery("""
                select c.id from CaseDocument c where c.disputeId = :id and c.kind = :kind and c.createdAt > :since
                order by c.createdAt desc, c.id desc""", Long.class).setParameter("id", disputeId)
                .setParameter("kind", kind).setParameter("since", since).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }

    private static void refuseIfMissing(List<String> missing) {
        if (!missing.isEmpty()) {
            String list = String.join("、", missing.stream()
                    .map(k -> CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE, k)).toList());
            throw new CaseworkException("referral.incomplete", list);
        }
    }

    /** What a referral needs (立案移送): both sides, a held mediation, and a 卷宗 built since the last return. */
    private Long completeBundle(Dispute d) {
        List<String> missing = new ArrayList<>();
        List<PartyRole> roles = d.getParties().stream().map(DisputeParty::getRole).toList();
        if (!roles.contains(PartyRole.APPLICANT)) {
            missing.add("referral.missing.applicant");
        }
        if (!roles.contains(PartyRole.RESPONDENT)) {
            missing.add("referral.missing.respondent");
        }
        long held = em.createQuery("select count(s) from MediationSession s where s.disputeId = :id and s.status = :held",
                Long.class).setParameter("id", d.getId()).setParameter("held", MediationSession.SessionStatus.HELD)
                .getSingleResult();
        if (held == 0) {
            missing.add("referral.missing.session");
        }
        Instant lastReturn = referrals.findByDisputeIdOrderBySentAtAscIdAsc(d.getId()).stream()
                .filter(r -> r.getKind() == ReferralKind.CASE_TRANSFER)
                .map(CourtReferral::getReturnedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Long bundle = newest(d.getId(), DocumentKind.BUNDLE, lastReturn);
        if (bundle == null) {
            missing.add(lastReturn.equals(Instant.EPOCH) ? "referral.missing.bundle" : "referral.missing.newBundle");
        }
        refuseIfMissing(missing);
        return bundle;
    }

    /** The referrals of one case, oldest first, for whoever may see the case. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReferralRow> ofDispute(long disputeId) {
        String caseNumber = queries.find(disputeId).caseNumber();
        List<CourtReferral> rows = referrals.findByDisputeIdOrderBySentAtAscIdAsc(disputeId);
        var user = CurrentUser.require();
        Map<Long, String> names = new HashMap<>();
        return rows.stream()
                // a court sees its own referrals of the case, not another court's
                .filter(r -> !user.has(org.tiaojie.casework.account.Role.COURT_CLERK)
                        || r.getCourtId() == user.organisationId())
                .map(r -> r.row(caseNumber, names.computeIfAbsent(r.getCourtId(), this::orgName), null, people::name)).toList();
    }

    /** 移送案件: what was referred to the clerk's court, newest first. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    @Transactional(readOnly = true)
    public List<ReferralRow> inbox(int offset, int limit) {
        long court = CurrentUser.require().organisationId();
        int size = Math.max(1, limit);
        List<CourtReferral> page = referrals.inbox(court, PageRequest.of(offset / size, size));
        Map<Long, Object[]> cases = new HashMap<>();
        if (!page.isEmpty()) {
            em.createQuery("""
                    select d.id, d.caseNumber, o.name from Dispute d left join d.organisation o where d.id in :ids""",
                    Object[].class).setParameter("ids", page.stream().map(CourtReferral::getDisputeId).toList())
                    .getResultList().forEach(r -> cases.put((Long) r[0], r));
        }
        String courtName = orgName(court);
        return page.stream().map(r -> r.row((String) cases.get(r.getDisputeId())[1], courtName,
                (String) cases.get(r.getDisputeId())[2], people::name)).toList();
    }

    @PreAuthorize("hasRole('COURT_CLERK')")
    @Transactional(readOnly = true)
    public long inboxSize() {
        return referrals.countByCourtId(CurrentUser.require().organisationId());
    }

    /** 签收. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public void signFor(long referralId, long version) {
        atCourt(referralId, version, (r, d, now, actor) -> {
            r.sign(now, actor);
            d.courtStep(DisputeActivity.COURT_SIGNED, null, now, actor);
        });
    }

    /** 退回补正: the case goes back to the mediator with the reasons and a clock to complete it. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public void returnForCorrection(long referralId, long version, String reason) {
        atCourt(referralId, version, (r, d, now, actor) -> {
            r.returnForCorrection(reason, now, actor);
            if (r.getKind() == ReferralKind.JUDICIAL_CONFIRMATION) {
                d.confirmationReturned(reason, disputes.rules(), now, actor);
            } else {
                d.returnFromCourt(reason, disputes.rules(), now, actor);
            }
            notifications.notify(notifications.mediatorsOf(d.getOrganisation().getId()), "referral.returned",
                    List.of(d.getCaseNumber(), reason.strip()), d.getId(), now);
        });
    }

    /**
     * 延长: the court extends its decision on an accepted 司法确认 application, by at most 10 days and once,
     * with its president's approval (法释〔2011〕5号 Art. 5), which the reason records.
     */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public void extendConfirmationDecision(long referralId, long version, Integer days, String reason) {
        atCourt(referralId, version, (r, d, now, actor) -> {
            if (r.getKind() != ReferralKind.JUDICIAL_CONFIRMATION || r.getState() != CourtReferral.ReferralState.FILED) {
                throw new CaseworkException("referral.extend.notFiledConfirmation");
            }
            d.extendClock(org.tiaojie.casework.deadline.ClockKind.CONFIRMATION_DECISION,
                    org.tiaojie.casework.shared.Fields.present(days, "field.extendBy"),
                    org.tiaojie.casework.shared.Fields.required(reason, 500, "field.extensionReason"), disputes.rules(),
                    now, actor);
        });
    }

    /** 立案, with the court's case number; the court's acceptance clock stops. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public void file(long referralId, long version, String filingNumber) {
        atCourt(referralId, version, (r, d, now, actor) -> {
            r.file(filingNumber, now, actor);
            d.courtStep(DisputeActivity.COURT_FILED, r.getFilingNumber(), disputes.rules(), now, actor);
        });
    }

    /**
     * The court's outcome: recorded on the referral, and the case is closed with it (法院结果);
     * the ruling (PDF), when given, goes into the case file as 裁判文书.
     */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public void decide(long referralId, long version, CourtOutcome outcome, LocalDate date, String note,
            String rulingFileName, byte[] ruling) {
        if (ruling != null && !"application/pdf".equals(attachments.check(rulingFileName, ruling))) {
            throw new CaseworkException("referral.ruling.pdf");
        }
        atCourt(referralId, version, (r, d, now, actor) -> {
            r.decide(outcome, date, note, LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)), now, actor);
            if (ruling != null) {
                attachments.attach(d, AttachmentKind.COURT_RULING, CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE,
                        "referral.rulingTitle", r.getFilingNumber()), rulingFileName, ruling, now, actor);
            }
            String label = CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, outcome);
            String why = CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE, "referral.closedWith", label,
                    r.getFilingNumber(), date.toString());
            if (r.getKind() == ReferralKind.CASE_TRANSFER) {
                d.closeOnCourtDecision(ClosureType.COURT_OUTCOME, why, disputes.rules(), now, actor);
            } else {
                // the agreement stands confirmed (or not): on the timeline; a case still open after its
                // agreement closes with it once the court confirmed it
                d.courtStep(DisputeActivity.COURT_DECIDED, why, disputes.rules(), now, actor);
                if (outcome == CourtOutcome.CONFIRMED_VALID && d.getState() == DisputeState.AGREED) {
                    d.closeOnCourtDecision(ClosureType.AGREEMENT, why, disputes.rules(), now, actor);
                }
            }
            notifications.notify(notifications.mediatorsOf(d.getOrganisation().getId()), "referral.decided",
                    List.of(d.getCaseNumber(), "@" + CaseworkMessages.enumKey(outcome), r.getFilingNumber()),
                    d.getId(), now);
        });
    }

    /** A court step on a referral of the clerk's own court; another court's referral does not exist for them. */
    @FunctionalInterface
    private interface CourtStep {
        void apply(CourtReferral referral, Dispute dispute, Instant now, String actor);
    }

    private void atCourt(long referralId, long version, CourtStep step) {
        long court = CurrentUser.require().organisationId();
        long disputeId = referrals.findById(referralId).filter(r -> r.getCourtId() == court)
                .map(CourtReferral::getDisputeId)
                .orElseThrow(() -> new AccessDeniedException("referral " + referralId + " is not this court's"));
        disputes.atCourt(disputeId, (d, now, actor) -> {
            CourtReferral r = referrals.findById(referralId).orElseThrow();
            if (r.getVersion() != version) {
                throw new CaseworkException("referral.stale");
            }
            step.apply(r, d, now, actor);
            referrals.flush();
            return null;
        });
    }

    private String orgName(long id) {
        return organisations.require(id).getName();
    }
}
