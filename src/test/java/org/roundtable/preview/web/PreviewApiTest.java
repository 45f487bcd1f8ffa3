package org.roundtable.preview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RoundtableTest
class PreviewApiTest {

    static final String BEFORE = "{\"base_fare\": \"3\", \"per_km\": \"1.20\", \"per_minute\": 0.1,"
            + " \"night_surcharge\": \"1.5\", \"bad_weather_surcharge\": \"2\", \"commission_rate\": \"0.2\"}";
    static final String AFTER = "{\"base_fare\": \"3\", \"per_km\": \"1.35\", \"per_minute\": 0.1,"
            + " \"night_surcharge\": \"1.5\", \"bad_weather_surcharge\": \"4\", \"commission_rate\": \"18%\"}";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;

    @BeforeEach
    void setUp() {
        if (store.findByUsername("pv-hr").isEmpty()) {
            new TestPeople(store).open("pv-hr", PlatformId.of("pv-food"), Role.PLATFORM_HR);
        }
    }

    @Test
    void previewsAPriceChangeOnTheExampleSample() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("docs/examples/orders-sample.csv"));
        HttpResponse<String> response = post(sample, "PRICING", BEFORE, AFTER, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode preview = body.get("preview");
        assertThat(preview.get("ruleKind").asText()).isEqualTo("PRICING");
        assertThat(preview.get("orders").asInt()).isEqualTo(50);
        assertThat(preview.get("hourlyFloor").asDouble()).isEqualTo(24.0);
        assertThat(preview.get("time").isNull()).isTrue();
        JsonNode pay = preview.get("pay");
        assertThat(pay.get("payPerOrder").get("after").get("median").asDouble())
                .isGreaterThan(pay.get("payPerOrder").get("before").get("median").asDouble());
        assertThat(pay.get("payPerOrder").get("shareUp").asDouble()).isEqualTo(1.0);
        assertThat(pay.get("shareOfHoursBelowFloorAfter").asDouble())
                .isLessThanOrEqualTo(pay.get("shareOfHoursBelowFloorBefore").asDouble());
        assertThat(preview.get("after").get("zh").asText()).contains("每公里1.35元", "平台抽成18%");
        assertThat(body.get("firstOrders")).hasSize(50);
        // first line of the sample: 1.7 km, 27.7 minutes, 20:xx, rain → (3 + 2.04 + 2.77 + 2) × 0.8 = 7.848
        assertThat(body.get("firstOrders").get(0).get("before").asDouble()).isEqualTo(7.85);
        assertThat(body.get("chartSvg").asText()).startsWith("<svg").doesNotContain("<script");
    }

    @Test
    void previewsADeliveryTimeChange() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("docs/examples/orders-sample.csv"));
        HttpResponse<String> response = post(sample, "TIME_ESTIMATE",
                "{\"base_minutes\": 10, \"minutes_per_km\": 3}",
                "{\"base_minutes\": 10, \"minutes_per_km\": 3, \"weather_buffer_minutes\": 10}", true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode time = JSON.readTree(response.body()).get("preview").get("time");
        assertThat(time.get("shareLateAfter").asDouble()).isLessThan(time.get("shareLateBefore").asDouble());
    }

    @Test
    void aBadLineIsRefusedWithAProblemNamingTheLineAndColumn() throws Exception {
        byte[] sample = ("distance_km,duration_minutes,hour_of_day,weather,building_access\n"
                + "2.5,18,12,clear,easy\n" + "abc,18,12,clear,easy\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post(sample, "PRICING", BEFORE, AFTER, true);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asText()).isEqualTo("line 3: distance_km 'abc' is not a number");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asText()).isEqualTo("distance_km");
    }

    @Test
    void aWrongHeaderOrBadParametersAreRefusedWithAProblem() throws Exception {
        byte[] wrongHeader = "km,min,hour,weather,access\n1,2,3,clear,easy\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> header = post(wrongHeader, "PRICING", BEFORE, AFTER, true);
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(header.body()).get("detail").asText())
                .contains("distance_km,duration_minutes,hour_of_day,weather,building_access");

        byte[] sample = Files.readAllBytes(Path.of("docs/examples/orders-sample.csv"));
        HttpResponse<String> parameters = post(sample, "PRICING", "{\"base_fare\": \"x\"}", AFTER, true);
        assertThat(parameters.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(parameters.body()).get("detail").asText())
                .contains("'before'", "base_fare 'x' is not a number", "per_km is missing");

        HttpResponse<String> notJson = post(sample, "PRICING", "base_fare=3", AFTER, true);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("detail").asText()).contains("JSON object");

        assertThat(post(sample, "PRICING", BEFORE, AFTER, false).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(byte[] file, String ruleKind, String before, String after, boolean signedIn)
            throws IOException, InterruptedException {
        String boundary = "----roundtable-test-boundary";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ruleKind", ruleKind);
        fields.put("before", before);
        fields.put("after", after);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/previews"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("pv-hr:" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
