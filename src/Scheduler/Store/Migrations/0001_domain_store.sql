-- The domain store: inputs (versioned), evaluations (the decision log), warnings, notices, deliveries.
create table ruleset_versions (
    id           bigserial primary key,
    name         text        not null,
    version      text        not null,
    file_name    text        not null,
    directory    text        not null,
    source       text        not null,
    sha256       text        not null unique,
    check_result jsonb       not null,
    active       boolean     not null default false,
    created_by   text        not null,
    created_at   timestamptz not null
);
create unique index ruleset_versions_one_active on ruleset_versions (active) where active;

create table input_lists (
    id         bigserial primary key,
    kind       text        not null check (kind in ('enterprises', 'sites')),
    file_name  text        not null,
    content    bytea       not null,
    sha256     text        not null,
    rows       integer     not null,
    active     boolean     not null default false,
    created_by text        not null,
    created_at timestamptz not null,
    unique (kind, sha256)
);
create unique index input_lists_one_active on input_lists (kind) where active;

create table forecasts (
    id         bigserial primary key,
    file_name  text        not null,
    raw        bytea       not null,
    sha256     text        not null unique,
    issued_at  timestamptz not null,
    parsed     jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null
);

-- One evaluation of a forecast against the inputs active at the time: enough to replay it.
create table evaluations (
    id             bigserial primary key,
    forecast_id    bigint      not null references forecasts (id),
    ruleset_id     bigint      not null references ruleset_versions (id),
    enterprises_id bigint      references input_lists (id),
    sites_id       bigint      references input_lists (id),
    previous_id    bigint      references evaluations (id),
    reason         text        not null,
    status         text        not null,
    evaluated_for  timestamptz not null,
    decisions      text,
    notices        integer,
    evaluate_ms    integer,
    plan_ms        integer,
    created_by     text        not null,
    created_at     timestamptz not null,
    planned_at     timestamptz
);

create table warnings (
    id            bigserial primary key,
    district      text        not null,
    level         text        not null,
    start_date    date        not null,
    end_date      date        not null,
    episode_start date        not null,
    issue_by      timestamptz,
    approver      text,
    status        text        not null,
    evaluation_id bigint      not null references evaluations (id),
    updated_at    timestamptz not null
);
-- At most one open warning per district.
create unique index warnings_one_open on warnings (district) where status not in ('Lifted', 'Rejected');

create table notice_batches (
    id            bigserial primary key,
    evaluation_id bigint      not null references evaluations (id),
    district      text        not null,
    warning_id    bigint      references warnings (id),
    due_at        timestamptz,
    unique (evaluation_id, district)
);

create table notices (
    id                 bigserial primary key,
    batch_id           bigint      not null references notice_batches (id),
    warning_id         bigint      references warnings (id),
    target_kind        text        not null,
    district           text        not null,
    target             text        not null,
    target_name        text        not null,
    event              text        not null,
    level              text        not null,
    episode_start      date        not null,
    episode_end        date        not null,
    ruleset_version    text        not null,
    subject            text        not null,
    document_number    text        not null,
    title              text        not null,
    html               text        not null,
    body_text          text        not null,
    sms                text        not null,
    acknowledgment_code text       not null,
    content_sha256     text        not null,
    email              text,
    webhook            text,
    status             text        not null,
    updated_at         timestamptz not null,
    delivered_at       timestamptz,
    reminded_at        timestamptz,
    escalated_at       timestamptz,
    -- The idempotency key: one notice per target, episode (warning and its start), event (and the level/end it
    -- announces), ruleset version. A warning lifted and raised again is a new episode, so it is announced again.
    unique nulls not distinct (target_kind, district, target, event, episode_start, ruleset_version, level, episode_end, warning_id)
);
create index notices_batch on notices (batch_id, status);
create index notices_status on notices (status);

create table deliveries (
    id          bigserial primary key,
    notice_id   bigint      not null references notices (id),
    channel     text        not null,
    attempts    integer     not null,
    outcome     text        not null,
    detail      text        not null,
    reminder    boolean     not null default false,
    at          timestamptz not null
);
-- One successful (first) delivery per notice and channel.
create unique index deliveries_once on deliveries (notice_id, channel) where outcome in ('Delivered', 'AlreadyDelivered') and not reminder;

create table acknowledgments (
    notice_id   bigint      primary key references notices (id),
    by_whom     text        not null,
    at          timestamptz not null
);

create table notice_numbers (
    prefix     text    not null,
    year       integer not null,
    notice_key text    not null,
    number     integer not null,
    primary key (prefix, year, notice_key),
    unique (prefix, year, number)
);
