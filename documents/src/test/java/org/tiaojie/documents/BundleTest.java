package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.documents.pdf.BundleWriter;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.template.BundleTemplate;

class BundleTest {

    private static final Instant AT = Instant.parse("2026-12-08T02:00:00Z");

    @Test
    void theBundleFilesEverythingInTheMinistrysOrderWithRealPageNumbersBookmarksAndHashes() throws Exception {
        Evidence.Case filed = Evidence.filed(Dossiers.closed(ClosureType.AGREEMENT), 2);
        var items = BundleTemplate.items(filed.dossier(), filed.files()::get);
        List<String> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleWriter.Result result = new BundleWriter(DocumentFonts.shared()).write("人民调解卷宗", "湖畔社区人民调解委员会", AT,
                items, BundleTemplate.frame(filed.dossier(), "钱调解", AT, "10年"), out,
                (done, all) -> progress.add(done + "/" + all));
        byte[] pdf = out.toByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/samples/bundle.pdf"), pdf);

        assertThat(result.entries()).extracting(BundleWriter.Entry::title).containsExactly("人民调解受理登记表",
                "人民调解当事人权利义务告知书", "身份证明：申请人身份证复印件", "调查记录", "证据材料：业主来信扫描件",
                "证据材料：车位占用现场照片",
                "证据材料：物业服务合同", "调解笔录（第1次调解）", "人民调解协议书", "履行凭证：补偿款转账凭证", "回访记录",
                "司法确认申请书", "人民调解案件结案报告表");
        assertThat(progress).hasSize(items.size()).last().isEqualTo(items.size() + "/" + items.size());
        assertThat(result.entries().get(6).lastPage() - result.entries().get(6).firstPage()).isEqualTo(1); // 2 PDF pages
        assertThat(result.entries().get(4).lastPage() - result.entries().get(4).firstPage()).isEqualTo(2); // 3 scans

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(result.totalPages());
            PDFTextStripper stripper = new PDFTextStripper();
            String cover = page(stripper, doc, 1);
            assertThat(cover).contains("人民调解卷宗", "赵建国与青溪示范物业服务有限公司停车管理纠纷",
                    "（2026）青溪区湖畔人调字第00012号", "共" + result.contentPages() + "页", "10年");
            String index = page(stripper, doc, 2);
            int front = 2; // cover and a one-page index
            for (BundleWriter.Entry e : result.entries()) {
                assertThat(index).contains(e.seq() + e.title() + e.pages());
                String first = page(stripper, doc, front + e.firstPage());
                assertThat(first).as("page %d opens %s", e.firstPage(), e.title())
                        .contains(e.title().replaceAll("（第1次调解）$", ""))
                        .contains("第" + e.firstPage() + "页共" + result.contentPages() + "页");
            }
            stripper.setStartPage(front + result.contentPages() + 1);
            stripper.setEndPage(doc.getNumberOfPages());
            String closing = stripper.getText(doc).replaceAll("\\s+", "");
            assertThat(closing).startsWith("卷内备考表").contains("本卷共有文件13件", "原件材料5件");
            for (var entry : filed.files().entrySet()) {
                assertThat(closing).contains(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(entry.getValue())));
            }
            // the scanned letter's pages carry the scanner's JPEG byte for byte, not a re-encoding
            int scanPage = front + result.entries().get(4).firstPage() - 1;
            var resources = doc.getPage(scanPage).getResources();
            boolean passedThrough = false;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    try (var raw = image.getCOSObject().createRawInputStream()) {
                        passedThrough |= java.util.Arrays.equals(raw.readAllBytes(), Evidence.SCAN);
                    }
                }
            }
            assertThat(passedThrough).isTrue();
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).hasSize(result.entries().size() + 4).startsWith("封面", "卷内目录").endsWith("备考表", "封底");
            String back = page(stripper, doc, doc.getNumberOfPages());
            assertThat(back).startsWith("封底").contains("（2026）青溪区湖畔人调字第00012号", "共" + result.contentPages() + "页",
                    "10年");
        }
        PdfChecks.notBlank(pdf);
        PdfChecks.pdfA2b(pdf);
    }

    @Test
    void theBundleFilesTheVersionThatWasKeptNotANewRendering() throws Exception {
        Evidence.Case filed = Evidence.filed(Dossiers.closed(ClosureType.AGREEMENT), 1);
        // the 受理登记表 as it was printed and signed, before the description was corrected
        var printed = Dossiers.with(filed.dossier(), "登记时的原始描述：车位被占。", filed.dossier().sessions());
        byte[] kept = new org.tiaojie.documents.pdf.PdfRenderer(DocumentFonts.shared()).render(
                org.tiaojie.documents.template.DocumentTemplates.build(printed,
                        org.tiaojie.casework.document.DocumentKind.ACCEPTANCE_FORM, null), AT);
        var items = BundleTemplate.items(filed.dossier(), filed.files()::get, (kind, record, title) ->
                kind == org.tiaojie.casework.document.DocumentKind.ACCEPTANCE_FORM
                        ? java.util.Optional.of(new BundleWriter.StoredItem(title, "存档第2版", () -> kept))
                        : java.util.Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleWriter.Result result = new BundleWriter(DocumentFonts.shared()).write("人民调解卷宗", "湖畔社区人民调解委员会", AT,
                items, BundleTemplate.frame(filed.dossier(), "钱调解", AT, "10年"), out, (done, all) -> { });
        byte[] pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(page(stripper, doc, 2)).contains("1人民调解受理登记表" + result.entries().getFirst().pages() + "存档第2版");
            String first = page(stripper, doc, 3);
            assertThat(first).contains("登记时的原始描述：车位被占", "第1页共" + result.contentPages() + "页")
                    .doesNotContain("业主反映其产权车位长期被外来车辆占用");
        }
        PdfChecks.pdfA2b(pdf);
    }

    private static String page(PDFTextStripper stripper, PDDocument doc, int page) throws Exception {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", "");
    }
}
