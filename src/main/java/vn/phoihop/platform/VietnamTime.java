package vn.phoihop.platform;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Vietnam's calendar. "Today" is the date in Hà Nội whatever the server's time zone: a merger effective on
 * 01/07/2025 is in force from midnight Vietnam time, not from 07:00 when a UTC server's date turns.
 */
public final class VietnamTime {

    /** Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** Today's date in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
