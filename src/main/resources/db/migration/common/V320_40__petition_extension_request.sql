-- 延期 (信访工作条例 Art. 34) is requested by the clerk and decided by a signed-in leader; the pending request lives here
alter table petition_petition add column extension_requested_days integer;
alter table petition_petition add column extension_request_reason varchar(2000);
alter table petition_petition add column extension_requested_by varchar(100);
alter table petition_petition add column extension_requested_on date;
