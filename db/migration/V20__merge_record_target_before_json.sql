-- The merge record keeps the target's template before the merge as one JSON document, the
-- same serialized ScenarioContent a revision stores, instead of one column per template
-- field: a new template field then needs no column here. Existing rows are converted.
alter table scenario_merge add column target_before jsonb;

update scenario_merge set target_before = jsonb_build_object(
    'title', target_title,
    'situation', target_situation,
    'categoryId', target_category_id,
    'channelId', target_channel_id,
    'businessLineId', target_business_line_id,
    'kpiIds', to_jsonb(target_kpi_ids),
    'tagIds', to_jsonb(target_tag_ids),
    'frequency', target_frequency,
    'severity', target_severity);

alter table scenario_merge alter column target_before set not null;

alter table scenario_merge
    drop column target_title,
    drop column target_situation,
    drop column target_category_id,
    drop column target_channel_id,
    drop column target_business_line_id,
    drop column target_frequency,
    drop column target_severity,
    drop column target_kpi_ids,
    drop column target_tag_ids;
