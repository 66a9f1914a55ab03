package org.tiaojie.casework.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeParty;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.mediation.MediationService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.Fields;

/**
 * 达成协议: concludes the agreement of a case in mediation (which moves the case to AGREED and
 * opens the judicial-confirmation window) and follows the performance of each term.
 */
@Service
public class AgreementService {

    private final org.tiaojie.casework.account.PeopleNames people;

    static final int MAX_TERMS = 30;

    /** The states in which the performance of terms is followed. */
    public static final Set<DisputeState> TERMS_TRACKED =
            EnumSet.of(DisputeState.AGREED, DisputeState.CLOSED, DisputeState.REVISITED);

    private final AgreementRepository agreements;
    private final TermRepository terms;
    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final MediationService mediation;
    private final AttachmentService attachments;

    AgreementService(AgreementRepository agreements, TermRepository terms, DisputeService disputes,
            DisputeQueryService queries, MediationService mediation, AttachmentService attachments, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.agreements = agreements;
        this.terms = terms;
        this.disputes = disputes;
        this.queries = queries;
        this.mediation = mediation;
        this.attachments = attachments;
    }

    /** Concludes the agreement; returns its id. A refused draft saves nothing and leaves the case in mediation. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long conclude(long disputeId, long version, AgreementDraft draft) {
        return disputes.work(disputeId, version, (d, now, actor) -> concludeAs(d, draft, now, actor));
    }

    /** The agreement itself, inside the caller's work on the case (the demo district concludes through here). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long concludeAs(Dispute d, AgreementDraft draft, Instant now, String actor) {
        d.requireState(EnumSet.of(DisputeState.IN_MEDIATION), "agreement.notMediating");
        Agreement.Form kind = Fields.present(draft.kind(), "field.agreementKind");
        String facts = Fields.required(draft.facts(), 4000, "field.facts");
        if (sameWords(facts, d.getDescription())) {
            throw new CaseworkException("agreement.factsVerbatim");
        }
        String responsibility = Fields.optional(draft.responsibility(), 2000, "field.responsibility");
        Map<Long, DisputeParty> parties = d.getParties().stream()
                .collect(Collectors.toMap(DisputeParty::getId, Function.identity()));
        if (parties.size() < 2) {
            throw new CaseworkException("agreement.parties");
        }
        int copies;
        Long sessionId = null;
        if (kind == Agreement.Form.WRITTEN) {
            copies = Fields.present(draft.copies(), "field.copies");
            if (copies < parties.size() + 1 || copies > 50) {
                throw new CaseworkException("agreement.copies", parties.size() + 1);
            }
        } else {
            copies = 0;
            sessionId = Fields.present(draft.sessionId(), "field.session");
            if (!mediation.recordsOralAgreement(d.getId(), sessionId)) {
                throw new CaseworkException("agreement.oralSession");
            }
        }
        if (draft.terms().isEmpty()) {
            throw new CaseworkException("agreement.noTerms");
        }
        if (draft.terms().size() > MAX_TERMS) {
            throw new CaseworkException("agreement.tooManyTerms", MAX_TERMS);
        }
        long earlier = agreements.countByDispute(d.getId());
        String number = earlier == 0 ? d.getCaseNumber() : d.getCaseNumber() + "-" + (earlier + 1);
        Agreement agreement = new Agreement(d.getId(), number, kind, facts, responsibility, copies, sessionId,
                d.getTier(), d.getOrganisation() == null ? null : d.getOrganisation().getId(), now, actor);
        LocalDate today = now.atZone(CaseworkConfiguration.ZONE).toLocalDate();
        int seq = 0;
        for (TermDraft t : draft.terms()) {
            seq++;
            DisputeParty obligor = t.obligorPartyId() == null ? null : parties.get(t.obligorPartyId());
            if (obligor == null) {
                throw new CaseworkException("term.obligor", seq);
            }
            try {
                agreement.addTerm(new AgreementTerm(agreement, seq, obligor.getId(), obligor.getName(), t, today));
            } catch (CaseworkException e) {
                throw e.getKey().startsWith("term.") ? e : new CaseworkException("term.field", seq, e);
            }
        }
        Agreement saved = agreements.save(agreement);
        d.agree(disputes.rules(), now, actor);
        return saved.getId();
    }

    /**
     * 协议生效: the day the last party signed the written agreement and the committee sealed it. The
     * window to apply together for judicial confirmation — 30 days (人民调解法 Art. 33, 民事诉讼法
     * Art. 205) — runs from that day; an oral agreement has none.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void recordEffective(long agreementId, long disputeVersion, LocalDate day) {
        Agreement a = agreements.findById(agreementId).orElseThrow(() -> new CaseworkException("agreement.notFound"));
        disputes.work(a.getDisputeId(), disputeVersion, (d, now, actor) -> {
            d.requireState(TERMS_TRACKED, "agreement.effective.state");
            Agreement locked = agreements.findById(agreementId).orElseThrow();
            locked.takeEffect(day, now.atZone(CaseworkConfiguration.ZONE).toLocalDate());
            d.agreementTookEffect(locked.getNumber(), day, disputes.rules(), now, actor);
            return null;
        });
    }

    /** 履行情况 of one term, with a note (required unless performed) and optionally a proof attached to the case. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void recordPerformance(long termId, long disputeVersion, AgreementTerm.Performance performance, String note,
            Long evidenceId) {
        long disputeId = terms.disputeOf(termId).orElseThrow(() -> new CaseworkException("term.notFound"));
        disputes.work(disputeId, disputeVersion, (d, now, actor) -> {
            d.requireState(TERMS_TRACKED, "term.notTracked");
            if (evidenceId != null && !attachments.belongsTo(evidenceId, disputeId)) {
                throw new CaseworkException("attachment.notFound");
            }
            AgreementTerm t = terms.findById(termId).orElseThrow();
            t.recordPerformance(performance, note, evidenceId, now, actor);
            d.note(DisputeActivity.TERM_PERFORMANCE, CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE,
                    "term.summary", t.getSeq(), performance), now, actor);
            return null;
        });
    }

    /** The case's agreements with their terms, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgreementView> agreements(long disputeId) {
        queries.find(disputeId);
        return agreements.findByDispute(disputeId).stream().map(a -> new AgreementView(a.getId(), a.getDisputeId(),
                a.getNumber(), a.getKind(), a.getFacts(), a.getResponsibility(), a.getCopies(), a.getSessionId(),
                a.getTier(), a.getConcludedAt(), people.name(a.getConcludedBy()),
                a.getTerms().stream().map(AgreementTerm::row).toList(), a.getEffectiveOn())).toList();
    }

    /**
     * Whether the facts are the registered complaint copied over (spaces and punctuation aside): an
     * agreement states the facts as the committee found them (人民调解法 Art. 29), in the mediator's words.
     */
    static boolean sameWords(String facts, String description) {
        if (description == null) {
            return false;
        }
        java.util.function.Function<String, String> bare = s -> s.replaceAll("[\\s\\p{P}]", "");
        return bare.apply(facts).equals(bare.apply(description));
    }

    /** Whether the case has an agreement, which names every party; in the caller's work on the case. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean concluded(long disputeId) {
        return agreements.existsByDisputeId(disputeId);
    }
}
