-- 承办人: the head of a room or centre assigns a case to one or more of its mediators. The head is set per
-- organisation by the administrator; clock notices go to the assigned mediators, to the head while a case is
-- unassigned, and to every mediator of the organisation where it has no head.
alter table organisation add column head_user_id bigint null;
alter table organisation add constraint fk_organisation_head foreign key (head_user_id) references app_user (id);

create table dispute_handler (
    dispute_id bigint not null,
    user_id bigint not null,
    organisation_id bigint not null,
    assigned_at timestamp(6) not null,
    assigned_by varchar(40) not null,
    primary key (dispute_id, user_id),
    constraint fk_handler_dispute foreign key (dispute_id) references dispute (id),
    constraint fk_handler_user foreign key (user_id) references app_user (id),
    constraint fk_handler_organisation foreign key (organisation_id) references organisation (id)
);
-- 我承办的: a mediator's own cases, read from the user's side
create index ix_dispute_handler_user on dispute_handler (user_id, dispute_id);
