package org.roundtable.preview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is offered an order: a rider holds at most {@code max_concurrent_orders} at a time and is
 * offered orders whose pick-up lies within {@code acceptance_radius_km}; among those riders the
 * order goes to the highest score, a weighted sum of the {@link DispatchCriterion criteria}
 * (each scored 0 to 1). The weights are shares ({@code 0.4} or {@code 40%}), not negative, and
 * add up to 1; a criterion left out weighs 0.
 *
 * <pre>
 * may be offered = distance ≤ acceptance_radius_km and orders in hand &lt; max_concurrent_orders
 * score         = Σ weight_c × score_c(rider)
 * </pre>
 */
public record DispatchRule(int maxConcurrentOrders, double acceptanceRadiusKm,
                           Map<DispatchCriterion, Double> weights) implements EvaluableRule {

    public static final Set<String> PARAMETERS;
    /** How far the weights may add up from 1 (0.1 percentage point), so that 3 × 33.3% passes. */
    static final double WEIGHT_TOLERANCE = 0.001;

    static {
        Set<String> names = new LinkedHashSet<>(List.of("max_concurrent_orders", "acceptance_radius_km"));
        for (DispatchCriterion criterion : DispatchCriterion.values()) {
            names.add(criterion.parameter());
        }
        PARAMETERS = Collections.unmodifiableSet(names);
    }

    public DispatchRule {
        EnumMap<DispatchCriterion, Double> all = new EnumMap<>(DispatchCriterion.class);
        for (DispatchCriterion criterion : DispatchCriterion.values()) {
            all.put(criterion, weights.getOrDefault(criterion, 0.0));
        }
        weights = Collections.unmodifiableMap(all);
    }

    public static DispatchRule of(Map<String, String> values) {
        Parameters parameters = Parameters.of("dispatch rule", values, PARAMETERS);
        int maxOrders = parameters.wholeNumber("max_concurrent_orders", 1, 20);
        double radius = parameters.number("acceptance_radius_km", 0.1, 100);
        Map<DispatchCriterion, Double> weights = new EnumMap<>(DispatchCriterion.class);
        double sum = 0;
        boolean allRead = true;
        for (DispatchCriterion criterion : DispatchCriterion.values()) {
            double weight = parameters.weight(criterion.parameter());
            allRead &= !Double.isNaN(weight);
            weights.put(criterion, weight);
            sum += Double.isNaN(weight) ? 0 : weight;
        }
        if (allRead && Math.abs(sum - 1) > WEIGHT_TOLERANCE + 1e-9) {
            parameters.problem("the weights " + String.join(" + ", weightNames()) + " add up to "
                    + Numbers.plain(Numbers.round(sum, 4)) + " (" + Numbers.percent(Numbers.round(sum, 4))
                    + "), but must add up to 1 (100%)");
        }
        parameters.assertValid();
        return new DispatchRule(maxOrders, radius, weights);
    }

    private static List<String> weightNames() {
        List<String> names = new ArrayList<>();
        for (DispatchCriterion criterion : DispatchCriterion.values()) {
            names.add(criterion.parameter());
        }
        return names;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.DISPATCH;
    }

    public double weight(DispatchCriterion criterion) {
        return weights.get(criterion);
    }

    /** The criteria that count, heaviest first (ties in the order of {@link DispatchCriterion}). */
    public List<DispatchCriterion> weighed() {
        return weights.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<DispatchCriterion, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    /** The criteria with no weight, in the order of {@link DispatchCriterion}. */
    public List<DispatchCriterion> unweighed() {
        return weights.entrySet().stream().filter(entry -> entry.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** Whether the rider may be offered the order at all. */
    public boolean mayBeOffered(Rider rider) {
        return rider.distanceKm() <= acceptanceRadiusKm && rider.ordersInHand() < maxConcurrentOrders;
    }

    /** The rider's score from 0 to 1: the weighted sum of the criteria's scores. */
    public double score(Rider rider) {
        double score = 0;
        for (Map.Entry<DispatchCriterion, Double> weight : weights.entrySet()) {
            score += weight.getValue() * weight.getKey().score(rider, acceptanceRadiusKm);
        }
        return score;
    }

    /**
     * The rider the order goes to: the highest score among those who may be offered it (the
     * earlier rider on a tie), or none if nobody may.
     */
    public OptionalInt choose(List<Rider> riders) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < riders.size(); i++) {
            Rider rider = riders.get(i);
            if (mayBeOffered(rider)) {
                double score = score(rider);
                if (score > bestScore + Comparison.NOISE) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    @Override
    public RuleSummary summary() {
        return DispatchSummary.of(this);
    }
}
