package org.tiaojie.web.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** The chosen language lives in a cookie; Simplified Chinese when none was chosen. */
public final class LocaleSupport {

    public static final String COOKIE = "tiaojie-lang";

    private LocaleSupport() {
    }

    public static Locale fromRequest(VaadinRequest request) {
        return fromCookies(request == null ? null : request.getCookies());
    }

    /** The language a request's cookies chose (for pages served outside Vaadin, such as the login page). */
    public static Locale fromCookies(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return "en".equals(cookie.getValue()) ? TiaojieI18NProvider.ENGLISH : TiaojieI18NProvider.CHINESE;
                }
            }
        }
        return TiaojieI18NProvider.CHINESE;
    }

    /** The cookie's value for a language. */
    public static String cookieValue(Locale locale) {
        return TiaojieI18NProvider.supported(locale) == TiaojieI18NProvider.ENGLISH ? "en" : "zh-CN";
    }

    /** A button that switches to the language the user is not using now. */
    public static Button switchButton(Component owner, Locale current) {
        Locale other = TiaojieI18NProvider.supported(current) == TiaojieI18NProvider.ENGLISH
                ? TiaojieI18NProvider.CHINESE : TiaojieI18NProvider.ENGLISH;
        Button button = new Button(owner.getTranslation("layout.otherLanguage"),
                e -> switchTo(e.getSource().getUI().orElseThrow(), other));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("tj-language");
        return button;
    }

    /** Stores the choice for a year and reloads the page in the new language. */
    public static void switchTo(UI ui, Locale locale) {
        String value = cookieValue(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + " window.location.reload();", COOKIE, value);
    }
}
