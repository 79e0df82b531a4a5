package dev.earmark.platform.boundary;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Absolute URLs for the API's answers, which players on other origins follow. */
public record AppUrls(String appBase) {

    /** From the request: ".../earmark/api/" gives the application's base ".../earmark". */
    public static AppUrls of(UriInfo uriInfo) {
        URI api = uriInfo.getBaseUri();
        String base = api.resolve("..").toString();
        return new AppUrls(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public String absolute(String appPath) {
        if (appPath == null || appPath.startsWith("http://") || appPath.startsWith("https://")) {
            return appPath;
        }
        return appBase + appPath;
    }
}
