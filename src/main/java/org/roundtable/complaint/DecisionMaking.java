package org.roundtable.complaint;

/**
 * How a decision was made. A decision made by the algorithm alone may be reviewed by a person on
 * the worker's request (PIPL art. 24; EU Platform Work Directive: human review).
 */
public enum DecisionMaking {
    /** No person took part: the algorithm decided on its own. */
    ALGORITHM_ALONE,
    /** A person took part in the decision. */
    HUMAN_INVOLVED,
    /** The worker does not know; only allowed when filing, the platform must say in its answer. */
    NOT_KNOWN
}
