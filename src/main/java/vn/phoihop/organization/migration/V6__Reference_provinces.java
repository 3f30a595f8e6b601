package vn.phoihop.organization.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Reference data with history, from {@code db/reference/v6/} (frozen copies of shared/reference as this migration
 * was written; the checksum covers them, so they never change): the national root; the
 * 63 provinces in force until 2025-06-30 and the 34 from 2025-07-01, each with its Party committee, police force
 * and police party committee and their leadership links; each 2025 merger as a confirmed MERGE from the
 * predecessors to the successor (for the province and for each of its three organisations); Thừa Thiên Huế's
 * renaming to the city of Huế on 2025-01-01.
 * <p>
 * The 11 provinces the reform left unchanged are the same organisations before and after (T01 Hà Nội exists
 * from 1997 on), so their history is continuous and they are their own successors; the 52 others get codes
 * P1997-NN (NN = the pre-2025 code) and end on 2025-06-30. Dates before 1997 are not recorded.
 * <p>
 * <b>Frozen.</b> A migration must give every fresh database what it gave the first one, so this class calls no code
 * that may change later: the organisation kinds, the folding of names for search and the closure-table rebuild are
 * copies as of this migration ({@link #KIND_NATION} …, {@link #fold}, {@link #CLOSURE}). The checksum covers the
 * reference files it reads; its code is only ever changed to keep it compiling, never in what it writes.
 */
@Component
class V6__Reference_provinces extends BaseJavaMigration {

    static final LocalDate SINCE = LocalDate.of(1997, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate HUE_CITY = LocalDate.of(2025, 1, 1);
    static final String MERGER_BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp "
            + "đơn vị hành chính cấp tỉnh";
    static final String HUE_BASIS = "Nghị quyết số 1314/NQ-UBTVQH15 ngày 30/11/2024 của Ủy ban Thường vụ Quốc hội "
            + "về việc thành lập thành phố Huế trực thuộc trung ương";
    private static final String[] SUFFIXES = { "", "-TU", "-CA", "-DUCA" };
    static final String KIND_NATION = "NATION";
    static final String KIND_PROVINCE = "PROVINCE";
    static final String KIND_PARTY_COMMITTEE = "PROVINCIAL_PARTY_COMMITTEE";
    static final String KIND_POLICE = "PROVINCIAL_POLICE";
    static final String KIND_POLICE_PARTY_COMMITTEE = "POLICE_PARTY_COMMITTEE";

    /** The closure-table rebuild of every organisation, as of this migration. */
    static final String CLOSURE = """
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
            SELECT ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to FROM up
            """;

    private Connection db;

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read("provinces-1997-2025.csv").getBytes(StandardCharsets.UTF_8));
        crc.update(read("provinces-2025.csv").getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        db = context.getConnection();
        Map<String, String[]> old = new LinkedHashMap<>();
        for (String[] row : rows("provinces-1997-2025.csv")) {
            old.put(row[0], row);
        }
        long root = insert("VN", KIND_NATION, LocalDate.of(1945, 9, 2), null);
        name(root, "Cả nước", "Cả nước", null, LocalDate.of(1945, 9, 2), null);
        parent(id("TW"), root, LocalDate.of(1945, 9, 2), null);
        parent(id("BCA"), root, LocalDate.of(1945, 9, 2), null);
        List<String[]> current = rows("provinces-2025.csv");
        for (int i = 0; i < current.size(); i++) {
            String code = "T%02d".formatted(i + 1);
            String[] predecessors = current.get(i)[2].split(";");
            boolean unchanged = predecessors.length == 1;
            for (String suffix : SUFFIXES) {
                startOn(id(code + suffix), unchanged ? SINCE : REFORM);
            }
            parent(id(code), root, unchanged ? SINCE : REFORM, null);
            links(code, unchanged ? SINCE : REFORM, null);
            if (predecessors[0].equals("46")) {
                renameHue(code, old.get("46"));
            }
            if (!unchanged) {
                List<long[]> transitions = new ArrayList<>();
                for (String predecessor : predecessors) {
                    String pcode = "P1997-" + predecessor;
                    oldProvince(pcode, old.get(predecessor), root);
                    for (String suffix : SUFFIXES) {
                        transitions.add(new long[] { id(pcode + suffix), id(code + suffix) });
                    }
                }
                reorganization("MERGE", REFORM, MERGER_BASIS, transitions);
            }
        }
        update("DELETE FROM organization_closure");
        update(CLOSURE);
    }

    private void oldProvince(String code, String[] row, long root) throws SQLException {
        boolean city = row[2].equals("thành phố");
        String place = row[1];
        LocalDate end = REFORM.minusDays(1);
        long province = insert(code, KIND_PROVINCE, SINCE, end);
        name(province, (city ? "Thành phố " : "Tỉnh ") + place, place, null, SINCE, end);
        parent(province, root, SINCE, end);
        long committee = insert(code + "-TU", KIND_PARTY_COMMITTEE, SINCE, end);
        name(committee, row[3], row[3], "TU", SINCE, end);
        parent(committee, province, SINCE, end);
        long police = insert(code + "-CA", KIND_POLICE, SINCE, end);
        name(police, row[4], "Công an " + place, "CA", SINCE, end);
        parent(police, province, SINCE, end);
        long policeCommittee = insert(code + "-DUCA", KIND_POLICE_PARTY_COMMITTEE, SINCE, end);
        name(policeCommittee, "Đảng ủy " + row[4], "Đảng ủy Công an " + place, "ĐU", SINCE, end);
        parent(policeCommittee, police, SINCE, end);
        links(code, SINCE, end);
    }

    /** The police force is led by the Ministry and ĐUCA (sectoral) and its Party committee (territorial). */
    private void links(String code, LocalDate from, LocalDate to) throws SQLException {
        long committee = id(code + "-TU");
        long police = id(code + "-CA");
        long policeCommittee = id(code + "-DUCA");
        link(police, id("BCA"), "SECTORAL", from, to);
        link(police, id("DUCA"), "SECTORAL", from, to);
        link(police, committee, "TERRITORIAL", from, to);
        link(policeCommittee, id("DUCA"), "SECTORAL", from, to);
        link(policeCommittee, committee, "TERRITORIAL", from, to);
    }

    private void renameHue(String code, String[] row) throws SQLException {
        LocalDate eve = HUE_CITY.minusDays(1);
        String[][] before = { { "Tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", null }, { row[3], row[3], "TU" },
                { row[4], "Công an Thừa Thiên Huế", "CA" },
                { "Đảng ủy " + row[4], "Đảng ủy Công an Thừa Thiên Huế", "ĐU" } };
        List<long[]> transitions = new ArrayList<>();
        for (int i = 0; i < SUFFIXES.length; i++) {
            long org = id(code + SUFFIXES[i]);
            update("UPDATE organization_name SET valid_from = ? WHERE organization_id = ?", HUE_CITY, org);
            name(org, before[i][0], before[i][1], before[i][2], SINCE, eve);
            transitions.add(new long[] { org, org });
        }
        reorganization("RENAME", HUE_CITY, HUE_BASIS, transitions);
    }

    private void reorganization(String kind, LocalDate date, String basis, List<long[]> transitions)
            throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO reorganization (kind, effective_date, legal_basis, status, applied_by, applied_at,
                                            decided_by, decided_at)
                VALUES (?, ?, ?, 'CONFIRMED', 'system', now(), 'system', now()) RETURNING id""")) {
            insert.setString(1, kind);
            insert.setObject(2, date);
            insert.setString(3, basis);
            id = single(insert);
        }
        for (int i = 0; i < transitions.size(); i++) {
            update("INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)"
                    + " VALUES (?, ?, ?, ?)", id, i, transitions.get(i)[0], transitions.get(i)[1]);
        }
    }

    private void startOn(long org, LocalDate from) throws SQLException {
        update("UPDATE organization SET valid_from = ? WHERE id = ?", from, org);
        update("UPDATE organization_name SET valid_from = ? WHERE organization_id = ?", from, org);
        update("UPDATE organization_parent SET valid_from = ? WHERE organization_id = ?", from, org);
    }

    private long insert(String code, String kind, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO organization (code, kind, valid_from, valid_to) VALUES (?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, code);
            insert.setString(2, kind);
            insert.setObject(3, from);
            insert.setObject(4, to);
            return single(insert);
        }
    }

    private void name(long org, String name, String shortName, String abbreviation, LocalDate from, LocalDate to)
            throws SQLException {
        update("INSERT INTO organization_name (organization_id, name, short_name, abbreviation, name_folded,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)", org, name, shortName, abbreviation,
                folded(name, shortName), from, to);
    }

    /** Name and short name folded for search (đ → d, no marks, lower case), as of this migration. */
    static String folded(String name, String shortName) {
        return shortName == null || shortName.isBlank() || fold(name).contains(fold(shortName))
                ? fold(name) : fold(name + " " + shortName);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private void parent(long org, long parent, LocalDate from, LocalDate to) throws SQLException {
        update("INSERT INTO organization_parent (organization_id, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?)",
                org, parent, from, to);
    }

    private void link(long org, long leader, String kind, LocalDate from, LocalDate to) throws SQLException {
        update("INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?, ?)", org, leader, kind, from, to);
    }

    private long id(String code) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM organization WHERE code = ?")) {
            select.setString(1, code);
            return single(select);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("reference data: no row for " + statement);
            }
            return rows.getLong(1);
        }
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = read(file).split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split(",", -1));
            }
        }
        return rows;
    }

    private static String read(String file) {
        try (InputStream in = V6__Reference_provinces.class.getResourceAsStream("/db/reference/v6/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
