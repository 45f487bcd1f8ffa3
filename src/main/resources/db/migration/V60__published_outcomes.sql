-- Read model of the "outcome-feed" projection: every published outcome, newest first, for the
-- Atom and JSON feeds. The projection also keeps the names it needs to write an entry in words.

CREATE TABLE feed_platform (
    platform_id   varchar(64)              NOT NULL PRIMARY KEY,
    name          varchar(200)             NOT NULL,
    registered_at timestamp with time zone NOT NULL
);

CREATE TABLE feed_proposal (
    proposal_id varchar(64)  NOT NULL PRIMARY KEY,
    title       varchar(200) NOT NULL
);

CREATE TABLE published_outcome (
    round_id       varchar(64)              NOT NULL PRIMARY KEY,
    platform_id    varchar(64)              NOT NULL,
    proposal_id    varchar(64)              NOT NULL,
    title          varchar(200)             NOT NULL,
    outcome        varchar(16)              NOT NULL,
    electorate     bigint                   NOT NULL,
    for_votes      bigint                   NOT NULL,
    against        bigint                   NOT NULL,
    abstain        bigint                   NOT NULL,
    revision       integer                  NOT NULL,
    changes        text                     NOT NULL,
    effective_date date,
    published_at   timestamp with time zone NOT NULL
);

CREATE INDEX published_outcome_newest ON published_outcome (published_at);
CREATE INDEX published_outcome_platform ON published_outcome (platform_id, published_at);
