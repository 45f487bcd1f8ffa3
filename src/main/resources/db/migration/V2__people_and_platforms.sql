-- People: the personal-data store. Not event-sourced, so a person can be erased; events refer to
-- people only by their opaque id.
create table person (
    id            varchar(64)  not null,
    username      varchar(100) not null,
    password_hash varchar(255),
    display_name  varchar(200),
    phone         varchar(40),
    platform_id   varchar(64),
    erased        boolean      not null default false,
    created_at    timestamp with time zone not null,
    erased_at     timestamp with time zone,
    constraint person_pk primary key (id),
    constraint person_username_uk unique (username)
);
create index person_platform_idx on person (platform_id);

create table person_role (
    person_id varchar(64) not null,
    role      varchar(32) not null,
    constraint person_role_pk primary key (person_id, role)
);
create index person_role_role_idx on person_role (role, person_id);

-- The roster of each platform (write side, kept in the command's transaction).
create table roster_member (
    platform_id varchar(64) not null,
    person_id   varchar(64) not null,
    side        varchar(16) not null,
    chief       boolean     not null,
    constraint roster_member_pk primary key (platform_id, person_id)
);

-- Frozen electorates: who may vote in each round (write side, filled when the round opens).
create table electorate_member (
    round_id  varchar(64) not null,
    person_id varchar(64) not null,
    constraint electorate_member_pk primary key (round_id, person_id)
);

-- Read model of platforms.
create table platform_view (
    platform_id   varchar(64)  not null,
    name          varchar(200) not null,
    registered_at timestamp with time zone not null,
    constraint platform_view_pk primary key (platform_id)
);
