-- 督办通知 (issue 13): a supervision notice follows on-site checks, not a forecast, so its batch has no evaluation.
alter table notice_batches alter column evaluation_id drop not null;
