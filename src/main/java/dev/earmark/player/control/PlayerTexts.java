package dev.earmark.player.control;

import dev.earmark.platform.control.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The player's texts from Earmark's bundle: every {@code player.widget.*} key, named without the prefix.
 * They go to the browser as patterns ({0} and '' as in the bundle); the widget fills them in.
 */
public final class PlayerTexts {

    static final String PREFIX = "player.widget.";

    private PlayerTexts() {
    }

    public static Map<String, String> of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale, PlayerTexts.class.getClassLoader());
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), bundle.getString(key));
            }
        }
        return texts;
    }
}
