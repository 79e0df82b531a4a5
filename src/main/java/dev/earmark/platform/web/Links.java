package dev.earmark.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Turns Earmark's own paths ("/shows/x", "/media/7/cover.png") into links: {@link #path} for
 * pages, {@link #absolute} for what leaves the site (canonical, Open Graph, embeds).
 * External URLs pass through unchanged.
 */
@Named
@RequestScoped
public class Links {

    public String path(String appPath) {
        if (appPath == null || appPath.isEmpty() || isExternal(appPath)) {
            return appPath;
        }
        return context().getRequestContextPath() + appPath;
    }

    public String absolute(String appPath) {
        if (appPath == null || appPath.isEmpty() || isExternal(appPath)) {
            return appPath;
        }
        return origin() + path(appPath);
    }

    private String origin() {
        ExternalContext context = context();
        String scheme = context.getRequestScheme();
        int port = context.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + context.getRequestServerName() + (defaultPort ? "" : ":" + port);
    }

    private static boolean isExternal(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
