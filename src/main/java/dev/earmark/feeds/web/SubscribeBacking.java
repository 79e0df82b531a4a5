package dev.earmark.feeds.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.boundary.FeedTokens;
import dev.earmark.feeds.boundary.IssuedToken;
import dev.earmark.feeds.control.PersonalAddresses;
import dev.earmark.feeds.control.ShowsOpml;
import dev.earmark.feeds.entity.FeedToken;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.CacheControl;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The subscribe page ({@code /subscribe}): every show's feed address for podcast apps, and the OPML file of all. In
 * a closed catalogue the addresses are the signed-in listener's own, with their token; as only the token's hash is
 * stored, its full addresses are shown once, in the answer to "Make new addresses", and afterwards the page tells
 * only since when the listener has them. Request scoped, so that the secret lives in this one answer, never in the
 * session (a view scoped bean would keep it there).
 */
@Named
@RequestScoped
public class SubscribeBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    FeedTokens tokens;

    @Inject
    Settings settings;

    @Inject
    Links links;

    private List<Show> shows;
    private Optional<FeedToken> current;
    /** Made in this request: the one time its addresses can be shown. */
    private IssuedToken issued;

    /** Whether podcast apps need personal addresses: anonymous browsing is off. */
    public boolean isClosed() {
        return !settings.anonymousBrowsing();
    }

    /** Whether the addresses can be shown in full: always in an open catalogue, in a closed one only when just made. */
    public boolean isAddressesShown() {
        return !isClosed() || issued != null;
    }

    /** The shows with episodes listeners can see, as the OPML file lists them. */
    public List<Show> getShows() {
        if (shows == null) {
            shows = catalogue.shows().stream().filter(show -> show.episodeCount() > 0)
                    .map(overview -> overview.show()).toList();
        }
        return shows;
    }

    /** The show's feed address for an app: personal in a closed catalogue. */
    public String feedUrl(Show show) {
        return PersonalAddresses.of(links.absolute(Route.FEED.path(show.getSlug())), secret());
    }

    public String getOpmlUrl() {
        return PersonalAddresses.of(links.absolute(Route.OPML.path()), secret());
    }

    /** The listener's token as stored (when it was made), if they have one. */
    public FeedToken getToken() {
        if (listener() == null) {
            return null;
        }
        if (current == null) {
            current = tokens.find(listener());
        }
        return current.orElse(null);
    }

    public IssuedToken getIssued() {
        return issued;
    }

    /** New addresses; the old ones stop working at once. Shown in this answer only, which no cache keeps. */
    public void makeAddresses() {
        if (listener() == null) {
            return;
        }
        boolean renewed = getToken() != null;
        issued = tokens.issue(listener());
        current = null;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", CacheControl.NO_STORE);
        info(renewed ? "feeds.access.renewed" : "feeds.access.made");
    }

    public void revoke() {
        if (listener() == null) {
            return;
        }
        tokens.revoke(listener());
        issued = null;
        current = null;
        info("feeds.access.revoked");
    }

    private Optional<String> secret() {
        return isClosed() && issued != null ? Optional.of(issued.secret()) : Optional.empty();
    }

    private static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(context.getViewRoot().getLocale(), key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String listener() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** The media type apps and browsers know an OPML file by, for the download link. */
    public String getOpmlType() {
        return ShowsOpml.MEDIA_TYPE;
    }
}
