package org.tiaojie.web.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The upload of an import file: one CSV or XLSX of at most the configured size, written to a temporary file that
 * {@code received} reads from (on the UI's thread); a refused file's reason goes to {@code refused}, said where the
 * operator looks, not only in the upload's own list.
 */
final class ImportUpload {

    private ImportUpload() {
    }

    static Upload of(Component owner, int maxFileMb, BiConsumer<String, File> received, Consumer<String> refused) {
        Upload upload = new Upload(UploadHandler.toTempFile((meta, tmp) -> owner.getUI().ifPresent(ui -> ui.access(
                () -> received.accept(meta.fileName(), tmp)))));
        upload.setId("tj-import-upload");
        var texts = org.tiaojie.web.base.UploadTexts.of(owner);
        texts.getError().setIncorrectFileType(owner.getTranslation("import.file.type"));
        texts.getError().setFileIsTooBig(owner.getTranslation("import.file.tooBig", maxFileMb));
        upload.setI18n(texts);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxFileMb * 1024 * 1024);
        upload.addFileRejectedListener(e -> refused.accept(e.getErrorMessage()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return upload;
    }
}
