package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.dispute.SearchIndexInitializer;

/**
 * Chinese full-text search on every supported database: words found inside unsegmented text, the
 * exact phrase first, parties and compounds searched too, combined with the lists' filters and
 * never outside the user's jurisdiction.
 */
abstract class SearchScenarios extends DemoDistrictScenarios {

    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired DisputeQueryService queries;

    long compound;

    long freshCompound(String name) {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long id = 940_000_000L + Math.floorMod(System.nanoTime(), 50_000_000L);
        jdbc.update("insert into compound (id, community_id, name, address, households, version) values (?, ?, ?, ?, 300, 0)",
                id, community, name + id, "临江路" + (id % 1000) + "号");
        return id;
    }

    long register(String text, String party) {
        long category = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY.REPAIR'",
                Long.class);
        return registration.registerAs(NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                .description(text)
                .caller("秦测试", "1995" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L)))
                .parties(party == null ? List.of() : List.of(PartyDetails.person(PartyRole.APPLICANT, party, null, null, "望江苑3幢201室")))
                .build(), "huawu", Instant.now()).getId();
    }

    List<Long> search(String text) {
        return queries.page(DisputeFilter.all().withCompound(compound).withText(text), DisputeSort.DUE_DATE_ASC, 0, 50)
                .stream().map(DisputeRow::id).toList();
    }

    @Test
    void wordsAreFoundInsideChineseTextAndTheExactPhraseRanksFirst() {
        compound = freshCompound("搜索测试苑");
        long exact = register("楼上漏水导致天花板发霉", null);
        long scattered = register("天花板发霉，据说是楼上卫生间漏水导致的，已经两个月", null);
        long other = register("电梯故障停运三天无人维修", "欧阳测试");
        long rental = register("隔壁单元出现群租房，人员进出频繁", null);
        login("shequ");
        assertThat(search("漏水")).containsExactlyInAnyOrder(exact, scattered);
        assertThat(search("楼上漏水导致天花板发霉")).containsExactly(exact, scattered);
        assertThat(search("电梯")).containsExactly(other);
        assertThat(search("欧阳测试")).containsExactly(other);
        assertThat(search("搜索测试苑")).containsExactlyInAnyOrder(exact, scattered, other, rental);
        // smartcn splits 群租房 as 群/租房; the character pairs still find 群租
        assertThat(search("群租")).containsExactly(rental);
        assertThat(search("漏水 电梯")).isEmpty();
        assertThat(search("燃气")).isEmpty();
        String number = jdbc.queryForObject("select case_number from dispute where id = ?", String.class, other);
        assertThat(search(number)).first().isEqualTo(other);
        assertThat(queries.count(DisputeFilter.all().withCompound(compound).withText("漏水"))).isEqualTo(2);
        assertThat(queries.countByState(DisputeFilter.all().withCompound(compound).withText("漏水")))
                .containsEntry(DisputeState.REGISTERED, 2L);
        // with a list filter: only accepted ones (none are)
        assertThat(queries.page(DisputeFilter.all().withCompound(compound).withText("漏水")
                .withStates(java.util.Set.of(DisputeState.ACCEPTED)), DisputeSort.DUE_DATE_ASC, 0, 10)).isEmpty();
    }

    @Autowired SearchIndexInitializer index;
    @Autowired jakarta.persistence.EntityManagerFactory emf;

    @Test
    void aDocumentLostFromTheIndexComesBackWithTheCatchUpFromTheAuditLog() {
        compound = freshCompound("补索引测试苑");
        Instant before = Instant.now().minusSeconds(1);
        long id = register("消防通道被私家车长期占用", null);
        login("shequ");
        assertThat(search("消防通道")).containsExactly(id);
        // as a crash between the database's commit and Lucene's would leave it
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            org.hibernate.search.mapper.orm.Search.session(em).indexingPlan().purge(Dispute.class, id, null);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        assertThat(search("消防通道")).isEmpty();
        assertThat(index.catchUp(before)).isPositive();
        assertThat(search("消防通道")).containsExactly(id);
        assertThat(index.catchUp(Instant.now().plusSeconds(60))).as("nothing changed after that").isZero();
    }

    @Autowired org.tiaojie.casework.intake.WorkOrderImportService imports;

    @Test
    void importedRowsAreSearchableWithTheirWholeCaseFile() {
        compound = freshCompound("导入索引苑");
        String name = jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
        String run = Long.toString(System.nanoTime(), 36);
        List<org.tiaojie.casework.intake.ImportLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new org.tiaojie.casework.intake.ImportLine(i + 2, new org.tiaojie.casework.intake.WorkOrder(
                    "IMP-" + run + "-" + i, "卫导入", "1996" + String.format("%07d", i + Math.floorMod(System.nanoTime(),
                    1_000_000L)), name, null, "物业服务质量/维修响应", "单元门禁损坏无法关闭第" + i + "件", 1, null, false,
                    false, false), List.of()));
        }
        login("huawu");
        var outcomes = imports.importAll(lines, n -> { });
        assertThat(outcomes).extracting(o -> o.status().name()).containsOnly("CREATED");
        // every row of the batch in the index (written together at its commit), with parties, clocks and history
        login("shequ");
        assertThat(search("门禁损坏")).containsExactlyInAnyOrderElementsOf(outcomes.stream().map(o -> o.disputeId())
                .toList());
        for (var o : outcomes) {
            assertThat(jdbc.queryForObject("select count(*) from dispute_clock where dispute_id = ?", Long.class,
                    o.disputeId())).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class,
                    o.disputeId())).isPositive();
        }
    }

    @Test
    void theLastCommitOfAnIndexOnDiskIsItsNewestSegmentsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertThat(SearchIndexInitializer.lastCommit(dir.resolve("missing"))).isEmpty();
        assertThat(SearchIndexInitializer.lastCommit(dir)).isEmpty();
        java.nio.file.Path older = java.nio.file.Files.createFile(dir.resolve("segments_1"));
        java.nio.file.Path newer = java.nio.file.Files.createFile(dir.resolve("segments_2"));
        java.nio.file.Files.createFile(dir.resolve("_0.cfs"));
        Instant t = Instant.parse("2026-11-30T08:00:00Z");
        java.nio.file.Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.from(t.minusSeconds(3600)));
        java.nio.file.Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.from(t));
        assertThat(SearchIndexInitializer.lastCommit(dir)).contains(t);
    }

    @Test
    void searchStaysInsideTheJurisdiction() {
        compound = freshCompound("辖区测试苑");
        long id = register("地下车库积水严重无人处理", null);
        login("shequ");
        assertThat(search("积水")).containsExactly(id);
        // a community mediator of another community does not find it, even by its compound
        String other = jdbc.queryForObject("""
                select min(u.username) from app_user u join organisation o on o.id = u.organisation_id
                join app_user_role r on r.user_id = u.id
                where r.role = 'MEDIATOR' and o.community_id is not null and o.community_id <> (
                  select community_id from compound where id = ?)""", String.class, compound);
        login(other);
        assertThat(queries.page(DisputeFilter.all().withText("地下车库积水严重"), DisputeSort.DUE_DATE_ASC, 0, 50))
                .extracting(DisputeRow::id).doesNotContain(id);
        login("huawu");
        assertThat(queries.page(DisputeFilter.all().withText("地下车库积水严重"), DisputeSort.DUE_DATE_ASC, 0, 50))
                .extracting(DisputeRow::id).contains(id);
    }
}
