package org.tiaojie.web.base;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.SecondFactorSetup;
import org.tiaojie.casework.shared.CaseworkException;

/** 两步验证 on the user's own security page: switch the authenticator app on (scan, confirm a code) or off. */
class SecondFactorPanel extends VerticalLayout {

    private final AccountService accounts;

    SecondFactorPanel(AccountService accounts) {
        this.accounts = accounts;
        setPadding(false);
        setId("tj-totp-panel");
        show();
    }

    private void show() {
        removeAll();
        boolean on = accounts.hasSecondFactor();
        Paragraph state = new Paragraph(getTranslation(on ? "totp.on" : "totp.off"));
        state.setId("tj-totp-state");
        Button action = new Button(getTranslation(on ? "totp.disable" : "totp.enable"),
                e -> {
                    if (on) {
                        askToDisable();
                    } else {
                        offerSetup();
                    }
                });
        action.setId(on ? "tj-totp-disable" : "tj-totp-enable");
        add(new H3(getTranslation("totp.section")), state, action);
    }

    private void offerSetup() {
        SecondFactorSetup setup = accounts.secondFactorSetup();
        removeAll();
        Image qr = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(setup.qrPng()), "totp.png", "image/png", setup.qrPng().length)),
                getTranslation("totp.qr"));
        qr.setId("tj-totp-qr");
        qr.setWidth("200px");
        TextField secret = new TextField(getTranslation("totp.secret"));
        secret.setId("tj-totp-secret");
        secret.setValue(setup.secret());
        secret.setReadOnly(true);
        secret.setWidth("30em");
        TextField code = codeField();
        Span error = error();
        Button confirm = new Button(getTranslation("totp.enable"), e -> {
            try {
                accounts.enableSecondFactor(setup.secret(), code.getValue());
                changed(true, "totp.enabled");
            } catch (CaseworkException ex) {
                error.setText(ex.getLocalizedMessage(getLocale()));
                code.clear();
                code.focus();
            }
        });
        confirm.setId("tj-totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(code);
        add(new H3(getTranslation("totp.section")), new Paragraph(getTranslation("totp.scan")), qr, secret, code, error,
                confirm);
        code.focus();
    }

    private void askToDisable() {
        removeAll();
        TextField code = codeField();
        Span error = error();
        Button confirm = new Button(getTranslation("totp.disable"), e -> {
            try {
                accounts.disableSecondFactor(code.getValue());
                changed(false, "totp.disabled");
            } catch (CaseworkException ex) {
                error.setText(ex.getLocalizedMessage(getLocale()));
                code.clear();
                code.focus();
            }
        });
        confirm.setId("tj-totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER).listenOn(code);
        add(new H3(getTranslation("totp.section")), new Paragraph(getTranslation("totp.disableHint")), code, error,
                confirm);
        code.focus();
    }

    private void changed(boolean on, String message) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        AuthenticatedUser updated = CurrentUser.require().withSecondFactor(on);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, auth.getAuthorities()));
        Notification.show(getTranslation(message), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("totp.code"));
        code.setId("tj-totp-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    private static Span error() {
        Span error = new Span();
        error.setId("tj-totp-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return error;
    }
}
