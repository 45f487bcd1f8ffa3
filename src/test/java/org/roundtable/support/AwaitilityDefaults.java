package org.roundtable.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits in every test class are bounded by one minute and polled every 50 ms. Projections and
 * deadlines settle in well under a second on a quiet machine; the long bound keeps a busy CI
 * machine from failing a correct test, while a broken one still fails.
 */
public class AwaitilityDefaults implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }
}
