package org.tiaojie.web.base;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.shared.CaseworkException;

/** 修改密码: any user at any time; users with an initial password are sent here until they change it. */
@Route(value = "password", layout = MainLayout.class)
@PermitAll
public class PasswordChangeView extends VerticalLayout implements HasDynamicTitle {

    public PasswordChangeView(AccountService accounts) {
        addClassName("tj-page");
        AuthenticatedUser user = CurrentUser.require();
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("tj-current-password");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("tj-new-password");
        fresh.setHelperText(getTranslation("user.passwordHelp.self", String.valueOf(accounts.passwordPolicy().minLength()),
                String.valueOf(accounts.passwordPolicy().minClasses())));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("tj-repeat-password");
        Span error = new Span();
        error.setId("tj-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("password.save"), e -> {
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue(), repeated.getValue());
                var auth = SecurityContextHolder.getContext().getAuthentication();
                AuthenticatedUser updated = CurrentUser.require().withPasswordChanged();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(updated, null, auth.getAuthorities()));
                Notification.show(getTranslation("password.changed"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(HomeView.homeOf(updated)));
            } catch (CaseworkException ex) {
                error.setText(ex.getLocalizedMessage(getLocale()));
                current.clear();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("tj-save");
        FormLayout form = new FormLayout(current, fresh, repeated);
        form.setMaxWidth("30em");
        if (user.mustChangePassword()) {
            add(new Paragraph(getTranslation("password.mustChange")));
        }
        add(form, error, save, new SecondFactorPanel(accounts));
        current.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
