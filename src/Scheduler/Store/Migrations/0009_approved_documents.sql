-- A notice that awaits approval (a district's or the city's orange/red warning) is stored as it reads while pending
-- (「（待审批）」, never 「批准」) and, beside it, as it reads once approved (「本预警已经…批准」). Approval swaps them in the
-- same transaction that schedules the notice, so what goes out says what is true at the time it goes out.
alter table notices
    add column approved_html           text,
    add column approved_body_text      text,
    add column approved_sms            text,
    add column approved_content_sha256 text;
