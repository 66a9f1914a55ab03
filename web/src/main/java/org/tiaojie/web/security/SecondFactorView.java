package org.tiaojie.web.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.HomeView;

/**
 * 两步验证: after the password, a user with an authenticator app gives its six-digit code. Until
 * then the session holds no role and every other address leads here.
 */
@Route(value = "second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    public SecondFactorView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("tj-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        TextField code = new TextField(getTranslation("totp.code"));
        code.setId("tj-totp-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidth("12em");
        Span error = new Span();
        error.setId("tj-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button verify = new Button(getTranslation("totp.verify"), e -> {
            try {
                if (accounts.giveSecondFactor(code.getValue(), VaadinRequest.getCurrent().getRemoteAddr())) {
                    AuthenticatedUser user = CurrentUser.awaitingSecondFactor().withSecondFactorGiven();
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    getUI().ifPresent(ui -> ui.navigate(HomeView.homeOf(user)));
                } else {
                    error.setText(getTranslation("totp.wrong"));
                    code.clear();
                    code.focus();
                }
            } catch (CaseworkException locked) {
                error.setText(locked.getLocalizedMessage(getLocale()));
                code.clear();
            }
        });
        verify.setId("tj-totp-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("tj-totp-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        H1 title = new H1(getTranslation("app.name"));
        Paragraph hint = new Paragraph(getTranslation("totp.hint"));
        add(title, hint, code, error, verify, logout);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("totp.title");
    }
}
