-- Order and petition numbers are compared exactly (docs/DOMAIN.md): PRB-CASE-X and prb-case-x are two orders, and a
-- trailing blank is not ignored. The server's default collation folds case and pads spaces; the binary one does not.
alter table dispute modify external_ref varchar(60) character set utf8mb4 collate utf8mb4_bin;
