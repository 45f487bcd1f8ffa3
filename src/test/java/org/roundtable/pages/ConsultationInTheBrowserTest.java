package org.roundtable.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One consultation walked through the pages in headless Chromium, as people on phones would do it:
 * HR drafts and submits a proposal, the convener opens a round, a representative gives an opinion
 * that HR answers, the convener opens voting, three representatives vote (one changes their vote)
 * and see their receipts, voting closes, both chiefs sign, the convener publishes, and the public
 * page shows the outcome with its arithmetic and the receipt a voter searches for. Screenshots at
 * 360 px and 1280 px wide go to target/screenshots/; at 360 px no page may scroll sideways.
 */
@RoundtableTest
class ConsultationInTheBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;

    ChromeDriver browser;
    Path profile;
    int width = 360;

    @BeforeEach
    void startChromium() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and ChromeDriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": run .ci/run, or install them with 'apt-get install chromium chromium-driver'")
                .isTrue();
        profile = Files.createTempDirectory("roundtable-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        phone();
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("failure.html"));
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aConsultationFromProposalToPublishedOutcomeThroughThePages() throws IOException {
        try {
            walk(Scenario.platform("browser", port, store));
        } catch (RuntimeException | AssertionError failure) {
            Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getCurrentUrl() + "\n"
                    + browser.getPageSource());
            throw failure;
        }
    }

    private void walk(Scenario s) throws IOException {

        // Platform HR drafts the proposal: first with a mistake, then right.
        signIn(s.hr());
        open("/proposals/new");
        type("f-rationale", "暴雨天骑手风险更大，耗时更长。");
        type("f-expectedImpact", "暴雨天每单多 1.5 元。");
        new Select(byId("f-category")).selectByValue("PRICING_AND_PAY");
        setValue("f-effectiveDate", java.time.LocalDate.now().plusDays(30).toString());
        new Select(byId("f-changes-0-ruleId")).selectByValue(s.ruleId);
        type("f-changes-0-parameter", "storm_surcharge");
        type("f-changes-0-currentValue", "1.0");
        type("f-changes-0-proposedValue", "2.5");
        type("f-changes-0-unit", "元");
        submit("button[value=submit]");
        assertPage("请修改以下内容后再提交", "请填写这一项。");
        assertThat(byId("f-changes-0-proposedValue").getAttribute("value")).isEqualTo("2.5");
        screenshots("proposal-form-error");
        type("f-title", "暴雨天加价");
        submit("button[value=submit]");
        awaitText("storm_surcharge");
        assertPage("暴雨天加价", "已提交", "2.5");
        screenshots("proposal");
        String proposalId = path().substring(path().lastIndexOf('/') + 1);
        signOut();

        // The convener opens the round: comments start in a few seconds and last a few more.
        signIn(s.convener());
        open("/platforms/" + s.platform);
        awaitText("开启协商");
        assertPage("代表名册", "首席代表");
        screenshots("platform-convener");
        open("/rounds/new?proposal=" + proposalId);
        Instant starts = Instant.now().plusSeconds(3);
        setValue("f-commentStartsAt", local(starts));
        setValue("f-commentEndsAt", local(starts.plusSeconds(8)));
        submit("button[type=submit].primary");
        awaitText("征求意见");
        String round = path();
        assertThat(round).startsWith("/rounds/rnd-");
        signOut();

        // A representative gives an opinion from "my rounds"; HR answers it.
        signIn(s.rep(2));
        open("/me");
        awaitText("提意见");
        screenshots("my-rounds");
        follow("提意见");
        screenshots("opinion-form");
        type("f-text", "1.5 元还不够，台风天应该更多。");
        submit("button[type=submit].primary");
        awaitText("1.5 元还不够");
        signOut();
        signIn(s.hr());
        open(round);
        awaitText("答复");
        follow(browser.findElement(By.cssSelector("a[href*='/answer']")));
        browser.findElement(By.cssSelector("label[for=f-answer-PARTLY_ADOPTED]")).click();
        type("f-reason", "台风天另行协商。");
        submit("button[type=submit].primary");
        awaitText("台风天另行协商。");
        signOut();

        // Once negotiation has started the convener opens voting.
        signIn(s.convener());
        open(round);
        awaitText("协商谈判中");
        open(round + "/voting");
        setValue("f-closesAt", local(Instant.now().plus(Duration.ofMinutes(30))));
        submit("button[type=submit].primary");
        awaitText("投票中");
        screenshots("round-voting-convener");
        signOut();

        // Three representatives vote; the third changes their vote; each sees a receipt.
        String receipt = vote(s.rep(1), "FOR", true);
        vote(s.rep(2), "FOR", false);
        vote(s.rep(3), "AGAINST", false);
        browser.findElement(By.cssSelector("label.choice-for")).click();
        submit("button[type=submit].primary");
        assertPage("你的投票已记录", "这次投票替换了你之前的投票");
        signOut();

        // Everyone has voted: the convener closes voting; both chiefs sign; the convener publishes.
        signIn(s.convener());
        open(round);
        awaitText("结束投票");
        submit("form[action$='/voting/closure'] button");
        awaitText("投票已结束");
        signOut();
        sign(s.rep(1), round);
        sign(s.hr(), round);
        signIn(s.convener());
        open(round);
        awaitText("公布结果");
        submit("form[action$='/publication'] button");
        awaitText("结果已公布");
        signOut();

        // The public page: the outcome, its arithmetic in words, and the voter's receipt found by search.
        open(round);
        awaitText("提案获得通过。");
        assertPage("全体 3 名代表中有 3 名投票：须有全体 3 名的至少三分之二参加，即至少 2 名，已达到法定人数。",
                "3 票赞成（0 票反对，0 票弃权）", "新规则自", "中国时间", receipt);
        screenshots("round-published");
        type("receipt-search", receipt.substring(0, 8));
        submit("form.search button");
        assertPage("找到 1 张", receipt);
        assertThat(browser.getCurrentUrl()).contains("receipt=").doesNotContain("_csrf");
        follow("English");
        assertPage("The proposal was adopted.", "3 of 3 representatives voted");
        screenshots("round-published-en");
        follow("中文");
        open("/");
        screenshots("index");
        open("/rules/" + s.ruleId);
        assertPage("第 2 版", "2.5");
        screenshots("rule");
    }

    private String vote(String username, String choice, boolean withScreenshots) throws IOException {
        signIn(username);
        open("/me");
        awaitText("去投票");
        follow("去投票");
        if (withScreenshots) {
            screenshots("ballot");
            submit("button[type=submit].primary");
            assertPage("请选择：赞成、反对或弃权。");
        }
        browser.findElement(By.cssSelector("label.choice-" + choice.toLowerCase())).click();
        submit("button[type=submit].primary");
        assertPage("你的投票已记录");
        String receipt = byId("receipt").getText();
        assertThat(receipt).isNotBlank();
        if (withScreenshots) {
            screenshots("ballot-receipt");
            signOut();
        } else if (!"AGAINST".equals(choice)) {
            signOut();
        }
        return receipt;
    }

    private void sign(String chief, String round) {
        signIn(chief);
        open(round);
        awaitText("签署通过的文本");
        submit("form[action$='/signatures'] button");
        awaitText("你的签署已记录。");
        signOut();
    }

    private void signIn(String username) {
        open("/login");
        type("username", username);
        type("password", TestPeople.PASSWORD);
        submit("button[type=submit].primary");
        assertThat(browser.getPageSource()).doesNotContain("用户名或密码不对");
    }

    private void signOut() {
        submit("form[action$='/logout'] button");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** The path of the current page, without its query or fragment. */
    private String path() {
        return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take their value as the browser would after the person picked it. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", byId(id), value);
    }

    private void follow(String linkText) {
        follow(browser.findElement(By.linkText(linkText)));
    }

    private void follow(WebElement link) {
        link.click();
        awaitReplaced(link);
    }

    /** Clicks a button that sends a form, and waits until the next page has replaced this one. */
    private void submit(String buttonSelector) {
        WebElement button = browser.findElement(By.cssSelector(buttonSelector));
        button.click();
        awaitReplaced(button);
    }

    /**
     * Waits until the element's page has been replaced. ChromeDriver reports a detached element
     * either as stale or as a node that "does not belong to the document": both mean the same.
     */
    private void awaitReplaced(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    private void assertPage(String... texts) {
        String page = browser.getPageSource();
        for (String text : texts) {
            assertThat(page).as("page %s should say '%s'", browser.getCurrentUrl(), text).contains(text);
        }
    }

    /** Reloads the page until it says the text: the read side catches up with what was just done. */
    private void awaitText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(500)).until(driver -> {
            if (driver.getPageSource().contains(text)) {
                return true;
            }
            driver.navigate().refresh();
            return driver.getPageSource().contains(text);
        });
    }

    private static String local(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneId.of("Asia/Shanghai")));
    }

    private void phone() {
        viewport(360, true);
    }

    private void viewport(int cssWidth, boolean mobile) {
        width = cssWidth;
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssWidth, "height", 780,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Full-page screenshots at 360 px and 1280 px; at 360 px the page must not scroll sideways. */
    private void screenshots(String name) throws IOException {
        for (int cssWidth : List.of(360, 1280)) {
            viewport(cssWidth, cssWidth == 360);
            Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            Number innerWidth = (Number) browser.executeScript("return window.innerWidth;");
            if (cssWidth == 360) {
                assertThat(scrollWidth.intValue()).as("%s scrolls sideways at 360 px", name)
                        .isLessThanOrEqualTo(innerWidth.intValue());
            }
            Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            double height = ((Number) content.get("height")).doubleValue();
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", cssWidth, "height", height, "scale", 1)));
            Files.write(SCREENSHOTS.resolve(name + "-" + cssWidth + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        }
        phone();
    }
}
