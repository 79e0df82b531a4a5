package dev.earmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path below the context root that a request is served under. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The container's decoded and normalised path: {@code /account/%2e%2e/api/shows} and
     * {@code /account/..;/api/shows} are {@code /api/shows}, the address that will answer. A check on the raw
     * request URI would see {@code /account/…} and could let through what it meant to stop.
     */
    public static String of(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }
}
