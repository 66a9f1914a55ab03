package org.tiaojie.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiaojie.web.base.AddressThrottle;

/**
 * Logins are limited per client address as well as per account (OWASP ASVS 4 V2.2.1): an address with too many
 * failed logins gets the same answer as a wrong password, without any password being checked, so one client can
 * neither guess on nor lock every account it knows of. The account's own lockout still counts its failures.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final AddressThrottle throttle;

    LoginThrottle(AddressThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LoginPage.isLoginPost(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = throttle.blockedFor(request.getRemoteAddr());
        if (wait > 0) {
            LOG.warn("login from {} refused for {} s: too many failures from that address", request.getRemoteAddr(), wait);
            response.sendRedirect(request.getContextPath() + LoginPage.PATH + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
