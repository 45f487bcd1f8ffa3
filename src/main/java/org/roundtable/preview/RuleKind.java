package org.roundtable.preview;

/**
 * The kinds of rule that have a model: typed parameters that can be checked, evaluated and put in
 * plain words. Pricing and delivery-time rules can also be previewed on a sample of orders.
 */
public enum RuleKind {
    /** {@link PricingRule}: what an order pays the worker. */
    PRICING,
    /** {@link DeliveryTimeRule}: how much time an order is given. */
    TIME_ESTIMATE,
    /** {@link DispatchRule}: which rider is offered an order. A sample of orders cannot preview it. */
    DISPATCH;

    /** Whether a sample of orders can show what a change of a rule of this kind would do. */
    public boolean previewable() {
        return this != DISPATCH;
    }
}
