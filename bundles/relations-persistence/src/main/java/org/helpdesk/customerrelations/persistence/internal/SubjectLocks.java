package org.helpdesk.customerrelations.persistence.internal;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.helpdesk.customerrelations.api.dto.Side;

/** A fixed set of locks, one chosen per subject (ignoring case); subjects may share one. */
final class SubjectLocks {

    private static final int STRIPES = 64;

    private final Lock[] locks = new Lock[STRIPES];

    SubjectLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    Lock of(Side side, String subject) {
        int hash = (side.name() + '\u0000' + Keys.lower(subject)).hashCode();
        return locks[Math.floorMod(hash, STRIPES)];
    }
}
