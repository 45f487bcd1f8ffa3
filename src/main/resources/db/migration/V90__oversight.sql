-- Oversight read models: filings of adopted rule versions and their periodic reviews (docs/oversight.md).
CREATE TABLE oversight_filing (
    filing_id     varchar(100) PRIMARY KEY,
    rule_id       varchar(64)  NOT NULL,
    version       integer      NOT NULL,
    platform_id   varchar(64),
    adopted_on    date         NOT NULL,
    due_by        date         NOT NULL,
    filing_number varchar(64),
    filed_on      date,
    late          boolean      NOT NULL,
    overdue       boolean      NOT NULL
);

CREATE INDEX oversight_filing_rule ON oversight_filing (rule_id);

CREATE TABLE oversight_review (
    review_id          varchar(100) NOT NULL,
    cycle              integer      NOT NULL,
    rule_id            varchar(64)  NOT NULL,
    version            integer      NOT NULL,
    platform_id        varchar(64),
    due_by             date         NOT NULL,
    period             varchar(32),
    figures            text,
    submitted_at       timestamp with time zone,
    late               boolean      NOT NULL,
    overdue            boolean      NOT NULL,
    decision           varchar(16),
    reasons            text,
    requested_round_id varchar(64),
    PRIMARY KEY (review_id, cycle)
);

CREATE INDEX oversight_review_rule ON oversight_review (rule_id);
