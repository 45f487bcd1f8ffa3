package org.roundtable.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The complaint pages against the whole application: a worker files a complaint on a form, HR of
 * the platform answers it, the worker asks for a human review and disputes the answer, the union
 * follows it up; each form's errors and the domain's refusals show on the form and change nothing;
 * the complaint's words and the worker stay off lists and off the public rule page, which shows
 * the counts and the early-review flag.
 */
@RoundtableTest
class ComplaintPagesTest {

    static final PlatformId FOOD = PlatformId.of("cpp-food");
    static final PlatformId RIDE = PlatformId.of("cpp-ride");
    static final RuleId PENALTY = RuleId.of("cpp-penalty");
    static final RuleId RATING = RuleId.of("cpp-rating");
    static final RuleId RIDE_RULE = RuleId.of("cpp-ride-pay");
    static final String TEXT = "暴雨预警期间送餐超时，被罚款 20 元。";

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
        if (store.findByUsername("cpp-worker").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("cpp-convener", null, Role.CONVENER);
            people.open("cpp-auditor", null, Role.AUDITOR);
            people.open("cpp-worker", FOOD, Role.WORKER);
            people.open("cpp-colleague", FOOD, Role.WORKER);
            people.open("cpp-driver", RIDE, Role.WORKER);
            people.open("cpp-hr", FOOD, Role.PLATFORM_HR);
            people.open("cpp-hr-ride", RIDE, Role.PLATFORM_HR);
            assertThat(api.as("cpp-convener").post("/api/platforms", Map.of("id", FOOD.value(), "name", "外卖平台"))
                    .status()).isEqualTo(201);
            register(PENALTY, FOOD, "超时罚款 Late penalty");
            register(RATING, FOOD, "评分 Rating");
            register(RIDE_RULE, RIDE, "网约车计价 Ride pay");
        }
    }

    @Test
    void aComplaintGoesFromTheFormThroughAnswerHumanReviewAndDisputeToTheUnion() throws Exception {
        String form = pages.html(get("/complaints/new").param("rule", PENALTY.value()).with(pages.as("cpp-worker")));
        assertThat(form).contains("投诉一项算法决定", "<option value=\"cpp-penalty\" selected", "请不要写姓名或电话号码",
                "value=\"NOT_KNOWN\" checked");
        assertThat(pages.status(get("/complaints/new").param("rule", PENALTY.value()).with(pages.as("cpp-driver")))).isEqualTo(403);
        assertThat(pages.status(get("/complaints/new").with(pages.as("cpp-hr")))).isEqualTo(403);

        long complaints = ownComplaints("cpp-worker");
        String wrong = pages.html(post("/complaints").with(pages.as("cpp-worker")).with(csrf()).param("ruleId", PENALTY.value())
                .param("decisionDate", "28.06.2026").param("decisionMaking", "ALGORITHM_ALONE").param("text", " "));
        assertThat(wrong).contains("请修改以下内容后再提交", "id=\"f-decisionKind-error\">请选择或填写这一项。",
                "id=\"f-decisionDate-error\">请按“年-月-日”填写日期", "id=\"f-text-error\">请填写这一项。",
                "value=\"28.06.2026\"", "value=\"ALGORITHM_ALONE\" checked", "<option value=\"cpp-penalty\" selected");
        String future = pages.html(post("/complaints").with(pages.as("cpp-worker")).with(csrf()).param("ruleId", PENALTY.value())
                .param("decisionKind", "PENALTY").param("decisionDate", LocalDate.now().plusDays(5).toString())
                .param("decisionMaking", "ALGORITHM_ALONE").param("text", TEXT));
        assertThat(future).contains("未能完成：", "is in the future", TEXT + "</textarea>",
                "<option value=\"PENALTY\" selected");
        assertThat(pages.status(post("/complaints").with(pages.as("cpp-driver")).with(csrf()).param("ruleId", PENALTY.value())
                .param("decisionKind", "PENALTY").param("decisionDate", "2026-06-28").param("text", TEXT)))
                .isEqualTo(403);
        assertThat(ownComplaints("cpp-worker")).isEqualTo(complaints);
        assertThat(ownComplaints("cpp-driver")).isZero();

        String filed = pages.redirect(post("/complaints").with(pages.as("cpp-worker")).with(csrf()).param("ruleId", PENALTY.value())
                .param("decisionKind", "PENALTY").param("decisionDate", "2026-06-28")
                .param("decisionMaking", "ALGORITHM_ALONE").param("text", TEXT));
        assertThat(filed).startsWith("/complaints/cmp-").endsWith("?filed");
        String page = filed.substring(0, filed.indexOf('?'));
        String id = page.substring(page.lastIndexOf('/') + 1);
        String mine = pages.awaitPage(page, "cpp-worker", TEXT, "等待答复", "这是你提出的投诉。", "平台须在");
        assertThat(mine).contains("关于“超时罚款 Late penalty”的投诉", "罚款或扣款", "撤回投诉")
                .doesNotContain("答复投诉");
        assertThat(pages.html(get("/complaints/mine").with(pages.as("cpp-worker")))).contains("超时罚款 Late penalty", "等待答复",
                "href=\"" + page + "\"", "平台须在");

        assertThat(pages.status(get(page).with(pages.as("cpp-colleague")))).isEqualTo(403);
        assertThat(pages.status(get(page).with(pages.as("cpp-hr-ride")))).isEqualTo(403);
        assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(pages.html(get(page).with(pages.as("cpp-auditor")))).contains(TEXT).doesNotContain("答复投诉");
        assertThat(pages.html(get(page).with(pages.as("cpp-hr")))).contains(TEXT, "href=\"" + page + "/answer\"")
                .doesNotContain("cpp-worker");

        String list = pages.html(get("/platforms/cpp-food/complaints").with(pages.as("cpp-hr")));
        assertThat(list).contains("等待平台处理（1）", "href=\"" + page + "\"", "超时罚款 Late penalty")
                .doesNotContain(TEXT, "cpp-worker");
        assertThat(pages.status(get("/platforms/cpp-food/complaints").with(pages.as("cpp-colleague")))).isEqualTo(403);
        assertThat(pages.status(get("/platforms/cpp-food/complaints").with(pages.as("cpp-hr-ride")))).isEqualTo(403);

        // HR answers: what is missing is shown on the form; an answer is given once.
        assertThat(pages.status(post(page + "/answer").with(pages.as("cpp-hr-ride")).with(csrf()).param("outcome", "UPHELD")
                .param("decisionMaking", "HUMAN_INVOLVED").param("explanation", "x"))).isEqualTo(403);
        String noMaking = pages.html(post(page + "/answer").with(pages.as("cpp-hr")).with(csrf()).param("outcome", "NOT_UPHELD")
                .param("explanation", "系统按预估时间计算超时。"));
        assertThat(noMaking).contains("id=\"f-decisionMaking-error\">请说明是算法自动决定的，还是有人参与。",
                "value=\"NOT_UPHELD\" checked", "系统按预估时间计算超时。</textarea>", TEXT);
        assertThat(pages.html(post(page + "/answer").with(pages.as("cpp-hr")).with(csrf()).param("decisionMaking", "ALGORITHM_ALONE")
                .param("explanation", "").header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .contains("id=\"f-outcome-error\">Please choose or fill this in.", "id=\"f-explanation-error\"");
        assertThat(complaint(id).get("answer").isNull()).isTrue();
        assertThat(pages.redirect(post(page + "/answer").with(pages.as("cpp-hr")).with(csrf()).param("outcome", "NOT_UPHELD")
                .param("decisionMaking", "ALGORITHM_ALONE").param("explanation", "该区域当时没有暴雨标记。")))
                .isEqualTo(page);
        String twice = pages.html(post(page + "/answer").with(pages.as("cpp-hr")).with(csrf()).param("outcome", "UPHELD")
                .param("decisionMaking", "HUMAN_INVOLVED").param("explanation", "改为成立。"));
        assertThat(twice).contains("未能完成：", "already answered", "改为成立。</textarea>");

        // The worker asks for a human review, once; HR records it.
        String answered = pages.awaitPage(page, "cpp-worker", "投诉不成立：维持决定", "该区域当时没有暴雨标记。",
                "平台说明：这个决定由算法自动作出，没有人参与。");
        assertThat(answered).contains(page + "/human-review-request", page + "/dispute");
        assertThat(pages.status(post(page + "/human-review-request").with(pages.as("cpp-colleague")).with(csrf()))).isEqualTo(403);
        assertThat(pages.redirect(post(page + "/human-review-request").with(pages.as("cpp-worker")).with(csrf()))).isEqualTo(page);
        MvcResult again = mvc.perform(post(page + "/human-review-request").with(pages.as("cpp-worker")).with(csrf()))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat((String) again.getFlashMap().get("refusal")).contains("already requested");
        pages.awaitPage(page, "cpp-hr", "已要求人工复核", "等待平台安排人员复核这个决定。", page + "/human-review\"");
        assertThat(pages.html(post(page + "/human-review").with(pages.as("cpp-hr")).with(csrf()).param("explanation", "复核。")))
                .contains("id=\"f-outcome-error\"", "复核。</textarea>")
                .doesNotContain("f-decisionMaking-NOT_KNOWN");
        assertThat(pages.redirect(post(page + "/human-review").with(pages.as("cpp-hr")).with(csrf()).param("outcome", "NOT_UPHELD")
                .param("explanation", "主管核对了天气记录。"))).isEqualTo(page);
        pages.awaitPage(page, "cpp-worker", "已人工复核", "主管核对了天气记录。");

        // The union can follow up only once the complaint is with it; the worker disputes and it is.
        String early = pages.html(post(page + "/union-follow-up").with(pages.as("cpp-convener")).with(csrf())
                .param("words", "请平台提供天气数据。"));
        assertThat(early).contains("未能完成：", "has not been escalated", "请平台提供天气数据。</textarea>");
        assertThat(pages.status(post(page + "/union-follow-up").with(pages.as("cpp-hr")).with(csrf()).param("words", "x")))
                .isEqualTo(403);
        assertThat(pages.html(post(page + "/dispute").with(pages.as("cpp-worker")).with(csrf()).param("words", " ")))
                .contains("id=\"f-words-error\">请填写这一项。");
        assertThat(pages.status(post(page + "/dispute").with(pages.as("cpp-colleague")).with(csrf()).param("words", "x")))
                .isEqualTo(403);
        assertThat(complaint(id).get("escalation").isNull()).isTrue();
        assertThat(pages.redirect(post(page + "/dispute").with(pages.as("cpp-worker")).with(csrf())
                .param("words", "当天全市发布了暴雨预警。"))).isEqualTo(page);
        pages.awaitPage(page, "cpp-worker", "已转交工会", "劳动者不同意平台的答复", "当天全市发布了暴雨预警。",
                "工会还没有记录跟进情况。");

        String escalated = pages.html(get("/complaints/escalated").with(pages.as("cpp-convener")));
        assertThat(escalated).contains("href=\"" + page + "\"", "外卖平台", "超时罚款 Late penalty", "已转交工会")
                .doesNotContain(TEXT, "cpp-worker", "当天全市发布了暴雨预警。");
        assertThat(pages.status(get("/complaints/escalated").with(pages.as("cpp-auditor")))).isEqualTo(200);
        assertThat(pages.status(get("/complaints/escalated").with(pages.as("cpp-hr")))).isEqualTo(403);
        assertThat(pages.html(get("/complaints/mine").with(pages.as("cpp-convener")))).contains("href=\"/complaints/escalated\"");
        assertThat(pages.redirect(post(page + "/union-follow-up").with(pages.as("cpp-convener")).with(csrf())
                .param("words", "已请平台提供该区域的天气数据。"))).isEqualTo(page);
        pages.awaitPage(page, "cpp-worker", "已请平台提供该区域的天气数据。");

        String rule = pages.awaitPage("/rules/" + PENALTY, null, "针对这条规则的投诉", "转交工会");
        assertThat(rule).contains("已答复", "1（其中逾期答复 0 件）", "0.0%（已答复 1 件中 0 件）")
                .doesNotContain(TEXT, "cpp-worker", "暴雨预警", "建议提前评估");
        assertThat(pages.html(get("/rules/" + PENALTY).with(pages.as("cpp-worker"))))
                .contains("href=\"/complaints/new?rule=" + PENALTY + "\"");
        assertThat(pages.html(get("/rules/" + PENALTY).with(pages.as("cpp-hr")))).doesNotContain("/complaints/new");
    }

    @Test
    void theWorkerWithdrawsAComplaintAndNothingMoreCanBeDoneWithIt() throws Exception {
        String filed = pages.redirect(post("/complaints").with(pages.as("cpp-worker")).with(csrf()).param("ruleId", RATING.value())
                .param("decisionKind", "RATING").param("decisionDate", "2026-05-01").param("text", "取消一单后评分下降。"));
        String page = filed.substring(0, filed.indexOf('?'));
        String id = page.substring(page.lastIndexOf('/') + 1);
        pages.awaitPage(page, "cpp-worker", "取消一单后评分下降。", "等待答复");
        assertThat(pages.status(get(page + "/withdrawal").with(pages.as("cpp-colleague")))).isEqualTo(403);
        assertThat(pages.html(get(page + "/withdrawal").with(pages.as("cpp-worker")).param("lang", "en")))
                .contains("Withdraw the complaint", "Reason (optional)");
        assertThat(pages.redirect(post(page + "/withdrawal").with(pages.as("cpp-worker")).with(csrf()).param("words", "")))
                .isEqualTo(page);
        String withdrawn = pages.awaitPage(page, "cpp-hr", "已撤回", "劳动者已于");
        assertThat(withdrawn).doesNotContain(page + "/answer\"");
        String refused = pages.html(post(page + "/answer").with(pages.as("cpp-hr")).with(csrf()).param("outcome", "UPHELD")
                .param("decisionMaking", "HUMAN_INVOLVED").param("explanation", "抱歉。"));
        assertThat(refused).contains("未能完成：", "withdrawn", "抱歉。</textarea>");
        assertThat(complaint(id).get("answer").isNull()).isTrue();
        assertThat(pages.status(get("/complaints/cmp-0000000000000000").with(pages.as("cpp-worker")))).isEqualTo(404);
    }

    @Test
    void aRuleWhoseComplaintsAreOftenUpheldIsFlaggedForEarlyReviewOnItsPublicPage() throws Exception {
        RuleId rule = RuleId.of("cpp-dispatch");
        register(rule, FOOD, "派单 Dispatch");
        for (int i = 0; i < 5; i++) {
            String path = api.as("cpp-colleague").post("/api/complaints", Map.of("platformId", FOOD.value(),
                    "ruleId", rule.value(), "decisionKind", "ORDER_DISPATCH", "decisionDate", "2026-04-0" + (i + 1),
                    "text", "拒单后两小时没有派单。")).location();
            await().until(() -> api.as("cpp-hr").get(path).status() == 200);
            assertThat(api.as("cpp-hr").post(path + "/answer", Map.of("outcome", "UPHELD",
                    "decisionMaking", "ALGORITHM_ALONE", "explanation", "已恢复派单。")).status()).isEqualTo(204);
        }
        String page = pages.awaitPage("/rules/" + rule, null, "建议提前评估", "100.0%（已答复 5 件中 5 件）");
        assertThat(page).contains("0.0 小时").doesNotContain("拒单后两小时没有派单。", "已恢复派单。", "cpp-colleague");
        assertThat(pages.html(get("/rules/" + rule).param("lang", "en"))).contains("Early review recommended",
                "100.0% (5 of 5 answered)");
    }

    private void register(RuleId rule, PlatformId platform, String name) {
        commands.sendAndWait(new RegisterRule(rule, platform, name, RuleCategory.REWARDS_AND_PENALTIES,
                "How it works.", List.of(new Parameter("fine", "20", "CNY")), PersonId.of("cpp-hr")));
        await().until(() -> api.get("/api/rules/" + rule).status() == 200);
    }

    private long ownComplaints(String username) {
        return api.as(username).get("/api/complaints/mine").json().size();
    }

    private com.fasterxml.jackson.databind.JsonNode complaint(String id) {
        return api.as("cpp-hr").get("/api/complaints/" + id).json();
    }

}
