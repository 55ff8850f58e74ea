-- SLA clocks: a deadline per platform and priority, set by a supervisor; a platform without a row
-- gets the configured defaults (pantau.case.deadline.*).
create table sla_policy (
    platform       varchar(32)  primary key,
    normal_seconds bigint       not null check (normal_seconds > 0),
    urgent_seconds bigint       not null check (urgent_seconds > 0),
    updated_by     varchar(256) not null,
    updated_at     timestamptz  not null
);

-- The running clock lives on the case: the scheduler finds overdue cases without a join, and the
-- deadline survives re-sent notices. sla_paused_at is set while the case is CONTESTED.
alter table takedown_case add column sla_deadline timestamptz;
alter table takedown_case add column sla_paused_at timestamptz;
alter table takedown_case add column sla_paused_seconds bigint not null default 0;

update takedown_case c set sla_deadline = (select max(n.deadline) from notice n where n.case_id = c.id)
 where c.state in ('APPROVED', 'NOTICE_SENT', 'ACKNOWLEDGED');

create index takedown_case_sla_due on takedown_case (sla_deadline)
 where state in ('APPROVED', 'NOTICE_SENT', 'ACKNOWLEDGED');
