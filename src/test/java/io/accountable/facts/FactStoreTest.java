package io.accountable.facts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.demo.DemoData.DataChanged;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactStoreTest {

    @Inject
    FactStore store;
    @Inject
    Event<DataChanged> changed;

    @Test
    void shouldHaveTheNewFactsBuiltWhenADataChangeReturns() {
        Facts before = store.facts();
        long generation = store.generation();
        changed.fire(new DataChanged("test"));
        Facts built = store.current();
        assertNotNull(built, "never a gap without facts: the next reader does not wait for a build");
        assertNotSame(before, built, "the facts were rebuilt before the change returned");
        assertSame(built, store.facts());
        assertTrue(store.generation() > generation, "caches keyed by the generation forget");
    }
}
