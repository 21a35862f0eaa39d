package jp.shingikai.app.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.japanese.JapaneseTime;
import jp.shingikai.japanese.Wareki;

/**
 * 会議: the council's 第N回 meeting of a 年度.
 *
 * @param distributedAt when the secretariat distributed the packet to the members, or null before
 */
public record Meeting(long id, long councilId, int fiscalYear, int number, LocalDate heldOn, LocalTime startsAt, String place,
        MeetingStatus status, int version, OffsetDateTime distributedAt) {

    public boolean isDistributed() {
        return distributedAt != null;
    }

    /** 令和3年度 第3回 */
    public String label() {
        return new FiscalYear(fiscalYear).label() + " 第" + number + "回";
    }

    /** 令和4年3月15日(火) 午後5時30分 */
    public String when() {
        return Wareki.formatWithWeekday(heldOn) + " " + JapaneseTime.format(startsAt);
    }
}
