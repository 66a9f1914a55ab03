-- The key the platform signs what it sends with (the manifest of a 卷宗包): one row, made by the first node that
-- needs it; every node signs with the same key, and the public half is published for receivers to check.
create table platform_signing_key (
    id int not null primary key,
    algorithm varchar(16) not null,
    key_id char(16) not null,
    public_key varbinary(128) not null,
    private_key varbinary(128) not null,
    created_at timestamp(6) not null
);
