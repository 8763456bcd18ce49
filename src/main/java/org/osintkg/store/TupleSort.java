package org.osintkg.store;

/** Sorts tuples of node ids laid end to end in one array, comparing as TDB2's B+trees do (unsigned, column by column). */
final class TupleSort {
    private TupleSort() {}

    static int compare(long[] a, long[] b) {
        for (int k = 0; k < a.length; k++) {
            int c = Long.compareUnsigned(a[k], b[k]);
            if (c != 0) return c;
        }
        return 0;
    }

    /** Sorts n tuples in place, on two threads after the first partition. */
    static void parallelSort(long[] a, int w, int n) {
        if (n < 100_000) {
            sort(a, w, 0, n);
            return;
        }
        int i = partition(a, w, 0, n);
        Thread left = new Thread(() -> sort(a, w, 0, i), "osintkg-sort");
        left.start();
        sort(a, w, i + 1, n);
        try {
            left.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sort interrupted", e);
        }
    }

    /** Sorts tuples [lo, hi) of the given width in place. */
    static void sort(long[] a, int w, int lo, int hi) {
        while (hi - lo > 16) {
            int i = partition(a, w, lo, hi);
            // Recurse into the smaller side so the stack stays logarithmic.
            if (i - lo < hi - i - 1) {
                sort(a, w, lo, i);
                lo = i + 1;
            } else {
                sort(a, w, i + 1, hi);
                hi = i;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && cmp(a, w, j - 1, j) > 0; j--) swap(a, w, j - 1, j);
        }
    }

    /** Partitions [lo, hi) around a median of three; returns where the pivot ends up. */
    private static int partition(long[] a, int w, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (cmp(a, w, mid, lo) < 0) swap(a, w, mid, lo);
        if (cmp(a, w, hi - 1, lo) < 0) swap(a, w, hi - 1, lo);
        if (cmp(a, w, hi - 1, mid) < 0) swap(a, w, hi - 1, mid);
        swap(a, w, mid, hi - 1);
        int p = hi - 1;
        int i = lo;
        int j = hi - 2;
        while (true) {
            while (cmp(a, w, i, p) < 0) i++;
            while (j > lo && cmp(a, w, j, p) > 0) j--;
            if (i >= j) break;
            swap(a, w, i++, j--);
        }
        swap(a, w, i, hi - 1);
        return i;
    }

    private static int cmp(long[] a, int w, int i, int j) {
        for (int k = 0; k < w; k++) {
            int c = Long.compareUnsigned(a[i * w + k], a[j * w + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static void swap(long[] a, int w, int i, int j) {
        for (int k = 0; k < w; k++) {
            long t = a[i * w + k];
            a[i * w + k] = a[j * w + k];
            a[j * w + k] = t;
        }
    }
}
