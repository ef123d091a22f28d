-- Append-only audit log: one row per state change; a trigger refuses UPDATE and DELETE.
create table audit_log (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text        not null,
    entity    text        not null,
    entity_id bigint,
    action    text        not null,
    detail    text        not null default ''
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
