-- Transactional outbox and webhook subscriptions. Events carry ids, programme and
-- status only; referrer_organisation is routing data for organisation-filtered subscriptions.
create table outbox_event (
    id                    uuid primary key,
    type                  varchar(64)  not null,
    occurred_at           timestamp with time zone not null,
    referral_id           uuid,
    group_id              uuid,
    programme_code        varchar(64)  not null,
    status                varchar(32),
    previous_status       varchar(32),
    referrer_organisation varchar(200),
    payload               varchar(4000) not null
);
create index outbox_event_occurred on outbox_event (occurred_at);

create table webhook_subscription (
    id               uuid primary key,
    url              varchar(2000) not null,
    secret_encrypted varchar(500)  not null,
    event_types      varchar(500)  not null,
    organisation     varchar(200),
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    active           boolean       not null
);

create table webhook_delivery (
    id               uuid primary key,
    event_id         uuid         not null references outbox_event (id),
    subscription_id  uuid         not null references webhook_subscription (id),
    state            varchar(16)  not null,
    attempts         integer      not null,
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    last_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone
);
create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, state);
