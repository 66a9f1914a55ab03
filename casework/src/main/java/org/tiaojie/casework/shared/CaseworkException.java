package org.tiaojie.casework.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * A refusal the user can understand: carries a message key from the casework bundle
 * ({@code org/tiaojie/casework/messages*.properties}) and its arguments, so each UI can show
 * it in the viewer's language. {@link #getMessage()} gives the Chinese text for logs.
 */
public class CaseworkException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public CaseworkException(String key, Object... args) {
        super(CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE, key, args));
        this.key = key;
        this.args = args.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return Arrays.copyOf(args, args.length);
    }

    public String getLocalizedMessage(Locale locale) {
        return CaseworkMessages.get(locale, key, args);
    }
}
