package org.roundtable.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF tokens: it keeps no session, and signs in on every request. A browser may
 * still attach remembered HTTP Basic credentials to a request another site makes it send, so a
 * write that the browser itself labels as coming from another site ({@code Sec-Fetch-Site}) is
 * refused. Clients that are not browsers send no such header and are not affected.
 */
final class CrossSiteWriteGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final Problems problems;

    CrossSiteWriteGuard(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (!SAFE_METHODS.contains(request.getMethod()) && site != null && !OWN_SITE.contains(site)) {
            problems.write(response, HttpStatus.FORBIDDEN,
                    "This change was sent from another site; send it from Roundtable itself.");
            return;
        }
        chain.doFilter(request, response);
    }
}
