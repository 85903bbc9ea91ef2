package io.accountable.attribution.engine;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The models whose weights depend on one journey only (spec section 3). */
final class RuleBasedModels {

    static final double W_SHAPED_SLOT = 0.30;
    static final double FULL_PATH_SLOT = 0.225;
    static final double MILESTONE_REST = 0.10;

    private static final double SECONDS_PER_DAY = 86_400;

    private RuleBasedModels() {
    }

    /** Weights of an attributed journey; a fresh array aligned with its touches. */
    static double[] weights(ModelId model, Journey journey, ModelParams params) {
        double[] w = new double[journey.touches().size()];
        switch (model) {
            case FIRST_TOUCH -> w[0] = 1;
            case LAST_TOUCH -> w[w.length - 1] = 1;
            case LINEAR -> linear(w);
            case TIME_DECAY -> timeDecay(journey.touches(), journey.moment(), params.timeDecayHalfLifeDays(), w);
            case POSITION_BASED -> positionBased(params.firstShare(), params.lastShare(), params.middleShare(), w);
            case W_SHAPED -> milestones(journey, W_SHAPED_SLOT, false, w);
            case FULL_PATH -> milestones(journey, FULL_PATH_SLOT, true, w);
            case CUSTOM -> custom(journey.touches(), params, w);
            case MARKOV, SHAPLEY -> throw new IllegalArgumentException(model.id() + " is a data-driven model");
        }
        return w;
    }

    static void linear(double[] w) {
        Arrays.fill(w, 1.0 / w.length);
    }

    static void timeDecay(List<Touch> touches, Instant moment, double halfLifeDays, double[] w) {
        double youngest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            w[i] = ageDays(touches.get(i).occurredAt(), moment);
            youngest = Math.min(youngest, w[i]);
        }
        // Ages are measured from the youngest touch: the ratios are the same, but 2^(-age/h) can no
        // longer underflow to 0 for every touch of an old journey with a short half-life.
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(2, -(w[i] - youngest) / halfLifeDays);
            sum += w[i];
        }
        normalise(w, sum);
    }

    static void positionBased(double first, double last, double middle, double[] w) {
        int n = w.length;
        if (n == 1) {
            w[0] = 1;
        } else if (n == 2) {
            w[0] = first + middle / 2;
            w[1] = last + middle / 2;
        } else {
            Arrays.fill(w, middle / (n - 2));
            w[0] = first;
            w[n - 1] = last;
        }
    }

    /**
     * The milestone algorithm of W-shaped and full path. Slot shares are positive, so a touch holds
     * no slot exactly when its raw weight is still 0 after the slots are placed.
     */
    static void milestones(Journey journey, double slot, boolean withClosedWon, double[] w) {
        Arrays.fill(w, 0);
        addSlot(w, journey.ft(), slot);
        addSlot(w, journey.lc(), slot);
        addSlot(w, journey.oc(), slot);
        if (withClosedWon) {
            addSlot(w, journey.cw(), slot);
        }
        int withoutSlot = 0;
        for (double r : w) {
            if (r == 0) {
                withoutSlot++;
            }
        }
        if (withoutSlot > 0) {
            double rest = MILESTONE_REST / withoutSlot;
            for (int i = 0; i < w.length; i++) {
                if (w[i] == 0) {
                    w[i] = rest;
                }
            }
        }
        double sum = 0;
        for (double r : w) {
            sum += r;
        }
        normalise(w, sum);
    }

    static void custom(List<Touch> touches, ModelParams params, double[] w) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = params.typeWeight(touches.get(i).type());
            sum += w[i];
        }
        if (sum > 0) {
            normalise(w, sum);
        } else {
            linear(w);
        }
    }

    private static void addSlot(double[] w, int index, double slot) {
        if (index >= 0) {
            w[index] += slot;
        }
    }

    private static void normalise(double[] w, double sum) {
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
    }

    static double ageDays(Instant at, Instant moment) {
        long seconds = moment.getEpochSecond() - at.getEpochSecond();
        int nanos = moment.getNano() - at.getNano();
        return (seconds + nanos / 1e9) / SECONDS_PER_DAY;
    }
}
