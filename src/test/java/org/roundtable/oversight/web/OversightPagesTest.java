package org.roundtable.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewId;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.security.PersonUserDetailsService;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleId;
import org.roundtable.support.PageRequests;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The oversight parts of the pages against the whole application: the filing notice on the public
 * rule page while a filing is overdue, the filing form, the review results form, the evaluation by
 * the worker side and the charts of the figures. Filings and reviews whose due dates lie in the
 * past are opened with the commands the adoption reaction sends, so the real deadlines fire at
 * once; every refusal is shown on the form and changes nothing.
 */
@RoundtableTest
class OversightPagesTest {

    static final PlatformId PLATFORM = PlatformId.of("op-food");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    PersonUserDetailsService users;
    @Autowired
    WebApplicationContext context;
    @Autowired
    CommandGateway commands;

    MockMvc mvc;
    PageRequests pages;
    Api api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        pages = new PageRequests(mvc, users);
        api = Api.at(port);
        if (store.findByUsername("op-hr").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("op-hr", PLATFORM, Role.PLATFORM_HR);
            people.open("op-rep", PLATFORM, Role.REPRESENTATIVE, Role.WORKER);
            people.open("op-worker", PLATFORM, Role.WORKER);
            people.open("op-other-hr", PlatformId.of("op-other"), Role.PLATFORM_HR);
        }
    }

    @Test
    void anOverdueFilingShowsOnTheRulePageUntilHrRecordsIt() throws Exception {
        RuleId rule = registerRule("op-pay", "配送报酬 Delivery pay");
        LocalDate today = LocalDate.now(OversightSettings.ZONE);
        FilingId filing = FilingId.of(rule, 1);
        commands.sendAndWait(new OpenFiling(filing, rule, 1, PLATFORM, today.minusDays(30), today.minusDays(16)));
        String page = "/rules/" + rule;
        String form = "/filings/" + filing + "/record";

        String overdue = pages.awaitPage(page, null, "备案已逾期",
                "这条规则的第 1 版应在 " + today.minusDays(16) + " 前向监管部门备案，平台至今没有记录备案。", "逾期未备案");
        assertThat(overdue).doesNotContain(form);
        assertThat(pages.html(get(page).with(pages.as("op-hr")))).contains("href=\"" + form + "\"");
        assertThat(pages.html(get(page).param("lang", "en"))).contains("Filing overdue",
                "Version 1 of this rule should have been filed with the regulator by " + today.minusDays(16));

        assertThat(pages.status(get(form).with(pages.as("op-other-hr")))).isEqualTo(403);
        assertThat(pages.status(get(form).with(pages.as("op-rep")))).isEqualTo(403);
        assertThat(mvc.perform(get(form)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(pages.status(post(form).with(pages.as("op-other-hr")).with(csrf()).param("filingNumber", "GD-1")
                .param("filedOn", today.toString()))).isEqualTo(403);
        assertThat(pages.html(get(form).with(pages.as("op-hr")))).contains("记录备案", "value=\"" + today + "\"", "备案已逾期");

        String blank = pages.html(post(form).with(pages.as("op-hr")).with(csrf()).param("filingNumber", " ")
                .param("filedOn", "2026-02-30"));
        assertThat(blank).contains("请修改以下内容后再提交", "id=\"f-filingNumber-error\">请填写这一项。",
                "id=\"f-filedOn-error\">请按“年-月-日”填写日期", "value=\"2026-02-30\"");
        String beforeAdoption = pages.html(post(form).with(pages.as("op-hr")).with(csrf()).param("filingNumber", "GD-2026-0042")
                .param("filedOn", today.minusDays(31).toString()));
        assertThat(beforeAdoption).contains("未能完成：", "before the version was adopted", "value=\"GD-2026-0042\"");
        String future = pages.html(post(form).with(pages.as("op-hr")).with(csrf()).param("filingNumber", "GD-2026-0042")
                .param("filedOn", today.plusDays(2).toString()));
        assertThat(future).contains("未能完成：", "in the future");
        assertThat(api.get("/api/filings/" + filing).json().get("filed").asBoolean()).isFalse();
        assertThat(pages.html(get(page))).contains("备案已逾期");

        assertThat(pages.redirect(post(form).with(pages.as("op-hr")).with(csrf()).param("filingNumber", "GD-2026-0042")
                .param("filedOn", today.toString()))).isEqualTo(page + "#filing");
        String filed = pages.awaitPage(page, null, body -> body.contains("备案号 GD-2026-0042，备案日期 " + today)
                && !body.contains("备案已逾期"));
        assertThat(filed).contains("逾期备案").doesNotContain("id=\"filing-overdue\"");
        assertThat(pages.html(get(page).param("lang", "en"))).contains("Filed under number GD-2026-0042", "Filed late")
                .doesNotContain("Filing overdue");
        String again = pages.html(post(form).with(pages.as("op-hr")).with(csrf()).param("filingNumber", "GD-2026-0043")
                .param("filedOn", today.toString()));
        assertThat(again).contains("未能完成：", "already filed", "value=\"GD-2026-0043\"");
        assertThat(api.get("/api/filings/" + filing).json().get("filingNumber").asText()).isEqualTo("GD-2026-0042");
    }

    @Test
    void reviewsShowEachPeriodWithAChartAndTheWorkerSideEvaluatesThem() throws Exception {
        RuleId rule = registerRule("op-time", "送达时间 Delivery time");
        LocalDate today = LocalDate.now(OversightSettings.ZONE);
        ReviewId review = ReviewId.of(rule, 1);
        commands.sendAndWait(new ScheduleReviews(review, rule, 1, PLATFORM, today.minusDays(3)));
        String page = "/rules/" + rule;
        String results = "/reviews/" + review + "/results";
        String evaluation = "/reviews/" + review + "/evaluation";

        pages.awaitPage(page, null, "第 1 版 · 第 1 次评估", "逾期未提交", "应在 " + today.minusDays(3) + " 前提交数据。");
        assertThat(pages.html(get(page).with(pages.as("op-hr")))).contains("href=\"" + results + "\"");
        assertThat(pages.html(get(page).with(pages.as("op-rep")))).doesNotContain(results, evaluation);
        assertThat(pages.status(get(results).with(pages.as("op-rep")))).isEqualTo(403);
        assertThat(pages.status(post(results).with(pages.as("op-other-hr")).with(csrf()).param("period", "2025")
                .param("figures[0].name", "on_time_rate").param("figures[0].value", "95.1")
                .param("figures[0].unit", "%"))).isEqualTo(403);
        assertThat(pages.status(get(evaluation).with(pages.as("op-hr")))).isEqualTo(403);

        String wrong = pages.html(post(results).with(pages.as("op-hr")).with(csrf()).param("period", "2025年")
                .param("figures[0].name", "On time").param("figures[0].value", "95,1").param("figures[0].unit", "%")
                .param("figures[1].name", "pay_per_hour").param("figures[1].value", "22").param("figures[1].unit", "")
                .param("figures[2].name", "pay_per_hour").param("figures[2].value", "23").param("figures[2].unit", "元"));
        assertThat(wrong).contains("请修改以下内容后再提交", "id=\"f-period-error\">请用 1 到 32 个字母",
                "id=\"f-figures-0-name-error\"", "id=\"f-figures-0-value-error\">请填写十进制数字",
                "id=\"f-figures-1-unit-error\">请填写这一项。", "id=\"f-figures-2-name-error\">这项指标已在另一行填写。",
                "value=\"2025年\"", "value=\"95,1\"", "value=\"元\"");
        String none = pages.html(post(results).with(pages.as("op-hr")).with(csrf()).param("period", "2025")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(none).contains("Fill in at least one figure", "value=\"2025\"");
        String early = pages.html(post(evaluation).with(pages.as("op-rep")).with(csrf()).param("decision", "KEEP"));
        assertThat(early).contains("未能完成：", "has not submitted review results", "value=\"KEEP\" checked");
        assertThat(reviews(rule).get(0).get("period").isNull()).isTrue();

        submit(results, "2025", "95.1", "22.00");
        awaitReviews(rule, json -> json.size() == 2);
        assertThat(pages.html(get(results).with(pages.as("op-hr")))).contains("value=\"on_time_rate\"", "value=\"CNY/h\"");
        submit(results, "2026", "97.2", null);
        awaitReviews(rule, json -> json.size() == 3);
        String twice = pages.html(post(results).with(pages.as("op-hr")).with(csrf()).param("period", "2026")
                .param("figures[0].name", "on_time_rate").param("figures[0].value", "99").param("figures[0].unit", "%"));
        assertThat(twice).contains("未能完成：", "already submitted", "value=\"99\"");
        submit(results, "2027", "96.4", "24.50");

        String charted = pages.awaitPage(page, null, "第 1 版 · 第 3 次评估 · 2027", "各项数据的变化");
        String onTime = chart(charted, "on_time_rate");
        assertThat(onTime).contains("<svg", "role=\"img\"", "<title", "on_time_rate（%）各评估期的数值",
                "<desc", "2025: 95.1 %; 2026: 97.2 %; 2027: 96.4 %", "<polyline", "<table");
        assertThat(count(onTime, "class=\"point")).isEqualTo(3);
        assertThat(count(onTime, "class=\"point late\"")).as("the first period came after its due date").isEqualTo(1);
        assertThat(count(onTime, "<th scope=\"row\">")).isEqualTo(3);
        String pay = chart(charted, "pay_per_hour");
        assertThat(count(pay, "class=\"point")).as("pay was not reported for 2026").isEqualTo(2);
        assertThat(charted).contains("逾期提交", "待劳动者一方评估", "第 1 版 · 第 4 次评估");
        assertThat(chart(pages.html(get(page).param("lang", "en")), "on_time_rate")).contains("on_time_rate (%) by review period");

        String rulePageOfRep = pages.html(get(page).with(pages.as("op-rep")));
        assertThat(rulePageOfRep).contains("href=\"" + evaluation + "\"");
        String noReasons = pages.html(post(evaluation).with(pages.as("op-rep")).with(csrf()).param("decision", "RENEGOTIATE")
                .param("reasons", " "));
        assertThat(noReasons).contains("id=\"f-reasons-error\">要求重新协商，请写明理由。", "value=\"RENEGOTIATE\" checked",
                "96.4");
        assertThat(pages.redirect(post(evaluation).with(pages.as("op-rep")).with(csrf()).param("decision", "KEEP")))
                .isEqualTo(page + "#reviews");
        String keptTwice = pages.html(post(evaluation).with(pages.as("op-rep")).with(csrf()).param("decision", "KEEP"));
        assertThat(keptTwice).contains("未能完成：", "already evaluated");
        pages.awaitPage(page, null, "劳动者一方决定保留这条规则，不作改动。");

        submit(results, "2028", "91.0", "21.00");
        String requested = pages.redirect(post(evaluation).with(pages.as("op-rep")).with(csrf()).param("decision", "RENEGOTIATE")
                .param("reasons", "准时率下降，时薪低于城市标准。"));
        assertThat(requested).startsWith("/rounds/").endsWith("?opened");
        String round = requested.substring(0, requested.indexOf('?'));
        pages.awaitPage(round, null, "准时率下降，时薪低于城市标准。");
        pages.awaitPage(page, null, "劳动者一方要求重新协商这条规则，理由如下：", "href=\"" + round + "\"");
        assertThat(count(chart(pages.html(get(page)), "on_time_rate"), "class=\"point")).isEqualTo(4);
    }

    private RuleId registerRule(String id, String name) {
        RuleId rule = RuleId.of(id);
        commands.sendAndWait(new RegisterRule(rule, PLATFORM, name, RuleCategory.TIME_ESTIMATE, "How it works.",
                List.of(new Parameter("minutes_per_km", "3", "min")), PersonId.of("op-hr")));
        await().until(() -> api.get("/api/rules/" + rule).status() == 200);
        return rule;
    }

    private void submit(String results, String period, String onTime, String pay) throws Exception {
        MockHttpServletRequestBuilder request = post(results).with(pages.as("op-hr")).with(csrf()).param("period", period)
                .param("figures[0].name", "on_time_rate").param("figures[0].value", onTime)
                .param("figures[0].unit", "%");
        if (pay != null) {
            request = request.param("figures[1].name", "pay_per_hour").param("figures[1].value", pay)
                    .param("figures[1].unit", "CNY/h");
        }
        assertThat(pages.redirect(request)).endsWith("#reviews");
    }

    private JsonNode reviews(RuleId rule) {
        return api.get("/api/reviews?rule=" + rule).json();
    }

    private void awaitReviews(RuleId rule, Predicate<JsonNode> condition) {
        await().until(() -> reviews(rule), condition);
    }

    /** The figure element of one chart on a page. */
    private static String chart(String page, String figure) {
        return Arrays.stream(page.split("<figure class=\"chart\"")).skip(1)
                .filter(part -> part.contains("<figcaption>" + figure)).findFirst()
                .map(part -> part.substring(0, part.indexOf("</figure>")))
                .orElseThrow(() -> new AssertionError("no chart of " + figure));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

}
