-- One schema for H2 (MODE=PostgreSQL) and PostgreSQL 15. Hibernate only validates it.

create table programme (
    code                        varchar(64)  primary key,
    name                        varchar(200) not null,
    description                 varchar(4000),
    format                      varchar(32)  not null,
    subject_types               varchar(200) not null,
    min_age_years               integer,
    max_age_years               integer,
    due_date_max_months_ahead   integer,
    infant_max_age_months       integer,
    referrer_roles              varchar(200) not null,
    excludes_open_case          boolean      not null,
    requires_visitation         boolean      not null,
    session_limit               integer,
    extension_sessions          integer,
    max_extensions              integer      not null,
    first_contact_within_days   integer      not null,
    scale_min                   integer      not null,
    scale_max                   integer      not null,
    scale_label                 varchar(200) not null,
    group_size_min              integer,
    group_size_max              integer,
    annual_budget_dkk           bigint,
    target_participants_per_year integer,
    auto_promote                boolean      not null,
    version                     bigint       not null
);

create table programme_group (
    id               uuid primary key,
    programme_code   varchar(64)  not null references programme (code),
    name             varchar(200) not null,
    capacity         integer      not null,
    occupied_places  integer      not null,
    min_participants integer,
    start_date       date,
    end_date         date,
    leaders          varchar(1000),
    status           varchar(32)  not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint group_capacity_held check (occupied_places >= 0 and occupied_places <= capacity)
);
create index programme_group_programme on programme_group (programme_code);

create sequence referral_reference_seq start with 1 increment by 1;

create table referral (
    id                       uuid primary key,
    reference                varchar(32)  not null unique,
    programme_code           varchar(64)  not null references programme (code),
    status                   varchar(32)  not null,
    priority                 varchar(16)  not null,
    received_at              timestamp with time zone not null,
    received_on              date         not null,
    first_contact_due_at     timestamp with time zone not null,
    first_contact_at         timestamp with time zone,
    first_contact_channel    varchar(32),
    referrer_role            varchar(32)  not null,
    referrer_organisation    varchar(200) not null,
    referrer_name            varchar(200),
    referrer_email           varchar(320),
    subject_type             varchar(32)  not null,
    subject_name             varchar(200),
    subject_birth_date       date,
    subject_cpr_encrypted    varchar(200),
    subject_expected_due_date date,
    subject_infant_birth_date date,
    subject_has_open_case    boolean      not null,
    subject_age_years        integer,
    subject_key              varchar(64),
    open_subject_key         varchar(64),
    contact_name             varchar(200),
    contact_relation         varchar(32),
    contact_phone            varchar(32),
    contact_email            varchar(320),
    reason_category          varchar(32)  not null,
    reason_description       varchar(4000),
    wellbeing_score          integer,
    consent_given            boolean      not null,
    consent_given_by         varchar(200),
    consent_date             date,
    group_id                 uuid references programme_group (id),
    placed_at                timestamp with time zone,
    waitlisted_at            timestamp with time zone,
    session_limit            integer,
    sessions_used            integer      not null,
    extensions_granted       integer      not null,
    extension_justification  varchar(4000),
    closed_at                timestamp with time zone,
    close_reason             varchar(32),
    decision_note            varchar(4000),
    outcome                  varchar(32),
    escalated_at             timestamp with time zone,
    notified_unit            varchar(200),
    needs_open_case_check    boolean      not null,
    anonymised_at            timestamp with time zone,
    status_changes           integer      not null,
    created_by               varchar(100) not null,
    version                  bigint       not null,
    -- While a referral is open its subject key sits here; the unique constraint makes the
    -- duplicate guard hold under concurrency too (NULLs never collide).
    constraint referral_one_open_per_subject unique (programme_code, open_subject_key)
);
create index referral_programme_status on referral (programme_code, status);
create index referral_org on referral (referrer_organisation);
create index referral_group on referral (group_id);
create index referral_received_on on referral (programme_code, received_on);
create index referral_waitlist on referral (programme_code, status, priority, waitlisted_at);

create table referral_status_change (
    id          uuid primary key,
    referral_id uuid        not null references referral (id),
    position    integer     not null,
    from_status varchar(32),
    to_status   varchar(32) not null,
    changed_at  timestamp with time zone not null,
    actor       varchar(100) not null,
    reason      varchar(64)
);
create unique index referral_status_change_position on referral_status_change (referral_id, position);

create table programme_session (
    id               uuid primary key,
    referral_id      uuid references referral (id),
    group_id         uuid references programme_group (id),
    programme_code   varchar(64) not null references programme (code),
    session_date     date        not null,
    type             varchar(16) not null,
    duration_minutes integer,
    attended         boolean,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null
);
create index session_referral on programme_session (referral_id);
create index session_group on programme_session (group_id);

create table attendance (
    session_id  uuid        not null references programme_session (id),
    referral_id uuid        not null references referral (id),
    status      varchar(16) not null,
    primary key (session_id, referral_id)
);

create table measurement (
    id          uuid primary key,
    referral_id uuid        not null references referral (id),
    phase       varchar(16) not null,
    score       integer     not null,
    measured_at date        not null,
    created_at  timestamp with time zone not null
);
create index measurement_referral on measurement (referral_id);

create table audit_event (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100) not null,
    role         varchar(32)  not null,
    organisation varchar(200),
    action       varchar(16)  not null,
    referral_id  uuid,
    endpoint     varchar(200)
);
create index audit_event_referral on audit_event (referral_id, occurred_at);
create index audit_event_at on audit_event (occurred_at);
