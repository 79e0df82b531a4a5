package dev.earmark.catalogue.web;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A show page's "Subscribe" menu: the show's feed address and the links with which podcast apps subscribe to it.
 * Made of the base URL, the show's slug and whether the catalogue is open, which the page's validator holds
 * (ListenerCaching), so a 304 never confirms a menu that changed. In a closed catalogue apps need a listener's
 * personal address, which only the subscribe page shows.
 */
@Named
@RequestScoped
public class SubscribeLinks {

    /** An app's subscribe link; {@code label} is a message key. */
    public record AppLink(String label, String href) {
    }

    @Inject
    Links links;

    @Inject
    Settings settings;

    /** Whether the menu may name the feed itself: only an open catalogue's feed is the same for every listener. */
    public boolean isPublic() {
        return settings.anonymousBrowsing();
    }

    /** The feed's absolute URL. */
    public String feed(Show show) {
        return links.absolute(Route.FEED.path(show.getSlug()));
    }

    /** The page with every show's (personal) feed address and the OPML file. */
    public String subscribePage() {
        return links.path(Route.SUBSCRIBE_PAGE.path());
    }

    /** Links podcast apps open to subscribe, each as that app documents it. */
    public List<AppLink> apps(Show show) {
        String feed = feed(show);
        String withoutScheme = feed.replaceFirst("^[a-z]+://", "");
        String encoded = URLEncoder.encode(feed, StandardCharsets.UTF_8);
        return List.of(
                new AppLink("feeds.out.subscribe.apple", "podcasts://" + withoutScheme),
                new AppLink("feeds.out.subscribe.pocketCasts", "pktc://subscribe/" + withoutScheme),
                new AppLink("feeds.out.subscribe.overcast", "overcast://x-callback-url/add?url=" + encoded),
                new AppLink("feeds.out.subscribe.antennaPod", "https://antennapod.org/deeplink/subscribe?url=" + encoded),
                new AppLink("feeds.out.subscribe.anyApp", "podcast://" + withoutScheme));
    }
}
