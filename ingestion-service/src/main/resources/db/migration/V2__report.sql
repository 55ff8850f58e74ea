-- Where a version came from: pushed by a crawler or platform, pulled by a connector, or reported by a ministry user.
alter table content_version add column source varchar(16) not null default 'PUSH'
    check (source in ('PUSH', 'CONNECTOR', 'REPORT'));

-- A ministry user's report of a URL; it points at the content the URL names, created by the report if new.
create table report (
    id          uuid          primary key,
    reported_by varchar(256)  not null,
    reported_at timestamptz   not null,
    url         varchar(2048) not null,
    note        text          not null,
    platform    varchar(32)   not null,
    external_id varchar(256)  not null,
    content_id  uuid          not null references content (id)
);
create index report_content_id_idx on report (content_id);
