-- The template designer (package reporting.template): at most one draft version per template, the search key of a
-- template's name, and the first disaggregations a designer can choose (by sex; by the two administrative levels
-- left after the 2025 reform).

CREATE UNIQUE INDEX report_template_version_one_draft_ux ON report_template_version (template_id)
    WHERE status = 'DRAFT';

INSERT INTO report_disaggregation (code, name) VALUES
    ('GIOI_TINH', 'Giới tính'),
    ('CAP_HANH_CHINH', 'Cấp hành chính');

INSERT INTO report_disaggregation_option (disaggregation_id, code, name, position)
SELECT d.id, o.code, o.name, o.position
FROM report_disaggregation d
JOIN (VALUES ('GIOI_TINH', 'NAM', 'Nam', 1),
             ('GIOI_TINH', 'NU', 'Nữ', 2),
             ('CAP_HANH_CHINH', 'TINH', 'Cấp tỉnh', 1),
             ('CAP_HANH_CHINH', 'XA', 'Cấp xã', 2)) AS o (disaggregation, code, name, position)
  ON o.disaggregation = d.code;
