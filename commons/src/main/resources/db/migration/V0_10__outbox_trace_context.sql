-- The W3C traceparent of the request or message whose transaction wrote the event, so that the relay's send
-- and the consumers after it join that trace instead of starting one of their own. Null when tracing is off.
-- A version below the services' own migrations: applied out of order to databases that already have those
-- (quarkus.flyway.out-of-order in every service).
alter table outbox_message add column trace_parent varchar(128);
