package dev.earmark.player.web;

import dev.earmark.platform.control.Routes;
import dev.earmark.player.control.OEmbed;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Pages of features above the player that embed it (a shared moment's): oEmbed answers for their addresses too. The
 * player cannot know those features; they implement this and {@link OEmbedServlet} finds them through CDI.
 */
public interface EmbeddablePages {

    /**
     * The player for the page at this route, sized as {@link PlayerView} sizes it, when the page is this feature's and
     * the viewer of this request may see it; else empty.
     */
    Optional<OEmbed> embed(Routes.Match page, Locale locale, OptionalInt maxWidth, OptionalInt maxHeight);
}
