package org.tiaojie.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.web.base.LocaleSupport;
import org.tiaojie.web.base.TiaojieI18NProvider;

/**
 * 登录: a plain HTML form from the server (template {@code templates/login.mustache}), posted to
 * Spring Security's form login. It is not a Vaadin view on purpose: a cold browser reads one small
 * page and starts the Vaadin client once, after the password, instead of twice (issue #10's cold
 * login). Chinese by default, English by the language cookie the application uses everywhere; a
 * wrong password or a locked account is said above the form, and the form keeps nothing else.
 */
@Controller
class LoginPage {

    static final String PATH = "/login";

    /** Whether the request is the login form's post (the only request the login filters look at). */
    static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && (request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    private final TiaojieI18NProvider texts;
    private final AccountService accounts;
    private final ClientPreload preload;

    LoginPage(TiaojieI18NProvider texts, AccountService accounts, ClientPreload preload) {
        this.texts = texts;
        this.accounts = accounts;
        this.preload = preload;
    }

    @GetMapping(PATH)
    ModelAndView page(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "expired", required = false) String expired, HttpServletRequest request,
            HttpServletResponse response) {
        Locale shown = LocaleSupport.fromCookies(request.getCookies());
        if (lang != null) {
            // the switch link: remembered for a year like the switch inside the application
            shown = TiaojieI18NProvider.supported(Locale.forLanguageTag(lang));
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LocaleSupport.COOKIE,
                    LocaleSupport.cookieValue(shown)).path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").build()
                    .toString());
        }
        Map<String, Object> model = new HashMap<>();
        for (String key : new String[] {"pageTitle", "tagline", "title", "username", "password", "submit"}) {
            model.put(key, texts.getTranslation("login." + key, shown));
        }
        model.put("appName", texts.getTranslation("app.name", shown));
        model.put("lang", TiaojieI18NProvider.langTag(shown));
        model.put("otherLanguage", texts.getTranslation("layout.otherLanguage", shown));
        model.put("otherLang", TiaojieI18NProvider.supported(shown) == TiaojieI18NProvider.ENGLISH ? "zh-CN" : "en");
        model.put("action", request.getContextPath() + PATH);
        model.put("preload", preload.scripts().stream().map(path -> request.getContextPath() + "/" + path).toList());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            model.put("csrfName", csrf.getParameterName());
            model.put("csrfToken", csrf.getToken());
        }
        if (expired != null) {
            model.put("error", Map.of("title", texts.getTranslation("login.expired.title", shown), "message",
                    texts.getTranslation("login.expired.message", shown)));
        }
        if (error != null) {
            // one answer for a wrong password, an unknown name, a locked account and a throttled address: the page
            // must not tell which names exist (OWASP ASVS 4 V2.2.1, V3.2)
            model.put("error", Map.of("title", texts.getTranslation("login.error.title", shown), "message",
                    texts.getTranslation("login.error.message", shown, String.valueOf(accounts.lockMinutes()))));
        }
        return new ModelAndView("login", model);
    }
}
