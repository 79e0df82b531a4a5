package dev.earmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers that belong to one person (listening positions, the account, everything curators see) are kept by no
 * cache: a shared computer's browser cache or a company proxy would hand them to the next person. web.xml maps it.
 */
public class NoStore extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", CacheControl.NO_STORE);
        chain.doFilter(request, response);
    }
}
