package org.tiaojie.casework.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the casework module (validation and refusal messages), zh-CN by default. */
public final class CaseworkMessages {

    private static final String BUNDLE = "org.tiaojie.casework.messages";

    private CaseworkMessages() {
    }

    /**
     * A stored message (key and string arguments) in a reader's language: an argument written
     * {@code @some.key} is itself a message key, e.g. {@code @enum.ClockKind.MEDIATION}.
     */
    public static String render(Locale locale, String key, Object... args) {
        return get(locale, key, args);
    }

    /** The label of a domain value, e.g. 已登记 for DisputeState.REGISTERED. */
    public static String label(Locale locale, Enum<?> value) {
        return get(locale, enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static String label(ResourceBundle bundle, Enum<?> value) {
        String key = enumKey(value);
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof CaseworkException nested ? nested.getLocalizedMessage(locale)
                        : args[i] instanceof Enum<?> e ? label(bundle, e)
                        : args[i] instanceof String s && s.startsWith("@") && bundle.containsKey(s.substring(1))
                                ? bundle.getString(s.substring(1)) : args[i];
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
