-- Notice documents are written once and read once by delivery: keep them out of line but uncompressed,
-- so neither the bulk COPY nor delivery spends CPU on pglz (measured in docs/benchmarks.md).
alter table notices
    alter column html set storage external,
    alter column body_text set storage external;
