package org.roundtable.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.roundtable.support.Api;

/**
 * Ballots sent by client threads the way a load balancer with retries would: each ballot goes to
 * a preferred node; when that node cannot be reached (refused, reset) the ballot goes to the other
 * node; a 409 (a clean conflict) is tried again. Every 201 is recorded with its receipt, so the
 * event store can be checked against what the clients were told.
 */
final class VoteTraffic {

    private static final int ATTEMPTS = 8;

    /** A ballot the application acknowledged with 201. */
    record Ack(String voter, String choice, String receipt, String replacedReceipt, String node, long atNanos) {
    }

    private final String votes;
    private final List<Ack> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Ack> lastByVoter = new ConcurrentHashMap<>();
    private final Set<String> interruptedVoters = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();

    VoteTraffic(String roundId) {
        this.votes = "/api/rounds/" + roundId + "/votes";
    }

    /** Casts the voter's ballots one after the other; each is acknowledged before the next is sent. */
    void vote(String voter, List<String> choices, Node preferred, Node other) {
        for (String choice : choices) {
            Ack ack = cast(voter, choice, preferred, other);
            acknowledged.add(ack);
            lastByVoter.put(voter, ack);
        }
    }

    private Ack cast(String voter, String choice, Node preferred, Node other) {
        Node target = preferred;
        List<String> trail = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Api.Response answer;
            try {
                answer = target.api().as(voter).post(votes, Map.of("choice", choice));
            } catch (IllegalStateException unreachable) {
                trail.add(target.name() + ": " + unreachable.getCause());
                if (unreachable.getCause() instanceof ConnectException) {
                    refused.incrementAndGet();
                } else {
                    interruptedVoters.add(voter);
                    cutOff.incrementAndGet();
                }
                target = target == preferred ? other : preferred;
                continue;
            }
            if (answer.status() == 201) {
                JsonNode receipt = answer.json();
                JsonNode replaced = receipt.get("replacedReceipt");
                return new Ack(voter, choice, receipt.get("receipt").asText(),
                        replaced == null || replaced.isNull() ? null : replaced.asText(), target.name(),
                        System.nanoTime());
            }
            if (answer.status() != 409) {
                throw new AssertionError("ballot of " + voter + " on node " + target.name() + ": " + answer
                        + " after " + trail);
            }
            trail.add(target.name() + ": " + answer.status());
            conflicts.incrementAndGet();
        }
        throw new AssertionError("ballot of " + voter + " was never acknowledged: " + trail);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    List<Ack> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    /** The last acknowledged ballot of each voter: the one that must be counted. */
    Map<String, Ack> lastByVoter() {
        return Map.copyOf(lastByVoter);
    }

    /** Voters whose request was cut off in flight: it may have committed without an answer. */
    Set<String> interruptedVoters() {
        return Set.copyOf(interruptedVoters);
    }

    /** Requests refused by an unreachable node, then sent to the other one. */
    int refused() {
        return refused.get();
    }

    /** Requests cut off in flight (reset, no answer), then sent to the other node. */
    int cutOff() {
        return cutOff.get();
    }

    int conflicts() {
        return conflicts.get();
    }
}
