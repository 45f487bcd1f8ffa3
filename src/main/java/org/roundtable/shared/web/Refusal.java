package org.roundtable.shared.web;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.shared.DomainException;

/**
 * A refusal met by a page's command or query, as the words to show the person who asked: the
 * domain's own message, or a shape error from a message's constructor. Anything else is a failure,
 * not a refusal, and is left to the error page.
 */
public record Refusal(String message, boolean notFound) {

    /** The refusal behind a failure, looking through the gateways' wrappers; empty if it is none. */
    public static Optional<Refusal> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++) {
            if (cause instanceof DomainException domain) {
                return Optional.of(new Refusal(domain.getMessage(), domain instanceof DomainException.NotFound));
            }
            if (cause instanceof IllegalArgumentException invalid) {
                return Optional.of(new Refusal(invalid.getMessage(), false));
            }
            if (cause instanceof AggregateNotFoundException) {
                return Optional.of(new Refusal("There is no such " + ((AggregateNotFoundException) cause)
                        .getAggregateIdentifier() + ".", true));
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return Optional.of(new Refusal(
                        "Someone else changed this at the same moment, so nothing was changed. Please try again.",
                        false));
            }
            if (cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    /** The refusal behind a failure, or the failure itself rethrown when it is not a refusal. */
    public static Refusal from(RuntimeException failure) {
        return of(failure).orElseThrow(() -> failure instanceof CompletionException && failure.getCause()
                instanceof RuntimeException cause ? cause : failure);
    }
}
