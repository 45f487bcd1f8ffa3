-- Write-side tables of the vote feature, kept in the same transaction as the events.

-- The voting window of a round: written with VotingOpened, locked shared by every ballot,
-- locked exclusively and marked CLOSED by the closing count.
CREATE TABLE vote_gate (
    round_id  varchar(64)              NOT NULL PRIMARY KEY,
    opens_at  timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    state     varchar(8)               NOT NULL
);

-- The last ballot of each pseudonym in each round: what the closing count counts.
CREATE TABLE ballot (
    round_id  varchar(64)              NOT NULL,
    pseudonym varchar(64)              NOT NULL,
    choice    varchar(8)               NOT NULL,
    receipt   varchar(16)              NOT NULL,
    cast_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (round_id, pseudonym)
);
