-- Read model of algorithm-rule proposals (ProposalProjection, processing group "proposal-projection").

CREATE TABLE proposal (
    proposal_id     varchar(64)              NOT NULL PRIMARY KEY,
    platform_id     varchar(64)              NOT NULL,
    title           varchar(200)             NOT NULL,
    category        varchar(40)              NOT NULL,
    rationale       text                     NOT NULL,
    expected_impact text                     NOT NULL,
    effective_date  date                     NOT NULL,
    status          varchar(30)              NOT NULL,
    revision        integer                  NOT NULL,
    changes         text                     NOT NULL,
    round_id        varchar(64),
    drafted_at      timestamp with time zone NOT NULL,
    changed_at      timestamp with time zone NOT NULL
);

CREATE INDEX proposal_by_platform ON proposal (platform_id, drafted_at);

CREATE TABLE proposal_revision (
    proposal_id  varchar(64)              NOT NULL,
    revision     integer                  NOT NULL,
    changes      text                     NOT NULL,
    delta        text                     NOT NULL,
    reason       text,
    amendment_id varchar(64),
    revised_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (proposal_id, revision)
);
