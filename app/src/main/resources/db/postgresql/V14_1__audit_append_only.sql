-- On PostgreSQL the audit trail is append-only for every role, the application's included: updates, deletes and
-- truncation of events and seals are refused by the database itself.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception '監査ログ（%）は変更・削除できません', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function refuse_audit_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function refuse_audit_change();
