package jp.shingikai.app.searchengine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.engine.SearchEngineStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the embedded engine again when its process has died: after a pause that doubles with each failed attempt,
 * for a bounded number of attempts, each logged. The search outbox keeps every change meanwhile and drains once the
 * engine answers; health shows DOWN until then. An external cluster is not ours to restart.
 */
@Component
class EngineSupervisor {

    private static final Logger log = LoggerFactory.getLogger(EngineSupervisor.class);

    private final ObjectProvider<EmbeddedSearchEngine> embedded;
    private final EmbeddedSearchProperties properties;
    private final Clock clock;
    private int failedAttempts;
    private Instant nextAttempt = Instant.MIN;

    EngineSupervisor(ObjectProvider<EmbeddedSearchEngine> embedded, EmbeddedSearchProperties properties, Clock clock) {
        this.embedded = embedded;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one look at the engine found. */
    enum Check { RUNNING, RESTARTED, WAITING, GAVE_UP, EXTERNAL }

    @Scheduled(fixedDelayString = "${shingikai.search.embedded.supervise-interval:5s}")
    synchronized Check check() {
        EmbeddedSearchEngine engine = embedded.getIfAvailable();
        if (engine == null) {
            return Check.EXTERNAL;
        }
        if (engine.isRunning()) {
            return Check.RUNNING;
        }
        if (failedAttempts >= properties.restartAttempts()) {
            return Check.GAVE_UP;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Check.WAITING;
        }
        log.warn("検索エンジンのプロセスが停止しています。再起動します（{}回目、ログ {}）", failedAttempts + 1, engine.serverLog());
        try {
            engine.restart();
            failedAttempts = 0;
            nextAttempt = Instant.MIN;
            return Check.RESTARTED;
        } catch (SearchEngineStartException e) {
            failedAttempts++;
            Duration pause = properties.restartBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 10));
            nextAttempt = now.plus(pause);
            if (failedAttempts >= properties.restartAttempts()) {
                log.error("検索エンジンを{}回再起動できませんでした。これ以上は試みません。アプリケーションを再起動してください: {}",
                        failedAttempts, e.getMessage());
                return Check.GAVE_UP;
            }
            log.warn("検索エンジンを再起動できませんでした（{}回目）。{}秒後に再試行します: {}", failedAttempts, pause.toSeconds(),
                    e.getMessage());
            return Check.WAITING;
        }
    }
}
