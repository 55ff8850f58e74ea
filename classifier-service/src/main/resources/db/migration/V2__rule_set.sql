-- Rule sets as versioned data. A version is a draft until it is activated; from then on it never changes,
-- so every classification's rule_set_version names exactly the rules that decided it.
create table rule_set (
    version       integer      primary key check (version >= 1),
    rule_set_id   varchar(64)  not null,
    status        varchar(16)  not null check (status in ('DRAFT', 'ACTIVE', 'INACTIVE')),
    -- the rule-set document as written (text, not jsonb: the strict reader must still see duplicate keys)
    definition    text         not null,
    created_by    varchar(255) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

-- Exactly one version is in force: a second ACTIVE row cannot exist, whatever two supervisors do at once.
create unique index rule_set_one_active on rule_set ((status)) where status = 'ACTIVE';

-- Who activated which version when (activating an older version is the rollback); append-only.
create table rule_set_activation (
    id                uuid         primary key,
    version           integer      not null references rule_set (version),
    previous_version  integer      references rule_set (version),
    activated_by      varchar(255) not null,
    activated_at      timestamptz  not null
);
create index rule_set_activation_version on rule_set_activation (version, activated_at);
