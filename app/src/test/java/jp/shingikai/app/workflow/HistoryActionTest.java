package jp.shingikai.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every action a history can record is shown to people in Japanese, never as its code. */
class HistoryActionTest {

    @ParameterizedTest
    @EnumSource(HistoryAction.class)
    void everyActionHasAJapaneseLabel(HistoryAction action) {
        assertThat(action.label()).isNotEqualTo(action.name()).matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]+");
    }

    @Test
    void noTwoActionsReadAlike() {
        assertThat(Arrays.stream(HistoryAction.values()).map(HistoryAction::label)).doesNotHaveDuplicates();
    }
}
