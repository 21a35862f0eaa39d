package jp.shingikai.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 開庁日: weekdays that are no holiday, outside the 年末年始 closure (12月29日から1月3日まで). */
class OpenDaysTest {

    private final OpenDays openDays = new OpenDays();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-12-01, true", "2026-12-05, false", "2026-12-06, false", "2026-12-28, true", "2026-12-29, false",
            "2026-12-31, false", "2027-01-01, false", "2027-01-03, false", "2027-01-04, true", "2026-09-22, false",
            "2026-05-06, false", "2026-05-07, true"})
    void aDayIsOpenOnlyOnAWeekdayThatIsNoHolidayOutsideTheYearEnd(LocalDate day, boolean open) {
        assertThat(openDays.isOpen(day)).isEqualTo(open);
    }

    @ParameterizedTest(name = "{1} 開庁日 after {0}: {2}")
    @CsvSource({
            // Within a week, across a weekend.
            "2026-12-01, 5, 2026-12-08",
            // Across the year end: 12/28 is the last open day of 2026, 1/4 the first of 2027.
            "2026-12-25, 2, 2027-01-04",
            // Across Silver Week: 9/19–9/23 are closed.
            "2026-09-18, 1, 2026-09-24",
            "2026-12-01, 0, 2026-12-01"})
    void aDeadlineCountsOpenDaysOnly(LocalDate from, int days, LocalDate due) {
        assertThat(openDays.after(from, days)).isEqualTo(due);
    }
}
