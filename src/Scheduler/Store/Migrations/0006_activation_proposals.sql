-- Ruleset activation is a proposal (by the uploading author) that an approver other than the proposer accepts or rejects.
create table activation_proposals (
    id          bigserial primary key,
    ruleset_id  bigint      not null references ruleset_versions (id),
    proposed_by text        not null,
    proposed_at timestamptz not null,
    status      text        not null check (status in ('Proposed', 'Accepted', 'Rejected')),
    decided_by  text,
    decided_at  timestamptz,
    comment     text        not null default ''
);
create unique index activation_proposals_one_open on activation_proposals (ruleset_id) where status = 'Proposed';
