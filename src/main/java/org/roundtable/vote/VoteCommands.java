package org.roundtable.vote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;

/** Commands of the WorkerVote aggregate. */
public sealed interface VoteCommands {

    /**
     * A member of the round's frozen electorate casts, or changes, their ballot. The voter's id
     * travels in the command to check eligibility and is never stored in the event.
     */
    record CastVote(@TargetAggregateIdentifier BallotId ballotId, PersonId voterId, Choice choice)
            implements VoteCommands {
        public CastVote {
            if (ballotId == null || voterId == null) {
                throw new IllegalArgumentException("a vote needs a ballot and a voter");
            }
            if (choice == null) {
                throw new IllegalArgumentException("choose FOR, AGAINST or ABSTAIN");
            }
        }

        /** Never the voter next to the choice, in any log or exception message. */
        @Override
        public String toString() {
            return "CastVote[" + ballotId + ", voter and choice hidden]";
        }
    }
}
