package org.osintkg.e2e;

import org.osintkg.store.Store;

/** The summary check of {@link SummaryTest}, for tests in other packages. */
public final class SummaryAccess {
    private SummaryAccess() {}

    public static void assertAgrees(Store s, String when) {
        SummaryTest.assertAgrees(s, when);
    }
}
