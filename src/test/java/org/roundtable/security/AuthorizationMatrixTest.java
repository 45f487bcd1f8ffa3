package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.security.AuthorizationMatrixTest.Who.ANONYMOUS;
import static org.roundtable.security.AuthorizationMatrixTest.Who.AUDITOR;
import static org.roundtable.security.AuthorizationMatrixTest.Who.CONVENER;
import static org.roundtable.security.AuthorizationMatrixTest.Who.HR_P;
import static org.roundtable.security.AuthorizationMatrixTest.Who.HR_Q;
import static org.roundtable.security.AuthorizationMatrixTest.Who.REP_IN;
import static org.roundtable.security.AuthorizationMatrixTest.Who.REP_OUT;
import static org.roundtable.security.AuthorizationMatrixTest.Who.WORKER_P;
import static org.roundtable.security.AuthorizationMatrixTest.Who.WORKER_Q;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization matrix of docs/security.md, walked against the running application: every API
 * call (one row each) by every kind of person (one cell each), with the status the document
 * promises. Before and after each refused write, the number of stored events and a fingerprint of
 * every write-side table and read model are compared: a refusal changes nothing. Rows run in order,
 * refusals before the allowed calls, so an allowed call that moves a round on comes last. The page
 * rows (filing, reviews and complaints) are sent from a browser session of each person, signed in
 * through the login form and carrying the session's CSRF token: a refusal there is an HTML page,
 * and the anonymous are sent to the login page. The impact preview rows upload the example sample
 * of orders as multipart form data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends TrustContext {

    static final String P = "mx-p";
    static final String Q = "mx-q";

    /** The kinds of people in the matrix, with the account each is played by. */
    enum Who {
        HR_P("mx-hr-p"), HR_Q("mx-hr-q"), CONVENER("mx-convener"), REP_IN("mx-rep-in"), REP_OUT("mx-rep-out"),
        WORKER_P("mx-worker-p"), WORKER_Q("mx-worker-q"), AUDITOR("mx-auditor"), ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    @Autowired
    CommandGateway commands;

    private final AtomicInteger unique = new AtomicInteger();
    private Consultations c;
    private OversightAndComplaints oc;
    private PageSessions pages;
    private String ruleP;
    private String pDraft;
    private String pHiddenDraft;
    private String pSpare;
    private String pWithdraw;
    private String rCommenting;
    private String opinion;
    private String rNegotiating;
    private String amendmentToAccept;
    private String amendmentToReject;
    private String meeting;
    private String rToVote;
    private String rFinal;
    private String rRejected;
    private String rAnnounced;
    private String rCancel;
    private String rRequested;
    private String pricedRule;
    private String pPreview;
    private String pPreviewDraft;
    private String sample;

    @BeforeAll
    void setUpEveryPhaseOnce() {
        c = new Consultations(http());
        openAccounts();
        c.registerPlatform(CONVENER.username, P);
        c.registerPlatform(CONVENER.username, Q);
        c.appoint(CONVENER.username, P, REP_IN.username, "WORKERS", true);
        c.appoint(CONVENER.username, P, "mx-rep-2", "WORKERS", false);
        c.appoint(CONVENER.username, P, HR_P.username, "PLATFORM", true);
        c.appoint(CONVENER.username, Q, "mx-rep-q", "WORKERS", true);
        c.appoint(CONVENER.username, Q, HR_Q.username, "PLATFORM", true);

        String hr = HR_P.username;
        ruleP = c.rule(hr);
        pDraft = c.draftProposal(hr, ruleP, "Draft to edit and submit");
        pHiddenDraft = c.draftProposal(hr, ruleP, "Draft nobody else sees");
        pSpare = c.submittedProposal(hr, ruleP, "Spare: revised, then opened");
        pWithdraw = c.submittedProposal(hr, ruleP, "To withdraw");
        List<String> underRounds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            underRounds.add(c.submittedProposal(hr, ruleP, "Consulted " + i));
        }
        pricedRule = pricedRule(hr);
        pPreview = pricedDraft(hr);
        pPreviewDraft = pricedDraft(hr);
        Consultations.expect(as(hr).post("/api/proposals/" + pPreview + "/submission", null), 204);
        sample = readSample();
        Stream.concat(Stream.of(pSpare, pWithdraw, pPreview), underRounds.stream())
                .forEach(p -> c.awaitSubmitted(hr, p));

        String convener = CONVENER.username;
        Instant later = Instant.now().plus(Duration.ofHours(1));
        rCommenting = c.openRound(convener, P, underRounds.get(0), Duration.ofHours(1));
        rNegotiating = c.openRound(convener, P, underRounds.get(1), Duration.ofSeconds(3));
        rToVote = c.openRound(convener, P, underRounds.get(2), Duration.ofSeconds(3));
        rFinal = c.openRound(convener, P, underRounds.get(3), Duration.ofSeconds(3));
        rRejected = c.openRound(convener, P, underRounds.get(4), Duration.ofSeconds(3));
        rAnnounced = c.openRound(convener, P, underRounds.get(5), later, later.plus(Duration.ofHours(1)));
        rCancel = c.openRound(convener, P, underRounds.get(6), later, later.plus(Duration.ofHours(1)));
        rRequested = Consultations.expect(as(REP_IN.username).post("/api/rounds/requests",
                Map.of("platformId", P, "topic", "Rest breaks", "request", "Please consult on rest breaks.")), 201)
                .createdId();

        c.awaitPhase(rCommenting, "COMMENTING");
        opinion = Consultations.expect(as(WORKER_P.username).post("/api/rounds/" + rCommenting + "/opinions",
                Map.of("text", "Too little.")), 201).createdId();
        for (String round : List.of(rNegotiating, rToVote, rFinal, rRejected)) {
            c.awaitPhase(round, "NEGOTIATING");
        }
        amendmentToAccept = amend(rNegotiating, "2.5");
        amendmentToReject = amend(rNegotiating, "9.0");
        meeting = Consultations.expect(as(convener).post("/api/rounds/" + rNegotiating + "/meetings",
                minutes()), 201).createdId();
        c.openVoting(convener, rFinal);
        c.vote(REP_IN.username, rFinal, "FOR");
        c.vote("mx-rep-2", rFinal, "FOR");
        c.openVoting(convener, rRejected);
        c.vote(REP_IN.username, rRejected, "AGAINST");
        c.vote("mx-rep-2", rRejected, "AGAINST");
        c.closeVoting(convener, rRejected);
        c.awaitPhase(rRejected, "CLOSED");
        oc = new OversightAndComplaints(c, commands, P, hr, WORKER_P.username).complaints();
        pages = new PageSessions(http());
        for (Who who : Who.values()) {
            pages.of(who.username);
        }
        awaitQuiet();
    }

    private void openAccounts() {
        TestPeople people = new TestPeople(store);
        PlatformId p = PlatformId.of(P);
        PlatformId q = PlatformId.of(Q);
        people.open(HR_P.username, p, Role.PLATFORM_HR);
        people.open(HR_Q.username, q, Role.PLATFORM_HR);
        people.open(CONVENER.username, null, Role.CONVENER);
        people.open(REP_IN.username, p, Role.REPRESENTATIVE, Role.WORKER);
        people.open(REP_OUT.username, p, Role.REPRESENTATIVE);
        people.open(WORKER_P.username, p, Role.WORKER);
        people.open(Who.WORKER_Q.username, q, Role.WORKER);
        people.open(Who.AUDITOR.username, null, Role.AUDITOR);
        people.open("mx-rep-2", p, Role.REPRESENTATIVE, Role.WORKER);
        people.open("mx-rep-q", q, Role.REPRESENTATIVE, Role.WORKER);
        people.open("mx-rep-spare", p, Role.REPRESENTATIVE);
        people.open("mx-victim", p, Role.WORKER);
    }

    /** A pricing rule with a model, so that a sample of orders can preview a change of it. */
    private String pricedRule(String hr) {
        String rule = Consultations.expect(as(hr).post("/api/rules", Map.of("name", "Pay per order",
                "category", "PRICING_AND_PAY", "kind", "PRICING",
                "parameters", List.of(parameter("base_fare", "3", "CNY"), parameter("per_km", "1.20", "CNY/km"),
                        parameter("per_minute", "0.10", "CNY/min"), parameter("night_surcharge", "1.5", "CNY"),
                        parameter("bad_weather_surcharge", "2", "CNY"), parameter("commission_rate", "20%", "")))),
                201).createdId();
        Consultations.awaitJson(as(hr), "/api/rules/" + rule, view -> true);
        return rule;
    }

    /** A draft that raises the pay per km of the priced rule. */
    private String pricedDraft(String hr) {
        String id = Consultations.expect(as(hr).post("/api/proposals", Map.of("title", "Pay per km",
                "category", "PRICING_AND_PAY", "changes", List.of(Map.of("ruleId", pricedRule, "parameter", "per_km",
                        "currentValue", "1.20", "proposedValue", "1.35", "unit", "CNY/km")),
                "rationale", "Costs went up.", "expectedImpact", "More per km.",
                "effectiveDate", LocalDate.now().plusDays(30).toString())), 201).createdId();
        Consultations.awaitJson(as(hr), "/api/proposals/" + id, view -> true);
        return id;
    }

    private static Map<String, String> parameter(String name, String value, String unit) {
        return Map.of("name", name, "value", value, "unit", unit);
    }

    private static String readSample() {
        try {
            return Files.readString(Path.of("docs/examples/orders-sample.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String BOUNDARY = "----roundtable-matrix";

    /** A multipart/form-data body of these fields and the sample as the part "file". */
    private String multipart(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\"")
                .append("\r\nContent-Type: text/csv\r\n\r\n").append(sample).append("\r\n");
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private Map<String, Object> complaintAbout(String platform) {
        return Map.of("platformId", platform, "ruleId", oc.rule, "decisionKind", "PENALTY",
                "decisionDate", "2026-01-07", "decisionMaking", "ALGORITHM_ALONE", "text", "Fined for a late order.");
    }

    private String amend(String round, String proposed) {
        return Consultations.expect(as(REP_IN.username).post("/api/rounds/" + round + "/amendments",
                Map.of("changes", List.of(Consultations.change(ruleP, proposed)), "reasons", "Fairer.")), 201)
                .createdId();
    }

    private static Map<String, Object> minutes() {
        return Map.of("date", LocalDate.now().toString(), "attendees", List.of(REP_IN.username, HR_P.username),
                "minutes", "Discussed the surcharge.");
    }

    // --- the matrix ---

    List<Row> rows() {
        String r = "/api/rounds/";
        return List.of(
                // people
                write("POST", () -> "/api/people", () -> Map.of("username", "mx-new-" + unique.incrementAndGet(),
                        "password", PASSWORD, "roles", List.of("WORKER"), "platformId", P)).allow(201, CONVENER, HR_P),
                read(() -> "/api/me").signedIn(200),
                read(() -> "/api/people/" + WORKER_P.username).signedIn(403).cell(WORKER_P, 200).cell(CONVENER, 200),
                write("DELETE", () -> "/api/people/mx-victim", () -> null).allow(204, CONVENER),
                // platforms and rosters
                write("POST", () -> "/api/platforms", () -> Map.of("id", "mx-new-" + unique.incrementAndGet(),
                        "name", "New")).allow(201, CONVENER),
                read(() -> "/api/platforms").open(200),
                read(() -> "/api/platforms/" + P).open(200),
                write("POST", () -> "/api/platforms/" + P + "/roster", () -> Map.of("personId", "mx-rep-spare",
                        "side", "WORKERS", "chief", false)).allow(201, CONVENER),
                write("DELETE", () -> "/api/platforms/" + P + "/roster/mx-rep-spare", () -> null).allow(204, CONVENER),
                // the rule registry
                write("POST", () -> "/api/rules", () -> Map.of("name", "Dispatch radius", "category", "DISPATCH",
                        "summary", "Orders within 3 km.", "parameters",
                        List.of(Map.of("name", "radius", "value", "3", "unit", "km")))).allow(201, HR_P, HR_Q),
                read(() -> "/api/rules").open(200),
                read(() -> "/api/rules/" + ruleP).open(200),
                // proposals
                write("POST", () -> "/api/proposals", () -> Consultations.draft(ruleP, "New draft")).allow(201, HR_P, HR_Q),
                write("PUT", () -> "/api/proposals/" + pDraft + "/draft", () -> Consultations.draft(ruleP, "Edited"))
                        .allow(204, HR_P),
                write("POST", () -> "/api/proposals/" + pDraft + "/submission", () -> null).allow(204, HR_P),
                write("POST", () -> "/api/proposals/" + pSpare + "/revisions", () -> Map.of("changes",
                        List.of(Consultations.change(ruleP, "3.0")), "reason", "Listened.")).allow(201, HR_P),
                write("POST", () -> "/api/proposals/" + pWithdraw + "/withdrawal", () -> Map.of("reason", "Rethink."))
                        .allow(204, HR_P),
                read(() -> "/api/proposals/" + pHiddenDraft).open(404).cell(HR_P, 200),
                read(() -> "/api/proposals/" + pSpare).open(200),
                read(() -> "/api/proposals/" + pSpare + "/revisions/1").open(200),
                read(() -> "/api/proposals?platform=" + P).open(200),
                // opening and requesting rounds
                write("POST", () -> "/api/rounds", () -> Consultations.newRound(P, pSpare,
                        Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(2))))
                        .allow(201, CONVENER),
                write("POST", () -> r + "requests", () -> Map.of("platformId", P, "topic", "Ratings",
                        "request", "Please consult on ratings.")).allow(201, REP_IN, REP_OUT),
                write("POST", () -> r + rRequested + "/request-answer", () -> Map.of("answer", "Yes, in May."))
                        .allow(204, HR_P),
                write("POST", () -> r + rAnnounced + "/comment-period", () -> null).allow(204, CONVENER),
                write("POST", () -> r + rCancel + "/cancellation", () -> Map.of("reason", "Merged with another."))
                        .allow(204, CONVENER),
                // comment period
                write("POST", () -> r + rCommenting + "/opinions", () -> Map.of("text", "More, please."))
                        .allow(201, WORKER_P, REP_IN, REP_OUT),
                write("POST", () -> r + rCommenting + "/opinions/" + opinion + "/answer",
                        () -> Map.of("answer", "NOT_ADOPTED", "reason", "Budget.")).allow(204, HR_P),
                // negotiation
                write("POST", () -> r + rNegotiating + "/amendments", () -> Map.of("changes",
                        List.of(Consultations.change(ruleP, "2.2")), "reasons", "Middle.")).allow(201, REP_IN, REP_OUT),
                write("POST", () -> r + rNegotiating + "/amendments/" + amendmentToAccept + "/acceptance",
                        () -> Map.of("reason", "Agreed.")).allow(204, HR_P),
                write("POST", () -> r + rNegotiating + "/amendments/" + amendmentToReject + "/rejection",
                        () -> Map.of("reason", "Too costly.")).allow(204, HR_P),
                write("POST", () -> r + rNegotiating + "/meetings", AuthorizationMatrixTest::minutes)
                        .allow(201, CONVENER),
                write("POST", () -> r + rNegotiating + "/suspension", () -> Map.of("reason", "Data needed."))
                        .allow(204, REP_IN, HR_P),
                write("POST", () -> r + rNegotiating + "/resumption", () -> null).allow(204, REP_IN, HR_P),
                // voting
                write("POST", () -> r + rToVote + "/voting", () -> Map.of("closesAt",
                        Instant.now().plus(Duration.ofHours(1)).toString())).allow(204, CONVENER),
                write("POST", () -> r + rToVote + "/votes", () -> Map.of("choice", "FOR")).allow(201, REP_IN),
                read(() -> r + rToVote + "/votes/mine").signedIn(404).cell(REP_IN, 200),
                read(() -> r + rToVote + "/participation").open(200),
                read(() -> r + rToVote + "/receipts").open(409),
                read(() -> r + rToVote + "/outcome").open(404),
                // the close, the signatures, the publication, a follow-up round
                write("POST", () -> r + rFinal + "/voting/closure", () -> null).allow(204, CONVENER),
                write("POST", () -> r + rFinal + "/signatures", () -> null).allow(204, REP_IN, HR_P),
                write("POST", () -> r + rFinal + "/publication", () -> null).allow(204, CONVENER),
                read(() -> r + rFinal + "/receipts").open(200),
                read(() -> r + rFinal + "/outcome").open(200),
                write("POST", () -> r + rRejected + "/follow-up", () -> Map.of("reason", "Try 1.5 CNY."))
                        .allow(201, CONVENER),
                // public reads of everything recorded about rounds
                read(() -> "/api/rounds").open(200),
                read(() -> r + rNegotiating).open(200),
                read(() -> r + rNegotiating + "/timeline").open(200),
                read(() -> r + rCommenting + "/opinions").open(200),
                read(() -> r + rCommenting + "/opinions/" + opinion).open(200),
                read(() -> r + rNegotiating + "/amendments").open(200),
                read(() -> r + rNegotiating + "/amendments/" + amendmentToAccept).open(200),
                read(() -> r + rNegotiating + "/meetings").open(200),
                read(() -> r + rNegotiating + "/meetings/" + meeting).open(200),
                // pages of oversight: the public rule page, the filing, the review results and their evaluation
                page(() -> "/rules/" + oc.rule).open(200),
                page(() -> "/filings/" + oc.filing + "/record").allow(200, HR_P),
                form(() -> "/filings/" + oc.filing + "/record",
                        () -> "filingNumber=GD-2026-0001&filedOn=" + LocalDate.now(OversightSettings.ZONE))
                        .allow(302, HR_P),
                page(() -> "/reviews/" + oc.reviewA + "/results").allow(200, HR_P),
                form(() -> "/reviews/" + oc.reviewA + "/results", () -> "period=2027&figures%5B0%5D.name=on_time_rate"
                        + "&figures%5B0%5D.value=96.1&figures%5B0%5D.unit=%25").allow(302, HR_P),
                page(() -> "/reviews/" + oc.reviewA + "/evaluation").allow(200, REP_IN, REP_OUT),
                form(() -> "/reviews/" + oc.reviewA + "/evaluation", () -> "decision=KEEP").allow(302, REP_IN, REP_OUT)
                        .at(REP_OUT, () -> "/reviews/" + oc.reviewB + "/evaluation"),
                // pages of complaints: filing one, reading them, and every step after
                page(() -> "/complaints/new?rule=" + oc.rule).allow(200, WORKER_P, REP_IN, REP_OUT),
                form(() -> "/complaints", () -> "ruleId=" + oc.rule + "&decisionKind=RATING&decisionDate=2026-01-06"
                        + "&decisionMaking=NOT_KNOWN&text=Rated+down.").allow(302, WORKER_P, REP_IN, REP_OUT),
                page(() -> "/complaints/mine").signedIn(200),
                page(() -> "/complaints/" + oc.toRead).allow(200, WORKER_P, HR_P, CONVENER, AUDITOR),
                page(() -> "/platforms/" + P + "/complaints").allow(200, HR_P, CONVENER, AUDITOR),
                page(() -> "/complaints/escalated").allow(200, CONVENER, AUDITOR),
                page(() -> "/complaints/" + oc.toAnswer + "/answer").allow(200, HR_P),
                form(() -> "/complaints/" + oc.toAnswer + "/answer",
                        () -> "outcome=UPHELD&decisionMaking=HUMAN_INVOLVED&explanation=Reversed.").allow(302, HR_P),
                form(() -> "/complaints/" + oc.toRequestReview + "/human-review-request", () -> null)
                        .allow(302, WORKER_P),
                page(() -> "/complaints/" + oc.toReview + "/human-review").allow(200, HR_P),
                form(() -> "/complaints/" + oc.toReview + "/human-review",
                        () -> "outcome=UPHELD&explanation=A+supervisor+agreed.").allow(302, HR_P),
                page(() -> "/complaints/" + oc.toDispute + "/dispute").allow(200, WORKER_P),
                form(() -> "/complaints/" + oc.toDispute + "/dispute", () -> "words=The+warning+was+on.")
                        .allow(302, WORKER_P),
                page(() -> "/complaints/" + oc.withTheUnion + "/union-follow-up").allow(200, CONVENER),
                form(() -> "/complaints/" + oc.withTheUnion + "/union-follow-up", () -> "words=Asked+for+the+data.")
                        .allow(302, CONVENER),
                page(() -> "/complaints/" + oc.toWithdraw + "/withdrawal").allow(200, WORKER_P),
                form(() -> "/complaints/" + oc.toWithdraw + "/withdrawal", () -> "words=Solved.")
                        .allow(302, WORKER_P),
                // the API of oversight: the public register of filings, reviews and their figures
                read(() -> "/api/filings?rule=" + oc.rule).open(200),
                read(() -> "/api/filings/" + oc.apiFiling).open(200),
                write("POST", () -> "/api/filings/" + oc.apiFiling + "/record", () -> Map.of("filingNumber",
                        "GD-2026-0002", "filedOn", LocalDate.now(OversightSettings.ZONE).toString())).allow(204, HR_P),
                read(() -> "/api/reviews?rule=" + oc.rule).open(200),
                read(() -> "/api/reviews/" + oc.reviewA).open(200),
                write("POST", () -> "/api/reviews/" + oc.reviewA + "/results", () -> Map.of("period", "2028",
                        "figures", Map.of("on_time_rate", Map.of("value", "95.0", "unit", "%")))).allow(204, HR_P),
                write("POST", () -> "/api/reviews/" + oc.apiReviewA + "/evaluation", () -> Map.of("decision", "KEEP",
                        "reasons", "Fine as it is.")).allow(202, REP_IN, REP_OUT)
                        .at(REP_OUT, () -> "/api/reviews/" + oc.apiReviewB + "/evaluation"),
                // the API of complaints
                write("POST", () -> "/api/complaints", () -> complaintAbout(P)).allow(201, WORKER_P, REP_IN, REP_OUT),
                write("POST", () -> "/api/complaints", () -> complaintAbout(Q)).allow(400, WORKER_Q),
                read(() -> "/api/complaints/" + oc.api.toRead()).signedIn(403)
                        .cell(WORKER_P, 200).cell(HR_P, 200).cell(CONVENER, 200).cell(AUDITOR, 200),
                read(() -> "/api/complaints?platform=" + P).signedIn(403)
                        .cell(HR_P, 200).cell(CONVENER, 200).cell(AUDITOR, 200),
                read(() -> "/api/complaints?platform=" + P + "&rule=" + oc.rule).signedIn(403)
                        .cell(HR_P, 200).cell(CONVENER, 200).cell(AUDITOR, 200),
                read(() -> "/api/complaints/mine").signedIn(200),
                write("POST", () -> "/api/complaints/" + oc.api.toAnswer() + "/answer", () -> Map.of("outcome",
                        "UPHELD", "decisionMaking", "HUMAN_INVOLVED", "explanation", "Reversed.")).allow(204, HR_P),
                write("POST", () -> "/api/complaints/" + oc.api.toRequestReview() + "/human-review-request",
                        () -> null).allow(204, WORKER_P),
                write("POST", () -> "/api/complaints/" + oc.api.toReview() + "/human-review", () -> Map.of("result",
                        "UPHELD", "explanation", "A supervisor agreed.")).allow(204, HR_P),
                write("POST", () -> "/api/complaints/" + oc.api.toDispute() + "/dispute",
                        () -> Map.of("reason", "The warning was on.")).allow(204, WORKER_P),
                write("POST", () -> "/api/complaints/" + oc.api.withTheUnion() + "/union-follow-up",
                        () -> Map.of("note", "Asked for the data.")).allow(204, CONVENER),
                write("POST", () -> "/api/complaints/" + oc.api.toWithdraw() + "/withdrawal",
                        () -> Map.of("reason", "Solved.")).allow(204, WORKER_P),
                read(() -> "/api/complaint-statistics").open(200),
                read(() -> "/api/complaint-statistics/" + oc.rule).open(200),
                // impact previews: one computed and forgotten, and those recorded with a proposal
                upload(() -> "/api/previews", () -> multipart(Map.of("ruleKind", "PRICING",
                        "before", "{\"base_fare\": \"3\", \"per_km\": \"1.20\", \"per_minute\": \"0.1\","
                                + " \"night_surcharge\": \"1.5\", \"bad_weather_surcharge\": \"2\","
                                + " \"commission_rate\": \"20%\"}",
                        "after", "{\"base_fare\": \"3\", \"per_km\": \"1.35\", \"per_minute\": \"0.1\","
                                + " \"night_surcharge\": \"1.5\", \"bad_weather_surcharge\": \"2\","
                                + " \"commission_rate\": \"20%\"}"))).signedIn(200),
                upload(() -> "/api/proposals/" + pPreview + "/previews", () -> multipart(Map.of()))
                        .allow(201, HR_P, REP_IN, REP_OUT),
                upload(() -> "/api/proposals/" + pPreviewDraft + "/previews", () -> multipart(Map.of()))
                        .signedIn(404).cell(HR_P, 409),
                read(() -> "/api/proposals/" + pPreview + "/previews").open(200));
    }

    @TestFactory
    Stream<DynamicTest> everyCallByEveryoneGetsTheDocumentedAnswerAndEveryRefusalChangesNothing() {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    private void check(Row row) {
        awaitQuiet();
        List<String> wrong = new ArrayList<>();
        List<Map.Entry<Who, Integer>> cells = new ArrayList<>(row.expected.entrySet());
        cells.sort(Comparator.comparing((Map.Entry<Who, Integer> cell) -> row.allowed(cell.getKey()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<Who, Integer> cell : cells) {
            boolean refusedWrite = row.write && cell.getValue() >= 400;
            long eventsBefore = refusedWrite ? eventCount() : 0;
            String before = refusedWrite ? fingerprint() : null;
            Object body = row.body.get();
            Http.Reply reply;
            if (row.page) {
                reply = pages.of(cell.getKey().username).send(row.method, row.pathFor(cell.getKey()), (String) body);
            } else {
                Http client = cell.getKey() == ANONYMOUS ? http() : as(cell.getKey().username);
                reply = client.send(row.method, row.pathFor(cell.getKey()), body == null ? null : Http.write(body),
                        body == null ? null : row.contentType);
            }
            if (reply.status() != cell.getValue()) {
                wrong.add(cell.getKey() + " expected " + cell.getValue() + " but got " + reply);
            }
            wrong.addAll(row.page ? pageAnswerProblems(cell.getKey(), reply) : apiAnswerProblems(cell.getKey(), reply));
            if (refusedWrite) {
                if (eventCount() != eventsBefore) {
                    wrong.add(cell.getKey() + " was refused but events were stored");
                }
                if (!fingerprint().equals(before)) {
                    wrong.add(cell.getKey() + " was refused but a table changed");
                }
            }
        }
        assertThat(wrong).as(row.toString()).isEmpty();
    }

    private static List<String> apiAnswerProblems(Who who, Http.Reply reply) {
        if (reply.status() >= 400 && !reply.header("Content-Type").startsWith("application/problem+json")) {
            return List.of(who + " got a refusal that is not problem+json: " + reply);
        }
        return List.of();
    }

    /** A page refuses with an HTML page; a redirect goes to the login page exactly for the anonymous. */
    private static List<String> pageAnswerProblems(Who who, Http.Reply reply) {
        if (reply.status() >= 400 && !reply.header("Content-Type").startsWith("text/html")) {
            return List.of(who + " got a refusal that is not a page: " + reply);
        }
        String location = reply.header("Location");
        if (reply.status() == 302 && (location == null || location.endsWith("/login") != (who == ANONYMOUS))) {
            return List.of(who + " was redirected to " + location);
        }
        return List.of();
    }

    private static Row write(String method, Supplier<String> path, Supplier<Object> body) {
        return new Row(method, path, body, true, false);
    }

    /** An API call whose body is multipart form data (an upload of a sample of orders). */
    private static Row upload(Supplier<String> path, Supplier<Object> multipart) {
        Row row = new Row("POST", path, multipart, true, false);
        row.contentType = "multipart/form-data; boundary=" + BOUNDARY;
        return row;
    }

    private static Row read(Supplier<String> path) {
        return new Row("GET", path, () -> null, false, false);
    }

    /** A page read from a browser session. */
    private static Row page(Supplier<String> path) {
        return new Row("GET", path, () -> null, false, true);
    }

    /** A form posted from a browser session with its CSRF token; the body is URL-encoded. */
    private static Row form(Supplier<String> path, Supplier<Object> urlEncoded) {
        return new Row("POST", path, urlEncoded, true, true);
    }

    /** One API call or page and the status each kind of person gets. */
    static final class Row {

        final String method;
        final Supplier<String> path;
        final Supplier<Object> body;
        final boolean write;
        final boolean page;
        String contentType = "application/json";
        final Map<Who, Integer> expected = new EnumMap<>(Who.class);
        final Map<Who, Supplier<String>> paths = new EnumMap<>(Who.class);

        Row(String method, Supplier<String> path, Supplier<Object> body, boolean write, boolean page) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.write = write;
            this.page = page;
        }

        /** This person acts on another path (another review of the same kind, so both can succeed). */
        Row at(Who who, Supplier<String> otherPath) {
            paths.put(who, otherPath);
            return this;
        }

        String pathFor(Who who) {
            return paths.getOrDefault(who, path).get();
        }

        /** Whether the call succeeds for this person: 2xx, or a page's redirect after a form that worked. */
        boolean allowed(Who who) {
            int status = expected.get(who);
            return status < 300 || page && status == 302 && who != ANONYMOUS;
        }

        /**
         * Allowed to these, refused (403) to every other signed-in person, 401 to the anonymous (a
         * redirect to the login page for a page).
         */
        Row allow(int status, Who... allowed) {
            signedIn(403);
            for (Who who : allowed) {
                expected.put(who, status);
            }
            return this;
        }

        /** The same answer to everyone, signed in or not. */
        Row open(int status) {
            for (Who who : Who.values()) {
                expected.put(who, status);
            }
            return this;
        }

        /** This answer to everyone signed in; 401 to the anonymous (for a page, a redirect to the login page). */
        Row signedIn(int status) {
            for (Who who : Who.values()) {
                expected.put(who, who == ANONYMOUS ? (page ? 302 : 401) : status);
            }
            return this;
        }

        Row cell(Who who, int status) {
            expected.put(who, status);
            return this;
        }

        @Override
        public String toString() {
            String shown;
            try {
                shown = path.get();
            } catch (RuntimeException notYetSetUp) {
                shown = "?";
            }
            return (page ? "page " : "") + method + " " + shown.replaceAll("[a-z]+-[0-9a-f]{16}", "{id}");
        }
    }
}
