-- Failed sign-ins per username and per client address (both as SHA-256 hex, never in clear),
-- shared by every node and kept across restarts.
create table login_throttle (
    subject         varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    constraint login_throttle_pk primary key (subject)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
