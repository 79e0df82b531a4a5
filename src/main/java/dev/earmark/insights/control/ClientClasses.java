package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;
import java.util.regex.Pattern;

/**
 * The coarse kind of device a user agent names, and nothing finer. Browsers on phones say "Mobile" (Chrome and Edge
 * on Android phones, Safari on the iPhone, Firefox's "Android …; Mobile"), browsers on tablets do not (Chrome on an
 * Android tablet) or name the tablet (iPad, Firefox's "Tablet", Kindle's Silk). Safari on an iPad asking for desktop
 * sites says "Macintosh" and counts as a desktop: it cannot be told from one. Podcast apps on Android without a
 * browser's engine are counted as phones, where nearly all of them run.
 */
public final class ClientClasses {

    /** Enough for every browser's user agent; the rest of a longer header names nothing of the device. */
    private static final int READ = 512;
    private static final Pattern TABLET = Pattern.compile("iPad|Tablet|Kindle|Silk/|PlayBook");
    private static final Pattern PHONE = Pattern.compile(
            "Mobile|iPhone|iPod|Windows Phone|BlackBerry|BB10|Opera Mini|IEMobile|\\biOS\\b");
    private static final Pattern BROWSER_ENGINE = Pattern.compile("AppleWebKit|Gecko/");

    private ClientClasses() {
    }

    public static ClientClass of(String userAgent) {
        if (userAgent == null) {
            return ClientClass.DESKTOP;
        }
        String read = userAgent.length() > READ ? userAgent.substring(0, READ) : userAgent;
        if (TABLET.matcher(read).find()) {
            return ClientClass.TABLET;
        }
        if (PHONE.matcher(read).find()) {
            return ClientClass.MOBILE;
        }
        if (read.contains("Android")) {
            return BROWSER_ENGINE.matcher(read).find() ? ClientClass.TABLET : ClientClass.MOBILE;
        }
        return ClientClass.DESKTOP;
    }
}
