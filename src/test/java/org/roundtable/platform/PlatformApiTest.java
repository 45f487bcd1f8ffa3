package org.roundtable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RoundtableTest
class PlatformApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        TestPeople people = new TestPeople(store);
        if (store.findByUsername("convener-pa").isEmpty()) {
            people.open("convener-pa", null, Role.CONVENER);
            people.open("rep-pa", PlatformId.of("pa-ride"), Role.REPRESENTATIVE);
            people.open("hr-pa", PlatformId.of("pa-ride"), Role.PLATFORM_HR);
        }
    }

    @Test
    void theConvenerRegistersAPlatformAndKeepsItsRoster() {
        Api.Response created = api.as("convener-pa").post("/api/platforms", Map.of("id", "pa-ride", "name", "Ride Co"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/platforms/pa-ride");
        await().until(() -> api.get("/api/platforms/pa-ride").status() == 200);

        assertThat(api.as("convener-pa").post("/api/platforms/pa-ride/roster",
                Map.of("personId", "rep-pa", "side", "WORKERS", "chief", true)).status()).isEqualTo(201);

        Api.Response platform = await().until(() -> api.get("/api/platforms/pa-ride"),
                response -> response.status() == 200 && response.json().get("roster").size() == 1);
        assertThat(platform.json().get("name").asText()).isEqualTo("Ride Co");
        assertThat(platform.json().get("roster").get(0).get("personId").asText()).isEqualTo("rep-pa");
        assertThat(platform.json().get("roster").get(0).get("chief").asBoolean()).isTrue();

        Api.Response twice = api.as("convener-pa").post("/api/platforms", Map.of("id", "pa-ride", "name", "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");

        Api.Response hrOnWorkerSide = api.as("convener-pa").post("/api/platforms/pa-ride/roster",
                Map.of("personId", "hr-pa", "side", "WORKERS", "chief", false));
        assertThat(hrOnWorkerSide.status()).isEqualTo(409);
        assertThat(hrOnWorkerSide.json().get("detail").asText()).contains("worker");
    }

    @Test
    void onlyTheConvenerRegistersPlatforms() {
        Api.Response refused = api.as("hr-pa").post("/api/platforms", Map.of("id", "pa-other", "name", "Other"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/platforms/pa-other").status()).isEqualTo(404);
    }

    @Test
    void aWriteWithoutSigningInIsRefusedWith401() {
        Api.Response refused = api.post("/api/platforms", Map.of("id", "pa-anon", "name", "Anon"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anInvalidBodyGetsAProblemNamingTheField() {
        Api.Response refused = api.as("convener-pa").post("/api/platforms", Map.of("id", "pa-x"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("name");
        Api.Response badId = api.as("convener-pa").post("/api/platforms", Map.of("id", "no spaces!", "name", "X"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("detail").asText()).contains("not a valid id");
    }
}
