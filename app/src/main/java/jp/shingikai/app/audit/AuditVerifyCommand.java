package jp.shingikai.app.audit;

import java.io.PrintStream;

import lombok.RequiredArgsConstructor;

/** 監査ログの改ざん検査 from the command line: one sentence, and exit code 1 when the chain is broken. */
@RequiredArgsConstructor
public final class AuditVerifyCommand {

    private final AuditVerification verification;
    private final PrintStream out;

    public int run() {
        AuditVerification.Result result = verification.verify();
        out.println(result.message());
        if (result.unsealed() > 0) {
            out.println("封印されていない監査ログが " + result.unsealed() + " 件あります。");
        }
        return result.intact() ? 0 : 1;
    }
}
