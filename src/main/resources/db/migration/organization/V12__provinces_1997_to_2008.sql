-- The provincial level from 1997 to 2008 (shared/reference/province-events.csv), as frozen literal data.
-- 61 provincial units from 1997-01-01; 64 from 2004-01-01, when Nghị quyết số 22/2003/QH11 divided Cần Thơ (into the
-- city of Cần Thơ and Hậu Giang), Đắk Lắk (into Đắk Lắk and Đắk Nông) and Lai Châu (into Lai Châu and Điện Biên);
-- 63 from 2008-08-01, when Hà Tây was merged into Hà Nội (Nghị quyết số 15/2008/QH12, number not verified).
-- A division is a SPLIT: the divided province (P1997-CT, P1997-DL, P1997-LC, with its Party committee, police force
-- and police party committee, 1997-01-01 to 2003-12-31) has both resulting provinces as successors, which start on
-- 2004-01-01 (the resolution "chia tỉnh ... thành" both). So neither successor reaches the other's units through its
-- lineage; both reach the divided province's own history. Hà Tây (P1997-28, statistics code 28) merges into
-- Hà Nội (T01), which continues. The closure table is rebuilt at the end with the same rule as ClosureTable.

-- Tỉnh Cần Thơ, 1997-01-01 to 2003-12-31
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-CT', 'PROVINCE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh Cần Thơ', 'Cần Thơ', NULL, 'tinh can tho', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-CT';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-CT-TU', 'PROVINCIAL_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh ủy Cần Thơ', 'Tỉnh ủy Cần Thơ', 'TU', 'tinh uy can tho', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-CT-TU';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-CT-CA', 'PROVINCIAL_POLICE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Công an tỉnh Cần Thơ', 'Công an Cần Thơ', 'CA', 'cong an tinh can tho cong an can tho', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-CT-CA';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-CT-DUCA', 'POLICE_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Đảng ủy Công an tỉnh Cần Thơ', 'Đảng ủy Công an Cần Thơ', 'ĐU', 'dang uy cong an tinh can tho dang uy cong an can tho', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-CT-DUCA';
INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to)
SELECT o.id, p.id, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-CT', 'VN'), ('P1997-CT-TU', 'P1997-CT'), ('P1997-CT-CA', 'P1997-CT'), ('P1997-CT-DUCA', 'P1997-CT-CA')) AS v (child, parent)
JOIN organization o ON o.code = v.child JOIN organization p ON p.code = v.parent;
INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from, valid_to)
SELECT o.id, l.id, v.kind, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-CT-CA', 'BCA', 'SECTORAL'), ('P1997-CT-CA', 'DUCA', 'SECTORAL'), ('P1997-CT-CA', 'P1997-CT-TU', 'TERRITORIAL'), ('P1997-CT-DUCA', 'DUCA', 'SECTORAL'), ('P1997-CT-DUCA', 'P1997-CT-TU', 'TERRITORIAL')) AS v (led, leader, kind)
JOIN organization o ON o.code = v.led JOIN organization l ON l.code = v.leader;

-- Tỉnh Đắk Lắk, 1997-01-01 to 2003-12-31
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-DL', 'PROVINCE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh Đắk Lắk', 'Đắk Lắk', NULL, 'tinh dak lak', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-DL';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-DL-TU', 'PROVINCIAL_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh ủy Đắk Lắk', 'Tỉnh ủy Đắk Lắk', 'TU', 'tinh uy dak lak', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-DL-TU';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-DL-CA', 'PROVINCIAL_POLICE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Công an tỉnh Đắk Lắk', 'Công an Đắk Lắk', 'CA', 'cong an tinh dak lak cong an dak lak', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-DL-CA';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-DL-DUCA', 'POLICE_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Đảng ủy Công an tỉnh Đắk Lắk', 'Đảng ủy Công an Đắk Lắk', 'ĐU', 'dang uy cong an tinh dak lak dang uy cong an dak lak', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-DL-DUCA';
INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to)
SELECT o.id, p.id, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-DL', 'VN'), ('P1997-DL-TU', 'P1997-DL'), ('P1997-DL-CA', 'P1997-DL'), ('P1997-DL-DUCA', 'P1997-DL-CA')) AS v (child, parent)
JOIN organization o ON o.code = v.child JOIN organization p ON p.code = v.parent;
INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from, valid_to)
SELECT o.id, l.id, v.kind, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-DL-CA', 'BCA', 'SECTORAL'), ('P1997-DL-CA', 'DUCA', 'SECTORAL'), ('P1997-DL-CA', 'P1997-DL-TU', 'TERRITORIAL'), ('P1997-DL-DUCA', 'DUCA', 'SECTORAL'), ('P1997-DL-DUCA', 'P1997-DL-TU', 'TERRITORIAL')) AS v (led, leader, kind)
JOIN organization o ON o.code = v.led JOIN organization l ON l.code = v.leader;

-- Tỉnh Lai Châu, 1997-01-01 to 2003-12-31
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-LC', 'PROVINCE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh Lai Châu', 'Lai Châu', NULL, 'tinh lai chau', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-LC';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-LC-TU', 'PROVINCIAL_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh ủy Lai Châu', 'Tỉnh ủy Lai Châu', 'TU', 'tinh uy lai chau', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-LC-TU';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-LC-CA', 'PROVINCIAL_POLICE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Công an tỉnh Lai Châu', 'Công an Lai Châu', 'CA', 'cong an tinh lai chau cong an lai chau', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-LC-CA';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-LC-DUCA', 'POLICE_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2003-12-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Đảng ủy Công an tỉnh Lai Châu', 'Đảng ủy Công an Lai Châu', 'ĐU', 'dang uy cong an tinh lai chau dang uy cong an lai chau', DATE '1997-01-01', DATE '2003-12-31' FROM organization WHERE code = 'P1997-LC-DUCA';
INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to)
SELECT o.id, p.id, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-LC', 'VN'), ('P1997-LC-TU', 'P1997-LC'), ('P1997-LC-CA', 'P1997-LC'), ('P1997-LC-DUCA', 'P1997-LC-CA')) AS v (child, parent)
JOIN organization o ON o.code = v.child JOIN organization p ON p.code = v.parent;
INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from, valid_to)
SELECT o.id, l.id, v.kind, DATE '1997-01-01', DATE '2003-12-31'
FROM (VALUES ('P1997-LC-CA', 'BCA', 'SECTORAL'), ('P1997-LC-CA', 'DUCA', 'SECTORAL'), ('P1997-LC-CA', 'P1997-LC-TU', 'TERRITORIAL'), ('P1997-LC-DUCA', 'DUCA', 'SECTORAL'), ('P1997-LC-DUCA', 'P1997-LC-TU', 'TERRITORIAL')) AS v (led, leader, kind)
JOIN organization o ON o.code = v.led JOIN organization l ON l.code = v.leader;

-- Tỉnh Hà Tây, 1997-01-01 to 2008-07-31
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-28', 'PROVINCE', DATE '1997-01-01', DATE '2008-07-31', '28');
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh Hà Tây', 'Hà Tây', NULL, 'tinh ha tay', DATE '1997-01-01', DATE '2008-07-31' FROM organization WHERE code = 'P1997-28';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-28-TU', 'PROVINCIAL_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2008-07-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Tỉnh ủy Hà Tây', 'Tỉnh ủy Hà Tây', 'TU', 'tinh uy ha tay', DATE '1997-01-01', DATE '2008-07-31' FROM organization WHERE code = 'P1997-28-TU';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-28-CA', 'PROVINCIAL_POLICE', DATE '1997-01-01', DATE '2008-07-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Công an tỉnh Hà Tây', 'Công an Hà Tây', 'CA', 'cong an tinh ha tay cong an ha tay', DATE '1997-01-01', DATE '2008-07-31' FROM organization WHERE code = 'P1997-28-CA';
INSERT INTO organization (code, kind, valid_from, valid_to, official_code) VALUES ('P1997-28-DUCA', 'POLICE_PARTY_COMMITTEE', DATE '1997-01-01', DATE '2008-07-31', NULL);
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Đảng ủy Công an tỉnh Hà Tây', 'Đảng ủy Công an Hà Tây', 'ĐU', 'dang uy cong an tinh ha tay dang uy cong an ha tay', DATE '1997-01-01', DATE '2008-07-31' FROM organization WHERE code = 'P1997-28-DUCA';
INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to)
SELECT o.id, p.id, DATE '1997-01-01', DATE '2008-07-31'
FROM (VALUES ('P1997-28', 'VN'), ('P1997-28-TU', 'P1997-28'), ('P1997-28-CA', 'P1997-28'), ('P1997-28-DUCA', 'P1997-28-CA')) AS v (child, parent)
JOIN organization o ON o.code = v.child JOIN organization p ON p.code = v.parent;
INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from, valid_to)
SELECT o.id, l.id, v.kind, DATE '1997-01-01', DATE '2008-07-31'
FROM (VALUES ('P1997-28-CA', 'BCA', 'SECTORAL'), ('P1997-28-CA', 'DUCA', 'SECTORAL'), ('P1997-28-CA', 'P1997-28-TU', 'TERRITORIAL'), ('P1997-28-DUCA', 'DUCA', 'SECTORAL'), ('P1997-28-DUCA', 'P1997-28-TU', 'TERRITORIAL')) AS v (led, leader, kind)
JOIN organization o ON o.code = v.led JOIN organization l ON l.code = v.leader;

-- The six provinces the division formed (and their three organisations each) start on 2004-01-01: lifetime, names,
-- parents, leadership links and positions that started earlier.
CREATE TEMPORARY TABLE formed_2004 ON COMMIT DROP AS
SELECT id FROM organization WHERE code = ANY (ARRAY['P1997-92', 'P1997-92-TU', 'P1997-92-CA', 'P1997-92-DUCA', 'P1997-93', 'P1997-93-TU', 'P1997-93-CA', 'P1997-93-DUCA', 'P1997-66', 'P1997-66-TU', 'P1997-66-CA', 'P1997-66-DUCA', 'P1997-67', 'P1997-67-TU', 'P1997-67-CA', 'P1997-67-DUCA', 'T03', 'T03-TU', 'T03-CA', 'T03-DUCA', 'T04', 'T04-TU', 'T04-CA', 'T04-DUCA']);
UPDATE organization SET valid_from = DATE '2004-01-01'
WHERE id IN (SELECT id FROM formed_2004) AND valid_from < DATE '2004-01-01';
UPDATE organization_name SET valid_from = DATE '2004-01-01'
WHERE organization_id IN (SELECT id FROM formed_2004) AND valid_from < DATE '2004-01-01'
  AND (valid_to IS NULL OR valid_to >= DATE '2004-01-01');
UPDATE organization_parent SET valid_from = DATE '2004-01-01'
WHERE organization_id IN (SELECT id FROM formed_2004) AND valid_from < DATE '2004-01-01'
  AND (valid_to IS NULL OR valid_to >= DATE '2004-01-01');
UPDATE leadership_link SET valid_from = DATE '2004-01-01'
WHERE (organization_id IN (SELECT id FROM formed_2004) OR leader_id IN (SELECT id FROM formed_2004))
  AND valid_from < DATE '2004-01-01' AND (valid_to IS NULL OR valid_to >= DATE '2004-01-01');
UPDATE position SET valid_from = DATE '2004-01-01'
WHERE organization_id IN (SELECT id FROM formed_2004) AND valid_from < DATE '2004-01-01'
  AND (valid_to IS NULL OR valid_to >= DATE '2004-01-01');

-- Tỉnh Cần Thơ divided
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at,
                                decided_by, decided_at, verified)
    VALUES ('SPLIT', DATE '2004-01-01', 'Nghị quyết số 22/2003/QH11 ngày 26/11/2003 của Quốc hội về việc chia và điều chỉnh địa giới hành chính một số tỉnh', 'Ngày hiệu lực theo một nguồn.', 'CONFIRMED', 'system', now(), 'system', now(), TRUE)
    RETURNING id)
INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)
SELECT r.id, v.position, p.id, s.id
FROM r, (VALUES (0, 'P1997-CT', 'P1997-92'),
       (1, 'P1997-CT', 'P1997-93'),
       (2, 'P1997-CT-TU', 'P1997-92-TU'),
       (3, 'P1997-CT-TU', 'P1997-93-TU'),
       (4, 'P1997-CT-CA', 'P1997-92-CA'),
       (5, 'P1997-CT-CA', 'P1997-93-CA'),
       (6, 'P1997-CT-DUCA', 'P1997-92-DUCA'),
       (7, 'P1997-CT-DUCA', 'P1997-93-DUCA')) AS v (position, predecessor, successor)
JOIN organization p ON p.code = v.predecessor JOIN organization s ON s.code = v.successor;

-- Tỉnh Đắk Lắk divided
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at,
                                decided_by, decided_at, verified)
    VALUES ('SPLIT', DATE '2004-01-01', 'Nghị quyết số 22/2003/QH11 ngày 26/11/2003 của Quốc hội về việc chia và điều chỉnh địa giới hành chính một số tỉnh', 'Ngày hiệu lực theo một nguồn.', 'CONFIRMED', 'system', now(), 'system', now(), TRUE)
    RETURNING id)
INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)
SELECT r.id, v.position, p.id, s.id
FROM r, (VALUES (0, 'P1997-DL', 'P1997-66'),
       (1, 'P1997-DL', 'P1997-67'),
       (2, 'P1997-DL-TU', 'P1997-66-TU'),
       (3, 'P1997-DL-TU', 'P1997-67-TU'),
       (4, 'P1997-DL-CA', 'P1997-66-CA'),
       (5, 'P1997-DL-CA', 'P1997-67-CA'),
       (6, 'P1997-DL-DUCA', 'P1997-66-DUCA'),
       (7, 'P1997-DL-DUCA', 'P1997-67-DUCA')) AS v (position, predecessor, successor)
JOIN organization p ON p.code = v.predecessor JOIN organization s ON s.code = v.successor;

-- Tỉnh Lai Châu divided
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at,
                                decided_by, decided_at, verified)
    VALUES ('SPLIT', DATE '2004-01-01', 'Nghị quyết số 22/2003/QH11 ngày 26/11/2003 của Quốc hội về việc chia và điều chỉnh địa giới hành chính một số tỉnh', 'Ngày hiệu lực theo một nguồn.', 'CONFIRMED', 'system', now(), 'system', now(), TRUE)
    RETURNING id)
INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)
SELECT r.id, v.position, p.id, s.id
FROM r, (VALUES (0, 'P1997-LC', 'T03'),
       (1, 'P1997-LC', 'T04'),
       (2, 'P1997-LC-TU', 'T03-TU'),
       (3, 'P1997-LC-TU', 'T04-TU'),
       (4, 'P1997-LC-CA', 'T03-CA'),
       (5, 'P1997-LC-CA', 'T04-CA'),
       (6, 'P1997-LC-DUCA', 'T03-DUCA'),
       (7, 'P1997-LC-DUCA', 'T04-DUCA')) AS v (position, predecessor, successor)
JOIN organization p ON p.code = v.predecessor JOIN organization s ON s.code = v.successor;

-- Hà Tây merged into Hà Nội
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at,
                                decided_by, decided_at, verified)
    VALUES ('MERGE', DATE '2008-08-01', 'Nghị quyết số 15/2008/QH12 ngày 29/5/2008 của Quốc hội về việc điều chỉnh địa giới hành chính thành phố Hà Nội và một số tỉnh có liên quan', 'Số hiệu nghị quyết chưa được đối chiếu với văn bản gốc. Hà Nội cũng nhận huyện Mê Linh (tỉnh Vĩnh Phúc) và 4 xã của huyện Lương Sơn (tỉnh Hòa Bình).', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)
SELECT r.id, v.position, p.id, s.id
FROM r, (VALUES (0, 'P1997-28', 'T01'),
       (1, 'P1997-28-TU', 'T01-TU'),
       (2, 'P1997-28-CA', 'T01-CA'),
       (3, 'P1997-28-DUCA', 'T01-DUCA')) AS v (position, predecessor, successor)
JOIN organization p ON p.code = v.predecessor JOIN organization s ON s.code = v.successor;

-- The closure table, rebuilt whole with the rule of ClosureTable.REBUILD (a path's period is the intersection of the
-- descendant's lifetime and the parent periods along it).
DELETE FROM organization_closure;
INSERT INTO organization_closure (ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to)
WITH RECURSIVE up (ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to) AS (
    SELECT o.id, o.id, 0, CAST(NULL AS BIGINT), o.valid_from, o.valid_to
    FROM organization o
    UNION ALL
    SELECT p.parent_id, up.descendant_id, up.depth + 1,
           CASE WHEN up.depth = 0 THEN p.parent_id ELSE up.parent_id END,
           GREATEST(up.valid_from, p.valid_from), LEAST(up.valid_to, p.valid_to)
    FROM up JOIN organization_parent p ON p.organization_id = up.ancestor_id
    WHERE p.valid_from <= COALESCE(up.valid_to, DATE 'infinity')
      AND COALESCE(p.valid_to, DATE 'infinity') >= up.valid_from
      AND up.depth < 64
)
SELECT ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to FROM up;
