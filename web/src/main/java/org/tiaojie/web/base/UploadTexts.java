package org.tiaojie.web.base;

/** The upload component's own texts (it ships English only) in the viewer's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static com.vaadin.flow.component.upload.UploadI18N of(com.vaadin.flow.component.Component owner) {
        java.util.function.Function<String, String> getTranslation = owner::getTranslation;
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation.apply("attachmentUi.choose")).setMany(getTranslation.apply("attachmentUi.choose")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation.apply("attachmentUi.drop")).setMany(getTranslation.apply("attachmentUi.drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(getTranslation.apply("attachmentUi.tooMany"))
                .setFileIsTooBig(getTranslation.apply("attachmentUi.tooBig"))
                .setIncorrectFileType(getTranslation.apply("attachmentUi.wrongType")));
        i18n.setFile(new com.vaadin.flow.component.upload.UploadI18N.File().setRetry(getTranslation.apply("attachmentUi.retry"))
                .setStart(getTranslation.apply("attachmentUi.start")).setRemove(getTranslation.apply("attachmentUi.remove")));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation.apply("attachmentUi.connecting"))
                        .setStalled(getTranslation.apply("attachmentUi.stalled"))
                        .setProcessing(getTranslation.apply("attachmentUi.processing"))
                        .setHeld(getTranslation.apply("attachmentUi.held")))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation.apply("attachmentUi.remaining")).setUnknown(""))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation.apply("attachmentUi.serverError"))
                        .setUnexpectedServerError(getTranslation.apply("attachmentUi.serverError"))
                        .setForbidden(getTranslation.apply("attachmentUi.serverError"))
                        .setFileTooLarge(getTranslation.apply("attachmentUi.tooBig"))));
        i18n.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

}
