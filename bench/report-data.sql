-- 100,000 Tidlig Forebyggelse referrals received in 2026 in every status, with history and scores,
-- inserted in bulk into the demo H2 file database (run by bench/report.sh while the service is stopped).
insert into programme_group (id, programme_code, name, capacity, occupied_places, status, created_at, version)
select random_uuid(), 'tidlig-forebyggelse', 'Bench caseload ' || x, 100, 0, 'OPEN',
       timestamp with time zone '2026-01-01 00:00:00+00', 0
from (select "X" as x from system_range(1, 50)) s;

insert into referral (id, reference, programme_code, status, priority, received_at, received_on, first_contact_due_at,
    first_contact_at, referrer_role, referrer_organisation, subject_type, subject_has_open_case, subject_age_years,
    reason_category, consent_given, placed_at, session_limit, sessions_used, extensions_granted, closed_at, close_reason,
    outcome, escalated_at, notified_unit, needs_open_case_check, status_changes, created_by, version)
select random_uuid(), 'B-' || x, 'tidlig-forebyggelse',
       case mod(x, 10) when 0 then 'RECEIVED' when 1 then 'ACCEPTED' when 2 then 'WAITLISTED' when 3 then 'PLACED'
            when 4 then 'IN_PROGRESS' when 5 then 'DECLINED' when 6 then 'WITHDRAWN' when 7 then 'ESCALATED'
            else 'COMPLETED' end,
       case when mod(x, 7) = 0 then 'HIGH' else 'NORMAL' end,
       dateadd('DAY', mod(x, 320), timestamp with time zone '2026-01-01 09:00:00+00'),
       dateadd('DAY', mod(x, 320), date '2026-01-01'),
       dateadd('DAY', mod(x, 320) + 7, timestamp with time zone '2026-01-01 09:00:00+00'),
       case when mod(x, 10) = 0 then null
            else dateadd('DAY', mod(x, 320) + mod(x, 9), timestamp with time zone '2026-01-01 10:00:00+00') end,
       'SCHOOL', 'Bench-skolen', 'CHILD', false, mod(x, 18), 'WELLBEING', true,
       case when mod(x, 10) in (3, 4, 7, 8, 9)
            then dateadd('DAY', mod(x, 320) + mod(x, 20), timestamp with time zone '2026-01-01 12:00:00+00') end,
       5,
       case when mod(x, 10) in (8, 9) then mod(x, 5) + 1 when mod(x, 10) = 4 then 2 when mod(x, 10) = 7 then 3 else 0 end,
       0,
       case when mod(x, 10) in (5, 6) then dateadd('DAY', mod(x, 320) + 3, timestamp with time zone '2026-01-01 12:00:00+00')
            when mod(x, 10) in (7, 8, 9) then dateadd('DAY', mod(x, 320) + mod(x, 20) + 30, timestamp with time zone '2026-01-01 12:00:00+00')
       end,
       case when mod(x, 10) = 5 then (case when mod(x, 20) < 10 then 'OPEN_CASE' else 'NOT_ELIGIBLE' end)
            when mod(x, 10) = 6 then 'NO_LONGER_NEEDED' end,
       case when mod(x, 10) in (8, 9) then 'GOAL_REACHED' end,
       case when mod(x, 10) = 7 then dateadd('DAY', mod(x, 320) + mod(x, 20) + 30, timestamp with time zone '2026-01-01 12:00:00+00') end,
       case when mod(x, 10) = 7 then 'Familieafdelingen' end,
       false, 2, 'bench', 0
from (select "X" as x from system_range(1, 100000)) s;

insert into referral_status_change (id, referral_id, position, from_status, to_status, changed_at, actor, reason)
select random_uuid(), id, 1, null, 'RECEIVED', received_at, 'bench', null from referral where created_by = 'bench';
insert into referral_status_change (id, referral_id, position, from_status, to_status, changed_at, actor, reason)
select random_uuid(), id, 2, 'RECEIVED', 'ACCEPTED', received_at, 'system', 'NO_VISITATION' from referral
where created_by = 'bench' and status <> 'RECEIVED';

insert into measurement (id, referral_id, phase, score, measured_at, created_at)
select random_uuid(), id, 'START', mod(cast(substring(reference, 3) as int), 5) + 3, received_on, received_at
from referral where created_by = 'bench' and status = 'COMPLETED';
insert into measurement (id, referral_id, phase, score, measured_at, created_at)
select random_uuid(), id, 'END', mod(cast(substring(reference, 3) as int), 4) + 6, received_on, received_at
from referral where created_by = 'bench' and status = 'COMPLETED';
