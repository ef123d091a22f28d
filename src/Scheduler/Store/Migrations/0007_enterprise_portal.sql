-- The enterprise portal (issue 13): inspectors, one enterprise account per credit code, receipts with who and phone,
-- implementation reports with evidence files (kept in the database, never under a name the uploader chose).
alter table accounts drop constraint accounts_role_check;
alter table accounts add constraint accounts_role_check check (role in ('admin', 'author', 'duty', 'approver', 'auditor', 'enterprise', 'inspector'));
create unique index accounts_one_per_enterprise on accounts (credit_code) where role = 'enterprise';

-- 回执: the person who acknowledged for the enterprise and a phone number (null for acknowledgments by code or by duty officers).
alter table acknowledgments add column contact_name text;
alter table acknowledgments add column contact_phone text;

-- 落实情况: what the enterprise did for one notice's measures.
create table implementation_reports (
    id            bigserial primary key,
    notice_id     bigint      not null references notices (id),
    credit_code   text        not null,
    what_done     text        not null,
    lines_stopped text        not null,
    reported_by   text        not null,
    reported_at   timestamptz not null
);
create index implementation_reports_enterprise on implementation_reports (credit_code, notice_id);

-- Evidence files of implementation reports and inspections: bytes in the database, a cleaned display name, the sniffed type.
create table evidence_files (
    id           bigserial primary key,
    owner_kind   text        not null check (owner_kind in ('report', 'inspection')),
    owner_id     bigint      not null,
    credit_code  text        not null,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   integer     not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index evidence_files_owner on evidence_files (owner_kind, owner_id);
