package org.roundtable.round.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.FindRosterMembership;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.platform.PlatformQueries.RosterMembership;
import org.roundtable.platform.Side;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundQueries.FindRound;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;

/** Who may act on a round: the convener, the platform's HR, its workers and representatives, a side's chief. */
@Component
class RoundAccess {

    private final QueryGateway queries;

    RoundAccess(QueryGateway queries) {
        this.queries = queries;
    }

    RoundView round(String id) {
        RoundView round = queries.query(new FindRound(RoundId.of(id)), ResponseTypes.instanceOf(RoundView.class))
                .join();
        if (round == null) {
            throw new DomainException.NotFound("There is no round '" + id + "'.");
        }
        return round;
    }

    void assertPlatformExists(PlatformId platformId) {
        PlatformView platform = queries.query(new FindPlatform(platformId),
                ResponseTypes.instanceOf(PlatformView.class)).join();
        if (platform == null) {
            throw new DomainException.NotFound("There is no platform '" + platformId + "'.");
        }
    }

    /**
     * A round may open only on a submitted proposal of the same platform that no other round holds;
     * checked here, before the command, so a round is never opened on a draft or a withdrawn text.
     */
    void assertProposalCanBeConsulted(ProposalId proposalId, PlatformId platformId) {
        ProposalView proposal = queries.query(new FindProposal(proposalId),
                        ResponseTypes.optionalInstanceOf(ProposalView.class)).join()
                .filter(view -> view.status() != ProposalStatus.DRAFT)
                .orElseThrow(() -> new DomainException.NotFound("There is no submitted proposal '" + proposalId
                        + "'."));
        if (!proposal.platformId().equals(platformId)) {
            throw new DomainException.Conflict("Proposal " + proposalId + " belongs to platform "
                    + proposal.platformId() + ", not to " + platformId + ".");
        }
        if (proposal.status() != ProposalStatus.SUBMITTED) {
            throw new DomainException.Conflict("Proposal " + proposalId + " cannot be consulted now: it is "
                    + proposal.status().name().toLowerCase().replace('_', ' ')
                    + (proposal.roundId() == null ? "." : " in round " + proposal.roundId() + "."));
        }
    }

    static void assertConvener(Actor actor, String what) {
        if (!actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the union convener " + what + ".");
        }
    }

    static void assertHrOf(Actor actor, PlatformId platformId, String what) {
        if (!actor.has(Role.PLATFORM_HR) || !actor.belongsTo(platformId)) {
            throw new DomainException.NotAllowed("Only platform HR of " + platformId + " " + what + ".");
        }
    }

    static void assertRepresentativeOf(Actor actor, PlatformId platformId, String what) {
        if (!actor.has(Role.REPRESENTATIVE) || !actor.belongsTo(platformId)) {
            throw new DomainException.NotAllowed("Only a worker representative of " + platformId + " " + what + ".");
        }
    }

    static void assertWorkerOrRepresentativeOf(Actor actor, PlatformId platformId, String what) {
        if (!(actor.has(Role.WORKER) || actor.has(Role.REPRESENTATIVE)) || !actor.belongsTo(platformId)) {
            throw new DomainException.NotAllowed("Only the workers and worker representatives of " + platformId
                    + " " + what + ".");
        }
    }

    /** The side whose chief representative the actor is, on the roster of the round's platform. */
    Side chiefSide(Actor actor, RoundView round, String what) {
        RosterMembership membership = queries.query(new FindRosterMembership(round.platformId(), actor.id()),
                ResponseTypes.instanceOf(RosterMembership.class)).join();
        if (membership == null || !membership.chief()) {
            throw new DomainException.NotAllowed("Only a chief representative on the roster of "
                    + round.platformId() + " " + what + ".");
        }
        return membership.side();
    }
}
