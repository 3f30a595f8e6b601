-- Official codes, facts checked against public sources, and the legal basis of the 2025 reform per kind of
-- organisation. Frozen reference data: literal values, generated once from shared/reference (provinces-2025.csv with
-- its official_code column, province-events.csv); never re-read from a file.
--
-- official_code: the code of a provincial-level unit in the official list. The 34 provinces from 2025-07-01 carry
-- the codes of Quyết định số 19/2025/QĐ-TTg (in 7 cases the code follows the seat, not the surviving name: Bắc Ninh
-- is 24, the former Bắc Giang's code); the provinces of 1997-2025 keep their statistics office codes (P1997-NN has
-- code NN). PhoiHop's own codes (T01..T34, P1997-NN) stay the identifiers; official lists order by this code.
ALTER TABLE organization ADD COLUMN official_code VARCHAR(10);
CREATE INDEX organization_official_code_ix ON organization (official_code) WHERE official_code IS NOT NULL;

-- Whether the reorganisation and its legal basis were checked against an official source. FALSE marks data taken
-- from a single or unofficial source, to be corrected (legal_basis, note) and set TRUE once checked.
ALTER TABLE reorganization ADD COLUMN verified BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE organization SET official_code = v.official_code
FROM (VALUES ('T01', '01'),
             ('T02', '46'),
             ('T03', '12'),
             ('T04', '11'),
             ('T05', '14'),
             ('T06', '20'),
             ('T07', '22'),
             ('T08', '38'),
             ('T09', '40'),
             ('T10', '42'),
             ('T11', '04'),
             ('T12', '31'),
             ('T13', '48'),
             ('T14', '79'),
             ('T15', '92'),
             ('T16', '08'),
             ('T17', '15'),
             ('T18', '19'),
             ('T19', '25'),
             ('T20', '24'),
             ('T21', '33'),
             ('T22', '37'),
             ('T23', '44'),
             ('T24', '51'),
             ('T25', '52'),
             ('T26', '56'),
             ('T27', '68'),
             ('T28', '66'),
             ('T29', '75'),
             ('T30', '80'),
             ('T31', '86'),
             ('T32', '82'),
             ('T33', '96'),
             ('T34', '91'),
             ('P1997-02', '02'),
             ('P1997-06', '06'),
             ('P1997-08', '08'),
             ('P1997-10', '10'),
             ('P1997-15', '15'),
             ('P1997-17', '17'),
             ('P1997-19', '19'),
             ('P1997-24', '24'),
             ('P1997-25', '25'),
             ('P1997-26', '26'),
             ('P1997-27', '27'),
             ('P1997-30', '30'),
             ('P1997-31', '31'),
             ('P1997-33', '33'),
             ('P1997-34', '34'),
             ('P1997-35', '35'),
             ('P1997-36', '36'),
             ('P1997-37', '37'),
             ('P1997-44', '44'),
             ('P1997-45', '45'),
             ('P1997-48', '48'),
             ('P1997-49', '49'),
             ('P1997-51', '51'),
             ('P1997-52', '52'),
             ('P1997-54', '54'),
             ('P1997-56', '56'),
             ('P1997-58', '58'),
             ('P1997-60', '60'),
             ('P1997-62', '62'),
             ('P1997-64', '64'),
             ('P1997-66', '66'),
             ('P1997-67', '67'),
             ('P1997-68', '68'),
             ('P1997-70', '70'),
             ('P1997-72', '72'),
             ('P1997-74', '74'),
             ('P1997-75', '75'),
             ('P1997-77', '77'),
             ('P1997-79', '79'),
             ('P1997-80', '80'),
             ('P1997-82', '82'),
             ('P1997-83', '83'),
             ('P1997-84', '84'),
             ('P1997-86', '86'),
             ('P1997-87', '87'),
             ('P1997-89', '89'),
             ('P1997-91', '91'),
             ('P1997-92', '92'),
             ('P1997-93', '93'),
             ('P1997-94', '94'),
             ('P1997-95', '95'),
             ('P1997-96', '96')) AS v (code, official_code)
WHERE organization.code = v.code AND organization.kind = 'PROVINCE';

-- Huế became a centrally-run city under Nghị quyết số 175/2024/QH15; 1314/NQ-UBTVQH15 of the same day only
-- rearranged its districts and communes.
UPDATE reorganization
SET legal_basis = 'Nghị quyết số 175/2024/QH15 ngày 30/11/2024 của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương',
    note = 'Nghị quyết số 1314/NQ-UBTVQH15 cùng ngày chỉ sắp xếp các đơn vị hành chính cấp huyện, cấp xã của thành phố Huế.'
WHERE kind = 'RENAME' AND effective_date = DATE '2025-01-01' AND applied_by = 'system'
  AND legal_basis LIKE 'Nghị quyết số 1314/NQ-UBTVQH15%';

-- Ho Chi Minh City keeps the capital "Thành phố" in the names of its Party committee, police and police party
-- committee (as the former city's names already do).
UPDATE organization_name SET name = 'Thành ủy Thành phố Hồ Chí Minh', short_name = 'Thành ủy Thành phố Hồ Chí Minh', name_folded = 'thanh uy thanh pho ho chi minh'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T14-TU') AND valid_from = DATE '2025-07-01';
UPDATE organization_name SET name = 'Công an Thành phố Hồ Chí Minh', short_name = 'Công an Hồ Chí Minh', name_folded = 'cong an thanh pho ho chi minh cong an ho chi minh'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T14-CA') AND valid_from = DATE '2025-07-01';
UPDATE organization_name SET name = 'Đảng ủy Công an Thành phố Hồ Chí Minh', short_name = 'Đảng ủy Công an Hồ Chí Minh', name_folded = 'dang uy cong an thanh pho ho chi minh dang uy cong an ho chi minh'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T14-DUCA') AND valid_from = DATE '2025-07-01';

-- The 2025 reform's legal basis differs by kind of organisation: the provinces were merged by the National
-- Assembly's resolution, the provincial Party committees by Politburo decisions, the police forces and police party
-- committees by their own line's decisions. Each province's MERGE (one per successor, made by V6 for all four kinds)
-- keeps the provinces; the transitions of each other kind move to a MERGE of their own with their legal basis. Where
-- the exact decision is not recorded, the basis names the deciding body and the reorganisation is not verified.
UPDATE reorganization
SET note = 'Nghị quyết có hiệu lực từ ngày 12/6/2025; chính quyền địa phương sau sắp xếp hoạt động từ ngày 01/7/2025.'
WHERE kind = 'MERGE' AND effective_date = DATE '2025-07-01' AND applied_by = 'system'
  AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%';

WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T12-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T12-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T12-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T13-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T13-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T13-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định số 321-QĐ/TW của Bộ Chính trị', NULL, 'CONFIRMED', 'system', now(), 'system', now(), TRUE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T14-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T14-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T14-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T15-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T15-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T15-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T16-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T16-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T16-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T17-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T17-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T17-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T18-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T18-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T18-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T19-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T19-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T19-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T20-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T20-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T20-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T21-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T21-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T21-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T22-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T22-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T22-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T23-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T23-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T23-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T24-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T24-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T24-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T25-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T25-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T25-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T26-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T26-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T26-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T27-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T27-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T27-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T28-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T28-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T28-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T29-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T29-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T29-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T30-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T30-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T30-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Số hiệu quyết định của Bộ Chính trị về việc hợp nhất đảng bộ chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T31-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T31-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T31-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Một trong các Quyết định số 326-QĐ/TW, 327-QĐ/TW, 328-QĐ/TW của Bộ Chính trị (Đồng Tháp, Cà Mau, An Giang); chưa xác định số hiệu cho từng tỉnh.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T32-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T32-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T32-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Một trong các Quyết định số 326-QĐ/TW, 327-QĐ/TW, 328-QĐ/TW của Bộ Chính trị (Đồng Tháp, Cà Mau, An Giang); chưa xác định số hiệu cho từng tỉnh.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T33-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T33-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T33-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ Chính trị', 'Một trong các Quyết định số 326-QĐ/TW, 327-QĐ/TW, 328-QĐ/TW của Bộ Chính trị (Đồng Tháp, Cà Mau, An Giang); chưa xác định số hiệu cho từng tỉnh.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T34-TU')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Bộ trưởng Bộ Công an', 'Số hiệu quyết định về việc hợp nhất công an tỉnh chưa được ghi nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T34-CA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at, decided_by,
                                decided_at, verified)
    VALUES ('MERGE', DATE '2025-07-01', 'Quyết định của Đảng ủy Công an Trung ương', 'Cơ quan ban hành và số hiệu quyết định về việc hợp nhất đảng ủy công an tỉnh chưa được xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
UPDATE reorganization_transition t SET reorganization_id = r.id, position = -1 - t.position
FROM r
WHERE t.successor_id = (SELECT id FROM organization WHERE code = 'T34-DUCA')
  AND t.reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE' AND applied_by = 'system'
      AND effective_date = DATE '2025-07-01' AND legal_basis LIKE 'Nghị quyết số 202/2025/QH15%');

-- Positions 0, 1, ... again within each of those reorganisations, in the original order (moved rows are negative).
UPDATE reorganization_transition SET position = -1 - position
WHERE position >= 0 AND reorganization_id IN (SELECT id FROM reorganization WHERE kind = 'MERGE'
      AND applied_by = 'system' AND effective_date = DATE '2025-07-01');
UPDATE reorganization_transition t SET position = x.n
FROM (SELECT reorganization_id, position,
             row_number() OVER (PARTITION BY reorganization_id ORDER BY position DESC) - 1 AS n
      FROM reorganization_transition WHERE position < 0) AS x
WHERE t.reorganization_id = x.reorganization_id AND t.position = x.position;
