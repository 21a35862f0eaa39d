package jp.shingikai.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/** 50 API clients at once, each sending its next request as soon as the last is answered, for 60 seconds. */
public class ApiClientsSimulation extends Simulation {

    {
        setUp(Scenarios.apiClients().injectClosed(constantConcurrentUsers(Load.CLIENTS).during(Load.SECONDS)))
                .protocols(Load.protocol()).maxDuration(Duration.ofSeconds(Load.SECONDS + Load.GRACE_SECONDS))
                .assertions(Load.noErrors());
    }
}
