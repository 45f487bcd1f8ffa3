package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.DomainException;

class DispatchRuleTest {

    static Map<String, String> parameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("max_concurrent_orders", "3");
        parameters.put("acceptance_radius_km", "4");
        parameters.put("weight_distance", "0.4");
        parameters.put("weight_rating", "0.2");
        parameters.put("weight_idle_time", "0.2");
        parameters.put("weight_on_time_rate", "0.1");
        parameters.put("weight_fairness", "0.1");
        return parameters;
    }

    static Map<String, String> with(String name, String value) {
        Map<String, String> parameters = parameters();
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return parameters;
    }

    final DispatchRule rule = DispatchRule.of(parameters());

    @Test
    void readsTheLimitsAndTheWeightsOfEveryCriterion() {
        assertThat(rule.kind()).isEqualTo(RuleKind.DISPATCH);
        assertThat(rule.maxConcurrentOrders()).isEqualTo(3);
        assertThat(rule.acceptanceRadiusKm()).isEqualTo(4.0);
        assertThat(rule.weight(DispatchCriterion.DISTANCE)).isEqualTo(0.4);
        assertThat(rule.weight(DispatchCriterion.FAIRNESS)).isEqualTo(0.1);
        assertThat(rule.weighed()).containsExactly(DispatchCriterion.DISTANCE, DispatchCriterion.RATING,
                DispatchCriterion.IDLE_TIME, DispatchCriterion.ON_TIME_RATE, DispatchCriterion.FAIRNESS);
        assertThat(rule.unweighed()).isEmpty();
        assertThat(EvaluableRule.of(RuleKind.DISPATCH, parameters())).isEqualTo(rule);
    }

    @Test
    void weightsMayBePercentagesMixedWithSharesAndACriterionLeftOutWeighsNothing() {
        Map<String, String> parameters = with("weight_rating", null);
        parameters.put("weight_distance", "60%");
        parameters.put("weight_idle_time", " 20 % ");
        DispatchRule percent = DispatchRule.of(parameters);
        assertThat(percent.weight(DispatchCriterion.DISTANCE)).isEqualTo(0.6);
        assertThat(percent.weight(DispatchCriterion.IDLE_TIME)).isEqualTo(0.2);
        assertThat(percent.weight(DispatchCriterion.RATING)).isZero();
        assertThat(percent.unweighed()).containsExactly(DispatchCriterion.RATING);
    }

    @Test
    void weightsThatAddUpToOneWithinATenthOfAPercentagePointPass() {
        Map<String, String> thirds = new HashMap<>(Map.of("max_concurrent_orders", "1", "acceptance_radius_km", "2",
                "weight_distance", "33.3%", "weight_idle_time", "33.3%", "weight_fairness", "33.3%"));
        assertThat(DispatchRule.of(thirds).weighed()).hasSize(3);
        thirds.put("weight_fairness", "33.2%");
        assertThatThrownBy(() -> DispatchRule.of(thirds)).hasMessageContaining("add up to 0.998 (99.8%)");
    }

    @Test
    void aRiderIsOfferedOrdersOnlyWithinTheRadiusAndBelowTheMostOrdersInHand() {
        assertThat(rule.mayBeOffered(new Rider(4.0, 5, 0, 1, 0, 2))).as("at the edge, two in hand").isTrue();
        assertThat(rule.mayBeOffered(new Rider(4.1, 5, 0, 1, 0, 0))).as("beyond the radius").isFalse();
        assertThat(rule.mayBeOffered(new Rider(1.0, 5, 0, 1, 0, 3))).as("three in hand").isFalse();
    }

    @Test
    void theScoreIsTheWeightedSumOfTheCriteriasScores() {
        // distance 1 km of 4: 0.75; rating 4.5 / 5: 0.9; idle 30 of 60 min: 0.5; on time 0.95; 10 of 40 orders: 0.75
        Rider rider = new Rider(1.0, 4.5, 30, 0.95, 10, 0);
        double expected = 0.4 * 0.75 + 0.2 * 0.9 + 0.2 * 0.5 + 0.1 * 0.95 + 0.1 * 0.75;
        assertThat(rule.score(rider)).isCloseTo(expected, within(1e-9));
        // idle time counts up to an hour, orders today down to 40: the scores stay between 0 and 1
        Rider longIdleBusyDay = new Rider(0, 5, 600, 1, 90, 0);
        assertThat(rule.score(longIdleBusyDay)).isCloseTo(0.4 + 0.2 + 0.2 + 0.1 + 0, within(1e-9));
    }

    @Test
    void theOrderGoesToTheHighestScoreAmongTheRidersWhoMayTakeIt() {
        Rider near = new Rider(0.5, 4.0, 5, 0.9, 30, 0);
        Rider waitingLong = new Rider(2.0, 4.8, 55, 0.98, 5, 1);
        Rider closestButFull = new Rider(0.1, 5.0, 60, 1.0, 0, 3);
        Rider outside = new Rider(6.0, 5.0, 60, 1.0, 0, 0);
        assertThat(rule.choose(List.of(near, waitingLong, closestButFull, outside))).isEqualTo(OptionalInt.of(1));

        DispatchRule nearestOnly = DispatchRule.of(Map.of("max_concurrent_orders", "3", "acceptance_radius_km", "4",
                "weight_distance", "1"));
        assertThat(nearestOnly.choose(List.of(near, waitingLong, closestButFull, outside)))
                .isEqualTo(OptionalInt.of(0));
        assertThat(rule.choose(List.of(closestButFull, outside))).isEmpty();
    }

    @Test
    void refusesMissingAndInvalidLimitsNamingEachParameterAtOnce() {
        Map<String, String> bad = with("max_concurrent_orders", "2.5");
        bad.remove("acceptance_radius_km");
        assertThatThrownBy(() -> DispatchRule.of(bad))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageStartingWith("The dispatch rule parameters are invalid: ")
                .hasMessageContaining("max_concurrent_orders '2.5' is not a whole number")
                .hasMessageContaining("acceptance_radius_km is missing");
        assertThatThrownBy(() -> DispatchRule.of(with("max_concurrent_orders", "0")))
                .hasMessageContaining("max_concurrent_orders 0 is outside 1 to 20");
        assertThatThrownBy(() -> DispatchRule.of(with("max_concurrent_orders", "21")))
                .hasMessageContaining("max_concurrent_orders 21 is outside 1 to 20");
        assertThatThrownBy(() -> DispatchRule.of(with("acceptance_radius_km", "0")))
                .hasMessageContaining("acceptance_radius_km 0 is outside 0.1 to 100");
        assertThatThrownBy(() -> DispatchRule.of(with("acceptance_radius_km", "1e3")))
                .hasMessageContaining("acceptance_radius_km '1e3' is not a number");
    }

    @Test
    void refusesNegativeOrTooLargeWeightsAndWeightsThatDoNotAddUpToOne() {
        Map<String, String> bad = with("weight_rating", "-0.2");
        bad.put("weight_fairness", "120%");
        bad.put("weight_idle_time", "lots");
        assertThatThrownBy(() -> DispatchRule.of(bad))
                .hasMessageContaining("weight_rating -0.2 is outside 0 to 1")
                .hasMessageContaining("weight_fairness 120 is outside 0 to 100")
                .hasMessageContaining("weight_idle_time 'lots' is not a number")
                .as("the sum is not judged while a weight is unreadable").hasMessageNotContaining("add up");
        assertThatThrownBy(() -> DispatchRule.of(with("weight_distance", "0.5")))
                .hasMessageContaining("the weights weight_distance + weight_rating + weight_idle_time"
                        + " + weight_on_time_rate + weight_fairness add up to 1.1 (110%), but must add up to 1 (100%)");
        assertThatThrownBy(() -> DispatchRule.of(Map.of("max_concurrent_orders", "2", "acceptance_radius_km", "3")))
                .hasMessageContaining("add up to 0 (0%)");
    }

    @Test
    void refusesAParameterThatIsNotOneOfADispatchRule() {
        assertThatThrownBy(() -> DispatchRule.of(with("weight_tips", "0")))
                .hasMessageContaining("'weight_tips' is not a parameter of a dispatch rule (it takes max_concurrent_orders,"
                        + " acceptance_radius_km, weight_distance, weight_rating, weight_idle_time, weight_on_time_rate,"
                        + " weight_fairness)");
        assertThatThrownBy(() -> DispatchRule.of(null)).hasMessageContaining("parameters of the dispatch rule are missing");
    }

    @Test
    void aSampleOfOrdersCannotPreviewADispatchRule() {
        OrderSample orders = OrderSample.builder().add(1, 10, 12, Weather.CLEAR, false).build();
        assertThatThrownBy(() -> ImpactPreview.compute(RuleKind.DISPATCH, parameters(), parameters(), orders,
                PreviewSettings.defaults())).isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("cannot be previewed on a sample of orders");
    }

    @Test
    void theSummarySaysWhatTheNumbersSayInBothLanguagesHeaviestCriterionFirst() {
        Map<String, String> parameters = with("weight_rating", "0");
        parameters.put("weight_fairness", "0.3");
        RuleSummary summary = DispatchRule.of(parameters).summary();
        assertThat(summary.en()).isEqualTo("A rider holds at most 3 orders at a time and is offered only orders whose"
                + " pick-up is within 4 km. Among the riders who may take an order, it goes to the one with the"
                + " highest score, which weighs distance to the pick-up 40%, fewer orders today (fairness) 30%,"
                + " time waiting without an order 20%, on-time rate 10%. Not weighed: rating.");
        assertThat(summary.zh()).isEqualTo("每名骑手同时最多持有3单，只接收取餐点在4公里以内的订单。在可接单的骑手中，"
                + "订单派给得分最高者，得分权重为：到取餐点的距离40%、当日接单较少者优先（公平）30%、空闲等单时长20%、"
                + "准时率10%。不计入：评分。");
        RuleSummary single = DispatchRule.of(Map.of("max_concurrent_orders", "1", "acceptance_radius_km", "2.5",
                "weight_distance", "100%")).summary();
        assertThat(single.en()).contains("at most 1 order at a time", "within 2.5 km", "distance to the pick-up 100%",
                "Not weighed: rating, time waiting without an order, on-time rate, fewer orders today (fairness).");
        assertThat(single.zh()).contains("最多持有1单", "2.5公里以内", "到取餐点的距离100%", "不计入：评分、空闲等单时长、准时率、"
                + "当日接单较少者优先（公平）。");
    }
}
