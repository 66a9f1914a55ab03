package org.tiaojie.web.casefile;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.casework.document.CaseDocumentService;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.document.DocumentRow;
import org.tiaojie.documents.DocumentService;
import org.tiaojie.documents.template.DocumentTemplates;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.UiErrorHandler;

/**
 * 文书: what the case can have now, each with a button that generates it (again), and every
 * version generated so far with a preview in the browser and a download. Regenerating keeps
 * the earlier versions. The handling mediator uploads the scan of a version's signed paper
 * (上传签字件); the 卷宗 files that scan in the document's place.
 */
class CaseDocumentsPanel extends VerticalLayout {

    private final CaseDocumentService store;
    private final DocumentService documents;
    private final CaseFileServices services;

    CaseDocumentsPanel(CaseFileServices services, long disputeId, long version,
            List<DocumentTemplates.Available> available, List<DocumentRow> stored, List<AttachmentRow> files,
            boolean canGenerate, boolean handling, boolean filesOpen, Runnable refresh) {
        this.services = services;
        this.documents = services.documents();
        this.store = services.documentStore();
        setPadding(false);
        setSpacing(false);
        Map<String, String> labels = new HashMap<>();
        available.forEach(a -> labels.put(key(a.kind(), a.recordId()), label(a)));
        if (canGenerate && !handling) {
            // a supervisor outside the handling organisation sends the 督办通知单, nothing else
            available = available.stream().filter(a -> a.kind() == DocumentKind.SUPERVISION_NOTICE).toList();
        }
        if (canGenerate) {
            if (available.isEmpty()) {
                Span none = new Span(getTranslation("documentUi.none"));
                none.addClassName("tj-muted");
                add(none);
            } else {
                FlexLayout buttons = new FlexLayout();
                buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
                buttons.getStyle().set("gap", "var(--lumo-space-s)");
                buttons.setId("tj-document-buttons");
                for (DocumentTemplates.Available a : available) {
                    boolean done = stored.stream().anyMatch(r -> key(r.kind(), r.recordId()).equals(key(a.kind(), a.recordId())));
                    Button generate = new Button(getTranslation(done ? "documentUi.regenerate" : "documentUi.generate")
                            + " " + label(a), e -> {
                        DocumentRow row = documents.generate(disputeId, a.kind(), a.recordId());
                        Notification n = Notification.show(getTranslation("documentUi.generated", label(a),
                                row.version(), row.pages()), 4000, Notification.Position.BOTTOM_START);
                        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        refresh.run();
                    });
                    generate.setId("tj-generate-" + a.kind().name().toLowerCase()
                            + (a.recordId() == null ? "" : "-" + a.seq()));
                    generate.setDisableOnClick(true);
                    if (!done) {
                        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    }
                    buttons.add(generate);
                }
                add(buttons);
                if (handling) {
                    add(bundleControls(disputeId, stored.stream().anyMatch(r -> r.kind() == DocumentKind.BUNDLE),
                            refresh));
                }
            }
        }
        if (stored.isEmpty()) {
            Span none = new Span(getTranslation("documentUi.noneStored"));
            none.addClassName("tj-muted");
            add(none);
            return;
        }
        Grid<DocumentRow> grid = new Grid<>(DocumentRow.class, false);
        grid.setId("tj-documents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> labels.getOrDefault(key(r.kind(), r.recordId()), Labels.of(this, r.kind())))
                .setHeader(getTranslation("documentUi.document")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("documentUi.versionValue", r.version()))
                .setHeader(getTranslation("documentUi.version")).setAutoWidth(true);
        grid.addColumn(DocumentRow::pages).setHeader(getTranslation("documentUi.pages")).setAutoWidth(true);
        grid.addColumn(r -> Labels.withNote(this, r.createdBy(), Labels.dateTime(r.createdAt())))
                .setHeader(getTranslation("documentUi.created")).setAutoWidth(true);
        Map<Long, AttachmentRow> scans = new HashMap<>();
        files.stream().filter(a -> a.kind() == AttachmentKind.SIGNED_COPY && a.documentId() != null)
                .forEach(a -> scans.merge(a.documentId(), a, (x, y) -> x.uploadedAt().isAfter(y.uploadedAt()) ? x : y));
        grid.addComponentColumn(r -> signedCopy(r, scans.get(r.id()), version, filesOpen, refresh))
                .setHeader(getTranslation("documentUi.signedCopy")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Anchor open = new Anchor(handler(r.id(), true), getTranslation("documentUi.open"));
            open.setTarget("_blank");
            open.setId("tj-document-open-" + r.id());
            Anchor download = new Anchor(handler(r.id(), false), getTranslation("documentUi.download"));
            HorizontalLayout links = new HorizontalLayout(open, download);
            if (r.kind() == DocumentKind.BUNDLE) {
                Anchor zip = new Anchor(packageHandler(r), getTranslation("documentUi.package"));
                zip.setId("tj-bundle-package-" + r.id());
                links.add(zip);
            }
            links.setAlignItems(FlexComponent.Alignment.BASELINE);
            return links;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(stored);
        add(grid);
    }

    /** The version's signed paper: the scan, where uploaded, and 上传签字件 while the file takes materials. */
    private HorizontalLayout signedCopy(DocumentRow r, AttachmentRow scan, long version, boolean filesOpen,
            Runnable refresh) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (r.kind() == DocumentKind.BUNDLE) {
            return cell;
        }
        if (scan != null) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                var content = services.attachments().content(scan.id());
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.contentType(), content.bytes().length);
            }).inline(), getTranslation("documentUi.signedCopyOpen"));
            open.setTarget("_blank");
            open.setId("tj-document-scan-open-" + r.id());
            cell.add(open);
        }
        if (filesOpen) {
            Button upload = new Button(getTranslation(scan == null ? "documentUi.signedCopyUpload"
                    : "documentUi.signedCopyReplace"), e -> uploadSignedCopy(r, version, refresh));
            upload.setId("tj-document-scan-" + r.id());
            upload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            cell.add(upload);
        }
        return cell;
    }

    private void uploadSignedCopy(DocumentRow r, long version, Runnable refresh) {
        byte[][] received = new byte[1][];
        String[] name = new String[1];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            name[0] = meta.fileName();
            received[0] = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) services.attachments().maxBytes());
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setId("tj-upload");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        Span help = new Span(getTranslation("documentUi.signedCopyHelp", getTranslation("documentUi.versionValue",
                r.version()), services.attachments().maxBytes() / (1024 * 1024)));
        help.addClassName("tj-muted");
        FormDialog dialog = new FormDialog(getTranslation("documentUi.signedCopyTitle", r.title()),
                getTranslation("case.confirm"), () -> {
                    if (received[0] == null) {
                        throw new CaseworkException("field.missing", "@field.file");
                    }
                    store.uploadSignedCopy(r.id(), version, name[0], received[0]);
                }, refresh);
        dialog.addBelow(upload, help);
        dialog.open();
    }

    /** 生成卷宗: runs in the background; a progress bar follows it and the list refreshes at the end. */
    private HorizontalLayout bundleControls(long disputeId, boolean done, Runnable refresh) {
        Button bundle = new Button(getTranslation(done ? "documentUi.bundleAgain" : "documentUi.bundle"));
        bundle.setId("tj-generate-bundle");
        bundle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        ProgressBar bar = new ProgressBar();
        bar.setId("tj-bundle-progress");
        bar.setWidth("14em");
        bar.setVisible(false);
        Span status = new Span();
        status.setId("tj-bundle-status");
        status.addClassName("tj-muted");
        bundle.addClickListener(e -> {
            UI ui = UI.getCurrent();
            bundle.setEnabled(false);
            bar.setVisible(true);
            bar.setIndeterminate(true);
            status.setText(getTranslation("documentUi.bundleStarting"));
            ui.setPollInterval(400);
            documents.generateBundle(disputeId, (placed, all) -> ui.access(() -> {
                bar.setIndeterminate(false);
                bar.setValue(placed / (double) Math.max(1, all));
                status.setText(getTranslation("documentUi.bundleProgress", placed, all));
            })).whenComplete((row, error) -> ui.access(() -> {
                ui.setPollInterval(-1);
                bar.setVisible(false);
                bundle.setEnabled(true);
                if (error != null) {
                    status.setText("");
                    Notification n = Notification.show(UiErrorHandler.messageFor(ui, error), 6000,
                            Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    return;
                }
                Notification n = Notification.show(getTranslation("documentUi.bundleDone", row.version(), row.pages()),
                        4000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            }));
        });
        HorizontalLayout controls = new HorizontalLayout(bundle, bar, status);
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        controls.getStyle().set("margin-top", "var(--lumo-space-s)");
        return controls;
    }

    private String label(DocumentTemplates.Available a) {
        String kind = Labels.of(this, a.kind());
        String record = switch (a.kind()) {
            case SESSION_RECORD -> getTranslation("documentUi.session", a.seq());
            case INVESTIGATION_RECORD -> getTranslation("documentUi.investigation", a.seq());
            case VISIT_RECORD -> getTranslation("documentUi.visit", a.seq());
            case AGREEMENT, CONFIRMATION_APPLICATION -> a.seq() > 1 ? getTranslation("documentUi.agreement", a.seq()) : null;
            default -> null;
        };
        return record == null ? kind : getTranslation("documentUi.forRecord", kind, record);
    }

    private static String key(DocumentKind kind, Long recordId) {
        return kind + ":" + recordId;
    }

    /** The bundle with its originals and manifest, built into a temporary file that goes when sent. */
    private DownloadHandler packageHandler(DocumentRow bundle) {
        return DownloadHandler.fromInputStream(event -> {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("tiaojie-package-", ".zip");
            try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                documents.writePackage(bundle.id(), out);
            } catch (RuntimeException e) {
                java.nio.file.Files.deleteIfExists(file);
                throw e;
            }
            long size = java.nio.file.Files.size(file); // before opening: DELETE_ON_CLOSE unlinks it at once
            return new DownloadResponse(java.nio.file.Files.newInputStream(file,
                    java.nio.file.StandardOpenOption.DELETE_ON_CLOSE), DocumentService.packageName(bundle),
                    "application/zip", size);
        });
    }

    private DownloadHandler handler(long documentId, boolean inline) {
        var h = DownloadHandler.fromInputStream(event -> {
            var content = store.content(documentId);
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                    "application/pdf", content.bytes().length);
        });
        return inline ? h.inline() : h;
    }
}
