package jp.shingikai.app.security;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a signed-in person does here. A person may hold several roles. */
@RequiredArgsConstructor
public enum Role {
    /** 起案担当: drafts consultations and reports for one department. */
    DEPARTMENT("起案担当"),
    /** 所属長: confirms the department's drafts where the draft asks for it. */
    SUPERVISOR("所属長"),
    /** 総務課: checks drafts and reports for form and completeness. */
    SOUMU("総務課"),
    /** 事務局: meetings, agendas, papers and answers. */
    SECRETARIAT("事務局"),
    /** 委員: reviews the papers of the meetings they sit on. */
    MEMBER("委員"),
    /** 閲覧: staff who read cases and search precedents. */
    VIEWER("閲覧");

    @Getter
    private final String label;
}
