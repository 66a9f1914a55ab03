package org.tiaojie.casework.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceOption;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/**
 * 法院委派/委托调解: a court entrusts a dispute of its district to mediation — before filing (委派)
 * or during litigation (委托). It arrives as a dispute with channel 法院委托, routed like any other,
 * with the court's reference as its external number (sending it twice gives the same dispute) and
 * the mediation clock of its stage (委派 30 days, 委托 15); the court sees it and hears its result.
 */
@Service
public class EntrustmentService {

    /** What the clerk enters. */
    public record Entrustment(String courtReference, boolean inLitigation, Long compoundId, Long categoryId,
            String description, String applicantName, String applicantPhone, String respondentName) {
    }

    private final DisputeRegistration registration;
    private final OrganisationService organisations;
    private final PlaceService places;
    private final org.tiaojie.casework.organisation.AreaPlaces areaPlaces;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EntrustmentService(DisputeRegistration registration, OrganisationService organisations, PlaceService places,
            org.tiaojie.casework.organisation.AreaPlaces areaPlaces,
            NotificationService notifications, PlatformTransactionManager transactionManager, Clock clock) {
        this.registration = registration;
        this.organisations = organisations;
        this.places = places;
        this.areaPlaces = areaPlaces;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The compounds the clerk's court may entrust disputes of: those of its district. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    @Transactional(readOnly = true)
    public List<PlaceOption> compounds() {
        return areaPlaces.compoundOptions(CurrentUser.require().area().entrustable());
    }

    /** Registers the entrusted dispute and tells the receiving organisation; returns its id. */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public long entrust(Entrustment e) {
        var user = CurrentUser.require();
        String reference = Fields.required(e.courtReference(), 60, "field.courtReference");
        String description = Fields.required(e.description(), 4000, "field.description");
        String applicant = Fields.required(e.applicantName(), 50, "field.applicant");
        String respondent = Fields.required(e.respondentName(), 100, "field.respondent");
        long compoundId = Fields.present(e.compoundId(), "field.compound");
        long categoryId = Fields.present(e.categoryId(), "field.category");
        String phone = Fields.optional(e.applicantPhone(), 20, "field.phone");
        try {
            return transactions.execute(status -> {
                Organisation court = organisations.require(user.organisationId());
                Compound compound = places.compound(compoundId);
                if (!user.area().entrustable().covers(compound)) {
                    throw new CaseworkException("entrustment.outsideDistrict");
                }
                Instant now = Instant.now(clock);
                String kind = e.inLitigation() ? "@entrustment.inLitigation" : "@entrustment.beforeFiling";
                Dispute d = registration.registerAs(new NewDispute(Channel.COURT_ENTRUSTED, reference, categoryId,
                        compoundId, description, null, 2, applicant, phone, false, false, false, List.of(
                                PartyDetails.person(PartyRole.APPLICANT, applicant, null, phone, null),
                                PartyDetails.person(PartyRole.RESPONDENT, respondent, null, null, null))),
                        user.username(), now);
                d.entrustedBy(court, e.inLitigation() ? org.tiaojie.casework.dispute.EntrustmentStage.IN_LITIGATION
                        : org.tiaojie.casework.dispute.EntrustmentStage.BEFORE_FILING);
                notifications.notify(notifications.mediatorsOf(d.getOrganisation().getId()), "entrustment.received",
                        List.of(court.getName(), kind, reference, d.getCaseNumber()), d.getId(), now);
                return d.getId();
            });
        } catch (DataIntegrityViolationException duplicate) {
            throw new CaseworkException("entrustment.duplicate", reference);
        }
    }
}
