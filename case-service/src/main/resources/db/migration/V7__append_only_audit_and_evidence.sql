-- The audit chain and the evidence snapshots are only ever inserted. The database refuses an UPDATE or a
-- DELETE as well, so a bug or a careless manual fix cannot rewrite history; the hash chain still catches
-- anyone who goes further and switches these triggers off.
create function refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_rewrite();
create trigger evidence_immutable before update or delete on evidence
    for each row execute function refuse_rewrite();
