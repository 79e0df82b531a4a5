package dev.earmark.platform.control;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation messages from Earmark's one bundle (META-INF/validation.xml names this class), so
 * Faces fields and API violations read the same words: a template "{earmark.validation.x}" is taken
 * from the bundle, and a standard constraint's "{jakarta.validation.constraints.NotBlank.message}" from
 * "earmark.validation.NotBlank" when the bundle has it. The provider's interpolator then fills in
 * attributes such as {max}.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern STANDARD = Pattern.compile("\\{jakarta\\.validation\\.constraints\\.(\\w+)\\.message}");
    private static final Pattern OWN = Pattern.compile("\\{(earmark\\.validation\\.[\\w.]+)}");

    /** Created on first use: the provider is still being configured while it instantiates this class. */
    private volatile MessageInterpolator provider;

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return provider().interpolate(fromBundle(messageTemplate, locale), context, locale);
    }

    static String fromBundle(String template, Locale locale) {
        Matcher standard = STANDARD.matcher(template);
        if (standard.matches()) {
            return text("earmark.validation." + standard.group(1), locale, template);
        }
        Matcher own = OWN.matcher(template);
        return own.matches() ? text(own.group(1), locale, template) : template;
    }

    /** The bundle writes a literal apostrophe as '' (MessageFormat); Bean Validation does not. */
    private static String text(String key, Locale locale, String fallback) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale, Messages.class.getClassLoader())
                    .getString(key).replace("''", "'");
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }

    private MessageInterpolator provider() {
        MessageInterpolator current = provider;
        if (current == null) {
            current = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            provider = current;
        }
        return current;
    }
}
