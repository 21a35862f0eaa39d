package jp.shingikai.processes;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * 意見を聴く項目: why a processing operation needs the council's opinion. The first four are the 条例-era grounds, the
 * last two those of the Act's 施行条例 (法129条); which apply to a case is the rule set in force on its reference date.
 */
@RequiredArgsConstructor
public enum ConsultationGround {
    SENSITIVE_INFORMATION("思想、信教、信条等に関する情報の収集"),
    COLLECTION_FROM_OTHERS("本人以外からの収集"),
    USE_BEYOND_PURPOSE("目的外利用等"),
    ONLINE_PROVISION("オンライン結合による外部提供"),
    EXPERT_OPINION("専門的な知見に基づく意見を特に必要とする個人情報の取扱い"),
    HANDLING_STANDARDS("個人情報の適正な取扱いを確保するための基準の策定");

    @Getter
    private final String label;
}
