-- With several replicas, the one holding a lease does the work: a connector's run, or one removal check.
-- A lease runs out on its own (lease_until), so a replica that dies holding one is replaced.
alter table connector_state
    add column lease_owner varchar(64),
    add column lease_until timestamptz;

alter table removal_check
    add column lease_owner varchar(64),
    add column lease_until timestamptz;
