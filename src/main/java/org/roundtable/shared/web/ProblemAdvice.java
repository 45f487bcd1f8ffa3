package org.roundtable.shared.web;

import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.roundtable.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as {@code application/problem+json}: a status, a title and a precise
 * human message in {@code detail}. Domain refusals keep their own words; anything unexpected is
 * logged and answered with a 500 that reveals nothing internal.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(statusOf(e), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        return problem(HttpStatus.CONFLICT,
                "Someone else changed this at the same moment, so nothing was changed. Please try again.");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "There is no such " + e.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class})
    ResponseEntity<ProblemDetail> wrapped(RuntimeException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof DomainException) && cause.getCause() != cause) {
            if (cause instanceof IllegalArgumentException) {
                return invalid((IllegalArgumentException) cause);
            }
            cause = cause.getCause();
        }
        if (cause instanceof DomainException domainException) {
            return domain(domainException);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.UNAUTHORIZED,
                "Sign in first: send your username and password (HTTP Basic) or a bearer token.");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"roundtable\"")
                .body(problem.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing you sent was lost or half-applied. Please try again.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields: " + String.join("; ", errors) + ".");
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = e.getAllErrors().stream().map(error -> error.getDefaultMessage()).toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request is invalid: " + String.join("; ", errors) + ".");
        body.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable root = e.getMostSpecificCause();
        String detail = root instanceof IllegalArgumentException
                ? root.getMessage()
                : "The request body is missing or is not valid JSON of the expected shape.";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(body);
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof DomainException.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof DomainException.NotAllowed) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof DomainException.Conflict) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(status.getReasonPhrase());
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(body);
    }
}
