-- Acknowledgment codes are random per notice and kept only as SHA-256 (lower-case hex of the code's UTF-8 bytes).
-- Codes stored before this migration were derived from public inputs (and shared between notices): they are
-- retired, not hashed, so none of them acknowledges anything any more; the bureau can still acknowledge those notices.
alter table notices rename column acknowledgment_code to acknowledgment_code_sha256;
update notices set acknowledgment_code_sha256 = 'retired:' || id;
create unique index notices_acknowledgment_code_sha256 on notices (acknowledgment_code_sha256);

-- Every wrong code: who tried which notice when (never the code itself). Throttling counts these rows.
create table acknowledgment_failures (
    id        bigserial   primary key,
    notice_id bigint      not null,
    client    text        not null,
    at        timestamptz not null
);
create index acknowledgment_failures_notice on acknowledgment_failures (notice_id, at);
create index acknowledgment_failures_client on acknowledgment_failures (client, at);
