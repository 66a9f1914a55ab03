-- 司法确认 as the law has it (issue 23): the 30 days run from the day a written agreement took effect
-- (人民调解法 Art. 29 and 33; 民事诉讼法 2023 Art. 205), not from the day it was typed in, and only
-- for written agreements.
alter table agreement add column effective_on date;

-- A window opened for a case with no written agreement (an oral one, or none recorded) is closed:
-- no 司法确认 clock exists without a written agreement.
update dispute_clock set state = 'STOPPED', stopped_at = current_timestamp, paused_at = null
where kind = 'JUDICIAL_CONFIRMATION' and state <> 'STOPPED'
  and dispute_id not in (select a.dispute_id from agreement a where a.kind = 'WRITTEN');
