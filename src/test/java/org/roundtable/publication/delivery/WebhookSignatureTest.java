package org.roundtable.publication.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheTimeAndTheBodyWithTheSecret() {
        // The expected value was computed outside Java (Python's hmac module) over "1700000000.{body}".
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":\"<&>\"}"))
                .isEqualTo("t=1700000000,v1=e8e4e7766bdfd307b9387191e14874a969d6be3fe768a2389d3f609a2c9782ae");
    }

    @Test
    void aDifferentTimeOrBodyOrSecretGivesADifferentSignature() {
        String signed = WebhookSignature.v1("whsec_test", 1_700_000_000L, "{}");
        assertThat(WebhookSignature.v1("whsec_test", 1_700_000_001L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.v1("whsec_test", 1_700_000_000L, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSignature.v1("whsec_other", 1_700_000_000L, "{}")).isNotEqualTo(signed);
    }
}
