-- 100,000 published items for 含谷镇, spread over the catalog columns and the years 1995–2014 (索引号 serials
-- 1..5000 per year, so they never meet the demo's 2023/2024 numbers). Run against the stopped H2 file database
-- after one demo start; the app then rebuilds the index with fazhi.disclosure.reindex-on-start=true.
insert into disclosure_document (org_id, column_id, title, body_html, body_text, index_number, index_year, index_serial,
    doc_number, theme, genre, publisher, validity, written_on, formed_on, due_on, published_on, late, status, author,
    reviewer, revision, updated_at, version)
select o.id,
       (select min(c.id) from disclosure_column c where c.org_id = o.id) + mod(x, 11),
       concat('含谷镇', casewhen(mod(x, 5) = 0, '关于做好信访工作的通知', casewhen(mod(x, 5) = 1, '法治政府建设工作推进会',
              casewhen(mod(x, 5) = 2, '城乡最低生活保障对象公示', casewhen(mod(x, 5) = 3, '文化进万家文艺演出通知', '部门预算公开')))), '（第', x, '号）'),
       concat('<p>', '为进一步推进依法行政，含谷镇第', x, '次部署', casewhen(mod(x, 3) = 0, '矛盾纠纷排查化解和信访事项办理',
              casewhen(mod(x, 3) = 1, '社会救助、文化服务和公共法律服务', '财政预算执行和政务公开')), '工作，各村（社区）要压实责任，按期完成。</p>'),
       concat('为进一步推进依法行政，含谷镇第', x, '次部署', casewhen(mod(x, 3) = 0, '矛盾纠纷排查化解和信访事项办理',
              casewhen(mod(x, 3) = 1, '社会救助、文化服务和公共法律服务', '财政预算执行和政务公开')), '工作，各村（社区）要压实责任，按期完成。'),
       concat(o.credit_code, '/', 1995 + mod(x, 20), '-', lpad(cast(x / 20 + 1 as varchar), 5, '0')),
       1995 + mod(x, 20), x / 20 + 1,
       casewhen(mod(x, 7) = 0, concat('含谷府发〔', 1995 + mod(x, 20), '〕', mod(x, 200) + 1, '号'), '无'),
       '综合政务', '通知', '含谷镇', 'VALID',
       dateadd('DAY', mod(x, 360), cast(concat(1995 + mod(x, 20), '-01-02') as date)),
       dateadd('DAY', mod(x, 360), cast(concat(1995 + mod(x, 20), '-01-02') as date)),
       dateadd('DAY', mod(x, 360) + 20, cast(concat(1995 + mod(x, 20), '-01-02') as date)),
       dateadd('DAY', mod(x, 360) + 3, cast(concat(1995 + mod(x, 20), '-01-02') as date)),
       false, 'PUBLISHED', '基准测试', '基准测试', 1, current_timestamp, 0
from system_range(0, 99999) r, organization_org o
where o.credit_code = '115001070093712808';
