-- Accounts and roles (issue 12): one role per account; an enterprise account is scoped to one credit code.
create table accounts (
    id                   bigserial primary key,
    name                 text        not null unique,
    role                 text        not null check (role in ('admin', 'author', 'duty', 'approver', 'auditor', 'enterprise')),
    credit_code          text,
    password_hash        text        not null,
    must_change_password boolean     not null default true,
    failed_sign_ins      integer     not null default 0,
    locked_until         timestamptz,
    disabled             boolean     not null default false,
    created_by           text        not null,
    created_at           timestamptz not null,
    check ((role = 'enterprise') = (credit_code is not null))
);

-- API tokens: only the SHA-256 of the random token is kept; a revoked token never opens anything again.
create table api_tokens (
    id         bigserial primary key,
    account_id bigint      not null references accounts (id),
    token_hash text        not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);
