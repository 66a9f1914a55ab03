package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.pdf.MissingGlyphsException;
import org.tiaojie.documents.pdf.PdfRenderer;
import org.tiaojie.documents.template.DocumentTemplates;

class AgreementDocumentTest {

    private final PdfRenderer renderer = new PdfRenderer(DocumentFonts.shared());

    private byte[] agreement(CaseDossier d) {
        return renderer.render(DocumentTemplates.build(d, DocumentKind.AGREEMENT, null), Instant.parse("2026-11-09T05:00:00Z"));
    }

    @Test
    void theAgreementStatesPartiesFactsEveryTermAndTheStatutoryClausesInOrder() throws Exception {
        CaseDossier d = Dossiers.agreed();
        String text = PdfChecks.text(agreement(d));
        List<String> expected = new ArrayList<>(List.of("人民调解协议书", "编号：（2026）青溪区湖畔人调字第00012号",
                "申请人：赵建国，男，1979年4月18日出生，公民身份号码110105197904180031，住青溪区湖畔花园5幢2单元301室，联系电话19900001111。",
                "被申请人：青溪示范物业服务有限公司，统一社会信用代码91110105MA00TEST1X，住所地青溪区示范路88号，法定代表人陈示范",
                "委托代理人：周代理，联系电话19900003333（特别授权）",
                "纠纷主要事实、争议事项及各方当事人的责任", d.agreement().orElseThrow().facts(),
                d.agreement().orElseThrow().responsibility(), "协议内容"));
        for (TermRow t : d.agreement().orElseThrow().terms()) {
            expected.add(t.obligor());
            expected.add(t.obligation());
            if (t.amount() != null) {
                expected.add("¥" + t.amount().setScale(2));
            }
            expected.add(t.method());
            expected.add(t.place());
            expected.add(t.deadline().getYear() + "年" + t.deadline().getMonthValue() + "月" + t.deadline().getDayOfMonth() + "日前");
        }
        expected.addAll(List.of("本协议一式三份", "之日起生效", "三十日内", "申请司法确认", "申请人：赵建国",
                "被申请人：青溪示范物业服务有限公司", "人民调解员：钱调解、孙调解", "记录人：李记录",
                "翠湖街道湖畔社区人民调解委员会（印章）", "2026年11月9日"));
        assertThat(text).contains("第1页共2页").endsWith("第2页共2页");
        // a page's footer may fall inside a wrapped line of a term; the words are read across it
        PdfChecks.inOrder(text.replaceAll("第\\d+页共\\d+页", ""), expected);
        assertThat(text).contains("人民币陆佰元整（¥600.00）", "人民币壹仟贰佰元伍角（¥1200.50）");
    }

    /** 人民调解法 Art. 29: the committee's seal makes the agreement; the room is only where it was mediated. */
    @Test
    void theCommitteeIssuesAndSealsTheAgreementAndTheRoomIsThePlace() throws Exception {
        String text = PdfChecks.text(agreement(Dossiers.agreed()));
        assertThat(text).contains("经翠湖街道湖畔社区人民调解委员会主持调解（调解地点：湖畔社区人民调解室）",
                "翠湖街道湖畔社区人民调解委员会（印章）");
        assertThat(text).doesNotContain("调解室（印章）", "物业纠纷调解室留存");
    }

    @Test
    void theSameDataGivesTheSameText() throws Exception {
        assertThat(PdfChecks.text(agreement(Dossiers.agreed()))).isEqualTo(PdfChecks.text(agreement(Dossiers.agreed())));
    }

    @Test
    void theAgreementIsPdfA2bWithInkOnEveryPage() throws Exception {
        byte[] pdf = agreement(Dossiers.agreed());
        PdfChecks.notBlank(pdf);
        PdfChecks.pdfA2b(pdf);
    }

    @Test
    void aLongAgreementFlowsAcrossPagesWithEveryPartySigning() throws Exception {
        CaseDossier d = Dossiers.agreed(List.of(Dossiers.owner(1, "赵建国"), Dossiers.owner(3, "赵孟𫖯"),
                Dossiers.owner(4, "钱多多"), Dossiers.company()), Dossiers.terms(24));
        byte[] pdf = agreement(d);
        int pages = PdfChecks.pages(pdf);
        assertThat(pages).isGreaterThan(3);
        String text = PdfChecks.text(pdf);
        PdfChecks.inOrder(text, List.of("申请人：赵建国", "申请人：赵孟𫖯", "二十四、", "申请人：赵建国", "申请人：赵孟𫖯",
                "申请人：钱多多", "被申请人：青溪示范物业服务有限公司", "第" + pages + "页共" + pages + "页"));
        PdfChecks.notBlank(pdf);
        PdfChecks.pdfA2b(pdf);
    }

    @Test
    void aCharacterTheFontLacksIsNamedWithItsFieldAndNothingIsRendered() {
        assertThat(DocumentFonts.shared().missing("赵孟𫖯")).isEmpty();
        CaseDossier d = Dossiers.agreed(List.of(Dossiers.owner(1, "王😀"), Dossiers.company()), Dossiers.terms(2));
        assertThatThrownBy(() -> agreement(d)).isInstanceOfSatisfying(MissingGlyphsException.class, e -> {
            assertThat(e.gaps()).hasSize(2); // the party line and the signature block
            assertThat(e.gaps().getFirst().field()).isEqualTo("当事人王😀");
            assertThat(e.gaps().getFirst().describe()).isEqualTo("“😀”（U+1F600）");
        });
    }
}
