package org.tiaojie.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The API answers in Chinese unless the caller asks for English (Accept-Language: en…). */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }
}
