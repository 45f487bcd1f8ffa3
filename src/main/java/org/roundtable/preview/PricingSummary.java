package org.roundtable.preview;

import static org.roundtable.preview.Numbers.money;
import static org.roundtable.preview.Numbers.percent;
import static org.roundtable.preview.Numbers.plain;

/** A pricing rule in Chinese and English words, every number taken from the rule itself. */
final class PricingSummary {

    private PricingSummary() {
    }

    static RuleSummary of(PricingRule rule) {
        return new RuleSummary(chinese(rule), english(rule));
    }

    private static String english(PricingRule rule) {
        StringBuilder text = new StringBuilder("Each order pays a fare of ").append(money(rule.baseFare()))
                .append(" CNY, plus ").append(money(rule.perKm())).append(" CNY per km and ")
                .append(money(rule.perMinute())).append(" CNY per minute. ");
        if (rule.hasLongDistanceBand()) {
            text.append("Beyond ").append(plain(rule.longDistanceThresholdKm())).append(" km, each further km adds ")
                    .append(money(rule.longDistancePerKm())).append(" CNY. ");
        } else {
            text.append("There is no long-distance rate. ");
        }
        if (rule.nightSurcharge() > 0) {
            text.append("Orders at night (").append(rule.nightHours()).append(") add ")
                    .append(money(rule.nightSurcharge())).append(" CNY. ");
        } else {
            text.append("There is no night surcharge. ");
        }
        if (rule.badWeatherSurcharge() > 0) {
            text.append("Orders in bad weather (").append(Weather.badInEnglish()).append(") add ")
                    .append(money(rule.badWeatherSurcharge())).append(" CNY. ");
        } else {
            text.append("There is no bad-weather surcharge. ");
        }
        return text.append("The platform keeps ").append(percent(rule.commissionRate()))
                .append(" of the fare as commission; the worker receives ")
                .append(percent(1 - rule.commissionRate())).append('.').toString();
    }

    private static String chinese(PricingRule rule) {
        StringBuilder text = new StringBuilder("每单基础价").append(money(rule.baseFare())).append("元，另加每公里")
                .append(money(rule.perKm())).append("元、每分钟").append(money(rule.perMinute())).append("元。");
        if (rule.hasLongDistanceBand()) {
            text.append("超过").append(plain(rule.longDistanceThresholdKm())).append("公里的部分，每公里另加")
                    .append(money(rule.longDistancePerKm())).append("元。");
        } else {
            text.append("无远距离加价。");
        }
        if (rule.nightSurcharge() > 0) {
            text.append("夜间（").append(rule.nightHours()).append("）订单加").append(money(rule.nightSurcharge()))
                    .append("元。");
        } else {
            text.append("无夜间补贴。");
        }
        if (rule.badWeatherSurcharge() > 0) {
            text.append("恶劣天气（").append(Weather.badInChinese()).append("）订单加")
                    .append(money(rule.badWeatherSurcharge())).append("元。");
        } else {
            text.append("无恶劣天气补贴。");
        }
        return text.append("平台抽成").append(percent(rule.commissionRate())).append("，劳动者实得订单金额的")
                .append(percent(1 - rule.commissionRate())).append('。').toString();
    }
}
