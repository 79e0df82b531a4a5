package dev.earmark.player.boundary;

import dev.earmark.player.control.PlayerTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The player's texts in the listener's language (Accept-Language), which the widget fetches with the episode. */
@Path("player/texts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlayerTextsResource {

    /** Texts change only with a new release; an hour keeps page loads quick and releases visible soon. */
    private static final int MAX_AGE_SECONDS = 3600;

    @Context
    HttpHeaders headers;

    @GET
    public Response texts() {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(language -> !"*".equals(language.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(PlayerTexts.of(locale)).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
