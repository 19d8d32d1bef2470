-- the category tree of the scenario catalogue
create table category (
    id                   bigserial primary key,
    parent_id            bigint references category (id),
    name_zh              varchar(100) not null,
    name_en              varchar(100) not null,
    position             integer      not null default 0,
    version              bigint       not null default 0
);
create index category_parent_idx on category (parent_id);

-- admin-managed reference lists: channels, business lines, KPIs
create table reference_item (
    id        bigserial primary key,
    kind      varchar(20)  not null check (kind in ('CHANNEL', 'BUSINESS_LINE', 'KPI')),
    code      varchar(40)  not null,
    name_zh   varchar(100) not null,
    name_en   varchar(100) not null,
    position  integer      not null default 0,
    active    boolean      not null default true,
    version   bigint       not null default 0,
    unique (kind, code)
);

-- the curated tag vocabulary
create table tag (
    id           bigserial primary key,
    name_zh      varchar(60),
    name_en      varchar(60),
    description  text,
    tag_group    varchar(40),
    status       varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'PROPOSED', 'RETIRED')),
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    check (name_zh is not null or name_en is not null)
);
create unique index tag_name_zh_key on tag (lower(name_zh));
create unique index tag_name_en_key on tag (lower(name_en));

create table tag_synonym (
    tag_id   bigint      not null references tag (id) on delete cascade,
    synonym  varchar(60) not null,
    primary key (tag_id, synonym)
);

insert into reference_item (kind, code, name_zh, name_en, position) values
    ('CHANNEL', 'phone', '电话', 'Phone', 1),
    ('CHANNEL', 'chat', '在线客服', 'Online chat', 2),
    ('CHANNEL', 'email', '邮件', 'Email', 3),
    ('CHANNEL', 'social', '社交媒体', 'Social media', 4),
    ('CHANNEL', 'counter', '柜台', 'Counter', 5),
    ('CHANNEL', 'back-office', '后台处理', 'Back office', 6),
    ('BUSINESS_LINE', 'ecommerce', '电商零售', 'E-commerce retail', 1),
    ('BUSINESS_LINE', 'telecom', '电信运营商', 'Telecom operator', 2),
    ('BUSINESS_LINE', 'credit-card', '银行信用卡', 'Bank credit cards', 3),
    ('BUSINESS_LINE', 'insurance', '保险理赔', 'Insurance claims', 4),
    ('BUSINESS_LINE', 'airline', '航空出行', 'Airline travel', 5),
    ('KPI', 'service-level', '服务水平', 'Service level', 1),
    ('KPI', 'asa', '平均应答速度', 'Average speed of answer', 2),
    ('KPI', 'abandonment', '放弃率', 'Abandonment rate', 3),
    ('KPI', 'aht', '平均处理时长', 'Average handle time', 4),
    ('KPI', 'fcr', '首次解决率', 'First-contact resolution', 5),
    ('KPI', 'transfer-rate', '转接率', 'Transfer rate', 6),
    ('KPI', 'qa-score', '质检得分', 'QA score', 7),
    ('KPI', 'csat', '客户满意度', 'Customer satisfaction (CSAT)', 8),
    ('KPI', 'attrition', '人员流失率', 'Attrition', 9),
    ('KPI', 'occupancy', '占用率', 'Occupancy', 10);

-- the category tree from the product brief, two levels deep
with top (name_zh, name_en, position) as (values
    ('客户投诉', 'Customer complaints', 1),
    ('团队管理', 'Team management', 2),
    ('培训', 'Training', 3),
    ('排班与人力', 'Scheduling & workforce', 4),
    ('质量管理', 'Quality assurance', 5),
    ('现场管理', 'Floor management', 6),
    ('交接班', 'Shift handover', 7))
insert into category (name_zh, name_en, position) select name_zh, name_en, position from top;

insert into category (parent_id, name_zh, name_en, position)
select c.id, v.name_zh, v.name_en, v.position
from (values
    ('客户投诉', '升级投诉', 'Escalated complaints', 1),
    ('客户投诉', '情绪安抚', 'Calming upset customers', 2),
    ('客户投诉', '赔偿与补偿', 'Compensation', 3),
    ('团队管理', '士气与激励', 'Morale & motivation', 1),
    ('团队管理', '人员流失', 'Attrition', 2),
    ('团队管理', '绩效辅导', 'Performance coaching', 3),
    ('培训', '新人培训', 'New-hire training', 1),
    ('培训', '新产品上线', 'Product launches', 2),
    ('排班与人力', '话务预测', 'Forecasting', 1),
    ('排班与人力', '突发话务高峰', 'Unexpected peaks', 2),
    ('排班与人力', '请假与缺勤', 'Leave & absence', 3),
    ('质量管理', '质检评分', 'QA scoring', 1),
    ('质量管理', '话术规范', 'Scripts & wording', 2),
    ('现场管理', '系统故障', 'System outages', 1),
    ('现场管理', '队列监控', 'Queue monitoring', 2),
    ('交接班', '交接班记录', 'Handover notes', 1)
) as v (parent, name_zh, name_en, position)
join category c on c.name_zh = v.parent and c.parent_id is null;
