-- A mediation room or centre works for a 人民调解委员会 (人民调解法 Art. 7–8): the committee issues and seals the
-- documents; the room is where mediation happens. Empty means the name follows the room's place (docs/DOMAIN.md).
alter table organisation add column committee_name varchar(100);
alter table organisation add column seal_text varchar(100);

-- Parties as a 协议书 introduces them (人民调解法 Art. 29): a person's 民族, the title of an organisation's legal
-- representative, and the 授权委托书 an agent acts under (an attachment of the case).
alter table dispute_party add column ethnicity varchar(20);
alter table dispute_party add column representative_title varchar(30);
alter table dispute_party add column power_of_attorney_id bigint;
