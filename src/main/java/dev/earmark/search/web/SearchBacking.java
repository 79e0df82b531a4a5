package dev.earmark.search.web;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Routes;
import dev.earmark.search.boundary.Search;
import dev.earmark.search.boundary.SearchResult;
import dev.earmark.search.control.SearchEngine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The search page ({@code /search?q=…&page=…}): ten hits to a page; without words, only the form. */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    Search search;

    private String q;
    private String pageParameter;
    private Page<SearchResult> results = Page.of(List.of(), new PageRequest(1, PAGE_SIZE), 0);

    /** View action. A page that is no number counts as the first: a search box has nothing to correct. */
    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        PageRequest request;
        try {
            request = new PageRequest(PageRequest.parse(pageParameter, null).page(), PAGE_SIZE);
        } catch (InvalidParameterException badPage) {
            request = new PageRequest(1, PAGE_SIZE);
        }
        results = search.search(q, request);
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getTitle() {
        return isSearched() ? Messages.format(locale(), "search.titleFor", q.strip()) : Messages.format(locale(), "search.title");
    }

    /** How many hits there are in all; a total that each kind's bound may have cut is a lower bound. */
    public String getCount() {
        long total = results.totalItems();
        return Messages.format(locale(), total >= SearchEngine.CANDIDATES ? "search.countAtLeast" : "search.count", total);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The app path of another page of these results. */
    public String pagePath(int page) {
        return Routes.search(q) + (page > 1 ? "&page=" + page : "");
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return pageParameter;
    }

    public void setPage(String page) {
        this.pageParameter = page;
    }

    public Page<SearchResult> getResults() {
        return results;
    }
}
