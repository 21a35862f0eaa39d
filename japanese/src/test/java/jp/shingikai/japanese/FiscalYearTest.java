package jp.shingikai.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2022-03-15, 令和3年度",
            "2022-04-01, 令和4年度",
            "2019-04-01, 令和元年度",
            "2020-03-31, 令和元年度",
            "2014-03-26, 平成25年度",
            "1989-04-01, 平成元年度"})
    void aDateBelongsToTheFiscalYearThatStartedTheAprilBefore(LocalDate date, String label) {
        assertThat(FiscalYear.of(date).label()).isEqualTo(label);
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        FiscalYear year = new FiscalYear(2021);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2022, 3, 31));
    }
}
