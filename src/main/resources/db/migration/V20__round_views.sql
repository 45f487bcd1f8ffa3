-- Read models of consultation rounds (projections; safe to clear and replay).

-- One row per round: its phase, schedule, electorate, vote rule and, once closed, the whole arithmetic.
create table round_view (
    round_id                 varchar(64)  not null,
    platform_id              varchar(64)  not null,
    proposal_id              varchar(64),
    phase                    varchar(16)  not null,
    suspended                boolean      not null default false,
    created_at               timestamp with time zone not null,
    -- the written request (art. 32)
    topic                    varchar(200),
    request_text             text,
    requested_by             varchar(64),
    requested_at             timestamp with time zone,
    answer_due_by            timestamp with time zone,
    request_answer           text,
    request_answered_at      timestamp with time zone,
    request_answered_late    boolean,
    request_overdue          boolean      not null default false,
    -- the opening
    opened_by                varchar(64),
    opened_at                timestamp with time zone,
    electorate_kind          varchar(16),
    electorate_size          bigint,
    electorate_digest        varchar(128),
    attendance_numerator     bigint,
    attendance_denominator   bigint,
    attendance_comparison    varchar(16),
    approval_numerator       bigint,
    approval_denominator     bigint,
    approval_comparison      varchar(16),
    previous_round_id        varchar(64),
    -- the schedule
    comment_starts_at        timestamp with time zone,
    comment_ends_at          timestamp with time zone,
    comment_started_at       timestamp with time zone,
    comment_started_early    boolean,
    negotiation_started_at   timestamp with time zone,
    voting_opens_at          timestamp with time zone,
    voting_closes_at         timestamp with time zone,
    voting_closed_at         timestamp with time zone,
    voting_closed_early      boolean,
    -- the text voted on
    voted_revision           integer,
    voted_changes            text,
    voted_effective_date     date,
    -- the outcome
    outcome                  varchar(16),
    tally_electorate         bigint,
    tally_for                bigint,
    tally_against            bigint,
    tally_abstain            bigint,
    ballots_needed           bigint,
    for_needed               bigint,
    determined_at            timestamp with time zone,
    workers_signed_by        varchar(64),
    workers_signed_at        timestamp with time zone,
    platform_signed_by       varchar(64),
    platform_signed_at       timestamp with time zone,
    published_by             varchar(64),
    published_at             timestamp with time zone,
    -- what came after
    follow_up_round_id       varchar(64),
    return_reason            text,
    cancelled_by             varchar(64),
    cancelled_at             timestamp with time zone,
    cancel_reason            text,
    constraint round_view_pk primary key (round_id)
);
create index round_view_platform_idx on round_view (platform_id, created_at);
create index round_view_phase_idx on round_view (phase, created_at);

-- Opinions given in a round, each with its public answer.
create table round_opinion (
    round_id      varchar(64)  not null,
    opinion_id    varchar(64)  not null,
    opinion_text  text         not null,
    parameter     varchar(100),
    author_id     varchar(64)  not null,
    submitted_at  timestamp with time zone not null,
    answer        varchar(16),
    answer_reason text,
    answered_by   varchar(64),
    answered_at   timestamp with time zone,
    constraint round_opinion_pk primary key (round_id, opinion_id)
);

-- Amendments tabled by the worker side, each accepted or rejected with a reason.
create table round_amendment (
    round_id        varchar(64) not null,
    amendment_id    varchar(64) not null,
    changes         text        not null,
    reasons         text        not null,
    tabled_by       varchar(64) not null,
    tabled_at       timestamp with time zone not null,
    status          varchar(16) not null,
    decision_reason text,
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    constraint round_amendment_pk primary key (round_id, amendment_id)
);

-- Minutes of negotiation meetings (art. 33).
create table round_meeting (
    round_id     varchar(64) not null,
    meeting_id   varchar(64) not null,
    meeting_date date        not null,
    attendees    text        not null,
    minutes      text        not null,
    recorded_by  varchar(64) not null,
    recorded_at  timestamp with time zone not null,
    constraint round_meeting_pk primary key (round_id, meeting_id)
);

-- Every event of every round, in order, with its time.
create table round_timeline (
    round_id        varchar(64) not null,
    sequence_number bigint      not null,
    event_type      varchar(64) not null,
    occurred_at     timestamp with time zone not null,
    constraint round_timeline_pk primary key (round_id, sequence_number)
);
