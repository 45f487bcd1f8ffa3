package org.roundtable.complaint.web;

import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.shared.DomainException;

/**
 * Who may see and do what with complaints. A complaint's words are shown only to the worker who
 * filed it, HR of its platform, the union convener and auditors.
 */
final class ComplaintAccess {

    private ComplaintAccess() {
    }

    static void assertWorkerOf(Actor actor, PlatformId platform) {
        boolean worker = actor.has(Role.WORKER) || actor.has(Role.REPRESENTATIVE);
        if (!worker || !actor.belongsTo(platform)) {
            throw new DomainException.NotAllowed("Only a worker of " + platform
                    + " can file a complaint about a decision of that platform.");
        }
    }

    static void assertHrOf(Actor actor, PlatformId platform, String action) {
        if (!actor.has(Role.PLATFORM_HR) || !actor.belongsTo(platform)) {
            throw new DomainException.NotAllowed("Only HR of " + platform + " can " + action + ".");
        }
    }

    static void assertConvener(Actor actor) {
        if (!actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the union convener records the union's follow-up.");
        }
    }

    /** The worker's own steps; the aggregate checks the same, this lets a page refuse before showing a form. */
    static void assertIsTheWorker(Actor actor, ComplaintView complaint, String action) {
        if (!complaint.workerId().equals(actor.id())) {
            throw new DomainException.NotAllowed("Only the worker who filed this complaint can " + action + ".");
        }
    }

    /** The list of complaints that went to the union, across platforms. */
    static void assertMayListEscalated(Actor actor) {
        if (!actor.has(Role.CONVENER) && !actor.has(Role.AUDITOR)) {
            throw new DomainException.NotAllowed("The complaints with the union are listed only for the union"
                    + " convener and auditors.");
        }
    }

    static void assertMayRead(Actor actor, ComplaintView complaint) {
        boolean allowed = complaint.workerId().equals(actor.id())
                || actor.has(Role.PLATFORM_HR) && actor.belongsTo(complaint.platformId())
                || actor.has(Role.CONVENER) || actor.has(Role.AUDITOR);
        if (!allowed) {
            throw new DomainException.NotAllowed("A complaint is shown only to the worker who filed it, HR of "
                    + complaint.platformId() + ", the union convener and auditors.");
        }
    }

    static void assertMayList(Actor actor, PlatformId platform) {
        boolean allowed = actor.has(Role.PLATFORM_HR) && actor.belongsTo(platform)
                || actor.has(Role.CONVENER) || actor.has(Role.AUDITOR);
        if (!allowed) {
            throw new DomainException.NotAllowed("The complaints of " + platform
                    + " are listed only for its HR, the union convener and auditors; see /api/complaints/mine"
                    + " for your own.");
        }
    }
}
