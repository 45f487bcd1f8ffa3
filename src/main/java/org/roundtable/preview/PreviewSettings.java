package org.roundtable.preview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of impact previews under {@code roundtable.preview}: the hourly pay floor in CNY
 * against which hours of work are counted, and the limits of an order sample.
 */
@ConfigurationProperties("roundtable.preview")
public record PreviewSettings(
        @DefaultValue("24.0") double hourlyFloor,
        @DefaultValue("200000") int maxOrders,
        @DefaultValue("10MB") DataSize maxFileSize) {

    public PreviewSettings {
        if (hourlyFloor < 0) {
            throw new IllegalArgumentException("roundtable.preview.hourly-floor must not be negative");
        }
        if (maxOrders < 1) {
            throw new IllegalArgumentException("roundtable.preview.max-orders must be at least 1");
        }
    }

    public static PreviewSettings defaults() {
        return new PreviewSettings(24.0, 200_000, DataSize.ofMegabytes(10));
    }
}
