package org.tiaojie.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;

/** What decides whether a repeated order number is a retry (same digest) or a conflict (another). */
class WorkOrderReceiptsTest {

    private static NewDispute order(String description, List<PartyDetails> parties) {
        return new NewDispute(Channel.HOTLINE_12345, "GD-1", 7, 9, description, null, 1, "卫测试", "13912345678", false,
                false, false, parties);
    }

    @Test
    void theSameContentGivesTheSameDigestAndAnyChangeAnother() {
        var upstairs = PartyDetails.person(PartyRole.THIRD_PARTY, "韩测试", null, "19500001234", null);
        assertThat(WorkOrderReceipts.digest(order("楼上漏水", List.of())))
                .isEqualTo(WorkOrderReceipts.digest(order("楼上漏水", List.of())))
                .isNotEqualTo(WorkOrderReceipts.digest(order("楼上漏水。", List.of())))
                .isNotEqualTo(WorkOrderReceipts.digest(order("楼上漏水", List.of(upstairs))))
                .hasSize(64);
    }
}
