package org.roundtable.preview;

import static org.roundtable.preview.Numbers.plain;

/** A delivery-time rule in Chinese and English words, every number taken from the rule itself. */
final class DeliveryTimeSummary {

    private DeliveryTimeSummary() {
    }

    static RuleSummary of(DeliveryTimeRule rule) {
        return new RuleSummary(chinese(rule), english(rule));
    }

    private static String english(DeliveryTimeRule rule) {
        StringBuilder text = new StringBuilder("Each order is given ").append(plain(rule.baseMinutes()))
                .append(" minutes, plus ").append(plain(rule.minutesPerKm())).append(" minutes per km");
        if (rule.hasLongDistanceBand()) {
            text.append(" up to ").append(plain(rule.longDistanceThresholdKm())).append(" km and ")
                    .append(plain(rule.longDistanceMinutesPerKm())).append(" minutes per km beyond");
        }
        text.append(". ");
        text.append(rule.weatherBufferMinutes() > 0
                ? "Bad weather (" + Weather.badInEnglish() + ") adds " + plain(rule.weatherBufferMinutes())
                        + " minutes. "
                : "There is no extra time for bad weather. ");
        text.append(rule.peakBufferMinutes() > 0
                ? "Orders in peak hours (" + rule.peakHours() + ") add " + plain(rule.peakBufferMinutes())
                        + " minutes. "
                : "There is no extra time in peak hours. ");
        text.append(rule.buildingAccessMinutes() > 0
                ? "Buildings that are hard to enter add " + plain(rule.buildingAccessMinutes()) + " minutes."
                : "There is no extra time for buildings that are hard to enter.");
        return text.toString();
    }

    private static String chinese(DeliveryTimeRule rule) {
        StringBuilder text = new StringBuilder("每单配送时限为基础").append(plain(rule.baseMinutes()))
                .append("分钟，另加每公里").append(plain(rule.minutesPerKm())).append("分钟");
        if (rule.hasLongDistanceBand()) {
            text.append("（超过").append(plain(rule.longDistanceThresholdKm())).append("公里的部分每公里")
                    .append(plain(rule.longDistanceMinutesPerKm())).append("分钟）");
        }
        text.append("。");
        text.append(rule.weatherBufferMinutes() > 0
                ? "恶劣天气（" + Weather.badInChinese() + "）加" + plain(rule.weatherBufferMinutes()) + "分钟。"
                : "恶劣天气不加时。");
        text.append(rule.peakBufferMinutes() > 0
                ? "高峰时段（" + rule.peakHours() + "）加" + plain(rule.peakBufferMinutes()) + "分钟。"
                : "高峰时段不加时。");
        text.append(rule.buildingAccessMinutes() > 0
                ? "进入困难的楼宇加" + plain(rule.buildingAccessMinutes()) + "分钟。"
                : "进入困难的楼宇不加时。");
        return text.toString();
    }
}
