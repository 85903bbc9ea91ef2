package io.accountable.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the numbers can be computed from current facts: DOWN, with the reason, while
 * the facts cannot be built, or are older than the data because the rebuild after a change
 * failed. Rows left out because a value could not be read keep it UP (the app answers) and are
 * reported here and to admins.
 */
@Readiness
@ApplicationScoped
public class FactsReadiness implements HealthCheck {

    @Inject
    FactStore store;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("facts");
        Facts facts;
        try {
            facts = store.facts();
        } catch (RuntimeException e) {
            return answer.down().withData("reason", String.valueOf(store.problem())).build();
        }
        String problem = store.problem();
        if (problem != null) {
            return answer.down().withData("reason", problem).build();
        }
        answer.up().withData("generation", store.generation()).withData("accounts", facts.accountCount)
                .withData("touches", facts.touchCount);
        if (!facts.unreadable.isEmpty()) {
            answer.withData("leftOut", facts.unreadable.summary());
        }
        return answer.build();
    }
}
