package jp.shingikai.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(textBlock = """
            2022-03-15, 令和4年3月15日
            2019-05-01, 令和元年5月1日
            2019-04-30, 平成31年4月30日
            1989-01-08, 平成元年1月8日
            1989-01-07, 昭和64年1月7日
            2014-03-26, 平成26年3月26日
            """)
    void printsAndReadsOfficialDates(LocalDate date, String wareki) {
        assertThat(Wareki.format(date)).isEqualTo(wareki);
        assertThat(Wareki.parse(wareki)).isEqualTo(date);
    }

    @Test
    void aStoredMomentIsDatedWhereTheReaderIs() {
        OffsetDateTime lateEvening = OffsetDateTime.parse("2022-03-14T16:30:00Z");
        assertThat(Wareki.format(lateEvening, ZoneId.of("Asia/Tokyo"))).isEqualTo("令和4年3月15日");
        assertThat(Wareki.format(lateEvening, ZoneOffset.UTC)).isEqualTo("令和4年3月14日");
    }

    @Test
    void printsTheWeekdayAsANoticeDoes() {
        assertThat(Wareki.formatWithWeekday(LocalDate.of(2022, 3, 15))).isEqualTo("令和4年3月15日(火)");
        assertThat(Wareki.formatWithWeekday(LocalDate.of(2014, 3, 26))).isEqualTo("平成26年3月26日(水)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            令和４年３月１５日, 2022-03-15
            令和 4年 3月15日, 2022-03-15
            R4.3.15, 2022-03-15
            Ｈ３１／４／３０, 2019-04-30
            令和元年１２月１日, 2019-12-01
            """)
    void readsWhatPeopleType(String typed, LocalDate expected) {
        assertThat(Wareki.parse(typed)).isEqualTo(expected);
    }

    @Test
    void aDayTheEraNeverHadIsRejectedInJapanese() {
        assertThatThrownBy(() -> Wareki.parse("平成31年5月1日")).isInstanceOf(WarekiFormatException.class)
                .hasMessageContaining("存在しない日付");
        assertThatThrownBy(() -> Wareki.parse("令和4年2月30日")).isInstanceOf(WarekiFormatException.class);
    }

    @Test
    void textThatIsNoDateIsRejectedWithAnExample() {
        assertThatThrownBy(() -> Wareki.parse("来年の春")).isInstanceOf(WarekiFormatException.class)
                .hasMessageContaining("例: 令和4年3月15日");
        assertThat(Wareki.tryParse("2022-03-15")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            令和3年, 2021
            令和元年, 2019
            平成31年, 2019
            令和３年度, 2021
            H26年, 2014
            """)
    void readsAYearForSearching(String year, int western) {
        assertThat(Wareki.parseYear(year)).contains(western);
    }
}
