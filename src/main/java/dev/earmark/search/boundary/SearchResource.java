package dev.earmark.search.boundary;

import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** {@code GET /api/search?q=…&page=…&size=…}: what listeners may see, ranked, with the matched words marked. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Search search;

    @Inject
    Links links;

    /** A hit in the API: {@code url} absolute, {@code html} the passage or notes with {@code <mark>}s, escaped. */
    public record SearchResultJson(String kind, String title, String showTitle, String url, Double startSeconds,
            String html) {

        static SearchResultJson of(SearchResult result, BaseUrl base) {
            return new SearchResultJson(result.kind().name().toLowerCase(Locale.ROOT), result.title(),
                    result.showTitle(), base.absolute(result.path()), result.startSeconds(), result.html());
        }
    }

    @GET
    public Page<SearchResultJson> search(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        BaseUrl base = links.base();
        return search.search(q, PageRequest.parse(page, size)).map(result -> SearchResultJson.of(result, base));
    }
}
