-- On-site checks (issue 13): an inspector's finding per enterprise and episode (district + episode start).
create table inspections (
    id            bigserial primary key,
    credit_code   text        not null,
    district      text        not null,
    episode_start date        not null,
    outcome       text        not null check (outcome in ('complied', 'partly', 'not_complied')),
    note          text        not null,
    inspector     text        not null,
    inspected_at  timestamptz not null
);
create index inspections_enterprise on inspections (credit_code, inspected_at);
create index inspections_episode on inspections (district, episode_start);

-- Online monitoring readings (the seam for enterprises' continuous emission monitoring; filled by a future feed).
create table monitoring_readings (
    id          bigserial primary key,
    credit_code text        not null,
    at          timestamptz not null,
    pollutant   text        not null,
    value       double precision not null,
    unit        text        not null,
    source      text        not null
);
create index monitoring_readings_enterprise on monitoring_readings (credit_code, at);
