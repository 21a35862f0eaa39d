package jp.shingikai.app.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the secretariat enters to plan a meeting. */
public record NewMeeting(
        @NotBlank(message = "「審議会」を指定してください。") String councilCode,
        @NotNull(message = "「回」を入力してください。") @Min(value = 1, message = "「回」は1以上で入力してください。") Integer number,
        @NotNull(message = "「開催日」を入力してください。") LocalDate heldOn,
        @NotNull(message = "「開始時刻」を入力してください。") LocalTime startsAt,
        @NotBlank(message = "「場所」を入力してください。") @Size(max = 200, message = "「場所」は200文字以内で入力してください。") String place,
        @NotNull(message = "「出席委員」を選んでください。") @Size(min = 1, message = "「出席委員」を1人以上選んでください。") List<Long> memberIds,
        @Min(value = 0, message = "「傍聴定員」は0以上で入力してください。") Integer publicSeats) {
}
