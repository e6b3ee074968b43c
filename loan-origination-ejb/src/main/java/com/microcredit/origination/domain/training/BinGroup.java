package com.microcredit.origination.domain.training;

import java.util.Set;
import java.util.TreeSet;

/**
 * A class of coarse classing under construction: its bounds (null = open), counts and the
 * categories in it.
 */
final class BinGroup {
    Double lower;
    Double upper;
    int goods;
    int bads;
    boolean other;
    final Set<String> categories = new TreeSet<>();

    /** Counts one row: bad (1) or good (0). */
    void add(int bad) {
        if (bad == 1) {
            bads++;
        } else {
            goods++;
        }
    }

    int count() {
        return goods + bads;
    }

    double badRate() {
        return count() == 0 ? 0 : (double) bads / count();
    }

    void absorb(BinGroup other) {
        goods += other.goods;
        bads += other.bads;
        categories.addAll(other.categories);
        if (other.upper == null || (upper != null && other.upper > upper)) {
            upper = other.upper;
        }
        if (other.lower == null || (lower != null && other.lower < lower)) {
            lower = other.lower;
        }
    }
}
