package jp.shingikai.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The holidays as the 内閣府 publishes them for each year, 振替休日 and 国民の休日 included. */
class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // The enthronement year: 4/30 and 5/2 between two holidays, 三連休 moved by three Sunday holidays.
            "2019;01-01 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 "
                    + "10-14 10-22 11-03 11-04 11-23",
            // The Olympic year: 海の日, スポーツの日 and 山の日 moved; 2/23 on a Sunday.
            "2020;01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-23 07-24 08-10 09-21 09-22 11-03 11-23",
            "2021;01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08 08-09 09-20 09-23 11-03 11-23",
            // 5/6 passes from the Sunday 5/3; 9/22 lies between 敬老の日 and 秋分の日.
            "2026;01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23",
            "2027;01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23"})
    void everyHolidayOfTheYear(int year, String monthDays) {
        List<LocalDate> expected = Arrays.stream(monthDays.split(" ")).map(day -> LocalDate.parse(year + "-" + day)).toList();

        assertThat(holidays.holidays(year).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void theyAreNamedAsTheLawNamesThem() {
        assertThat(holidays.holidays(2026)).containsEntry(LocalDate.of(2026, 5, 6), "振替休日")
                .containsEntry(LocalDate.of(2026, 9, 22), "国民の休日").containsEntry(LocalDate.of(2026, 9, 23), "秋分の日")
                .containsEntry(LocalDate.of(2026, 10, 12), "スポーツの日");
        assertThat(holidays.holidays(2019)).containsEntry(LocalDate.of(2019, 5, 1), "即位の日");
    }

    @Test
    void yearsOutsideTheFormulasAreRefused() {
        assertThatThrownBy(() -> holidays.holidays(2100)).isInstanceOf(IllegalArgumentException.class);
    }
}
