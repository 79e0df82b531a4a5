package dev.earmark.platform.web;

import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The base URL of the request being answered, for pages ({@code #{links.path('/shows/x')}}), servlets, filters and
 * the API: the configured {@code earmark.base-url} when there is one, so that no absolute URL then comes from a
 * request's Host header; else the request's own scheme, host, port and context root.
 */
@Named
@RequestScoped
public class Links {

    @Inject
    HttpServletRequest request;

    @Inject
    Settings settings;

    private BaseUrl base;

    public BaseUrl base() {
        if (base == null) {
            base = settings.baseUrl().map(BaseUrl::of).orElseGet(() -> new BaseUrl(request.getScheme(),
                    request.getServerName(), request.getServerPort(), request.getContextPath()));
        }
        return base;
    }

    /** See {@link BaseUrl#path}. */
    public String path(String appPath) {
        return base().path(appPath);
    }

    /** See {@link BaseUrl#absolute}. */
    public String absolute(String appPath) {
        return base().absolute(appPath);
    }
}
