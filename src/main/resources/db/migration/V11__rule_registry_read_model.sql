-- Read model of the algorithm-rule registry (RuleRegistryProjection, processing group "rule-registry-projection").

CREATE TABLE rule (
    rule_id        varchar(64)              NOT NULL PRIMARY KEY,
    platform_id    varchar(64)              NOT NULL,
    name           varchar(200)             NOT NULL,
    category       varchar(40)              NOT NULL,
    version        integer                  NOT NULL,
    parameters     text                     NOT NULL,
    summary        text                     NOT NULL,
    effective_date date,
    registered_at  timestamp with time zone NOT NULL
);

CREATE INDEX rule_by_platform ON rule (platform_id, name);

CREATE TABLE rule_version (
    rule_id        varchar(64)              NOT NULL,
    version        integer                  NOT NULL,
    parameters     text                     NOT NULL,
    summary        text                     NOT NULL,
    effective_date date,
    round_id       varchar(64),
    recorded_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (rule_id, version)
);
