-- Rules with a model (docs/impact-preview.md): the kind in the registry, the current parameters of
-- every rule with a kind on the write side, and the impact previews recorded with proposals.

-- The registry's read model names each rule's kind (null: a free-form rule, or one registered
-- before rules had kinds).
ALTER TABLE rule ADD COLUMN kind varchar(20);

-- Write side of the rule feature, kept in the same transaction as the rule events (subscribing
-- processor "rule-models"): what a proposal for a rule with a kind is checked against.
CREATE TABLE rule_model (
    rule_id     varchar(64) NOT NULL PRIMARY KEY,
    platform_id varchar(64) NOT NULL,
    kind        varchar(20) NOT NULL,
    version     integer     NOT NULL,
    parameters  text        NOT NULL
);

-- Read model of recorded impact previews (RecordedPreviewProjection, processing group
-- "preview-projection"): one row per ImpactPreviewRecorded, keyed by the proposal's event sequence.
CREATE TABLE impact_preview (
    proposal_id   varchar(64)              NOT NULL,
    sequence      bigint                   NOT NULL,
    revision      integer                  NOT NULL,
    rule_id       varchar(64)              NOT NULL,
    rule_version  integer                  NOT NULL,
    impact        text                     NOT NULL,
    recorded_by   varchar(64)              NOT NULL,
    recorded_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (proposal_id, sequence)
);
