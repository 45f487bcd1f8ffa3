package org.roundtable.preview;

import static org.roundtable.preview.Numbers.percent;
import static org.roundtable.preview.Numbers.plain;

import java.util.List;
import java.util.stream.Collectors;

/** A dispatch rule in Chinese and English words, every number taken from the rule itself. */
final class DispatchSummary {

    private DispatchSummary() {
    }

    static RuleSummary of(DispatchRule rule) {
        return new RuleSummary(chinese(rule), english(rule));
    }

    private static String english(DispatchRule rule) {
        int most = rule.maxConcurrentOrders();
        StringBuilder text = new StringBuilder("A rider holds at most ").append(most)
                .append(most == 1 ? " order" : " orders").append(" at a time and is offered only orders whose pick-up is within ")
                .append(plain(rule.acceptanceRadiusKm())).append(" km. Among the riders who may take an order,"
                        + " it goes to the one with the highest score, which weighs ")
                .append(rule.weighed().stream().map(c -> c.english() + " " + percent(rule.weight(c)))
                        .collect(Collectors.joining(", ")))
                .append('.');
        List<DispatchCriterion> unused = rule.unweighed();
        if (!unused.isEmpty()) {
            text.append(" Not weighed: ").append(unused.stream().map(DispatchCriterion::english)
                    .collect(Collectors.joining(", "))).append('.');
        }
        return text.toString();
    }

    private static String chinese(DispatchRule rule) {
        StringBuilder text = new StringBuilder("每名骑手同时最多持有").append(rule.maxConcurrentOrders())
                .append("单，只接收取餐点在").append(plain(rule.acceptanceRadiusKm()))
                .append("公里以内的订单。在可接单的骑手中，订单派给得分最高者，得分权重为：")
                .append(rule.weighed().stream().map(c -> c.chinese() + percent(rule.weight(c)))
                        .collect(Collectors.joining("、")))
                .append('。');
        List<DispatchCriterion> unused = rule.unweighed();
        if (!unused.isEmpty()) {
            text.append("不计入：").append(unused.stream().map(DispatchCriterion::chinese)
                    .collect(Collectors.joining("、"))).append('。');
        }
        return text.toString();
    }
}
