-- Webhook subscriptions of platforms, and the outbox of their deliveries. A delivery row is the
-- timer of its next attempt, so retries survive a restart; each attempt is logged.

CREATE TABLE webhook_subscription (
    id          varchar(64)              NOT NULL PRIMARY KEY,
    platform_id varchar(64)              NOT NULL,
    url         varchar(2000)            NOT NULL,
    topics      varchar(200)             NOT NULL,
    secret      varchar(200)             NOT NULL,
    created_by  varchar(64)              NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    removed_by  varchar(64),
    removed_at  timestamp with time zone
);

CREATE INDEX webhook_subscription_platform ON webhook_subscription (platform_id);

-- The platform of each round, kept by the reaction that queues deliveries (only RoundOpened names it).
CREATE TABLE webhook_round (
    round_id    varchar(64) NOT NULL PRIMARY KEY,
    platform_id varchar(64) NOT NULL
);

-- id is the idempotency key: stable per (subscription, event), sent on every attempt.
CREATE TABLE webhook_delivery (
    id              varchar(64)              NOT NULL PRIMARY KEY,
    subscription_id varchar(64)              NOT NULL,
    event_id        varchar(255)             NOT NULL,
    event_type      varchar(64)              NOT NULL,
    round_id        varchar(64)              NOT NULL,
    body            text                     NOT NULL,
    status          varchar(16)              NOT NULL,
    attempts        integer                  NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    next_attempt_at timestamp with time zone,
    last_attempt_at timestamp with time zone,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamp with time zone,
    claimed_by      varchar(64),
    claimed_until   timestamp with time zone
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at);

CREATE TABLE webhook_attempt (
    delivery_id     varchar(64)              NOT NULL,
    attempt         integer                  NOT NULL,
    attempted_at    timestamp with time zone NOT NULL,
    status_code     integer,
    error           varchar(500),
    duration_ms     bigint                   NOT NULL,
    next_attempt_at timestamp with time zone,
    PRIMARY KEY (delivery_id, attempt)
);
