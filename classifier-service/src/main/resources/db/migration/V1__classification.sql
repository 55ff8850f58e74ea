-- One decision per content version: a second event for the same version (a re-publication with a new
-- event id) must not classify again, whatever the consumer's inbox says.
create table classification (
    id               uuid             primary key,
    content_id       uuid             not null,
    content_version  integer          not null check (content_version >= 1),
    verdict          varchar(16)      not null check (verdict in ('VIOLATION', 'REVIEW', 'CLEAR')),
    score            double precision not null check (score >= 0),
    matches          text             not null,
    rule_set_id      varchar(64)      not null,
    rule_set_version integer          not null,
    classified_at    timestamptz      not null,
    constraint classification_content_version_key unique (content_id, content_version)
);
