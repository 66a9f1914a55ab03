package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 证据及材料: the case's files with a thumbnail for images, a preview (opens in the browser) and a
 * download; the handling mediator adds files here. Bytes are read only when a file is opened.
 */
class CaseAttachmentsPanel extends VerticalLayout {

    private final CaseFileServices services;

    CaseAttachmentsPanel(CaseFileServices services, DisputeDetail d, List<AttachmentRow> files, boolean canAdd,
            Runnable refresh) {
        this.services = services;
        setPadding(false);
        setSpacing(false);
        if (canAdd) {
            Button add = new Button(getTranslation("attachmentUi.add"), e -> uploadDialog(d, refresh));
            add.setId("tj-add-attachment");
            add(add);
        }
        if (files.isEmpty()) {
            Span none = new Span(getTranslation("attachmentUi.none"));
            none.addClassName("tj-muted");
            add(none);
            return;
        }
        Grid<AttachmentRow> grid = new Grid<>(AttachmentRow.class, false);
        grid.setId("tj-attachments");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> {
            if (!a.isImage()) {
                return new Span("PDF");
            }
            Image thumb = new Image(handler(a.id(), true), a.title());
            thumb.setHeight("48px");
            return thumb;
        }).setHeader(getTranslation("attachmentUi.preview")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Labels.of(this, a.kind())).setHeader(getTranslation("attachmentUi.kind")).setAutoWidth(true);
        grid.addColumn(AttachmentRow::title).setHeader(getTranslation("attachmentUi.title")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("attachmentUi.size", Math.max(1, (a.size() + 1023) / 1024)))
                .setHeader(getTranslation("attachmentUi.sizeHeader")).setAutoWidth(true);
        grid.addColumn(a -> Labels.withNote(this, a.uploadedBy(), Labels.dateTime(a.uploadedAt())))
                .setHeader(getTranslation("attachmentUi.uploaded")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Anchor open = new Anchor(handler(a.id(), true), getTranslation("attachmentUi.open"));
            open.setTarget("_blank");
            Anchor download = new Anchor(handler(a.id(), false), getTranslation("attachmentUi.download"));
            return new HorizontalLayout(open, download);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(files);
        add(grid);
    }

    private DownloadHandler handler(long attachmentId, boolean inline) {
        var h = DownloadHandler.fromInputStream(event -> {
            var content = services.attachments().content(attachmentId);
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                    content.contentType(), content.bytes().length);
        });
        return inline ? h.inline() : h;
    }

    private void uploadDialog(DisputeDetail d, Runnable refresh) {
        ComboBox<AttachmentKind> kind = new ComboBox<>(getTranslation("attachmentUi.kind"),
                java.util.Arrays.stream(AttachmentKind.values()).filter(k -> k != AttachmentKind.SIGNED_COPY).toList());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(AttachmentKind.EVIDENCE);
        kind.setId("tj-attachment-kind");
        TextField title = new TextField(getTranslation("attachmentUi.title"));
        title.setMaxLength(100);
        title.setId("tj-attachment-title");
        title.setHelperText(getTranslation("attachmentUi.title.help"));
        Received received = new Received();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            received.name = meta.fileName();
            received.bytes = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) services.attachments().maxBytes());
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setId("tj-upload");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        // on a phone, a photo straight from its camera (a scan of signed paper, a leak on a ceiling)
        Upload photo = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            received.name = meta.fileName();
            received.bytes = bytes;
        }));
        photo.setMaxFiles(1);
        photo.setMaxFileSize((int) services.attachments().maxBytes());
        photo.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        photo.getElement().setProperty("capture", "environment");
        photo.setId("tj-upload-photo");
        var photoTexts = org.tiaojie.web.base.UploadTexts.of(this);
        photoTexts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("attachmentUi.photo")).setMany(getTranslation("attachmentUi.photo")));
        photo.setI18n(photoTexts);
        photo.setDropAllowed(false);
        photo.setVisible(false);
        org.tiaojie.web.base.Narrow.watch(upload, photo::setVisible);
        Span help = new Span(getTranslation("attachmentUi.rules", services.attachments().maxBytes() / (1024 * 1024)));
        help.addClassName("tj-muted");
        FormDialog dialog = new FormDialog(getTranslation("attachmentUi.add"), getTranslation("case.confirm"), () -> {
            if (received.bytes == null) {
                throw new CaseworkException("field.missing", "@field.file");
            }
            services.attachments().upload(d.id(), d.version(), kind.getValue(), title.getValue(), received.name,
                    received.bytes);
        }, refresh);
        dialog.addFields(kind, title);
        dialog.addBelow(photo, upload, help);
        dialog.open();
    }

    /** What the upload received, held until the dialog is saved. */
    private static final class Received {
        String name;
        byte[] bytes;
    }
}
