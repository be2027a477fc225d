-- Idempotency-Key claims. The primary key makes the claim safe across replicas:
-- the first INSERT wins, every later request with the same caller and key sees that row.
create table idempotency_key (
    caller          varchar(100) not null,
    idem_key        varchar(255) not null,
    request_hash    varchar(64)  not null,
    state           varchar(16)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    response_status integer,
    response_type   varchar(100),
    response_body   varchar(200000),
    location        varchar(1000),
    etag            varchar(100),
    primary key (caller, idem_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
