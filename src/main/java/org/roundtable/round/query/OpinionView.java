package org.roundtable.round.query;

import java.time.Instant;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;

/**
 * An opinion and its public answer. Who gave the opinion is left out: the public page shows what
 * was said and how it was answered, not who said it.
 */
public record OpinionView(OpinionId id, String text, String parameter, Instant submittedAt, OpinionAnswer answer,
                          String answerReason, Instant answeredAt) {
}
