-- Saved list filters per user and screen.
create table saved_filter (
    id bigint not null primary key,
    user_id bigint not null,
    screen varchar(40) not null,
    name varchar(40) not null,
    filter_query varchar(1000) not null,
    constraint uk_saved_filter unique (user_id, screen, name),
    constraint fk_saved_filter_user foreign key (user_id) references app_user (id)
);
