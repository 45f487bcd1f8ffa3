package org.roundtable.shared.operations;

import java.util.List;
import org.roundtable.people.Actor;
import org.roundtable.shared.operations.DeadLetterViews.GroupSummary;
import org.roundtable.shared.operations.DeadLetterViews.GroupView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events that a processing group failed to handle and parked, for an operator to see, retry or
 * evict. Auditors and the convener may look; only the convener may retry or evict.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private static final int MAX_LIMIT = 500;

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Every processing group that parks failed events, with how many it holds. */
    @GetMapping
    List<GroupSummary> groups(Actor actor) {
        Operators.assertMayInspect(actor);
        return deadLetters.summaries();
    }

    /** The parked sequences of one group, oldest first, each event with its cause and times. */
    @GetMapping("/{group}")
    GroupView group(@PathVariable String group, @RequestParam(defaultValue = "50") int limit, Actor actor) {
        Operators.assertMayInspect(actor);
        return deadLetters.group(group, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /** Handles the oldest parked sequence again: 204 when all of it went through, 409 when it failed again. */
    @PostMapping("/{group}/retry")
    ResponseEntity<Void> retry(@PathVariable String group, Actor actor) {
        Operators.assertMayRepair(actor);
        deadLetters.retryOldest(group);
        return ResponseEntity.noContent().build();
    }

    /** Gives up on one parked event for good; the events behind it in its sequence stay parked. */
    @DeleteMapping("/{group}/{letterId}")
    ResponseEntity<Void> evict(@PathVariable String group, @PathVariable String letterId, Actor actor) {
        Operators.assertMayRepair(actor);
        deadLetters.evict(group, letterId);
        return ResponseEntity.noContent().build();
    }
}
