package org.roundtable.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.security.PersonUserDetailsService;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pages against the whole application: what each page says in Chinese and in English, how
 * the language is chosen, escaping of what people typed, and every form's errors (shown inline,
 * what was typed kept, nothing changed). State is set up over the JSON API (see {@link Scenario}).
 */
@RoundtableTest
class PagesTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    PersonUserDetailsService users;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void pagesAreInChineseByDefaultInTheBrowsersLanguageOtherwiseAndAsTheReaderSwitches() throws Exception {
        String chinese = html(get("/"));
        assertThat(chinese).contains("<html lang=\"zh-CN\">", "平台算法规则协商", "href=\"/?lang=en\"");

        String english = html(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,zh;q=0.5"));
        assertThat(english).contains("<html lang=\"en\">", "Consultations on platform algorithm rules")
                .doesNotContain("平台算法规则协商");
        assertThat(html(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8"))).contains("lang=\"zh-CN\"");

        MockHttpServletResponse switched = mvc.perform(get("/rules").param("lang", "en")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse();
        assertThat(switched.getContentAsString()).contains("Algorithm rule registry");
        Cookie chosen = switched.getCookie("lang");
        assertThat(chosen).isNotNull();
        assertThat(chosen.getValue()).isEqualTo("en");
        assertThat(html(get("/").cookie(chosen).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")))
                .contains("lang=\"en\"", "href=\"/?lang=zh-CN\"");
        assertThat(html(get("/").cookie(chosen).param("lang", "zh-CN"))).contains("lang=\"zh-CN\"");
        assertThat(html(get("/").param("lang", "xx"))).contains("lang=\"zh-CN\"");
        assertThat(html(get(java.net.URI.create("/rules?lang=en&x=a%20b"))))
                .contains("href=\"/rules?lang=zh-CN&amp;x=a%20b\"",
                "href=\"/rules?lang=en&amp;x=a%20b\"");
    }

    @Test
    void theRoundPageTellsTheWholeConsultationAndTheRegistryItsOutcome() throws Exception {
        Scenario s = Scenario.platform("pages-round", port, store).submittedProposal().roundInCommentPeriod(20);
        String page = "/rounds/" + s.roundId;

        awaitPage(page, null, "征求意见中", "暴雨天加价 Storm pay", "配送报酬 Delivery pay", "storm_surcharge",
                "1.0", "2.0", "CNY", "Storms are dangerous.", "中国时间 (UTC+08:00)", "还没有意见。",
                "须有全体 3 名代表的至少三分之二参加投票（至少 2 名），并有全体 3 名代表的超过半数投赞成票（至少 2 票）");
        String opinion = s.as(s.rep(2)).post(s.round() + "/opinions", Map.of("text",
                "<script>alert('x')</script> 暴雨天应再加", "parameter", "storm_surcharge"), 201).createdId();
        String withOpinion = awaitPage(page, null, "暴雨天应再加");
        assertThat(withOpinion).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "等待平台答复")
                .doesNotContain("<script>alert");
        assertThat(awaitPage(page, s.hr(), "暴雨天应再加")).contains(page + "/opinions/" + opinion + "/answer");
        s.as(s.hr()).post(s.round() + "/opinions/" + opinion + "/answer",
                Map.of("answer", "PARTLY_ADOPTED", "reason", "2.5 元可以接受。"), 204);

        s.awaitPhase("NEGOTIATING");
        String amendment = s.as(s.rep(2)).post(s.round() + "/amendments", Map.of("changes",
                List.of(s.change("storm_surcharge", "1.0", "2.5")), "reasons", "按意见修改。"), 201).createdId();
        s.as(s.hr()).post(s.round() + "/amendments/" + amendment + "/acceptance", Map.of("reason", "同意。"), 204);
        s.as(s.convener()).post(s.round() + "/meetings", Map.of("date", "2026-05-04",
                "attendees", List.of(s.rep(1), s.hr()), "minutes", "双方同意 2.5 元。"), 201);
        s.awaitJson("/api/proposals/" + s.proposalId, p -> p.get("revision").asInt() == 2);
        awaitPage(page, null, "双方同意 2.5 元。", "协商谈判中", "部分采纳", "2.5 元可以接受。", "按意见修改。", "已接受",
                "第 2 版", "来自已接受的修正案。", "2026-05-04", s.rep(1));

        s.as(s.convener()).post(s.round() + "/voting",
                Map.of("closesAt", Instant.now().plusSeconds(300).toString()), 204);
        s.awaitPhase("VOTING");
        String receipt = s.as(s.rep(1)).post(s.round() + "/votes", Map.of("choice", "FOR"), 201).json()
                .get("receipt").asText();
        assertThat(html(get(page))).contains("目前 3 名代表中已有 1 名投票。至少要有 2 名投票，结果才有效。");
        assertThat(html(get(page).param("lang", "en")))
                .contains("So far 1 of 3 representatives have voted. At least 2 must vote for the result to count.");
        s.as(s.rep(2)).post(s.round() + "/votes", Map.of("choice", "FOR"), 201);
        s.as(s.rep(3)).post(s.round() + "/votes", Map.of("choice", "AGAINST"), 201);
        s.as(s.rep(3)).post(s.round() + "/votes", Map.of("choice", "ABSTAIN"), 201);
        s.as(s.convener()).post(s.round() + "/voting/closure", null, 204);
        s.awaitPhase("CLOSED");
        s.as(s.rep(1)).post(s.round() + "/signatures", null, 204);
        s.as(s.hr()).post(s.round() + "/signatures", null, 204);
        s.as(s.convener()).post(s.round() + "/publication", null, 204);
        s.awaitPhase("PUBLISHED");

        String published = awaitPage(page, null, "结果已公布", "提案获得通过。",
                "全体 3 名代表中有 3 名投票：须有全体 3 名的至少三分之二参加，即至少 2 名，已达到法定人数。",
                "2 票赞成（0 票反对，1 票弃权）：须获全体 3 名代表的超过半数赞成，即至少 2 票，提案获得通过。",
                "劳动者一方首席代表（" + s.rep(1) + "）已于", "平台一方首席代表（" + s.hr() + "）已于",
                "新规则自 " + java.time.LocalDate.now().plusDays(30) + " 起生效。", receipt, "查找我的回执",
                "协商开启，投票人名单冻结", "完成计票，确定结果", "结果公布", "改了什么（表决文本）");
        String english = html(get(page).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(english).contains("The proposal was adopted.",
                "3 of 3 representatives voted: at least two thirds of all 3 meant at least 2 were needed,"
                        + " so the quorum was met.",
                "2 voted for (0 against, 1 abstained): more than half of all 3 representatives meant at least 2 votes"
                        + " for were needed, so the proposal was adopted.",
                "The round was opened and the list of voters frozen", "China", "(UTC+08:00)", "Published receipts");

        String found = html(get(page).param("receipt", receipt.substring(0, 10)));
        assertThat(found).contains(receipt, "找到 1 张");
        assertThat(found.split("<code>", -1).length - 1).as("codes on the page").isLessThan(
                published.split("<code>", -1).length - 1);
        assertThat(html(get(page).param("receipt", "zzzz-nothing"))).contains("找到 0 张").doesNotContain(receipt);

        awaitPage("/rules/" + s.ruleId, null, "第 2 版", "配送报酬 Delivery pay", "2.5", "经协商通过：", "href=\"" + page + "\"",
                "平台登记时的规则。");
        assertThat(html(get("/rules"))).contains("配送报酬 Delivery pay", "平台 pages-round");
        assertThat(html(get("/platforms/pages-round"))).contains("代表名册", s.rep(1), "首席代表", "暴雨天加价 Storm pay",
                "结果已公布", "href=\"" + page + "\"");
        assertThat(html(get("/"))).contains("平台 pages-round", "href=\"" + page + "\"");
        assertThat(html(get("/proposals/" + s.proposalId))).contains("修订记录", "第 2 版", "storm_surcharge");
    }

    @Test
    void formsShowErrorsInlineKeepWhatWasTypedAndChangeNothing() throws Exception {
        Scenario s = Scenario.platform("pages-forms", port, store).submittedProposal().roundInCommentPeriod(600);
        String round = "/rounds/" + s.roundId;
        int proposals = s.api.as(s.hr()).get("/api/proposals?platform=pages-forms").json().size();

        String proposal = html(post("/proposals").with(as(s.hr())).with(csrf())
                .param("title", "").param("rationale", "要 <改>").param("expectedImpact", "")
                .param("effectiveDate", "2026-13-45")
                .param("changes[1].ruleId", s.ruleId).param("changes[1].parameter", "storm_surcharge"));
        assertThat(proposal).contains("请修改以下内容后再提交", "id=\"f-title-error\">请填写这一项。",
                "id=\"f-category-error\">请选择或填写这一项。", "请按“年-月-日”填写日期",
                "value=\"2026-13-45\"", "要 &lt;改&gt;</textarea>", "value=\"storm_surcharge\"",
                "id=\"f-changes-1-currentValue-error\"", "aria-invalid=\"true\"");
        String noRows = html(post("/proposals").with(as(s.hr())).with(csrf()).param("title", "T")
                .param("category", "DISPATCH").param("rationale", "R").param("expectedImpact", "I")
                .param("effectiveDate", "2026-07-01").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(noRows).contains("Fill in at least one row", "value=\"T\"", "<option value=\"DISPATCH\" selected");
        String duplicate = html(post("/proposals").with(as(s.hr())).with(csrf()).param("title", "Twice")
                .param("category", "DISPATCH").param("rationale", "R").param("expectedImpact", "I")
                .param("effectiveDate", "2026-07-01")
                .param("changes[0].ruleId", s.ruleId).param("changes[0].parameter", "base_fare")
                .param("changes[0].currentValue", "4").param("changes[0].proposedValue", "5")
                .param("changes[1].ruleId", s.ruleId).param("changes[1].parameter", "base_fare")
                .param("changes[1].currentValue", "4").param("changes[1].proposedValue", "6"));
        assertThat(duplicate).contains("未能完成：", "value=\"Twice\"", "value=\"6\"");
        assertThat(s.api.as(s.hr()).get("/api/proposals?platform=pages-forms").json().size()).isEqualTo(proposals);

        String opinion = html(post(round + "/opinions").with(as(s.rep(1))).with(csrf()).param("text", " ")
                .param("parameter", "storm_surcharge"));
        assertThat(opinion).contains("id=\"f-text-error\">请填写这一项。", "<option value=\"storm_surcharge\" selected");
        String amendment = html(post(round + "/amendments").with(as(s.rep(1))).with(csrf())
                .param("changes[0].ruleId", s.ruleId).param("changes[0].parameter", "storm_surcharge")
                .param("changes[0].currentValue", "1.0").param("changes[0].proposedValue", "3.0")
                .param("changes[0].unit", "CNY").param("reasons", "太少了"));
        assertThat(amendment).contains("未能完成：", "Amendments can be tabled", "太少了</textarea>", "value=\"3.0\"");
        String unchanged = html(post(round + "/amendments").with(as(s.rep(1))).with(csrf())
                .param("changes[0].ruleId", s.ruleId).param("changes[0].parameter", "storm_surcharge")
                .param("changes[0].currentValue", "1.0").param("changes[0].proposedValue", "2.0")
                .param("changes[0].unit", "CNY").param("reasons", "同上"));
        assertThat(unchanged).contains("请至少修改一个“改为”的数值");
        assertThat(s.api.get(s.round() + "/amendments").json().size()).isZero();

        String given = s.as(s.rep(1)).post(s.round() + "/opinions", Map.of("text", "再加一点"), 201).createdId();
        awaitPage(round, null, "再加一点");
        String answer = html(post(round + "/opinions/" + given + "/answer").with(as(s.hr())).with(csrf())
                .param("answer", "NOT_ADOPTED").param("reason", ""));
        assertThat(answer).contains("没有完全采纳时，请说明理由。", "value=\"NOT_ADOPTED\" checked", "再加一点");
        assertThat(s.api.get(s.round() + "/opinions").json().get(0).get("answer").isNull()).isTrue();

        String ballot = html(get(round + "/vote").with(as(s.rep(1))));
        assertThat(ballot).contains("现在不能投票（征求意见中）");
        String noChoice = html(post(round + "/vote").with(as(s.rep(1))).with(csrf()));
        assertThat(noChoice).contains("请选择：赞成、反对或弃权。");
        String refusedVote = html(post(round + "/vote").with(as(s.rep(1))).with(csrf()).param("choice", "FOR"));
        assertThat(refusedVote).contains("未能完成：", "value=\"FOR\" checked");

        String openRound = html(post("/rounds").with(as(s.convener())).with(csrf()).param("proposalId", "")
                .param("electorateKind", "ALL_WORKERS").param("commentStartsAt", "tomorrow")
                .param("commentEndsAt", "2030-01-01T09:00"));
        assertThat(openRound).contains("id=\"f-proposalId-error\"", "请填写日期和时间", "value=\"tomorrow\"",
                "value=\"2030-01-01T09:00\"", "value=\"ALL_WORKERS\" checked");
        String meeting = html(post(round + "/meetings").with(as(s.convener())).with(csrf()).param("date", "")
                .param("attendees", s.rep(1)).param("minutes", "纪要"));
        assertThat(meeting).contains("id=\"f-date-error\"", "纪要</textarea>");
        String roster = html(post("/platforms/pages-forms/roster").with(as(s.convener())).with(csrf())
                .param("personId", s.worker()));
        assertThat(roster).contains("请从列出的人员中选择。");
        assertThat(s.api.get("/api/platforms/pages-forms").json().get("roster").size()).isEqualTo(4);
        assertThat(s.api.get(s.round() + "/meetings").json().size()).isZero();
    }

    @Test
    void negotiationFormsShowErrorsInlineAndTheChiefsSuspendAndResumeTalks() throws Exception {
        Scenario s = Scenario.platform("pages-talks", port, store).submittedProposal().roundInCommentPeriod(3);
        String round = "/rounds/" + s.roundId;
        s.awaitPhase("NEGOTIATING");
        String amendment = s.as(s.rep(2)).post(s.round() + "/amendments", Map.of("changes",
                List.of(s.change("storm_surcharge", "1.0", "3.0")), "reasons", "再加一点"), 201).createdId();
        awaitPage(round, null, "再加一点");

        String decision = html(post(round + "/amendments/" + amendment + "/decision").with(as(s.hr())).with(csrf())
                .param("decision", "reject").param("reason", " ").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(decision).contains("A rejection needs its reason.", "value=\"reject\" checked", "3.0");
        assertThat(html(post(round + "/amendments/" + amendment + "/decision").with(as(s.hr())).with(csrf())))
                .contains("id=\"f-decision-error\"");
        assertThat(s.api.get(s.round() + "/amendments").json().get(0).get("status").asText()).isEqualTo("PENDING");

        String tooSoon = html(post(round + "/voting").with(as(s.convener())).with(csrf())
                .param("closesAt", "2020-01-01T08:00"));
        assertThat(tooSoon).contains("未能完成：", "still pending", "value=\"2020-01-01T08:00\"");
        String followUp = html(post(round + "/follow-up").with(as(s.convener())).with(csrf()).param("reason", ""));
        assertThat(followUp).contains("id=\"f-reason-error\">请填写这一项。", "退回重新谈判");
        String notClosed = html(post(round + "/follow-up").with(as(s.convener())).with(csrf()).param("reason", "再谈"));
        assertThat(notClosed).contains("未能完成：", "再谈</textarea>");

        MockHttpServletResponse notChief = mvc.perform(post(round + "/suspension").with(as(s.rep(2))).with(csrf())
                .param("reason", "x")).andReturn().getResponse();
        assertThat(notChief.getStatus()).isEqualTo(403);
        assertThat(html(post(round + "/suspension").with(as(s.rep(1))).with(csrf()).param("reason", "")))
                .contains("id=\"f-reason-error\"", "同意暂停谈判");
        assertThat(redirect(post(round + "/suspension").with(as(s.rep(1))).with(csrf()).param("reason", "等数据")))
                .isEqualTo(round);
        assertThat(redirect(post(round + "/suspension").with(as(s.hr())).with(csrf()).param("reason", "同意")))
                .isEqualTo(round);
        awaitPage(round, s.rep(1), "谈判已暂停", "同意恢复谈判", "一方首席代表同意暂停谈判", "谈判暂停");
        assertThat(redirect(post(round + "/resumption").with(as(s.rep(1))).with(csrf()))).isEqualTo(round + "#actions");
        assertThat(redirect(post(round + "/resumption").with(as(s.hr())).with(csrf()))).isEqualTo(round + "#actions");
        awaitPage(round, null, body -> body.contains("谈判恢复") && !body.contains("badge phase-suspended"));

        assertThat(redirect(post(round + "/meetings").with(as(s.hr())).with(csrf()).param("date", "2026-06-01")
                .param("attendees", s.rep(1) + "，" + s.hr()).param("minutes", "确认数据。"))).isEqualTo(round + "#meetings");
        awaitPage(round, null, "确认数据。", "出席：" + s.rep(1) + ", " + s.hr());

        String en = "en";
        assertThat(html(get("/platforms/pages-talks").param("lang", en))).contains("Roster of representatives",
                "chief representative", "the workers’ side", "In negotiation");
        assertThat(html(get("/rules/" + s.ruleId).param("lang", en))).contains("Current parameters", "Version 1",
                "The rule as the platform registered it.");
        assertThat(html(get("/proposals/" + s.proposalId).param("lang", en))).contains("Why change it",
                "Under consultation", "Revision 1");
        assertThat(html(get("/me").with(as(s.rep(2))).param("lang", en))).contains("My rounds", "Table an amendment");
        assertThat(html(get("/me").with(as(s.hr())).param("lang", en)))
                .contains("1 amendment(s) waiting for your decision", "Draft a proposal");
        assertThat(html(get(round + "/vote").with(as(s.rep(2))).param("lang", en)))
                .contains("Voting is not open now (In negotiation).");
        assertThat(html(get(round + "/amendments/new").with(as(s.rep(2))).param("lang", en)))
                .contains("Table an amendment", "value=\"storm_surcharge\"", "value=\"2.0\"");
        assertThat(html(get(round + "/amendments/" + amendment + "/decision").with(as(s.hr())).param("lang", en)))
                .contains("Decide on an amendment", "Accept (the proposal is revised)");
    }

    @Test
    void actionsNeedASignedInPersonWhoMayDoThem() throws Exception {
        Scenario s = Scenario.platform("pages-people", port, store).submittedProposal().roundInCommentPeriod(600);
        String round = "/rounds/" + s.roundId;

        assertThat(mvc.perform(get("/me")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get(round + "/opinions/new")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(post(round + "/opinions").param("text", "x")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(html(get("/login"))).contains("用户名", "密码", "name=\"_csrf\"");
        assertThat(html(get("/login").param("error", ""))).contains("用户名或密码不对");
        MockHttpServletResponse signedIn = mvc.perform(post("/login").with(csrf()).param("username", s.rep(1))
                .param("password", TestPeople.PASSWORD)).andReturn().getResponse();
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
        new TestPeople(store).open("pages-outsider", org.roundtable.platform.PlatformId.of("pages-round-x"),
                org.roundtable.people.Role.WORKER);
        MockHttpServletResponse outsider = mvc.perform(post(round + "/opinions").with(as("pages-outsider"))
                .with(csrf()).param("text", "x")).andReturn().getResponse();
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(outsider.getContentAsString()).contains("没有权限");

        String mine = html(get("/me").with(as(s.rep(1))));
        assertThat(mine).contains("暴雨天加价 Storm pay", round + "/opinions/new", "征求意见中");
        String hr = html(get("/me").with(as(s.hr())));
        assertThat(hr).contains("/proposals/new", "暴雨天加价 Storm pay");
        String convener = html(get(round).with(as(s.convener())));
        assertThat(convener).doesNotContain("我可以做什么", round + "/meetings/new", round + "/vote\"");
        assertThat(html(get(round).with(as(s.rep(2))))).contains(round + "/opinions/new")
                .doesNotContain("/meetings/new");

        MockHttpServletResponse notFound = mvc.perform(get("/rounds/no-such-round")).andReturn().getResponse();
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentAsString()).contains("找不到", "There is no round");
        assertThat(mvc.perform(get("/rounds/no-such-round").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn().getResponse().getContentAsString()).contains("Not found", "lang=\"en\"");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString();
    }

    private String redirect(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** Waits until the page says every one of the texts: each part of a page has its own read model. */
    private String awaitPage(String path, String username, String... texts) {
        return awaitPage(path, username, body -> java.util.Arrays.stream(texts).allMatch(body::contains));
    }

    private String awaitPage(String path, String username, java.util.function.Predicate<String> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            MockHttpServletRequestBuilder request = get(path);
            if (username != null) {
                request = request.with(as(username));
            }
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        }, condition);
    }
}
