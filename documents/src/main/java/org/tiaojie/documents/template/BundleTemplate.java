package org.tiaojie.documents.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.BundleWriter;
import org.tiaojie.documents.pdf.Doc;

/**
 * What a case's bundle (卷宗) holds, in the order the Ministry of Justice's case-file rules file
 * it: 受理登记表 (and any 不予受理告知书), 权利义务告知书, 身份证明, 授权委托书, 调查记录, 证据材料,
 * 调解笔录, 调解协议书, 履行凭证, 回访记录, 司法确认材料, then 结案报告表 and 移送函. What the case
 * does not have is left out of the index, never left blank.
 */
public final class BundleTemplate {

    private BundleTemplate() {
    }

    /**
     * What the case has kept of a document: the scan of its signed paper or its stored version, as the item
     * the bundle files under {@code title}; empty when nothing is kept and the document is written afresh.
     */
    @FunctionalInterface
    public interface Kept {
        java.util.Optional<BundleWriter.Item> of(DocumentKind kind, Long recordId, String title);
    }

    /** The items of the bundle, every document written afresh; {@code files} reads an attachment's bytes. */
    public static List<BundleWriter.Item> items(CaseDossier d, Function<Long, byte[]> files) {
        return items(d, files, (kind, record, title) -> java.util.Optional.empty());
    }

    /**
     * The items of the bundle; {@code files} reads an attachment's bytes when it is placed, {@code kept} gives
     * the version of a document that was signed or stored, which the bundle files instead of a new rendering.
     */
    public static List<BundleWriter.Item> items(CaseDossier d, Function<Long, byte[]> files, Kept kept) {
        List<DocumentTemplates.Available> available = DocumentTemplates.available(d);
        List<BundleWriter.Item> items = new ArrayList<>();
        docs(items, d, available, kept, DocumentKind.ACCEPTANCE_FORM);
        docs(items, d, available, kept, DocumentKind.REFUSAL_NOTICE);
        docs(items, d, available, kept, DocumentKind.RIGHTS_NOTICE);
        files(items, d, files, "身份证明", AttachmentKind.IDENTITY);
        files(items, d, files, "授权委托书", AttachmentKind.POWER_OF_ATTORNEY);
        docs(items, d, available, kept, DocumentKind.INVESTIGATION_RECORD);
        files(items, d, files, "证据材料", AttachmentKind.PETITION_LETTER, AttachmentKind.EVIDENCE, AttachmentKind.OTHER);
        docs(items, d, available, kept, DocumentKind.SESSION_RECORD);
        docs(items, d, available, kept, DocumentKind.AGREEMENT);
        docs(items, d, available, kept, DocumentKind.TERMINATION_NOTICE);
        files(items, d, files, "履行凭证", AttachmentKind.PERFORMANCE_PROOF);
        docs(items, d, available, kept, DocumentKind.VISIT_RECORD);
        docs(items, d, available, kept, DocumentKind.CONFIRMATION_APPLICATION);
        files(items, d, files, "裁判文书", AttachmentKind.COURT_RULING);
        docs(items, d, available, kept, DocumentKind.CLOSING_REPORT);
        docs(items, d, available, kept, DocumentKind.REFERRAL_LETTER);
        return items;
    }

    private static void docs(List<BundleWriter.Item> items, CaseDossier d, List<DocumentTemplates.Available> available,
            Kept kept, DocumentKind kind) {
        for (DocumentTemplates.Available a : available) {
            if (a.kind() == kind) {
                Doc doc = DocumentTemplates.build(d, kind, a.recordId());
                String title = doc.title();
                if (kind == DocumentKind.SESSION_RECORD) {
                    title += "（第" + a.seq() + "次调解）";
                } else if (kind.perRecord() && count(available, kind) > 1) {
                    title += "（" + a.seq() + "）";
                }
                String filed = title;
                items.add(kept.of(kind, a.recordId(), filed).orElseGet(() -> new BundleWriter.DocItem(filed, doc)));
            }
        }
    }

    private static long count(List<DocumentTemplates.Available> available, DocumentKind kind) {
        return available.stream().filter(a -> a.kind() == kind).count();
    }

    private static void files(List<BundleWriter.Item> items, CaseDossier d, Function<Long, byte[]> files, String label,
            AttachmentKind... kinds) {
        for (AttachmentKind kind : kinds) {
            for (AttachmentRow a : d.attachments()) {
                if (a.kind() == kind) {
                    items.add(new BundleWriter.FileItem(label + "：" + a.title(), a.fileName(), a.contentType(),
                            () -> files.apply(a.id())));
                }
            }
        }
    }

    /** Cover, index and closing note of the case's bundle. */
    public static BundleWriter.Frame frame(CaseDossier d, String compiler, Instant at, String retention) {
        String issuer = Templates.issuer(d);
        String name = Parties.ordered(d).stream().map(CaseDossier.Party::name).reduce((a, b) -> a + "与" + b).orElse("")
                + d.categoryName() + "纠纷";
        SessionRow last = Templates.session(d, null);
        return new BundleWriter.Frame() {
            @Override
            public Doc cover(int contentPages, List<BundleWriter.Entry> entries) {
                Doc.Builder doc = Doc.builder("人民调解卷宗", issuer);
                doc.gap(24);
                doc.add(new Block.Aligned("调解组织", issuer, Block.Align.CENTER, true));
                doc.gap(24);
                doc.table(Forms.form("卷宗封面", List.of(
                        Forms.row("卷名", name),
                        Forms.row("卷号", d.caseNumber()),
                        Forms.row("受理日期", Words.date(d.acceptedAt()), "结案日期", Words.date(d.closedAt())),
                        Forms.row("调解员", last == null ? null : last.mediators(), "调解结果", Words.closure(d.closureType())),
                        Forms.row("立卷人", compiler, "立卷日期", Words.date(at)),
                        Forms.row("保管期限", retention, "本卷页数", "共" + contentPages + "页"))));
                return doc.build();
            }

            @Override
            public Doc index(List<BundleWriter.Entry> entries) {
                Doc.Builder doc = Doc.builder("卷内目录", issuer);
                doc.number("卷号", "卷号：" + d.caseNumber());
                List<List<String>> rows = new ArrayList<>();
                for (BundleWriter.Entry e : entries) {
                    rows.add(List.of(String.valueOf(e.seq()), e.title(), e.pages(), e.note()));
                }
                doc.table(new Block.Table("卷内目录", List.of(new Block.Column("序号", 0.8f),
                        new Block.Column("文件名称", 5f), new Block.Column("页号", 1.3f), new Block.Column("备注", 1f)),
                        rows, false));
                return doc.build();
            }

            @Override
            public Doc closing(int contentPages, List<BundleWriter.Entry> entries) {
                Doc.Builder doc = Doc.builder("卷内备考表", issuer);
                doc.number("卷号", "卷号：" + d.caseNumber());
                long files = entries.stream().filter(e -> e.sha256() != null).count();
                doc.paragraph("本卷情况", "本卷共有文件" + entries.size() + "件，其中当事人提交或收集的原件材料" + files
                        + "件，共" + contentPages + "页（不含封面、卷内目录和本表）。原件材料的SHA-256摘要如下，接收方可据此核对原件是否一致。");
                List<List<String>> rows = new ArrayList<>();
                for (BundleWriter.Entry e : entries) {
                    if (e.sha256() != null) {
                        rows.add(List.of(String.valueOf(e.seq()), e.fileName(), e.sha256()));
                    }
                }
                if (!rows.isEmpty()) {
                    doc.table(new Block.Table("原件摘要", List.of(new Block.Column("序号", 0.7f),
                            new Block.Column("原件文件名", 2.3f), new Block.Column("SHA-256", 5f)), rows, false));
                }
                doc.signatures(List.of(new Block.Signatory("立卷人", compiler, "（签名）"),
                        new Block.Signatory("检查人", "", "（签名）")));
                doc.seal(Templates.seal(d), Words.date(at));
                return doc.build();
            }

            @Override
            public Doc back(int contentPages) {
                Doc.Builder doc = Doc.builder("封底", issuer);
                doc.gap(360);
                doc.table(Forms.form("封底", List.of(
                        Forms.row("卷号", d.caseNumber(), "本卷页数", "共" + contentPages + "页"),
                        Forms.row("立卷单位", issuer),
                        Forms.row("立卷日期", Words.date(at), "保管期限", retention))));
                return doc.build();
            }
        };
    }
}
