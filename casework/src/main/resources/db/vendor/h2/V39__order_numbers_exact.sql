-- Order and petition numbers are compared exactly (docs/DOMAIN.md); H2 compares text case-sensitively and without
-- padding already, so only MariaDB and MySQL change their column's collation here.
select 1;
