package jp.shingikai.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/**
 * A working day's mix for 60 seconds: 20 API clients, 20 staff sessions, and 10 departments walking new cases to
 * 総務課's acceptance (workflow, database and search outbox under load together).
 */
public class MixedSimulation extends Simulation {

    {
        int fifth = Math.max(1, Load.CLIENTS / 5);
        setUp(Scenarios.apiClients().injectClosed(constantConcurrentUsers(2 * fifth).during(Load.SECONDS)),
                Scenarios.staff().injectOpen(rampUsers(2 * fifth).during(5)),
                Scenarios.walkers().injectClosed(constantConcurrentUsers(fifth).during(Load.SECONDS)))
                .protocols(Load.protocol()).maxDuration(Duration.ofSeconds(Load.SECONDS + Load.GRACE_SECONDS))
                .assertions(Load.noErrors());
    }
}
