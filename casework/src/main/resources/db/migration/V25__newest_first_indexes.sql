-- Lists ordered newest first (or oldest first) within an area read the area's disputes in index
-- order and stop after the page: (area, registered_at, id). Without them MariaDB sorted every
-- dispute of a district of a million for each page (seconds). The covering index of V20 cannot
-- serve this order: its other columns sit between the time and the id.
create index ix_dispute_district_time on dispute (district_id, registered_at, id);
create index ix_dispute_street_time on dispute (street_id, registered_at, id);
create index ix_dispute_community_time on dispute (community_id, registered_at, id);
