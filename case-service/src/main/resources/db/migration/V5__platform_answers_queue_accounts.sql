-- Auditors read the log across cases in the order it was written.
create index audit_entry_written on audit_entry (occurred_at, id);
create index audit_entry_actor on audit_entry (actor, occurred_at);

-- The platform's answers in full: the contest reason code, when it says it acted, the kind of notice.
alter table notice add column contest_code varchar(32);
alter table notice add column contested_at timestamptz;
alter table notice add column action_reported_at timestamptz;
alter table notice add column kind varchar(32) not null default 'TAKEDOWN';

-- Appeals by the content owner, as the platform reports them.
create table appeal (
    id          uuid primary key,
    case_id     uuid          not null references takedown_case (id),
    notice_id   uuid          not null references notice (id),
    platform    varchar(32)   not null,
    reference   varchar(512),
    text        varchar(4000) not null,
    filed_at    timestamptz   not null,
    reported_by varchar(256)  not null,
    reported_at timestamptz   not null
);
create index appeal_case on appeal (case_id, reported_at);

-- A platform write retried with the same Idempotency-Key gets the first answer back; the key is scoped
-- to the platform, so two platforms cannot collide or read each other's answers.
create table idempotency_key (
    platform        varchar(32)  not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    body            text,
    created_at      timestamptz  not null,
    primary key (platform, idempotency_key)
);

-- Accounts, the review queue and outcomes.
alter table takedown_case add column reach bigint not null default 0;
alter table takedown_case add column repeat_offender boolean not null default false;
alter table takedown_case add column outcome varchar(32);
create index takedown_case_account on takedown_case (platform, author_id, created_at desc);

-- The rules that matched a case (any evidence version), so the queue filters by rule id with an index.
create table case_rule (
    case_id uuid         not null references takedown_case (id),
    rule_id varchar(256) not null,
    primary key (case_id, rule_id)
);
create index case_rule_rule on case_rule (rule_id);
insert into case_rule (case_id, rule_id)
select distinct e.case_id, m ->> 'ruleId'
  from evidence e, jsonb_array_elements(e.snapshot::jsonb -> 'classification' -> 'matches') m
 where m ->> 'ruleId' is not null
on conflict do nothing;

-- Re-checks of actioned content (content.removal-verified), each one kept whatever it decided.
create table removal_verification (
    id          uuid primary key,
    case_id     uuid          not null references takedown_case (id),
    result      varchar(32)   not null,
    checks      integer       not null,
    method      varchar(64),
    http_status integer,
    detail      varchar(2000),
    checked_at  timestamptz,
    received_at timestamptz   not null,
    applied     boolean       not null
);
create index removal_verification_case on removal_verification (case_id, received_at);
