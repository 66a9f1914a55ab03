package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.casework.intake.DuplicateCandidate;
import org.tiaojie.casework.intake.DuplicateReason;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The hotline desk: compound search by name, address and pinyin initials inside the user's area;
 * the caller's history; likely duplicates for each of their three reasons; merging a call; and
 * registrations that are refused with a message and store nothing.
 */
abstract class IntakeScenarios extends DemoDistrictScenarios {

    @Autowired IntakeService intake;
    @Autowired org.tiaojie.casework.intake.RepeatCalls repeatCalls;

    long category(String code) {
        return jdbc.queryForObject("select id from dispute_category where code = ?", Long.class, code);
    }

    NewDispute call(long compound, long category, String phone, String text) {
        return NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                .description(text).caller("钱测试", phone).build();
    }

    long disputes() {
        return jdbc.queryForObject("select count(*) from dispute", Long.class);
    }

    @Test
    void compoundsAreFoundByPinyinInitialsNameAndAddressInsideTheArea() {
        login("huawu");
        List<CompoundMatch> byInitials = intake.findCompounds("jhy", 10);
        assertThat(byInitials).isNotEmpty();
        assertThat(byInitials.getFirst().initials()).isEqualToIgnoringCase("jhy");
        assertThat(byInitials).extracting(CompoundMatch::name).anyMatch(n -> n.contains("锦华苑"));
        assertThat(intake.findCompounds("JHY", 10)).extracting(CompoundMatch::id)
                .isEqualTo(byInitials.stream().map(CompoundMatch::id).toList());
        // initials inside a longer name's initials (湖心锦华苑, hxjhy) are found too, after those they begin (#27)
        long inner = freshCompound();
        jdbc.update("update compound set name = ?, pinyin_initials = 'hxjhy' where id = ?", "湖心锦华苑" + inner, inner);
        List<CompoundMatch> anywhere = intake.findCompounds("jhy", 300);
        assertThat(anywhere).extracting(CompoundMatch::id).contains(inner);
        assertThat(anywhere.getFirst().initials()).isEqualToIgnoringCase("jhy");
        assertThat(intake.findCompounds("锦华", 50)).isNotEmpty()
                .allMatch(c -> c.name().contains("锦华") || c.address().contains("锦华"));
        long fresh = freshCompound();
        String street = jdbc.queryForObject("select address from compound where id = ?", String.class, fresh);
        assertThat(intake.findCompounds(street, 5)).extracting(CompoundMatch::id).containsExactly(fresh);
        assertThat(intake.findCompounds("%", 5)).isEmpty();

        login("shequ");
        long community = jdbc.queryForObject("select community_id from compound where id = ?", Long.class, fresh);
        List<Long> own = jdbc.queryForList("select id from compound where community_id = ?", Long.class, community);
        assertThat(intake.findCompounds("", 500)).extracting(CompoundMatch::id).containsExactlyInAnyOrderElementsOf(own);
    }

    @Test
    void likelyDuplicatesAreOfferedForEachReasonAndTheCallCanBeMerged() {
        login("huawu");
        long compound = freshCompound();
        long leak = category("SERVICE_QUALITY.REPAIR");
        long fee = category("FEES.SERVICE_FEE");
        String caller = phone();
        long first = intake.register(call(compound, leak, caller, "楼上漏水导致天花板发霉，多次找物业无果"), null);

        // the same caller, about anything anywhere
        List<DuplicateCandidate> sameCaller = intake.duplicates(caller, null, null, "另一件事");
        assertThat(sameCaller).singleElement().satisfies(c -> {
            assertThat(c.dispute().id()).isEqualTo(first);
            assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_CALLER);
        });
        // same compound and category, another caller, other words
        assertThat(intake.duplicates(phone(), compound, leak, "卫生间墙面渗水")).singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_COMPOUND_CATEGORY));
        // similar words under another category
        assertThat(intake.duplicates(phone(), compound, fee, "楼上漏水导致天花板发霉了")).singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.SIMILAR_TEXT));
        // all three, which is also the open matter the repeat-call rule keeps this caller's call on (issue #27): first
        DuplicateCandidate all = intake.duplicates(caller, compound, leak, "楼上漏水，天花板发霉").getFirst();
        assertThat(all.reasons()).containsExactlyInAnyOrder(DuplicateReason.REPEAT_RULE, DuplicateReason.SAME_CALLER,
                DuplicateReason.SAME_COMPOUND_CATEGORY, DuplicateReason.SIMILAR_TEXT);
        // with the rule switched off the screen still finds the repeats, without the rule's mark
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        login("admin");
        var rule = repeatCalls.settings();
        repeatCalls.update(rule.version(), false, rule.windowDays(), rule.similarPercent());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        try {
            assertThat(intake.duplicates(caller, compound, leak, "楼上漏水，天花板发霉").getFirst().reasons())
                    .containsExactlyInAnyOrder(DuplicateReason.SAME_CALLER, DuplicateReason.SAME_COMPOUND_CATEGORY,
                            DuplicateReason.SIMILAR_TEXT);
        } finally {
            login("admin");
            repeatCalls.update(repeatCalls.settings().version(), true, rule.windowDays(), rule.similarPercent());
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        }
        assertThat(all.excerpt()).startsWith("楼上漏水");
        // nothing in common
        assertThat(intake.duplicates(phone(), compound, fee, "物业费上涨未公示")).isEmpty();

        String second = phone();
        intake.merge(first, call(compound, leak, second, "邻居也来电反映楼上漏水"));
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, first))
                .isEqualTo(1);
        assertThat(intake.callerHistory(second)).extracting(DisputeRow::id).containsExactly(first);
        assertThat(intake.callerHistory(caller)).extracting(DisputeRow::id).containsExactly(first);
        assertThat(intake.openAt(compound)).extracting(DisputeRow::id).containsExactly(first);
        assertThat(intake.callerHistory("不是号码")).isEmpty();
    }

    @Test
    void badCallsAreRefusedWithAMessageAndStoreNothing() {
        login("huawu");
        long compound = freshCompound();
        long leak = category("SERVICE_QUALITY.REPAIR");
        long before = disputes();
        assertThatThrownBy(() -> intake.register(call(compound, leak, null, "漏水"), null))
                .hasMessage("请填写联系电话。");
        assertThatThrownBy(() -> intake.register(call(compound, leak, "12345", "漏水"), null))
                .hasMessageContaining("电话号码格式不正确");
        assertThatThrownBy(() -> intake.register(call(0, leak, phone(), "漏水"), null))
                .hasMessage("请选择或填写小区。");
        assertThatThrownBy(() -> intake.register(call(compound, leak, phone(), " "), null))
                .hasMessage("请填写纠纷简要情况。");
        NewDispute petition = NewCase.of(Channel.PETITION_LETTER).category(leak).in(compound)
                .description("来信反映漏水").caller("孙测试", null).build();
        assertThatThrownBy(() -> intake.register(petition, null))
                .hasMessage("请填写信访件编号。");
        NewDispute numbered = NewCase.of(Channel.PETITION_LETTER).ref("XF-" + System.nanoTime())
                .category(leak).in(compound).description("来信反映漏水").caller("孙测试", null).build();
        byte[] notAnImage = "%PDF? no, just text".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> intake.register(numbered, new IntakeService.Scan("来信.pdf", notAnImage)))
                .isInstanceOf(CaseworkException.class);
        assertThatThrownBy(() -> intake.register(call(compound, leak, phone(), "漏水"),
                new IntakeService.Scan("a.png", png())))
                .hasMessage("只有信访件才能上传来信扫描件。");
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    void aPetitionWithItsScannedLetterStartsThePetitionClockAndRepeatsAreOneDispute() throws Exception {
        login("huawu");
        long compound = freshCompound();
        long leak = category("SERVICE_QUALITY.REPAIR");
        String number = "XF-2026-" + System.nanoTime();
        NewDispute petition = NewCase.of(Channel.PETITION_LETTER).ref(number).category(leak).in(compound)
                .description("来信反映楼上漏水三个月未修").caller("孙测试", null).build();
        long id = intake.register(petition, new IntakeService.Scan("来信扫描.png", png()));
        var again = intake.registerCall(petition, new IntakeService.Scan("来信扫描.png", png()));
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.created()).isFalse();
        assertThat(jdbc.queryForList("select kind from case_attachment where dispute_id = ?", String.class, id))
                .containsExactly("PETITION_LETTER");
        assertThat(jdbc.queryForList("select kind from dispute_clock where dispute_id = ? and state = 'RUNNING'",
                String.class, id)).containsExactly("PETITION_ACCEPTANCE");
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref = ?", Long.class, number))
                .isEqualTo(1);
    }

    /**
     * 人民调解法 Art. 23 and 民事诉讼法 Art. 62: a party may act through an agent, whose authority is shown by a
     * 授权委托书. Given at intake, it is kept with the dispute in the same transaction and filed with its party; one
     * for a party without an agent, or a file that is no PDF or picture, is refused and nothing is kept.
     */
    @Test
    void anAgentsPowerOfAttorneyIsFiledWithItsPartyAtRegistrationOrNothingIsKept() {
        login("huawu");
        long compound = freshCompound();
        long leak = category("SERVICE_QUALITY.REPAIR");
        var caller = org.tiaojie.casework.dispute.PartyDetails.person(org.tiaojie.casework.dispute.PartyRole.APPLICANT,
                "周测试", null, phone(), null);
        var upstairs = org.tiaojie.casework.dispute.PartyDetails.person(
                org.tiaojie.casework.dispute.PartyRole.THIRD_PARTY, "吴楼上", null, phone(), null).withAgent("郑代理",
                phone(), org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.SPECIAL);
        NewDispute call = NewCase.of(Channel.HOTLINE_12345).category(leak).in(compound).description("楼上漏水")
                .caller("周测试", phone()).parties(List.of(caller, upstairs)).build();
        long before = disputes();
        assertThatThrownBy(() -> intake.registerCall(call, null, java.util.Map.of(0,
                new IntakeService.Scan("委托书.png", png())))).hasMessage("请先填写委托代理人，再附授权委托书。");
        assertThatThrownBy(() -> intake.registerCall(call, null, java.util.Map.of(1,
                new IntakeService.Scan("委托书.txt", "not a scan".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(CaseworkException.class).hasMessageContaining("委托书.txt");
        assertThat(disputes()).isEqualTo(before);

        long id = intake.registerCall(call, null, java.util.Map.of(1, new IntakeService.Scan("委托书.png", png()))).id();
        var filed = jdbc.queryForMap("""
                select a.kind, a.title, p.name from dispute_party p join case_attachment a on a.id = p.power_of_attorney_id
                where p.dispute_id = ?""", id);
        assertThat(filed).containsEntry("kind", "POWER_OF_ATTORNEY").containsEntry("name", "吴楼上")
                .containsEntry("title", "授权委托书（吴楼上）");
    }

    static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
