package org.osintkg.evaluate;

import java.util.Locale;

/** True positives, predictions and gold items, with precision, recall and F1. */
public final class Counts {
    int matchedPredicted;
    int matchedGold;
    int predicted;
    int gold;

    public void add(int matchedPredicted, int matchedGold, int predicted, int gold) {
        this.matchedPredicted += matchedPredicted;
        this.matchedGold += matchedGold;
        this.predicted += predicted;
        this.gold += gold;
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matchedPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matchedGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int predicted() { return predicted; }

    public int gold() { return gold; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold)", precision(), recall(), f1(),
                predicted, gold);
    }
}
