package dev.earmark.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The one text bundle of Earmark, for code outside Faces views (REST errors, validation, logs shown to users). */
public final class Messages {

    public static final String BUNDLE = "dev.earmark.i18n.messages";

    private Messages() {
    }

    /** The text of a key that may not exist, for words chosen by data (e.g. a field's name in the history). */
    public static Optional<String> find(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            // A missing key must show up in tests and logs, never break the response.
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
