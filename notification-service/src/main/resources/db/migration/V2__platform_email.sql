-- Email addresses a platform accepts notices at, one per line; used when it has no webhook.
alter table platform add column email_addresses text;
