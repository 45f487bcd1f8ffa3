package org.roundtable.complaint;

/** The kind of algorithmic decision a worker complains about. */
public enum DecisionKind {
    /** A fine or deduction, e.g. for a late delivery. */
    PENALTY,
    /** How the pay of an order or a period was calculated. */
    PAY_CALCULATION,
    /** Which orders were dispatched to the worker, or not. */
    ORDER_DISPATCH,
    /** The delivery time the algorithm gave an order. */
    DELIVERY_TIME_ESTIMATE,
    /** A rating or score given to the worker. */
    RATING,
    /** The account was restricted, suspended or closed. */
    ACCOUNT_RESTRICTION,
    OTHER
}
