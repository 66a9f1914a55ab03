package org.tiaojie.casework.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tiaojie.casework.dispute.PlatformDetails;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/** The checks of {@link PlatformDetails} as a work order brings them, each problem named with the value sent. */
final class PlatformFields {

    /** A call time this far ahead of the server's clock is a platform's clock running fast, not a future call. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** No 12345 order is older than the hotlines: an earlier year is a misread date. */
    static final Instant EARLIEST_CALL = java.time.LocalDate.of(2000, 1, 1).atStartOfDay(CaseworkConfiguration.ZONE)
            .toInstant();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CaseworkConfiguration.ZONE);

    private PlatformFields() {
    }

    /**
     * What the platform sent besides the dispute: a call time neither in the future nor before {@link #EARLIEST_CALL}
     * (it becomes the registration time), a 办理时限 of 1 to {@value PlatformDetails#MAX_REPLY_DAYS} working days, a
     * second number that is a phone, an address and an instruction the documents can print.
     */
    static PlatformDetails check(PlatformDetails sent, Instant now, List<WorkOrderProblem> problems) {
        if (sent.equals(PlatformDetails.NONE)) {
            return sent;
        }
        Instant called = sent.calledAt();
        if (called != null && called.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new WorkOrderProblem("calledAt", "workOrder.calledAt.future",
                    local(called)));
        } else if (called != null && called.isBefore(EARLIEST_CALL)) {
            problems.add(new WorkOrderProblem("calledAt", "workOrder.calledAt.early",
                    local(called)));
        }
        Integer days = sent.replyDays();
        if (days != null && (days < 1 || days > PlatformDetails.MAX_REPLY_DAYS)) {
            problems.add(new WorkOrderProblem("replyDays", "workOrder.replyDays.range", String.valueOf(days), "1",
                    String.valueOf(PlatformDetails.MAX_REPLY_DAYS)));
        }
        String contact = null;
        if (sent.contactPhone() != null) {
            try {
                contact = PhoneNumber.of(sent.contactPhone()).value();
            } catch (CaseworkException e) {
                problems.add(new WorkOrderProblem("contactPhone", "workOrder.phone.format", "@field.contactPhone",
                        sent.contactPhone()));
            }
        }
        String address = sent.address() == null ? null : org.tiaojie.casework.shared.Fields.trim(sent.address());
        if (address != null && address.length() > PlatformDetails.MAX_ADDRESS) {
            problems.add(new WorkOrderProblem("address", "field.tooLong", "@field.addressDetail",
                    String.valueOf(PlatformDetails.MAX_ADDRESS)));
        } else {
            WorkOrderService.printable(address, "address", "field.addressDetail", false, problems);
        }
        String note = sent.dispatchNote() == null ? null
                : org.tiaojie.casework.shared.Fields.trim(sent.dispatchNote(), true);
        if (note != null && note.length() > PlatformDetails.MAX_DISPATCH_NOTE) {
            problems.add(new WorkOrderProblem("dispatchNote", "field.tooLong", "@field.dispatchNote",
                    String.valueOf(PlatformDetails.MAX_DISPATCH_NOTE)));
        } else {
            WorkOrderService.printable(note, "dispatchNote", "field.dispatchNote", true, problems);
        }
        return new PlatformDetails(called, days, contact, address, note);
    }

    private static String local(Instant at) {
        return SHOWN.format(at);
    }
}
