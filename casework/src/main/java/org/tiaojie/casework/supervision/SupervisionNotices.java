package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CounterRows;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * Writes a supervision: its notice number (（2026）督字第00012号, per district and year, from a counter
 * row), the record and its first step, the dispute's mark and timeline line, and the responsible
 * organisation's inbox message — for supervisors' notices and the triggers' alike. Also the
 * defaults a notice starts from: due in five working days (configurable), the responsible
 * organisation, the issuing office.
 */
@org.springframework.stereotype.Component
class SupervisionNotices {

    private static final CounterRows COUNTER = new CounterRows("supervision_counter", "district_id", "notice_year");

    private final EntityManager em;
    private final SupervisionRepository supervisions;
    private final SupervisionEventRepository steps;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final Clock clock;
    private final int replyDays;

    SupervisionNotices(EntityManager em, SupervisionRepository supervisions, SupervisionEventRepository steps,
            PlaceService places, OrganisationService organisations, NotificationService notifications,
            CalendarService calendar, Clock clock, @Value("${tiaojie.supervision.reply-working-days:5}") int replyDays) {
        this.em = em;
        this.supervisions = supervisions;
        this.steps = steps;
        this.places = places;
        this.organisations = organisations;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
        this.replyDays = replyDays;
    }

    /** The default due date of a new supervision: five working days (configurable) from today. */
    LocalDate defaultDue() {
        return dueFrom(Instant.now(clock));
    }

    Batch batch() {
        return new Batch();
    }

    /** What issuing many supervisions in one transaction shares. */
    final class Batch {
        final Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        final Map<Long, String> issuers = new HashMap<>();
        /** Per district: the next reserved number and the last. */
        final Map<Long, long[]> numbers = new HashMap<>();

        void reserve(long district, long count, Instant now) {
            int year = today(now).getYear();
            long first = COUNTER.reserve(em, district, year, count);
            numbers.put(district, new long[] {first, first + count - 1});
        }

        String next(long district, Instant now) {
            long[] range = numbers.get(district);
            if (range == null || range[0] > range[1]) {
                return number(district, now);
            }
            return format(today(now).getYear(), range[0]++);
        }
    }

    Supervision create(Dispute d, Supervision.Notice notice, Instant now, String actor, String organisation) {
        return create(d, notice, now, actor, organisation, null);
    }

    Supervision create(Dispute d, Supervision.Notice notice, Instant now, String actor, String organisation,
            Batch batch) {
        return create(d, notice, now, actor, organisation, batch, null);
    }

    /** As {@link #create(Dispute, Supervision.Notice, Instant, String, String, Batch)}, its subject shaped first. */
    Supervision create(Dispute d, Supervision.Notice notice, Instant now, String actor, String organisation,
            Batch batch, java.util.function.Consumer<Supervision> shape) {
        Supervision s = create(d.getCompound(), d, notice, now, actor, organisation, batch, shape);
        d.markSupervised(true);
        d.note(DisputeActivity.SUPERVISION_ISSUED, s.getNoticeNumber() + " " + label(notice.level()) + "："
                + notice.reason(), now, actor);
        return s;
    }

    Supervision create(Compound compound, Dispute d, Supervision.Notice notice, Instant now, String actor,
            String organisation) {
        return create(compound, d, notice, now, actor, organisation, null);
    }

    Supervision create(Compound compound, Dispute d, Supervision.Notice notice, Instant now, String actor,
            String organisation, Batch batch) {
        return create(compound, d, notice, now, actor, organisation, batch, null);
    }

    private Supervision create(Compound compound, Dispute d, Supervision.Notice notice, Instant now, String actor,
            String organisation, Batch batch, java.util.function.Consumer<Supervision> shape) {
        long district = d != null ? d.getDistrictId() : compound.getCommunity().getStreet().getDistrict().getId();
        long street = d != null ? d.getStreetId() : compound.getCommunity().getStreet().getId();
        long community = d != null ? d.getCommunityId() : compound.getCommunity().getId();
        String number = batch == null ? number(district, now) : batch.next(district, now);
        Supervision made = new Supervision(number, d == null
                ? Supervision.Subject.COMPOUND : Supervision.Subject.DISPUTE, d == null ? null : d.getId(),
                compound.getId(), district, street, community, notice, now, actor);
        if (shape != null) {
            shape.accept(made);
        }
        Supervision s = supervisions.save(made);
        step(s, SupervisionStep.ISSUED, notice.instruction(), notice.dueDate(), now, actor, organisation);
        NotificationService.Audience audience = batch == null ? notifications.mediatorsOf(notice.responsibleId())
                : batch.audiences.computeIfAbsent(notice.responsibleId(), notifications::mediatorsOf);
        notifications.notify(audience, "supervision.notify.issued",
                List.of(s.getNoticeNumber(), d == null ? compound.getName() : d.getCaseNumber(),
                        "@enum.SupervisionLevel." + notice.level().name(), notice.dueDate().toString()),
                d == null ? null : d.getId(), now);
        return s;
    }

    /** 督办〔2026〕第00012号 style numbers, per district and year, handed out under the counter row's lock. */
    private String number(long district, Instant now) {
        int year = today(now).getYear();
        long n = COUNTER.reserve(em, district, year, 1);
        return format(year, n);
    }

    private static String format(int year, long n) {
        return "（" + year + "）督字第" + String.format("%05d", n) + "号";
    }

    void step(Supervision s, SupervisionStep kind, String note, LocalDate due, Instant at, String actor,
            String organisation) {
        steps.save(new SupervisionEvent(s.getId(), kind, note, due, at, actor, organisation));
    }

    void interview(Supervision s, String counterpart, LocalDate heldOn, String note, Instant at, String actor,
            String organisation) {
        steps.save(SupervisionEvent.interview(s.getId(), counterpart, heldOn, note, at, actor, organisation));
    }

    LocalDate today(Instant now) {
        return now.atZone(CaseworkConfiguration.ZONE).toLocalDate();
    }

    LocalDate dueFrom(Instant now) {
        return calendar.calendar().addWorkingDays(today(now), replyDays);
    }

    /** The organisation handling the dispute, or its compound's community room when none does. */
    long responsible(Dispute d) {
        return d.getOrganisation() != null ? d.getOrganisation().getId()
                : organisations.servingCompound(d.getCompound(), Tier.COMMUNITY).getId();
    }

    /** The district's supervision office names an automatic notice; failing one, the platform does. */
    String issuer(Dispute d) {
        return issuerOf(d.getDistrictId());
    }

    String issuerOf(long district) {
        return em.createQuery("select o.name from Organisation o where o.kind = :kind and o.district.id = :district"
                        + " and o.active = true order by o.id", String.class)
                .setParameter("kind", OrganisationKind.SUPERVISION_OFFICE).setParameter("district", district)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> text("supervision.issuer.platform"));
    }

    String subjectName(Supervision s) {
        if (s.getDisputeId() != null) {
            return em.find(Dispute.class, s.getDisputeId()).getCaseNumber();
        }
        return places.compound(s.getCompoundId()).getName();
    }

    static String label(SupervisionLevel level) {
        return CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, level);
    }

    /** Texts kept in the record are written in Chinese, whoever's screen started the work. */
    static String text(String key, String... args) {
        return CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, key, (Object[]) args);
    }
}
