-- Read model of complaints about algorithmic decisions (projection "complaints").
-- complaint_text and the explanations are the words of the people involved and may contain
-- personal data: they are shown only to the worker, HR of the platform, the union and auditors.
create table complaint_view (
    complaint_id              varchar(64)  not null,
    platform_id               varchar(64)  not null,
    rule_id                   varchar(64)  not null,
    worker_id                 varchar(64)  not null,
    decision_kind             varchar(32)  not null,
    decision_date             date         not null,
    decision_making           varchar(32)  not null,
    complaint_text            text         not null,
    filed_at                  timestamp with time zone not null,
    answer_due_by             timestamp with time zone not null,
    answer_outcome            varchar(16),
    answer_decision_making    varchar(32),
    answer_explanation        text,
    answered_by               varchar(64),
    answered_at               timestamp with time zone,
    answered_late             boolean      not null default false,
    overdue                   boolean      not null default false,
    human_review_requested_at timestamp with time zone,
    human_review_result       varchar(16),
    human_review_explanation  text,
    reviewed_by               varchar(64),
    reviewed_at               timestamp with time zone,
    escalation_reason         varchar(16),
    dispute_reason            text,
    escalated_at              timestamp with time zone,
    withdrawal_reason         text,
    withdrawn_at              timestamp with time zone,
    constraint complaint_view_pk primary key (complaint_id)
);
create index complaint_view_platform_idx on complaint_view (platform_id, filed_at);
create index complaint_view_rule_idx on complaint_view (rule_id);
create index complaint_view_worker_idx on complaint_view (worker_id, filed_at);

-- The union's follow-ups of escalated complaints, keyed by the event's sequence number so that a
-- redelivered event replaces its own row.
create table complaint_follow_up (
    complaint_id    varchar(64) not null,
    sequence_number bigint      not null,
    note            text        not null,
    recorded_by     varchar(64) not null,
    recorded_at     timestamp with time zone not null,
    constraint complaint_follow_up_pk primary key (complaint_id, sequence_number)
);
