package org.roundtable.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.RuleEvents.RuleRegistered;

/** Events are stored forever: a rule registered before rules had kinds still reads, with no kind. */
class StoredRuleEventsTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void aRuleRegisteredBeforeRulesHadKindsReadsAsAFreeFormRule() {
        String stored = """
                {"ruleId":"rule-1","platformId":"pf-1","name":"Order pay","category":"PRICING_AND_PAY",
                 "summary":"A base fare.","parameters":[{"name":"base fare","value":"3.5","unit":"CNY"}],
                 "registeredBy":"p-hr"}""";
        SerializedObject<byte[]> old = new SimpleSerializedObject<>(stored.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(RuleRegistered.class.getName(), null));
        RuleRegistered read = serializer.deserialize(old);
        assertThat(read).isEqualTo(new RuleRegistered(RuleId.of("rule-1"), PlatformId.of("pf-1"), "Order pay",
                RuleCategory.PRICING_AND_PAY, "A base fare.", List.of(new Parameter("base fare", "3.5", "CNY")),
                PersonId.of("p-hr")));
        assertThat(read.kind()).isNull();
    }

    @Test
    void aRuleWithAKindKeepsItThroughTheStore() {
        RuleRegistered event = new RuleRegistered(RuleId.of("rule-2"), PlatformId.of("pf-1"), "Dispatch",
                RuleCategory.DISPATCH, "words", List.of(new Parameter("max_concurrent_orders", "2", "")),
                PersonId.of("p-hr"), RuleKind.DISPATCH);
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"kind\":\"DISPATCH\"");
        RuleRegistered read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }
}
