package dev.earmark.curation.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.EpisodeCuration;
import dev.earmark.curation.boundary.EpisodeQuery;
import dev.earmark.curation.boundary.EpisodeSort;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A show's episodes for curators, any status, one page at a time from the database. Filter, sort and page are
 * query parameters, so every list can be bookmarked and reloaded; reading it changes nothing.
 */
@Named
@RequestScoped
public class EpisodeListBacking {

    static final int PAGE_SIZE = 20;
    private static final String ASCENDING = "asc";
    private static final String DESCENDING = "desc";

    @Inject
    Catalogue catalogue;

    @Inject
    EpisodeCuration curation;

    private String showSlug;
    private String status;
    private String search;
    private String sort;
    private String direction;
    private String page;
    private Show show;
    private Page<Episode> episodes;

    public void load() {
        Optional<Show> found = showSlug == null ? Optional.empty() : catalogue.findShow(showSlug);
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        show = found.get();
        EpisodeQuery query = new EpisodeQuery(statusFilter(), search, sortColumn(), isAscending());
        episodes = curation.episodes(show, query, pageRequest());
    }

    /** The filter form posts back only to come here again with its values in the address. */
    public void filter() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(link(sortColumn().name(), direction(), 1));
    }

    /** The address that sorts by {@code column}: ascending first, the other way round when it is sorted already. */
    public String sortLink(String column) {
        boolean current = sortColumn().name().equals(column);
        String nextDirection = current && isAscending() ? DESCENDING : ASCENDING;
        return link(column, nextDirection, 1);
    }

    /** For {@code aria-sort}: how the list is sorted by {@code column}. */
    public String sortState(String column) {
        if (!sortColumn().name().equals(column)) {
            return "none";
        }
        return isAscending() ? "ascending" : "descending";
    }

    public String pageLink(int target) {
        return link(sortColumn().name(), direction(), target);
    }

    /** The outcome of an action on the list that shows the show's list again, with the action's message. */
    static String outcomeOf(String showSlug) {
        return "/admin/episodes?faces-redirect=true&show=" + encode(showSlug);
    }

    private String link(String column, String dir, int target) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/episodes.xhtml"
                + query(column, dir, target);
    }

    private String query(String column, String dir, int target) {
        StringBuilder query = new StringBuilder("?show=").append(encode(showSlug));
        if (statusFilter() != null) {
            query.append("&status=").append(statusFilter().name());
        }
        if (search != null && !search.isBlank()) {
            query.append("&q=").append(encode(search.strip()));
        }
        query.append("&sort=").append(column).append("&dir=").append(dir);
        if (target > 1) {
            query.append("&page=").append(target);
        }
        return query.toString();
    }

    private EpisodeStatus statusFilter() {
        return Arrays.stream(EpisodeStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElse(null);
    }

    /** Newest first unless asked otherwise. */
    private EpisodeSort sortColumn() {
        return Arrays.stream(EpisodeSort.values()).filter(value -> value.name().equals(sort)).findFirst()
                .orElse(EpisodeSort.PUBLISHED_AT);
    }

    private boolean isAscending() {
        return direction == null ? sortColumn() != EpisodeSort.PUBLISHED_AT : ASCENDING.equals(direction);
    }

    private String direction() {
        return isAscending() ? ASCENDING : DESCENDING;
    }

    /** A page that is no number starts at the first; one past the end shows the empty end of the list. */
    private PageRequest pageRequest() {
        try {
            return PageRequest.parse(page, String.valueOf(PAGE_SIZE));
        } catch (InvalidParameterException notAPage) {
            return new PageRequest(1, PAGE_SIZE);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public String getShowSlug() {
        return showSlug;
    }

    public void setShowSlug(String showSlug) {
        this.showSlug = showSlug;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Show getShow() {
        return show;
    }

    public Page<Episode> getEpisodes() {
        return episodes;
    }
}
