package dev.earmark.sharing.web;

import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.player.control.OEmbed;
import dev.earmark.player.web.EmbeddablePages;
import dev.earmark.player.web.PlayerView;
import dev.earmark.sharing.boundary.Moments;
import dev.earmark.transcripts.control.MediaFragment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * oEmbed for a moment's page: the player playing the moment alone, titled by it, to whoever may see the moment (the
 * consumer asking, with its session if it has one), else nothing, as for an address that names nothing.
 */
@RequestScoped
public class MomentEmbeds implements EmbeddablePages {

    @Inject
    Moments moments;

    @Inject
    PlayerView player;

    @Inject
    HttpServletRequest request;

    @Override
    public Optional<OEmbed> embed(Routes.Match page, Locale locale, OptionalInt maxWidth, OptionalInt maxHeight) {
        if (page.route() != Route.MOMENT_PAGE) {
            return Optional.empty();
        }
        return moments.find(page.value("moment"), request.getRemoteUser())
                .map(moment -> player.momentEmbed(moment.episode(), moment.title(),
                        MediaFragment.range(moment.startMillis(), moment.endMillis()), locale, maxWidth, maxHeight));
    }
}
