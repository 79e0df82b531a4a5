package dev.earmark.player.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.web.Links;
import dev.earmark.player.control.EmbedSnippets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What pages need to show the player and offer it for embedding: the widget's address, snippets, oEmbed links. */
@Named("player")
@RequestScoped
public class PlayerView {

    public static final String WIDGET_PATH = "/widget.js";

    @Inject
    Links links;

    @Inject
    CatalogueLinks catalogueLinks;

    public String widgetPath() {
        return links.path(WIDGET_PATH);
    }

    public String iframeSnippet(Episode episode) {
        return EmbedSnippets.iframe(links.absolute("/embed/episodes/" + episode.getId()),
                Messages.format(locale(), "player.embed.iframeTitle", episode.getTitle()),
                EmbedSnippets.WIDTH, EmbedSnippets.EPISODE_HEIGHT);
    }

    public String scriptSnippet(Episode episode) {
        return EmbedSnippets.script(links.absolute(WIDGET_PATH), episode.getId());
    }

    /** The oEmbed endpoint's answer for the episode page, in "json" or "xml". */
    public String oembedUrl(Episode episode, String format) {
        String page = links.absolute(catalogueLinks.episode(episode));
        return links.absolute("/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&format=" + format);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
