package org.roundtable.round.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.round.Threshold;
import org.roundtable.round.VoteRule;
import org.roundtable.round.query.RoundView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The outcome's arithmetic in words, in both languages, from the numbers the vote rule gives. */
class RoundWordsTest {

    final RoundWords words = new RoundWords(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aQuorumAndAMajorityOfTheWholeRosterInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        RoundView round = closed(VoteRule.STATUTORY, new Tally(9, 5, 1, 1));
        assertThat(words.attendance(round)).isEqualTo("7 of 9 representatives voted: at least two thirds of all 9"
                + " meant at least 6 were needed, so the quorum was met.");
        assertThat(words.approval(round)).isEqualTo("5 voted for (1 against, 1 abstained): more than half of all 9"
                + " representatives meant at least 5 votes for were needed, so the proposal was adopted.");
    }

    @Test
    void noQuorumInChineseSaysNothingAboutApproval() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        RoundView round = closed(VoteRule.STATUTORY, new Tally(9, 5, 0, 0));
        assertThat(words.attendance(round))
                .isEqualTo("全体 9 名代表中有 5 名投票：须有全体 9 名的至少三分之二参加，即至少 6 名，未达到法定人数。");
        assertThat(words.approval(round)).isEmpty();
    }

    @Test
    void aRejectionOfAllWorkersWithAnInclusiveHalfAndAnUnnamedFraction() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        VoteRule rule = new VoteRule(Threshold.atLeast(3, 5), Threshold.atLeast(1, 2));
        RoundView round = closed(rule, new Tally(10, 4, 2, 0), ElectorateKind.ALL_WORKERS);
        assertThat(words.attendance(round)).contains("全体 10 名劳动者中有 6 名投票", "至少3/5", "即至少 6 名，已达到法定人数");
        assertThat(words.approval(round)).isEqualTo(
                "4 票赞成（2 票反对，0 票弃权）：须获全体 10 名劳动者的至少半数赞成，即至少 5 票，提案未获通过。");
        assertThat(words.threshold(Threshold.moreThan(1, 2))).isEqualTo("超过半数");
    }

    private static RoundView closed(VoteRule rule, Tally tally) {
        return closed(rule, tally, ElectorateKind.REPRESENTATIVES);
    }

    private static RoundView closed(VoteRule rule, Tally tally, ElectorateKind kind) {
        VoteRule.Decision decision = rule.decide(tally);
        long electorate = tally.electorate();
        var outcome = new RoundView.OutcomeView(decision.outcome(), electorate, tally.ballots(), tally.forVotes(),
                tally.against(), tally.abstain(), rule.attendance().toString(), decision.ballotsNeeded(),
                decision.outcome() != Outcome.NO_QUORUM, rule.approval().toString(), decision.forNeeded(),
                decision.outcome() == Outcome.ADOPTED, "", Instant.now());
        return new RoundView(RoundId.of("rnd-words"), PlatformId.of("pf"), null, Phase.CLOSED, false, kind,
                electorate, "digest", null, null, new RoundView.VoteRuleView("", rule.attendance(), rule.approval()),
                null, null, outcome, null, null, null, null, null, null, null, null);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
