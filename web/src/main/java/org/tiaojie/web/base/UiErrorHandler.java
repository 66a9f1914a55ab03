package org.tiaojie.web.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Failures in button clicks and other event handlers: a refusal from casework is shown as it
 * is; anything else shows a Chinese message with a reference and is logged with its cause.
 */
@Component
public class UiErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("error outside a UI", cause);
            return;
        }
        String message = messageFor(ui, cause);
        ui.access(() -> {
            Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    /** A text for the user; logs unexpected causes with a reference the user can quote. */
    public static String messageFor(UI ui, Throwable cause) {
        CaseworkException refusal = find(cause, CaseworkException.class);
        if (refusal != null) {
            return refusal.getLocalizedMessage(ui.getLocale());
        }
        var glyphs = find(cause, org.tiaojie.documents.pdf.MissingGlyphsException.class);
        if (glyphs != null) {
            return ui.getTranslation("document.missingGlyphs", String.join(ui.getTranslation("document.missingGlyphs.separator"), glyphs.gaps().stream()
                    .map(g -> ui.getTranslation("document.missingGlyphs.field", g.field(), g.describe())).toList()));
        }
        var notAvailable = find(cause, org.tiaojie.documents.template.DocumentTemplates.NotAvailable.class);
        if (notAvailable != null) {
            return ui.getTranslation("document.notAvailable", ui.getTranslation(
                    org.tiaojie.casework.shared.CaseworkMessages.enumKey(notAvailable.kind())));
        }
        if (find(cause, AccessDeniedException.class) != null) {
            LOG.warn("refused: {}", find(cause, AccessDeniedException.class).getMessage());
            return ui.getTranslation("error.accessDenied");
        }
        var fault = org.tiaojie.casework.shared.DatabaseFault.of(cause);
        if (fault.isPresent()) {
            LOG.warn("database fault {}: {}", fault.get(), cause.toString());
            return ui.getTranslation(fault.get() == org.tiaojie.casework.shared.DatabaseFault.STORAGE_FULL
                    ? "error.database.full" : "error.database.unavailable");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected error, reference {}", reference, cause);
        return ui.getTranslation("error.unexpected", reference);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
