package vn.phoihop.platform;

import java.util.Comparator;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The one rule for sorting names in Vietnamese order, in Java and in SQL: ICU's Vietnamese collation (CLDR). Letters
 * follow the alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), tone marks only decide between names that are otherwise
 * equal, and a space sorts before every letter, so "Cà Mau" &lt; "Cao Bằng" &lt; "Cần Thơ" &lt; "Đà Nẵng" &lt;
 * "Đắk Lắk" and "Hà Nội" &lt; "Hải Phòng". Do not use {@code java.text.Collator} (it ignores spaces and puts Hải Phòng
 * before Hà Nội) nor {@link String#compareTo} (code points: Đ after Z).
 * <p>
 * In SQL, sort with {@link #collate(String)} (PostgreSQL's ICU collation {@value #SQL_COLLATION}, present in every
 * PostgreSQL built with ICU, including the embedded one); in Java, with {@link #NAMES} or {@link #byName}.
 */
public final class VietnameseOrder {

    /** The PostgreSQL collation with the same rule. */
    public static final String SQL_COLLATION = "\"vi-VN-x-icu\"";

    /** A frozen collator is immutable and safe to share between threads. */
    private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag("vi-VN")).freeze();

    /** Names in Vietnamese order; {@code null} last. */
    public static final Comparator<String> NAMES = Comparator.nullsLast(COLLATOR::compare);

    private VietnameseOrder() {
    }

    /** Orders anything by a name taken from it, in Vietnamese order ({@code null} names last). */
    public static <T> Comparator<T> byName(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    /** An SQL sort key for a text expression: {@code collate("n.name")} is {@code n.name COLLATE "vi-VN-x-icu"}. */
    public static String collate(String expression) {
        return expression + " COLLATE " + SQL_COLLATION;
    }
}
