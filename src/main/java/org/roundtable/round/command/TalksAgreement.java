package org.roundtable.round.command;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.platform.Side;

/**
 * Suspension of talks by agreement of both chief representatives (art. 35): who has agreed to
 * suspend or to resume so far. The agreements start afresh after each suspension and resumption.
 */
final class TalksAgreement {

    private boolean suspended;
    private final Map<Side, String> suspensionReasons = new EnumMap<>(Side.class);
    private final Set<Side> resumptionAgreed = EnumSet.noneOf(Side.class);

    boolean suspended() {
        return suspended;
    }

    void assertNotSuspended(String whatNeedsIt) {
        Refusals.conflictUnless(!suspended, "talks are suspended: " + whatNeedsIt
                + " once both chief representatives have agreed to resume");
    }

    void assertMayAgreeToSuspend(Side side) {
        Refusals.conflictUnless(!suspended, "talks are already suspended");
        Refusals.conflictUnless(!suspensionReasons.containsKey(side), "the " + words(side)
                + " has already agreed to suspend talks; the other side's chief representative must agree too");
    }

    void assertMayAgreeToResume(Side side) {
        Refusals.conflictUnless(suspended, "talks are not suspended, so there is nothing to resume");
        Refusals.conflictUnless(!resumptionAgreed.contains(side), "the " + words(side)
                + " has already agreed to resume talks; the other side's chief representative must agree too");
    }

    boolean bothAgreedToSuspend() {
        return suspensionReasons.size() == Side.values().length;
    }

    boolean bothAgreedToResume() {
        return resumptionAgreed.size() == Side.values().length;
    }

    /** The reasons both sides gave, once each when they differ. */
    String suspensionReason() {
        return suspensionReasons.values().stream().distinct().collect(Collectors.joining("; "));
    }

    void suspensionAgreed(Side side, String reason) {
        suspensionReasons.put(side, reason);
    }

    void talksSuspended() {
        suspended = true;
        suspensionReasons.clear();
    }

    void resumptionAgreed(Side side) {
        resumptionAgreed.add(side);
    }

    void talksResumed() {
        suspended = false;
        resumptionAgreed.clear();
    }

    static String words(Side side) {
        return side == Side.WORKERS ? "worker side" : "platform side";
    }
}
