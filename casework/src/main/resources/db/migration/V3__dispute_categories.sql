-- The two-level dispute categories of DOMAIN.md (editable by administrators).
-- start_tier: where disputes of the category start; functional_department: transferred out (转办) instead of mediated.
insert into dispute_category (id, parent_id, code, name, name_en, start_tier, functional_department, sort_order, active, version) values
(1, null, 'SERVICE_QUALITY', '物业服务质量', 'Service quality', null, null, 10, true, 0),
(2, null, 'FEES', '物业收费', 'Fees', null, null, 20, true, 0),
(3, null, 'PUBLIC_REVENUE', '公共收益', 'Common revenue', 'STREET', null, 30, true, 0),
(4, null, 'MAINTENANCE_FUND', '专项维修资金', 'Special maintenance fund', 'STREET', null, 40, true, 0),
(5, null, 'PARKING', '停车管理', 'Parking', null, null, 50, true, 0),
(6, null, 'ILLEGAL_BUILDING', '违章搭建', 'Illegal construction', null, '综合执法', 60, true, 0),
(7, null, 'FIRE_LANE', '占用消防通道', 'Blocked fire lanes', null, '消防', 70, true, 0),
(8, null, 'ELEVATOR', '电梯安全', 'Elevator safety', null, '市场监管', 80, true, 0),
(9, null, 'NEIGHBOUR', '噪音/相邻关系', 'Noise and neighbours', null, null, 90, true, 0),
(10, null, 'GROUP_RENTAL', '群租', 'Overcrowded rentals', null, null, 100, true, 0),
(11, null, 'COMMITTEE', '业委会选举与履职', 'Owners'' committee elections and duties', 'STREET', null, 110, true, 0),
(12, null, 'HANDOVER', '物业交接/退出', 'Handover and exit of property companies', 'STREET', null, 120, true, 0),
(13, null, 'DEVELOPER_LEGACY', '前期物业/建设单位遗留', 'Developer legacy issues', null, null, 130, true, 0),
(14, null, 'OTHER', '其他', 'Other', null, null, 140, true, 0),
(101, 1, 'SERVICE_QUALITY.CLEANING', '保洁', 'Cleaning', null, null, 10, true, 0),
(102, 1, 'SERVICE_QUALITY.SECURITY', '安保', 'Security', null, null, 20, true, 0),
(103, 1, 'SERVICE_QUALITY.GREENING', '绿化', 'Greening', null, null, 30, true, 0),
(104, 1, 'SERVICE_QUALITY.REPAIR', '维修响应', 'Repair response', null, null, 40, true, 0),
(105, 2, 'FEES.SERVICE_FEE', '物业费', 'Service fee', null, null, 10, true, 0),
(106, 2, 'FEES.ARREARS', '欠费', 'Arrears', null, null, 20, true, 0),
(107, 2, 'FEES.ILLEGAL_CHARGE', '乱收费', 'Improper charges', null, null, 30, true, 0);
