package jp.shingikai.processes;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** 意見を聴く項目: why a processing operation needs the council's opinion. */
@RequiredArgsConstructor
public enum ConsultationGround {
    SENSITIVE_INFORMATION("思想、信教、信条等に関する情報の収集"),
    COLLECTION_FROM_OTHERS("本人以外からの収集"),
    USE_BEYOND_PURPOSE("目的外利用等"),
    ONLINE_PROVISION("オンライン結合による外部提供");

    @Getter
    private final String label;
}
