package jp.shingikai.japanese;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;

/**
 * 年度: the Japanese fiscal year, April to March, named by the year it starts in (令和3年度 = April 2021 – March 2022).
 *
 * @param startYear the Western year in which the fiscal year starts
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** 令和3年度; a fiscal year starting in the first year of an era is 元年度 (令和元年度 = April 2019). */
    public String label() {
        // Named in the era in force for most of it: 2019年度 is 令和元年度, though April 2019 was still 平成.
        JapaneseDate japanese = JapaneseDate.from(LocalDate.of(startYear, Month.DECEMBER, 31));
        return Wareki.eraYear(japanese.getEra(), japanese.get(ChronoField.YEAR_OF_ERA)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
