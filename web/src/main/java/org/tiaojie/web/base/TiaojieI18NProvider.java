package org.tiaojie.web.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * UI texts: {@code vaadin-i18n/translations*.properties} for the screens, then the casework
 * bundle for domain labels and refusals. Simplified Chinese is the default; English is complete.
 */
@Component
public class TiaojieI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(TiaojieI18NProvider.class);
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (bundle.containsKey(key)) {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        }
        String fromCasework = CaseworkMessages.get(effective, key, params);
        if (!fromCasework.equals(key)) {
            return fromCasework;
        }
        LOG.warn("missing translation {} for {}", key, effective);
        return "!" + key;
    }

    /** English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The BCP 47 tag for the html lang attribute. */
    public static String langTag(Locale locale) {
        return supported(locale) == ENGLISH ? "en" : "zh-CN";
    }
}
