-- case-service: takedown cases, their evidence versions, the hash-chained audit log and notices.
create table takedown_case (
    id                 uuid primary key,
    content_id         uuid          not null,
    state              varchar(32)   not null,
    priority           varchar(16)   not null,
    platform           varchar(32)   not null,
    external_id        varchar(256)  not null,
    url                varchar(2048) not null,
    author_id          varchar(256),
    author_handle      varchar(256),
    verdict            varchar(16)   not null,
    score              double precision not null,
    legal_basis        varchar(2000),
    reason             varchar(2000),
    proposed_by        varchar(256),
    approved_by        varchar(256),
    action_taken       varchar(32),
    platform_reference varchar(512),
    audit_seq          integer       not null,
    audit_head         varchar(64)   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null,
    -- one content item never opens two cases, whatever the redelivery or race
    constraint takedown_case_content unique (content_id)
);
create index takedown_case_created on takedown_case (created_at desc);
create index takedown_case_state_created on takedown_case (state, created_at desc);

create table evidence (
    id               uuid primary key,
    case_id          uuid         not null references takedown_case (id),
    evidence_version integer      not null,
    content_version  integer      not null,
    text             text         not null,
    content_hash     varchar(64)  not null,
    captured_at      timestamptz  not null,
    snapshot         text         not null,
    sha256           varchar(64)  not null,
    created_at       timestamptz  not null,
    constraint evidence_version_per_case unique (case_id, evidence_version),
    constraint evidence_content_version_per_case unique (case_id, content_version)
);

create table audit_entry (
    id          uuid primary key,
    case_id     uuid          not null references takedown_case (id),
    seq         integer       not null,
    actor       varchar(256)  not null,
    action      varchar(64)   not null,
    from_state  varchar(32),
    to_state    varchar(32)   not null,
    reason      varchar(2000),
    occurred_at timestamptz   not null,
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null,
    constraint audit_entry_seq_per_case unique (case_id, seq)
);

create table notice (
    id                  uuid primary key,
    case_id             uuid          not null references takedown_case (id),
    platform            varchar(32)   not null,
    external_id         varchar(256)  not null,
    url                 varchar(2048) not null,
    issuing_authority   varchar(256)  not null,
    legal_basis         varchar(2000) not null,
    reason              varchar(2000) not null,
    requested_action    varchar(32)   not null,
    priority            varchar(16)   not null,
    deadline            timestamptz   not null,
    evidence_digest     varchar(64)   not null,
    response_url        varchar(2048) not null,
    created_at          timestamptz   not null,
    delivery_status     varchar(16),
    delivery_attempt    integer,
    delivery_channel    varchar(16),
    delivery_detail     varchar(2000),
    delivery_updated_at timestamptz,
    delivered_at        timestamptz,
    acknowledged_at     timestamptz,
    action_taken        varchar(32),
    platform_reference  varchar(512),
    actioned_at         timestamptz
);
-- the platform API always filters by platform first
create index notice_platform_created on notice (platform, created_at desc);
create index notice_case on notice (case_id, created_at desc);
