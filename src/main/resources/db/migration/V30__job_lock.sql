-- Leases for jobs that must run on one instance at a time (the retention job first).
create table job_lock (
    name         varchar(64) primary key,
    locked_by    varchar(100),
    locked_until timestamp with time zone
);
insert into job_lock (name) values ('retention');

-- The retention job looks for closed referrals not yet anonymised.
create index referral_retention on referral (anonymised_at, closed_at);
