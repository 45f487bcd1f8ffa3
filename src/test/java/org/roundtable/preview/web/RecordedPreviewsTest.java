package org.roundtable.preview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.people.security.PersonUserDetailsService;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Impact previews recorded with a proposal revision, over the API and the proposal page: the
 * example sample of 50 orders is uploaded, the figures and the chart appear on the proposal and
 * round pages labelled with their revision, and a bad upload changes nothing.
 */
@RoundtableTest
class RecordedPreviewsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Path SAMPLE = Path.of("docs/examples/orders-sample.csv");
    static final String BAD_SAMPLE = "distance_km,duration_minutes,hour_of_day,weather,building_access\n"
            + "2.5,18,12,clear,easy\nabc,18,12,clear,easy\n";

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    PersonUserDetailsService users;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aRepresentativeRecordsAPreviewThatTheProposalAndRoundPagesShowWithTheirRevision() throws Exception {
        Platform p = Platform.setUp("pv-api", api, store);
        byte[] sample = Files.readAllBytes(SAMPLE);

        HttpResponse<String> recorded = upload(p.proposalId, p.rep, new Multipart().file(sample));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(recorded.body());
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        assertThat(body.get("ruleVersion").asInt()).isEqualTo(1);
        JsonNode impact = body.get("impact");
        assertThat(impact.get("ruleKind").asText()).isEqualTo("PRICING");
        assertThat(impact.get("sampleSize").asInt()).isEqualTo(50);
        assertThat(impact.get("sampleSha256").asText()).isEqualTo(sha256(sample));
        assertThat(impact.get("hourlyFloor").asDouble()).isEqualTo(24.0);
        assertThat(impact.get("after").get("medianPayPerOrder").asDouble())
                .isGreaterThan(impact.get("before").get("medianPayPerOrder").asDouble());
        assertThat(impact.get("histogram").get("before")).hasSize(20);
        assertThat(impact.toString()).as("no order of the sample is kept").doesNotContain("distance");

        String page = awaitPage("/proposals/" + p.proposalId, null, "配送报酬 Delivery pay：第 1 版的影响预估");
        assertThat(page).contains("对真实订单的影响", "针对当前版本计算", "每单收入中位数（元）", "每小时工作收入中位数（元）",
                "每小时收入低于 24.00 元的工作时间占比", sha256(sample), "<svg", "role=\"img\"",
                "aria-labelledby=\"preview-chart-", "<title id=\"preview-chart-", "<desc id=\"preview-chart-",
                "样本中 50 单按每小时工作收入的分布", "图表数据（表格）", "调整前订单占比")
                .doesNotContain("<script");
        assertThat(page).as("the after-state in words").contains("每公里1.35元", "平台抽成18%");
        String english = html(get("/proposals/" + p.proposalId).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(english).contains("Delivery pay: preview of revision 1", "Median pay per hour of work (CNY)",
                "Computed for the current revision", "1.35 CNY per km", "The chart as a table");
        assertThat(api.get("/api/proposals/" + p.proposalId + "/previews").json()).hasSize(1);

        String round = p.openRound(api);
        String roundPage = awaitPage("/rounds/" + round, null, "对真实订单的影响");
        assertThat(roundPage).contains("第 1 版的影响预估", "<svg", "每公里1.35元", "href=\"#previews\"");

        assertThat(api.as(p.hr).post("/api/proposals/" + p.proposalId + "/revisions", Map.of("changes",
                List.of(p.change("per_km", "1.20", "1.30")), "reason", "Meet halfway")).status()).isEqualTo(201);
        String revised = awaitPage("/proposals/" + p.proposalId, null, "针对较早的版本计算（提案现为第 2 版）");
        assertThat(revised).contains("第 1 版的影响预估", "每公里1.30元");
        awaitPage("/rounds/" + round, null, "针对较早的版本计算（提案现为第 2 版）");
    }

    @Test
    void theProposalPageFormRecordsAnUploadAndABadUploadComesBackNamingTheLineWithNothingRecorded()
            throws Exception {
        Platform p = Platform.setUp("pv-page", api, store);
        String path = "/proposals/" + p.proposalId;
        String form = awaitPage(path, p.rep, "记录影响预估");
        assertThat(form).contains("enctype=\"multipart/form-data\"", "action=\"" + path + "/previews\"",
                "name=\"_csrf\"", "type=\"file\"", "不填则为每小时 24.00 元。", "还没有记录影响预估。");
        assertThat(html(get(path).with(as(p.worker)))).doesNotContain("记录影响预估");
        assertThat(html(get(path))).doesNotContain("记录影响预估");
        long events = eventsOf(p.proposalId);

        MvcResult bad = mvc.perform(multipart(path + "/previews").file(csv(BAD_SAMPLE.getBytes(StandardCharsets.UTF_8)))
                .param("hourlyFloor", "25").with(as(p.rep)).with(csrf())).andReturn();
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo(path + "#preview-form");
        String back = html(get(path).with(as(p.rep)).flashAttrs(bad.getFlashMap()));
        assertThat(back).contains("样本无法读取（第 3 行）：", "line 3: distance_km &#39;abc&#39; is not a number",
                "aria-invalid=\"true\"", "aria-describedby=\"f-preview-file-error\"", "value=\"25\"");
        MvcResult badFloor = mvc.perform(multipart(path + "/previews").file(csv(Files.readAllBytes(SAMPLE)))
                .param("hourlyFloor", "lots").with(as(p.rep)).with(csrf())).andReturn();
        assertThat(html(get(path).with(as(p.rep)).flashAttrs(badFloor.getFlashMap())))
                .contains("请把底线写成数字，例如 24 或 25.5。", "value=\"lots\"");
        MvcResult empty = mvc.perform(multipart(path + "/previews").with(as(p.rep)).with(csrf())).andReturn();
        assertThat(html(get(path).with(as(p.rep)).flashAttrs(empty.getFlashMap()))).contains("Attach the order sample");
        assertThat(mvc.perform(multipart(path + "/previews").file(csv(Files.readAllBytes(SAMPLE))).with(as(p.rep)))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        MockHttpServletResponse outsider = mvc.perform(multipart(path + "/previews")
                .file(csv(Files.readAllBytes(SAMPLE))).with(as(p.worker)).with(csrf())).andReturn().getResponse();
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(eventsOf(p.proposalId)).as("bad uploads change nothing").isEqualTo(events);

        MvcResult good = mvc.perform(multipart(path + "/previews").file(csv(Files.readAllBytes(SAMPLE)))
                .param("hourlyFloor", "26.5").with(as(p.hr)).with(csrf())).andReturn();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo(path + "#previews");
        assertThat(html(get(path).with(as(p.hr)).flashAttrs(good.getFlashMap()))).contains("影响预估已与提案一同记录。");
        assertThat(awaitPage(path, null, "第 1 版的影响预估")).contains("每小时收入低于 26.50 元的工作时间占比",
                "<svg", "针对当前版本计算");
        assertThat(eventsOf(p.proposalId)).isEqualTo(events + 1);
    }

    @Test
    void aBrowserUploadCarriesItsCsrfTokenInTheMultipartBody() throws Exception {
        Platform p = Platform.setUp("pv-browser", api, store);
        Browser browser = new Browser(port);
        browser.signIn(p.rep);
        String path = "/proposals/" + p.proposalId;
        String page = await().atMost(Duration.ofSeconds(60)).until(() -> browser.get(path).body(),
                body -> body.contains("记录影响预估"));
        String token = page.replaceAll("(?s).*id=\"preview-form\".*?name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> sent = browser.post(path + "/previews", new Multipart().field("_csrf", token)
                .field("hourlyFloor", "").file(Files.readAllBytes(SAMPLE)));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith(path + "#previews");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/proposals/" + p.proposalId + "/previews")
                .json().size() == 1);
    }

    @Test
    void theApiRefusesWhoMayNotWhatCannotBeReadAndAWithdrawnProposal() throws Exception {
        Platform p = Platform.setUp("pv-refusals", api, store);
        byte[] sample = Files.readAllBytes(SAMPLE);
        new TestPeople(store).open("pv-refusals-elsewhere", PlatformId.of("pv-elsewhere"), Role.PLATFORM_HR);

        HttpResponse<String> otherPlatform = upload(p.proposalId, "pv-refusals-elsewhere", new Multipart().file(sample));
        assertThat(otherPlatform.statusCode()).isEqualTo(403);
        assertThat(otherPlatform.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(upload(p.proposalId, p.worker, new Multipart().file(sample)).statusCode()).isEqualTo(403);
        assertThat(upload(p.proposalId, null, new Multipart().file(sample)).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = upload(p.proposalId, p.rep, new Multipart().file(BAD_SAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.get("detail").asText()).isEqualTo("line 3: distance_km 'abc' is not a number");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asText()).isEqualTo("distance_km");
        assertThat(JSON.readTree(upload(p.proposalId, p.rep, new Multipart().field("hourlyFloor", "-1").file(sample))
                .body()).get("detail").asText()).contains("hourlyFloor");
        assertThat(JSON.readTree(upload(p.proposalId, p.rep, new Multipart().field("ruleId", "pv-no-such-rule")
                .file(sample)).body()).get("detail").asText()).contains("changes no rule pv-no-such-rule");

        assertThat(api.as(p.hr).post("/api/proposals/" + p.proposalId + "/withdrawal", Map.of("reason", "Not now"))
                .status()).isEqualTo(204);
        HttpResponse<String> withdrawn = await().atMost(Duration.ofSeconds(60))
                .until(() -> upload(p.proposalId, p.rep, new Multipart().file(sample)), r -> r.statusCode() != 201);
        assertThat(withdrawn.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(withdrawn.body()).get("detail").asText()).contains("withdrawn");
        assertThat(api.get("/api/proposals/" + p.proposalId + "/previews").json()).isEmpty();
    }

    private HttpResponse<String> upload(String proposalId, String username, Multipart body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/proposals/" + proposalId + "/previews"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", body.contentType())
                .header("Accept", "application/json, application/problem+json").POST(body.body());
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "orders.csv", "text/csv", content);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String awaitPage(String path, String username, String... texts) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            MockHttpServletRequestBuilder request = get(path);
            if (username != null) {
                request = request.with(as(username));
            }
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        }, body -> Arrays.stream(texts).allMatch(body::contains));
    }

    /** A platform with HR, a representative on the roster, a worker, a pricing rule with a model and a submitted proposal. */
    record Platform(String id, String hr, String rep, String worker, String convener, String ruleId,
                    String proposalId) {

        static Platform setUp(String id, Api api, PersonStore store) {
            TestPeople people = new TestPeople(store);
            PlatformId platform = PlatformId.of(id);
            people.open(id + "-convener", null, Role.CONVENER);
            people.open(id + "-hr", platform, Role.PLATFORM_HR);
            people.open(id + "-rep", platform, Role.REPRESENTATIVE, Role.WORKER);
            people.open(id + "-worker", platform, Role.WORKER);
            expect(api.as(id + "-convener").post("/api/platforms", Map.of("id", id, "name", "平台 " + id)), 201);
            await().until(() -> api.get("/api/platforms/" + id).status() == 200);
            expect(api.as(id + "-convener").post("/api/platforms/" + id + "/roster",
                    Map.of("personId", id + "-rep", "side", "WORKERS", "chief", true)), 201);
            expect(api.as(id + "-convener").post("/api/platforms/" + id + "/roster",
                    Map.of("personId", id + "-hr", "side", "PLATFORM", "chief", true)), 201);
            String rule = expect(api.as(id + "-hr").post("/api/rules", Map.of("name", "配送报酬 Delivery pay",
                    "category", "PRICING_AND_PAY", "kind", "PRICING", "parameters", List.of(
                            parameter("base_fare", "3", "CNY"), parameter("per_km", "1.20", "CNY/km"),
                            parameter("per_minute", "0.10", "CNY/min"), parameter("night_surcharge", "1.5", "CNY"),
                            parameter("bad_weather_surcharge", "2", "CNY"), parameter("commission_rate", "20%", "")))),
                    201).createdId();
            await().until(() -> api.get("/api/rules/" + rule).status() == 200);
            Platform partial = new Platform(id, id + "-hr", id + "-rep", id + "-worker", id + "-convener", rule, null);
            String proposal = expect(api.as(id + "-hr").post("/api/proposals", Map.of("title", "Fairer pay 公平报酬",
                    "category", "PRICING_AND_PAY", "changes", List.of(partial.change("per_km", "1.20", "1.35"),
                            partial.change("commission_rate", "20%", "18%")),
                    "rationale", "Costs went up.", "expectedImpact", "More per km, less commission.",
                    "effectiveDate", LocalDate.now().plusDays(30).toString())), 201).createdId();
            expect(api.as(id + "-hr").post("/api/proposals/" + proposal + "/submission", null), 204);
            await().until(() -> api.get("/api/proposals/" + proposal).status() == 200);
            return new Platform(id, id + "-hr", id + "-rep", id + "-worker", id + "-convener", rule, proposal);
        }

        Map<String, String> change(String parameter, String current, String proposed) {
            return Map.of("ruleId", ruleId, "parameter", parameter, "currentValue", current, "proposedValue", proposed,
                    "unit", "");
        }

        String openRound(Api api) {
            Instant starts = Instant.now().plusSeconds(3600);
            return expect(api.as(convener).post("/api/rounds", Map.of("platformId", id, "proposalId", proposalId,
                    "electorateKind", "REPRESENTATIVES", "commentStartsAt", starts.toString(),
                    "commentEndsAt", starts.plusSeconds(3600).toString())), 201).createdId();
        }

        private static Map<String, String> parameter(String name, String value, String unit) {
            return Map.of("name", name, "value", value, "unit", unit);
        }

        private static Api.Response expect(Api.Response response, int status) {
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            return response;
        }
    }

    /** A browser's session: a cookie jar, the sign-in form with its CSRF token, no redirects followed. */
    static final class Browser {

        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void signIn(String username) throws Exception {
            String login = get("/login").body();
            String token = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            String form = "username=" + username + "&password=" + TestPeople.PASSWORD + "&_csrf=" + token;
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Multipart body) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", body.contentType())
                    .POST(body.body()).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
