package org.roundtable.preview;

/** The kinds of rule whose impact can be previewed on a sample of orders. */
public enum RuleKind {
    /** {@link PricingRule}: what an order pays the worker. */
    PRICING,
    /** {@link DeliveryTimeRule}: how much time an order is given. */
    TIME_ESTIMATE
}
