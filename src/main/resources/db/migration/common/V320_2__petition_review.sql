-- 复查/复核 decided by the district in the same deployment (信访工作条例 Arts. 35–36), the 听证 pause of the
-- 复核 clock (Art. 36 ¶2) and the objection to a transferred-in item (Art. 23 ¶3).
alter table petition_petition add column review_organ varchar(200);
alter table petition_petition add column review_reasons varchar(4000);
alter table petition_petition add column recheck_organ varchar(200);
alter table petition_petition add column recheck_reasons varchar(4000);
alter table petition_petition add column hearing_from date;
alter table petition_petition add column hearing_until date;
alter table petition_petition add column objected_on date;
alter table petition_petition add column objection_from varchar(200);
alter table petition_petition add column objection_reason varchar(2000);
