-- Đồng Nai became the centrally-run Thành phố Đồng Nai on 2026-04-30 (Nghị quyết số 30/2026/QH16, one source: NOT
-- verified). Recorded as a RENAME of the province and its three organisations, marked verified = FALSE, so that it is
-- easy to find and correct (UPDATE reorganization SET legal_basis = ..., verified = TRUE WHERE ...). Frozen literal data.
UPDATE organization_name SET valid_to = DATE '2026-04-29'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T29') AND valid_to IS NULL
  AND valid_from < DATE '2026-04-30';
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Thành phố Đồng Nai', 'Đồng Nai', NULL, 'thanh pho dong nai', DATE '2026-04-30', NULL FROM organization WHERE code = 'T29';
UPDATE organization_name SET valid_to = DATE '2026-04-29'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T29-TU') AND valid_to IS NULL
  AND valid_from < DATE '2026-04-30';
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Thành ủy Đồng Nai', 'Thành ủy Đồng Nai', 'TU', 'thanh uy dong nai', DATE '2026-04-30', NULL FROM organization WHERE code = 'T29-TU';
UPDATE organization_name SET valid_to = DATE '2026-04-29'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T29-CA') AND valid_to IS NULL
  AND valid_from < DATE '2026-04-30';
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Công an thành phố Đồng Nai', 'Công an Đồng Nai', 'CA', 'cong an thanh pho dong nai cong an dong nai', DATE '2026-04-30', NULL FROM organization WHERE code = 'T29-CA';
UPDATE organization_name SET valid_to = DATE '2026-04-29'
WHERE organization_id = (SELECT id FROM organization WHERE code = 'T29-DUCA') AND valid_to IS NULL
  AND valid_from < DATE '2026-04-30';
INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded, valid_from, valid_to)
SELECT id, 'Đảng ủy Công an thành phố Đồng Nai', 'Đảng ủy Công an Đồng Nai', 'ĐU', 'dang uy cong an thanh pho dong nai dang uy cong an dong nai', DATE '2026-04-30', NULL FROM organization WHERE code = 'T29-DUCA';
WITH r AS (
    INSERT INTO reorganization (kind, effective_date, legal_basis, note, status, applied_by, applied_at,
                                decided_by, decided_at, verified)
    VALUES ('RENAME', DATE '2026-04-30', 'Nghị quyết số 30/2026/QH16 ngày 14/04/2026 của Quốc hội', 'Chưa xác nhận: theo một nguồn. Tên Thành ủy Đồng Nai, Công an thành phố Đồng Nai theo đó, cũng chưa xác nhận.', 'CONFIRMED', 'system', now(), 'system', now(), FALSE)
    RETURNING id)
INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)
SELECT r.id, v.position, p.id, s.id
FROM r, (VALUES (0, 'T29', 'T29'),
       (1, 'T29-TU', 'T29-TU'),
       (2, 'T29-CA', 'T29-CA'),
       (3, 'T29-DUCA', 'T29-DUCA')) AS v (position, predecessor, successor)
JOIN organization p ON p.code = v.predecessor JOIN organization s ON s.code = v.successor;
