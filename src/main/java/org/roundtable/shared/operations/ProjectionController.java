package org.roundtable.shared.operations;

import java.net.URI;
import java.util.List;
import org.roundtable.people.Actor;
import org.roundtable.shared.operations.Projections.ProcessorView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event processors of the node that answers, and replay of a projection to rebuild its read
 * model. Auditors and the convener may look; only the convener may replay.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    List<ProcessorView> all(Actor actor) {
        Operators.assertMayInspect(actor);
        return projections.all();
    }

    @GetMapping("/{name}")
    ProcessorView one(@PathVariable String name, Actor actor) {
        Operators.assertMayInspect(actor);
        return projections.one(name);
    }

    /** Starts a replay; it runs in the background: follow it at the Location (replaying turns false). */
    @PostMapping("/{name}/replay")
    ResponseEntity<Void> replay(@PathVariable String name, Actor actor) {
        Operators.assertMayRepair(actor);
        projections.replay(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name)).build();
    }
}
