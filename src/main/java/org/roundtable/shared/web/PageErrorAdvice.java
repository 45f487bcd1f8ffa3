package org.roundtable.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.roundtable.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of page controllers as pages: a refusal shows its message with the matching status, a
 * person who is not signed in is sent to the sign-in page (and back afterwards), anything
 * unexpected is logged and shown as a plain apology. Runs before the API's problem+json advice.
 */
@ControllerAdvice(annotations = HtmlController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        if (failure instanceof AuthenticationException && !signedIn()) {
            return signInFirst(request, response);
        }
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isPresent()) {
            DomainException domain = domainCause(failure);
            if (domain instanceof DomainException.NotAllowed && !signedIn()) {
                return signInFirst(request, response);
            }
            return page(statusOf(domain, refusal.get()), refusal.get().message());
        }
        if (failure instanceof MethodArgumentTypeMismatchException) {
            return page(HttpStatus.BAD_REQUEST, null);
        }
        if (failure instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            return page(status == null ? HttpStatus.BAD_REQUEST : status, null);
        }
        log.error("Unexpected failure while rendering a page", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    /** Sends the person to the sign-in page, and back to where they were going afterwards. */
    private static ModelAndView signInFirst(HttpServletRequest request, HttpServletResponse response) {
        new HttpSessionRequestCache().saveRequest(request, response);
        return new ModelAndView("redirect:/login");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        if (message != null) {
            page.addObject("problem", message);
        }
        return page;
    }

    private static HttpStatus statusOf(DomainException domain, Refusal refusal) {
        if (refusal.notFound()) {
            return HttpStatus.NOT_FOUND;
        }
        if (domain instanceof DomainException.NotAllowed) {
            return HttpStatus.FORBIDDEN;
        }
        if (domain instanceof DomainException.Conflict) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static DomainException domainCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
