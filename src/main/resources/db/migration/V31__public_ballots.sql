-- Read model of the "ballots-public" projection: participation, and receipts once voting closed.

CREATE TABLE public_ballot_round (
    round_id  varchar(64)              NOT NULL PRIMARY KEY,
    closes_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone
);

-- The last ballot of each pseudonym; pseudonyms never leave this table.
CREATE TABLE public_ballot (
    round_id  varchar(64) NOT NULL,
    pseudonym varchar(64) NOT NULL,
    receipt   varchar(16) NOT NULL,
    choice    varchar(8)  NOT NULL,
    PRIMARY KEY (round_id, pseudonym)
);
