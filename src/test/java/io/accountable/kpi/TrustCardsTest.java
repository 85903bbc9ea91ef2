package io.accountable.kpi;

import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.ComputeGate;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The trust cards (intervals, model check) pass a gate of their own: when it is full, a card
 * says it is still computing and asks again by itself, while the page's numbers answer at once.
 */
@QuarkusTest
class TrustCardsTest {

    @Test
    void shouldSayStillComputingWhenTheTrustGateIsFullAndAnswerThePageMeanwhile() throws Exception {
        ComputeGate gate = ComputeGate.trust();
        CountDownLatch holding = new CountDownLatch(gate.capacity());
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < gate.capacity(); i++) {
            Thread t = new Thread(() -> gate.run(() -> {
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            t.start();
            holders.add(t);
        }
        assertTrue(holding.await(10, TimeUnit.SECONDS), "the trust gate is held");
        String q = "?period=last_12_months&target=any&lookbackDays=77";
        try {
            for (String card : List.of("/fragments/intervals", "/fragments/backtest")) {
                String pending = as(Role.VIEWER).header("HX-Request", "true").get(card + q).then().statusCode(200)
                        .extract().asString();
                assertTrue(pending.contains("hx-trigger=\"load delay:3s\"") && pending.contains("hx-get=\"" + card + "?"),
                        card + " asks again by itself: " + pending);
            }
            // the page's numbers do not wait for the trust cards
            long start = System.nanoTime();
            as(Role.VIEWER).get("/" + q).then().statusCode(200);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the page answered");
        } finally {
            release.countDown();
            for (Thread t : holders) {
                t.join(10_000);
            }
        }
        String card = as(Role.VIEWER).header("HX-Request", "true").get("/fragments/intervals" + q).then().statusCode(200)
                .extract().asString();
        assertTrue(card.contains("<table") && !card.contains("load delay:3s"), "the card itself once the gate is free");
    }
}
