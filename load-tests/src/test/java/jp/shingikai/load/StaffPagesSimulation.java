package jp.shingikai.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/** 50 staff sessions signing in over five seconds, then browsing and searching for 60 seconds. */
public class StaffPagesSimulation extends Simulation {

    {
        setUp(Scenarios.staff().injectOpen(rampUsers(Load.CLIENTS).during(5)))
                .protocols(Load.protocol()).maxDuration(Duration.ofSeconds(Load.SECONDS + Load.GRACE_SECONDS))
                .assertions(Load.noErrors());
    }
}
