package dev.earmark.player.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.web.Links;
import dev.earmark.player.control.EmbedSnippets;
import dev.earmark.player.control.OEmbed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What pages need to show the player and offer it for embedding: the widget's address, snippets, oEmbed links; and
 * the embeds themselves, for the snippets and the oEmbed answers alike.
 */
@Named("player")
@RequestScoped
public class PlayerView {

    @Inject
    Links links;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    WidgetFiles widget;

    /** The script at this release's version, which browsers keep for good. */
    public String widgetPath() {
        return links.path(widget.versionedScript());
    }

    public String iframeSnippet(Episode episode) {
        return episodeEmbed(episode, viewLocale(), OptionalInt.empty(), OptionalInt.empty()).html();
    }

    public String scriptSnippet(Episode episode) {
        return EmbedSnippets.script(links.absolute(widget.versionedScript()), episode.getId());
    }

    /** The oEmbed endpoint's answer for the episode page, in "json" or "xml". */
    public String oembedUrl(Episode episode, String format) {
        return links.absolute(Routes.oembed(links.absolute(catalogueLinks.episode(episode)), format));
    }

    /** The player with one episode, at most as large as a consumer allows. */
    public OEmbed episodeEmbed(Episode episode, Locale locale, OptionalInt maxWidth, OptionalInt maxHeight) {
        return embed(episode.getTitle(), episode.getShow().getAuthor(), Route.EPISODE_EMBED.path(episode.getId()),
                locale, EmbedSnippets.EPISODE_HEIGHT, maxWidth, maxHeight);
    }

    /**
     * The player with one episode playing a part of it alone (a moment): its embed's address ends in the media fragment
     * {@code fragment} ("#t=60,120.5"), which the widget plays from its start and stops at its end.
     */
    public OEmbed momentEmbed(Episode episode, String title, String fragment, Locale locale, OptionalInt maxWidth,
            OptionalInt maxHeight) {
        return embed(title, episode.getShow().getAuthor(), Route.EPISODE_EMBED.path(episode.getId()) + fragment,
                locale, EmbedSnippets.EPISODE_HEIGHT, maxWidth, maxHeight);
    }

    /** The player with a show's latest episode and its list. */
    public OEmbed showEmbed(Show show, Locale locale, OptionalInt maxWidth, OptionalInt maxHeight) {
        return embed(show.getTitle(), show.getAuthor(), Route.SHOW_EMBED.path(show.getSlug()), locale,
                EmbedSnippets.SHOW_HEIGHT, maxWidth, maxHeight);
    }

    private OEmbed embed(String title, String author, String embedPath, Locale locale, int defaultHeight,
            OptionalInt maxWidth, OptionalInt maxHeight) {
        return OEmbed.sized(title, author, Messages.format(locale, "app.name"), links.absolute(Routes.HOME),
                links.absolute(embedPath), Messages.format(locale, "player.embed.iframeTitle", title),
                defaultHeight, maxWidth, maxHeight);
    }

    private static Locale viewLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
