package org.roundtable.proposal.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;

/**
 * How the proposal's reactions treat a refused command: a reaction reacts to facts that may be
 * delivered again or raced by another reaction, so a refusal is logged, not retried.
 */
final class Refusals {

    private Refusals() {
    }

    static CompletableFuture<Object> logged(CompletableFuture<?> sent, Logger log, String what) {
        return sent.<Object>thenApply(result -> result).exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            log.info("{} was refused: {}", what, cause.getMessage());
            return null;
        });
    }
}
