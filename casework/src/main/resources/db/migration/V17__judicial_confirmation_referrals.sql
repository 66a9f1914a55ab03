-- A referral is either a case sent for filing (立案移送) or the parties' joint application for
-- judicial confirmation of their agreement (司法确认申请).
alter table court_referral add column kind varchar(24) not null default 'CASE_TRANSFER';
