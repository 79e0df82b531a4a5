package dev.earmark.snips.web;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Routes;
import dev.earmark.snips.boundary.ShowChoice;
import dev.earmark.snips.boundary.SnipFilter;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * My snips ({@code /snips?show=…&episode=…&tag=…&q=…&page=…}): the signed-in listener's snips, newest first, filtered
 * by GET parameters so that a filtered view can be bookmarked. A parameter that is no id or page counts as none, as a
 * filter form has nothing to correct.
 */
@Named
@RequestScoped
public class SnipsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    Snips snips;

    private String show;
    private String episode;
    private String tag;
    private String q;
    private String page;
    private Page<Snip> results = Page.of(List.of(), new PageRequest(1, PAGE_SIZE), 0);
    private List<ShowChoice> shows = List.of();
    private List<String> tags = List.of();

    /** View action. */
    public void load() {
        String listener = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        SnipFilter filter = new SnipFilter(id(show), id(episode), blankToNull(tag), blankToNull(q));
        results = snips.own(listener, filter, new PageRequest(pageNumber(), PAGE_SIZE));
        shows = snips.ownShows(listener);
        tags = snips.ownTags(listener);
    }

    /** Whether any filter is set, so that an empty list says nothing matched rather than nothing was saved. */
    public boolean isFiltered() {
        return id(show) != null || id(episode) != null || blankToNull(tag) != null || blankToNull(q) != null;
    }

    /** The app path of this list with the same filters, on another page. */
    public String pagePath(int number) {
        return pathWith(Routes.Route.SNIPS_PAGE, number, true);
    }

    /** The app path of the list with the same filters but for the episode, on its first page. */
    public String withoutEpisodePath() {
        return pathWith(Routes.Route.SNIPS_PAGE, 1, false);
    }

    /** The export page for the snips these filters pick. */
    public String exportPath() {
        return pathWith(Routes.Route.EXPORT_PAGE, 1, true);
    }

    /** The export page for all the listener's snips of the episode filtered by. */
    public String episodeExportPath() {
        return Routes.Route.EXPORT_PAGE.path() + "?episode=" + idText(episode);
    }

    private String pathWith(Routes.Route route, int number, boolean keepEpisode) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("show", idText(show));
        parameters.put("episode", keepEpisode ? idText(episode) : null);
        parameters.put("tag", blankToNull(tag));
        parameters.put("q", blankToNull(q));
        parameters.put("page", number > 1 ? String.valueOf(number) : null);
        String query = parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return route.path() + (query.isEmpty() ? "" : "?" + query);
    }

    private int pageNumber() {
        try {
            return PageRequest.parse(page, null).page();
        } catch (InvalidParameterException notAPage) {
            return 1;
        }
    }

    private static Long id(String value) {
        return value != null && value.strip().matches(Routes.ID) ? Long.valueOf(value.strip()) : null;
    }

    private static String idText(String value) {
        Long id = id(value);
        return id == null ? null : id.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getEpisode() {
        return episode;
    }

    public void setEpisode(String episode) {
        this.episode = episode;
    }

    /** The episode filtered by, as a number for the form; null when none. */
    public Long getEpisodeId() {
        return id(episode);
    }

    /** The title of the episode filtered by, which its snips show; null when none is listed. */
    public String getEpisodeTitle() {
        return getEpisodeId() == null || results.items().isEmpty() ? null : results.items().get(0).getEpisode().getTitle();
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Page<Snip> getResults() {
        return results;
    }

    public List<ShowChoice> getShows() {
        return shows;
    }

    public List<String> getTags() {
        return tags;
    }

    /** The show filtered by, as a number to mark the chosen option. */
    public Long getShowId() {
        return id(show);
    }
}
