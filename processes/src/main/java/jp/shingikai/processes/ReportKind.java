package jp.shingikai.processes;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a 報告 to the council is about. */
@RequiredArgsConstructor
public enum ReportKind {
    /** 実施報告: how an approved consultation was carried out. */
    IMPLEMENTATION("実施報告"),
    /** 事後報告: something that needed no consultation, reported afterwards (registrations, exceptional provisions). */
    AFTER_THE_FACT("事後報告");

    @Getter
    private final String label;
}
