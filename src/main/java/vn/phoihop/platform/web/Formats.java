package vn.phoihop.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;

/** Dates as Vietnamese readers expect them (dd/MM/yyyy, Vietnam time); used in templates as {@code @fmt}. */
@Component("fmt")
public class Formats {

    /** Vietnam's time zone, in which every date and time is shown. */
    public static final ZoneId ZONE = VietnamTime.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE_MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A deadline or a submission time, to the minute (seconds mean nothing to a reader there). */
    public String dateMinute(Instant instant) {
        return instant == null ? "" : DATE_MINUTE.format(instant.atZone(ZONE));
    }
}
