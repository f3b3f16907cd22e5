-- 更新 goes through 保密审查: a revision is a draft row pointing at the published item it will replace
alter table disclosure_document add column revision_of bigint;
alter table disclosure_document add column revision_reason varchar(2000);
create index disclosure_document_revision_of on disclosure_document (revision_of);
