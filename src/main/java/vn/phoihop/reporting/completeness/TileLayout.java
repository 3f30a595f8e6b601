package vn.phoihop.reporting.completeness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each of the 34 provincial-level units (from 2025-07-01, by official code) sits on the tile map: a grid of
 * {@value #COLUMNS} columns and {@value #ROWS} rows that roughly follows the country's shape from north (row 0) to
 * south, west to east within a row. Shipped with the application: no outside map tiles.
 */
public final class TileLayout {

    public static final int COLUMNS = 5;
    public static final int ROWS = 18;

    /** A tile's place and the province's short name (Quyết định số 19/2025/QĐ-TTg's list). */
    record Cell(int column, int row, String name) {
    }

    /** Official code → its cell, north to south. */
    static final Map<String, Cell> CELLS;

    static {
        Map<String, Cell> cells = new LinkedHashMap<>();
        put(cells, "12", 0, 0, "Lai Châu");
        put(cells, "15", 1, 0, "Lào Cai");
        put(cells, "08", 2, 0, "Tuyên Quang");
        put(cells, "04", 3, 0, "Cao Bằng");
        put(cells, "11", 0, 1, "Điện Biên");
        put(cells, "14", 1, 1, "Sơn La");
        put(cells, "19", 2, 1, "Thái Nguyên");
        put(cells, "20", 3, 1, "Lạng Sơn");
        put(cells, "25", 1, 2, "Phú Thọ");
        put(cells, "01", 2, 2, "Hà Nội");
        put(cells, "24", 3, 2, "Bắc Ninh");
        put(cells, "22", 4, 2, "Quảng Ninh");
        put(cells, "37", 2, 3, "Ninh Bình");
        put(cells, "33", 3, 3, "Hưng Yên");
        put(cells, "31", 4, 3, "Hải Phòng");
        put(cells, "38", 2, 4, "Thanh Hóa");
        put(cells, "40", 2, 5, "Nghệ An");
        put(cells, "42", 2, 6, "Hà Tĩnh");
        put(cells, "44", 2, 7, "Quảng Trị");
        put(cells, "46", 3, 8, "Huế");
        put(cells, "48", 3, 9, "Đà Nẵng");
        put(cells, "51", 3, 10, "Quảng Ngãi");
        put(cells, "52", 3, 11, "Gia Lai");
        put(cells, "66", 3, 12, "Đắk Lắk");
        put(cells, "68", 2, 13, "Lâm Đồng");
        put(cells, "56", 3, 13, "Khánh Hòa");
        put(cells, "80", 1, 14, "Tây Ninh");
        put(cells, "75", 2, 14, "Đồng Nai");
        put(cells, "91", 0, 15, "An Giang");
        put(cells, "82", 1, 15, "Đồng Tháp");
        put(cells, "79", 2, 15, "Hồ Chí Minh");
        put(cells, "92", 0, 16, "Cần Thơ");
        put(cells, "86", 1, 16, "Vĩnh Long");
        put(cells, "96", 0, 17, "Cà Mau");
        CELLS = java.util.Collections.unmodifiableMap(cells);
    }

    private TileLayout() {
    }

    private static void put(Map<String, Cell> cells, String code, int column, int row, String name) {
        cells.put(code, new Cell(column, row, name));
    }

    /** The short name of the province with {@code officialCode} on the map. */
    public static Optional<String> name(String officialCode) {
        return holds(officialCode) ? Optional.of(CELLS.get(officialCode).name()) : Optional.empty();
    }

    /** Whether {@code officialCode} is one of the 34 provinces on the map. */
    public static boolean holds(String officialCode) {
        return officialCode != null && CELLS.containsKey(officialCode);
    }
}
