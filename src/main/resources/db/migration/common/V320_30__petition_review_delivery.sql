-- The 30-日 window for requesting 复核 runs from the petitioner's receipt of the written 复查意见
-- (信访工作条例 Art. 36 ¶1), not from the day the opinion was made: record that day.
alter table petition_petition add column review_delivered_on date;
