-- The idempotency key holds among notices that stand, not withdrawn ones. Before, a newer forecast that withdrew an
-- unsent notice and planned an identical one (same recipient, event, level, dates and warning) had the new one
-- dropped by "on conflict do nothing": the recipient got nothing until the next change (seen by the replay-equals-serve
-- test: 云阳县's warning planned on 12-26 was re-planned on 12-27 and went out only from the 12-28 issue).
do $$
declare c text;
begin
    for c in select conname from pg_constraint where conrelid = 'notices'::regclass and contype = 'u' loop
        execute format('alter table notices drop constraint %I', c);
    end loop;
end $$;
create unique index notices_once on notices
    (target_kind, district, target, event, episode_start, ruleset_version, level, episode_end, warning_id) nulls not distinct
    where status <> 'Withdrawn';
