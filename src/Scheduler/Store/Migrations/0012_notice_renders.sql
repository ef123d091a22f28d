-- The planning split (issue 11): the planning transaction moves the warnings, numbers every notice and renders the warning
-- documents; the recipients' notices of each district are rendered and stored by a job of their own (any server takes it).
-- A render part holds what that job cannot recompute: who had received something when the step was reconciled, each
-- notice's 文号 and disposition, and the warning documents its notices cite.
create table notice_renders (
    id            bigserial   primary key,
    evaluation_id bigint      not null references evaluations (id),
    district      text        not null,
    batch_id      bigint      not null references notice_batches (id),
    status        text        not null default 'Pending' check (status in ('Pending', 'Rendered')),
    part          jsonb       not null,
    created_at    timestamptz not null,
    rendered_at   timestamptz,
    unique (evaluation_id, district)
);
-- The parts still pending, by batch: delivery leaves a batch alone while its district is being rendered.
create index notice_renders_pending on notice_renders (batch_id) where status = 'Pending';
