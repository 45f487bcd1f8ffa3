package org.roundtable.security;

import static org.roundtable.security.Consultations.awaitJson;
import static org.roundtable.security.Consultations.expect;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/**
 * The filings, reviews and complaints the rows of the authorization matrix act on: two open
 * filings (one for the page, one for the API), four reviews with submitted results (one for each
 * representative to evaluate, through the page and through the API), and one complaint of the
 * platform's worker at each step a page or an API call acts on. Opened with the commands the
 * adoption reaction sends and over the API, as the people involved would.
 */
final class OversightAndComplaints {

    final String rule;
    final String filing;
    final String apiFiling;
    final String reviewA;
    final String reviewB;
    final String apiReviewA;
    final String apiReviewB;
    /** The complaints the API rows act on, one at each step; the fields below are the pages'. */
    Steps api;
    String toRead;
    String toAnswer;
    String toRequestReview;
    String toReview;
    String toDispute;
    String withTheUnion;
    String toWithdraw;

    private final Consultations c;
    private final String platform;
    private final String hr;
    private final String worker;

    OversightAndComplaints(Consultations c, CommandGateway commands, String platform, String hr, String worker) {
        this.c = c;
        this.platform = platform;
        this.hr = hr;
        this.worker = worker;
        rule = c.rule(hr);
        awaitJson(c.as(hr), "/api/rules/" + rule, view -> true);
        LocalDate today = LocalDate.now(OversightSettings.ZONE);
        RuleId ruleId = RuleId.of(rule);
        commands.sendAndWait(new OpenFiling(FilingId.of(ruleId, 1), ruleId, 1, PlatformId.of(platform),
                today.minusDays(1), today.plusDays(13)));
        filing = FilingId.of(ruleId, 1).value();
        commands.sendAndWait(new OpenFiling(FilingId.of(ruleId, 2), ruleId, 2, PlatformId.of(platform),
                today.minusDays(1), today.plusDays(13)));
        apiFiling = FilingId.of(ruleId, 2).value();
        awaitJson(c.as(hr), "/api/filings/" + apiFiling, view -> true);
        reviewA = submittedReview(commands, ruleId, 1);
        reviewB = submittedReview(commands, ruleId, 2);
        apiReviewA = submittedReview(commands, ruleId, 3);
        apiReviewB = submittedReview(commands, ruleId, 4);
    }

    /** The ids of one complaint at each step, each taken as far as its row needs. */
    record Steps(String toRead, String toAnswer, String toRequestReview, String toReview, String toDispute,
                 String withTheUnion, String toWithdraw) {
    }

    /** One set of complaints for the page rows and one for the API rows. */
    OversightAndComplaints complaints() {
        Steps pages = steps();
        toRead = pages.toRead();
        toAnswer = pages.toAnswer();
        toRequestReview = pages.toRequestReview();
        toReview = pages.toReview();
        toDispute = pages.toDispute();
        withTheUnion = pages.withTheUnion();
        toWithdraw = pages.toWithdraw();
        api = steps();
        return this;
    }

    private Steps steps() {
        String read = complaint();
        String answer = complaint();
        String requestReview = answered(complaint());
        String review = answered(complaint());
        expect(c.as(worker).post("/api/complaints/" + review + "/human-review-request", null), 204);
        String dispute = answered(complaint());
        String union = answered(complaint());
        expect(c.as(worker).post("/api/complaints/" + union + "/dispute",
                Map.of("reason", "The storm warning was on.")), 204);
        String withdraw = complaint();
        awaitJson(c.as(hr), "/api/complaints/" + union, view -> view.hasNonNull("escalation"));
        awaitJson(c.as(hr), "/api/complaints/" + review, view -> view.hasNonNull("humanReview"));
        return new Steps(read, answer, requestReview, review, dispute, union, withdraw);
    }

    private String submittedReview(CommandGateway commands, RuleId ruleId, int version) {
        ReviewId review = ReviewId.of(ruleId, version);
        commands.sendAndWait(new ScheduleReviews(review, ruleId, version, PlatformId.of(platform),
                LocalDate.now(OversightSettings.ZONE).plusMonths(1)));
        awaitJson(c.as(hr), "/api/reviews/" + review, cycles -> cycles.size() == 1);
        expect(c.as(hr).post("/api/reviews/" + review + "/results", Map.of("period", "2026",
                "figures", Map.of("on_time_rate", Map.of("value", "97.2", "unit", "%")))), 204);
        return review.value();
    }

    private String complaint() {
        String id = expect(c.as(worker).post("/api/complaints", Map.of("platformId", platform, "ruleId", rule,
                "decisionKind", "PENALTY", "decisionDate", "2026-01-05", "decisionMaking", "ALGORITHM_ALONE",
                "text", "Fined in a storm.")), 201).createdId();
        awaitJson(c.as(hr), "/api/complaints/" + id, view -> true);
        return id;
    }

    private String answered(String id) {
        expect(c.as(hr).post("/api/complaints/" + id + "/answer", Map.of("outcome", "NOT_UPHELD",
                "decisionMaking", "ALGORITHM_ALONE", "explanation", "No storm flag for that area.")), 204);
        awaitJson(c.as(hr), "/api/complaints/" + id, view -> view.hasNonNull("answer"));
        return id;
    }
}
