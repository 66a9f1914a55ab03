-- What a platform's order number was registered with: the SHA-256 of the order's checked content. The same number
-- sent again with the same content is a retry (answered with the dispute, 200); with other content it is a conflict
-- (409, naming the dispute), never silently dropped.
create table work_order_receipt (
    dispute_id bigint not null primary key,
    payload_sha256 char(64) not null,
    constraint fk_work_order_receipt_dispute foreign key (dispute_id) references dispute (id)
);
