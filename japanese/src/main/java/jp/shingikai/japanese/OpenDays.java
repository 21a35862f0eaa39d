package jp.shingikai.japanese;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * 開庁日: the days a city hall is open. Not a Saturday or Sunday, not a 国民の祝日 (振替休日 and 国民の休日 included),
 * and not the 年末年始 closure from 12月29日 to 1月3日, as the municipalities' 休日条例 set it.
 */
public final class OpenDays {

    private static final MonthDay CLOSURE_STARTS = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_ENDS = MonthDay.of(1, 3);

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    public boolean isOpen(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        boolean yearEnd = !monthDay.isBefore(CLOSURE_STARTS) || !monthDay.isAfter(CLOSURE_ENDS);
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !yearEnd
                && !holidays.isHoliday(day);
    }

    /** The day that many 開庁日 after {@code from} (a deadline of 5 開庁日 from a Friday is the Friday after, holidays aside). */
    public LocalDate after(LocalDate from, int openDays) {
        LocalDate day = from;
        for (int counted = 0; counted < openDays; ) {
            day = day.plusDays(1);
            if (isOpen(day)) {
                counted++;
            }
        }
        return day;
    }
}
