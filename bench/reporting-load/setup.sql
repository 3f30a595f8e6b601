-- Reporting load benchmark set-up (bench/reporting-load/run.sh), run with psql against the benchmark database after
-- PhoiHop has migrated it and created its demo data: 3,321 commune police units below today's 34 provincial police
-- forces (bulk rows in the registry tables, closure rows included), one staff account and one API token per expected
-- reporter (3,355), a monthly template LOAD_BENCH with three numeric indicators, its period for the current month
-- (due in 20 days, locked in 30) and assignments of all 3,355 reporters. Writes the tokens to :tokens (CSV:
-- organization_id,token). Bench code only: the application never writes registry rows this way.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_province AS
SELECT o.id, o.code, row_number() OVER (ORDER BY o.code) AS n
FROM organization o WHERE o.kind = 'PROVINCIAL_POLICE' AND o.code ~ '^T[0-9]{2}-CA$'
  AND in_force(o.valid_from, o.valid_to, current_date);

DO $$ BEGIN
  IF (SELECT count(*) FROM bench_province) <> 34 THEN
    RAISE EXCEPTION 'expected 34 provincial police forces, found %', (SELECT count(*) FROM bench_province);
  END IF;
END $$;

-- 3,321 communes, spread over the 34 provinces (97 or 98 each).
CREATE TEMP TABLE bench_commune AS
SELECT g.i, p.id AS province_id, p.code || '-LX' || lpad(g.i::text, 4, '0') AS code,
       'Công an xã thử tải ' || g.i AS name
FROM generate_series(1, 3321) AS g(i) JOIN bench_province p ON p.n = (g.i % 34) + 1;

INSERT INTO organization (code, kind, valid_from, version)
SELECT code, 'COMMUNE_POLICE', DATE '2025-07-01', 0 FROM bench_commune;

INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from)
SELECT o.id, c.name, NULL, NULL, lower(unaccent(c.name)), DATE '2025-07-01'
FROM bench_commune c JOIN organization o ON o.code = c.code;

INSERT INTO organization_parent (organization_id, parent_id, valid_from)
SELECT o.id, c.province_id, DATE '2025-07-01' FROM bench_commune c JOIN organization o ON o.code = c.code;

-- Closure: the commune itself, and every ancestor of its province as in force today (depth + 1).
INSERT INTO organization_closure (ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to)
SELECT o.id, o.id, 0, c.province_id, DATE '2025-07-01', NULL::date FROM bench_commune c JOIN organization o ON o.code = c.code
UNION ALL
SELECT a.ancestor_id, o.id, a.depth + 1, c.province_id, DATE '2025-07-01', NULL
FROM bench_commune c JOIN organization o ON o.code = c.code
JOIN organization_closure a ON a.descendant_id = c.province_id AND in_force(a.valid_from, a.valid_to, current_date);

-- The template, its version, indicators and period.
INSERT INTO report_template (code, name, name_folded, frequency, owner_id, cutoff_day, due_day, lock_after_days,
                             created_by)
SELECT 'LOAD_BENCH', 'Mẫu thử tải đồng thời', 'mau thu tai dong thoi', 'MONTHLY', id, 14, 25, 10, 'bench'
FROM organization WHERE code = 'CTDCT';
INSERT INTO report_template_version (template_id, number, status, valid_from, published_by, published_at)
SELECT id, 1, 'PUBLISHED', DATE '2025-07-01', 'bench', now() FROM report_template WHERE code = 'LOAD_BENCH';
INSERT INTO report_section (version_id, position, title)
SELECT v.id, 1, 'Phần I' FROM report_template_version v JOIN report_template t ON t.id = v.template_id
WHERE t.code = 'LOAD_BENCH';
INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, unit, required, min_value)
SELECT s.version_id, s.id, i, 'LOAD_' || i, 'Chỉ tiêu thử tải ' || i, 'NUMBER', 'lượt', TRUE, 0
FROM report_section s JOIN report_template_version v ON v.id = s.version_id
JOIN report_template t ON t.id = v.template_id, generate_series(1, 3) AS i WHERE t.code = 'LOAD_BENCH';
INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to, due_on, locked_on)
SELECT id, to_char(current_date, 'YYYY-MM'), 'Kỳ thử tải ' || to_char(current_date, 'MM/YYYY'),
       date_trunc('month', current_date)::date, (date_trunc('month', current_date) + interval '1 month - 1 day')::date,
       (date_trunc('month', current_date) - interval '1 month' + interval '14 days')::date,
       (date_trunc('month', current_date) + interval '13 days')::date, current_date + 20, current_date + 30
FROM report_template WHERE code = 'LOAD_BENCH';

-- Reporters: the 34 provinces and the 3,321 communes, each with a staff account and a token.
CREATE TEMP TABLE bench_reporter AS
SELECT id AS organization_id, code FROM bench_province
UNION ALL SELECT o.id, o.code FROM bench_commune c JOIN organization o ON o.code = c.code;

INSERT INTO report_assignment (template_id, organization_id, valid_from, created_by)
SELECT t.id, r.organization_id, DATE '2025-07-01', 'bench' FROM report_template t, bench_reporter r
WHERE t.code = 'LOAD_BENCH';

INSERT INTO user_account (username, full_name, search_key, password_hash, organization_id, clearance)
SELECT 'load.' || lower(r.code), 'Cán bộ thử tải ' || r.code, 'load ' || lower(r.code), '{bench}no-password',
       r.organization_id, 'NONE'
FROM bench_reporter r;
INSERT INTO user_role (user_id, role)
SELECT u.id, 'PROVINCE_POLICE_STAFF' FROM user_account u JOIN bench_reporter r ON u.username = 'load.' || lower(r.code);

CREATE TEMP TABLE bench_token AS
SELECT r.organization_id, u.id AS user_id, md5(random()::text || clock_timestamp()::text || r.code)
       || md5(random()::text || r.organization_id) AS token
FROM bench_reporter r JOIN user_account u ON u.username = 'load.' || lower(r.code);
INSERT INTO api_token (token_hash, user_id, created_at, expires_at)
SELECT encode(sha256(convert_to(token, 'UTF8')), 'hex'), user_id, now(), now() + interval '1 day' FROM bench_token;

COMMIT;
-- psql does not expand variables inside \copy; \o does, and COPY TO STDOUT writes where \o points.
\o :tokens
COPY (SELECT organization_id, token FROM bench_token ORDER BY organization_id) TO STDOUT WITH (FORMAT csv);
\o
