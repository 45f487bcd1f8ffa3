package org.roundtable.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.store.PersonStore;
import org.roundtable.round.RoundId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.vote.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A whole consultation through the REST API on the embedded store, with the real deadlines. The
 * ballot box belongs to the vote feature: here it is a stand-in whose participation and count the
 * test sets; proposals, their lock and the voted text come from the real proposal feature.
 */
@RoundtableTest
class RoundApiTest {

    static final Map<String, String> CHANGE = Map.of("ruleId", "rule-eta", "parameter", "rain buffer",
            "currentValue", "5", "proposedValue", "8", "unit", "minutes");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @MockitoBean
    BallotBox ballotBox;

    @Test
    void aRoundRunsFromOpeningToThePublishedAdoptedOutcome() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "rt-adopt").withRoster();
        String proposal = s.submittedProposal();
        Instant startsAt = Instant.now().plusSeconds(8);
        Api.Response opened = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", proposal, "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", startsAt.toString(), "commentEndsAt", startsAt.plusSeconds(6).toString()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String round = opened.createdId();
        assertThat(opened.location()).isEqualTo("/api/rounds/" + round);
        JsonNode announced = s.awaitPhase(round, "ANNOUNCED");
        assertThat(announced.get("electorateSize").asLong()).isEqualTo(2);
        assertThat(announced.get("electorateDigest").asText()).hasSize(64);
        assertThat(announced.get("voteRule").get("description").asText())
                .startsWith("at least 2/3 of the whole electorate must cast a ballot");

        assertThat(s.convener.post("/api/rounds/" + round + "/comment-period", null).status()).isEqualTo(204);
        s.awaitPhase(round, "COMMENTING");
        Api.Response opinion = s.worker.post("/api/rounds/" + round + "/opinions",
                Map.of("text", "eight minutes in the rain, please", "parameter", "rain buffer"));
        assertThat(opinion.status()).as(opinion.toString()).isEqualTo(201);
        assertThat(s.hr.post("/api/rounds/" + round + "/opinions/" + opinion.createdId() + "/answer",
                Map.of("answer", "PARTLY_ADOPTED", "reason", "in heavy rain only")).status()).isEqualTo(204);

        s.awaitPhase(round, "NEGOTIATING");
        Api.Response amendment = s.rep.post("/api/rounds/" + round + "/amendments",
                Map.of("changes", List.of(CHANGE), "reasons", "rain makes five minutes unsafe"));
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(201);
        assertThat(s.hr.post("/api/rounds/" + round + "/amendments/" + amendment.createdId() + "/acceptance",
                Map.of("reason", "agreed")).status()).isEqualTo(204);
        Api.Response meeting = s.convener.post("/api/rounds/" + round + "/meetings", Map.of("date", "2026-03-12",
                "attendees", List.of("repchief-rt-adopt", "hrchief-rt-adopt"), "minutes", "agreed on the buffer"));
        assertThat(meeting.status()).isEqualTo(201);

        assertThat(s.repChief.post("/api/rounds/" + round + "/suspension", Map.of("reason", "weather data"))
                .status()).isEqualTo(204);
        assertThat(s.hrChief.post("/api/rounds/" + round + "/suspension", Map.of("reason", "weather data"))
                .status()).isEqualTo(204);
        s.awaitRound(round, view -> view.get("suspended").asBoolean());
        assertThat(s.repChief.post("/api/rounds/" + round + "/resumption", null).status()).isEqualTo(204);
        assertThat(s.hrChief.post("/api/rounds/" + round + "/resumption", null).status()).isEqualTo(204);
        s.awaitRound(round, view -> !view.get("suspended").asBoolean());

        when(ballotBox.participation(any())).thenReturn(1L);
        Instant closesAt = Instant.now().plus(Duration.ofMinutes(10));
        assertThat(s.convener.post("/api/rounds/" + round + "/voting", Map.of("closesAt", closesAt.toString()))
                .status()).isEqualTo(204);
        JsonNode voting = s.awaitRound(round, view -> "VOTING".equals(view.get("phase").asText())
                && !view.get("votedText").isNull());
        assertThat(voting.get("participation").asLong()).isEqualTo(1);
        assertThat(voting.get("outcome").isNull()).isTrue();
        assertThat(s.api.get("/api/rounds/" + round + "/outcome").status()).isEqualTo(404);

        Api.Response tooEarly = s.convener.post("/api/rounds/" + round + "/voting/closure", null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("detail").asText()).contains("1 of the 2 voters have not voted yet")
                .contains(closesAt.toString());

        when(ballotBox.participation(any())).thenReturn(2L);
        when(ballotBox.closeAndCount(any())).thenReturn(new BallotBox.Count(2, 0, 0));
        assertThat(s.convener.post("/api/rounds/" + round + "/voting/closure", null).status()).isEqualTo(204);
        s.awaitPhase(round, "CLOSED");

        Api.Response unsigned = s.convener.post("/api/rounds/" + round + "/publication", null);
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.json().get("detail").asText())
                .contains("missing: the worker side's chief representative and the platform side's");
        assertThat(s.repChief.post("/api/rounds/" + round + "/signatures", null).status()).isEqualTo(204);
        assertThat(s.hrChief.post("/api/rounds/" + round + "/signatures", null).status()).isEqualTo(204);
        assertThat(s.convener.post("/api/rounds/" + round + "/publication", null).status()).isEqualTo(204);

        JsonNode published = s.awaitPhase(round, "PUBLISHED");
        assertThat(published.get("votedText").get("revision").asInt()).isEqualTo(2);
        assertThat(published.get("votedText").get("changes").get(0).get("proposedValue").asText()).isEqualTo("8");
        assertThat(published.get("signatures").get("workerSide").asText()).isEqualTo("repchief-rt-adopt");
        assertThat(published.get("publishedAt").isNull()).isFalse();
        JsonNode outcome = s.api.get("/api/rounds/" + round + "/outcome").json();
        assertThat(outcome.get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(outcome.get("ballots").asLong()).isEqualTo(2);
        assertThat(outcome.get("ballotsNeeded").asLong()).isEqualTo(2);
        assertThat(outcome.get("forNeeded").asLong()).isEqualTo(2);
        assertThat(outcome.get("explanation").asText()).contains("2 of 2 cast a ballot").endsWith("adopted.");

        JsonNode opinions = s.api.get("/api/rounds/" + round + "/opinions").json();
        assertThat(opinions.get(0).get("answer").asText()).isEqualTo("PARTLY_ADOPTED");
        assertThat(opinions.get(0).has("authorId")).isFalse();
        assertThat(s.api.get("/api/rounds/" + round + "/amendments/" + amendment.createdId()).json()
                .get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(s.api.get("/api/rounds/" + round + "/meetings").json().get(0).get("attendees").size())
                .isEqualTo(2);
        assertThat(types(s.api.get("/api/rounds/" + round + "/timeline").json())).containsSubsequence(
                "RoundOpened", "CommentPeriodStarted", "OpinionSubmitted", "OpinionAnswered", "NegotiationStarted",
                "AmendmentTabled", "AmendmentAccepted", "MeetingRecorded", "TalksSuspended", "TalksResumed",
                "VotingOpened", "VotedTextRecorded", "VotingClosed", "OutcomeDetermined", "OutcomeSigned",
                "OutcomePublished");
    }

    @Test
    void aRejectedRoundClosesOnTimeAndReturnsToNegotiationInAFollowUpRound() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "rt-reject").withRoster();
        String proposal = s.submittedProposal();
        Instant startsAt = Instant.now().plusSeconds(1);
        String round = s.convener.post("/api/rounds", Map.of("platformId", s.platform, "proposalId", proposal,
                "electorateKind", "REPRESENTATIVES", "commentStartsAt", startsAt.toString(),
                "commentEndsAt", startsAt.plusSeconds(2).toString(),
                "voteRule", Map.of("attendance", Map.of("numerator", 1, "denominator", 2, "comparison", "AT_LEAST"),
                        "approval", Map.of("numerator", 1, "denominator", 2, "comparison", "MORE_THAN"))))
                .createdId();
        s.awaitPhase(round, "NEGOTIATING");

        when(ballotBox.closeAndCount(any())).thenReturn(new BallotBox.Count(0, 1, 0));
        assertThat(s.convener.post("/api/rounds/" + round + "/voting",
                Map.of("closesAt", Instant.now().plusSeconds(6).toString())).status()).isEqualTo(204);
        JsonNode closed = s.awaitPhase(round, "CLOSED");
        assertThat(closed.get("schedule").get("votingClosedEarly").asBoolean()).isFalse();
        JsonNode outcome = closed.get("outcome");
        assertThat(outcome.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(outcome.get("attendanceThreshold").asText()).isEqualTo("at least 1/2");
        assertThat(outcome.get("ballotsNeeded").asLong()).isEqualTo(1);

        assertThat(s.repChief.post("/api/rounds/" + round + "/signatures", null).status()).isEqualTo(409);
        assertThat(s.convener.post("/api/rounds/" + round + "/publication", null).status()).isEqualTo(204);
        Api.Response followUp = s.convener.post("/api/rounds/" + round + "/follow-up",
                Map.of("reason", "the buffer needs another look"));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        String next = followUp.createdId();
        JsonNode negotiating = s.awaitPhase(next, "NEGOTIATING");
        assertThat(negotiating.get("previousRoundId").asText()).isEqualTo(round);
        assertThat(negotiating.get("voteRule").get("attendance").get("numerator").asLong()).isEqualTo(1);
        assertThat(negotiating.get("schedule").get("commentStartsAt").isNull()).isTrue();
        s.awaitRound(round, view -> next.equals(view.get("followUpRoundId").asText()));
        assertThat(s.convener.post("/api/rounds/" + round + "/follow-up", Map.of("reason", "again")).status())
                .isEqualTo(409);

        JsonNode listed = s.api.get("/api/rounds?platform=" + s.platform + "&phase=NEGOTIATING").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(next);
        JsonNode all = s.api.get("/api/rounds?platform=" + s.platform).json();
        assertThat(all.get(0).get("id").asText()).as("newest first").isEqualTo(next);

        Api.Response lateOpinion = s.worker.post("/api/rounds/" + next + "/opinions", Map.of("text", "late"));
        assertThat(lateOpinion.status()).isEqualTo(409);
        assertThat(lateOpinion.contentType()).startsWith("application/problem+json");
        assertThat(s.outsider.post("/api/rounds/" + next + "/opinions", Map.of("text", "hi")).status())
                .isEqualTo(403);
        assertThat(s.rep.post("/api/rounds/" + next + "/suspension", Map.of("reason", "x")).status())
                .as("only a chief agrees to suspend").isEqualTo(403);
        assertThat(s.hr.post("/api/rounds/" + next + "/cancellation", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(s.convener.post("/api/rounds/" + next + "/cancellation", Map.of("reason", "withdrawn")).status())
                .isEqualTo(204);
        JsonNode cancelled = s.awaitPhase(next, "CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asText()).isEqualTo("withdrawn");
    }

    @Test
    void aWrittenRequestIsAnsweredAndThenOpenedAsARound() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "rt-request").withRoster();
        assertThat(s.worker.post("/api/rounds/requests", Map.of("platformId", s.platform, "topic", "pay",
                "request", "we ask to consult")).status()).isEqualTo(403);
        Api.Response requested = s.rep.post("/api/rounds/requests", Map.of("platformId", s.platform,
                "topic", "order dispatch radius", "request", "we ask to consult on the dispatch radius"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String round = requested.createdId();
        JsonNode view = s.awaitPhase(round, "REQUESTED");
        JsonNode request = view.get("request");
        assertThat(Duration.between(Instant.parse(request.get("requestedAt").asText()),
                Instant.parse(request.get("answerDueBy").asText()))).isEqualTo(Duration.ofDays(20));

        assertThat(s.rep.post("/api/rounds/" + round + "/request-answer", Map.of("answer", "yes")).status())
                .isEqualTo(403);
        assertThat(s.hr.post("/api/rounds/" + round + "/request-answer", Map.of("answer", "we will consult"))
                .status()).isEqualTo(204);
        JsonNode answered = s.awaitRound(round, r -> !r.get("request").get("answer").isNull());
        assertThat(answered.get("request").get("answeredLate").asBoolean()).isFalse();

        Instant startsAt = Instant.now().plusSeconds(60);
        String proposal = s.submittedProposal();
        Api.Response opened = s.convener.post("/api/rounds", Map.of("roundId", round, "platformId", s.platform,
                "proposalId", proposal, "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", startsAt.toString(), "commentEndsAt", startsAt.plusSeconds(60).toString()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.createdId()).isEqualTo(round);
        JsonNode announced = s.awaitPhase(round, "ANNOUNCED");
        assertThat(announced.get("request").get("topic").asText()).isEqualTo("order dispatch radius");
        assertThat(announced.get("proposalId").asText()).isEqualTo(proposal);
    }

    @Test
    void refusalsAreProblemsThatSayWhatToDo() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "rt-refuse").withRoster();
        String proposal = s.submittedProposal();
        Map<String, Object> body = Map.of("platformId", s.platform, "proposalId", proposal,
                "electorateKind", "REPRESENTATIVES", "commentStartsAt", Instant.now().plusSeconds(60).toString(),
                "commentEndsAt", Instant.now().plusSeconds(61).toString());

        Api.Response notConvener = s.hr.post("/api/rounds", body);
        assertThat(notConvener.status()).isEqualTo(403);
        assertThat(notConvener.contentType()).startsWith("application/problem+json");
        assertThat(s.api.post("/api/rounds", body).status()).isEqualTo(401);

        Api.Response tooShort = s.convener.post("/api/rounds", body);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("detail").asText()).contains("must last at least 2 seconds");

        Api.Response missing = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", "prop-refuse"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).contains("electorateKind").contains("commentStartsAt");

        Api.Response unknownPlatform = s.convener.post("/api/rounds", Map.of("platformId", "no-such-platform",
                "proposalId", "p", "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", Instant.now().plusSeconds(60).toString(),
                "commentEndsAt", Instant.now().plusSeconds(600).toString()));
        assertThat(unknownPlatform.status()).isEqualTo(404);

        Api.Response unknownProposal = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", "no-such-proposal", "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", Instant.now().plusSeconds(60).toString(),
                "commentEndsAt", Instant.now().plusSeconds(600).toString()));
        assertThat(unknownProposal.status()).isEqualTo(404);
        assertThat(unknownProposal.json().get("detail").asText()).contains("no submitted proposal");

        Api.Response allWorkers = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", proposal, "electorateKind", "ALL_WORKERS",
                "commentStartsAt", Instant.now().plusSeconds(60).toString(),
                "commentEndsAt", Instant.now().plusSeconds(600).toString()));
        assertThat(allWorkers.status()).as(allWorkers.toString()).isEqualTo(201);
        assertThat(s.awaitPhase(allWorkers.createdId(), "ANNOUNCED").get("electorateSize").asLong())
                .as("the one registered worker of the platform").isEqualTo(1);
        await().atMost(RoundScenario.PATIENCE).until(() -> "UNDER_CONSULTATION".equals(
                s.api.get("/api/proposals/" + proposal).json().path("status").asText()));
        Api.Response taken = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", proposal, "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", Instant.now().plusSeconds(60).toString(),
                "commentEndsAt", Instant.now().plusSeconds(600).toString()));
        assertThat(taken.status()).as("a proposal under one round cannot open another").isEqualTo(409);

        assertThat(s.api.get("/api/rounds/rnd-unknown").status()).isEqualTo(404);
        assertThat(s.api.get("/api/rounds/rnd-unknown/opinions").status()).isEqualTo(404);
        assertThat(s.api.get("/api/rounds?phase=SOMETIME").status()).isEqualTo(400);
        assertThat(s.convener.post("/api/rounds/rnd-unknown/comment-period", null).status()).isEqualTo(404);
    }

    static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
