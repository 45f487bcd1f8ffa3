package org.roundtable.platform;

/** The two sides of a consultation (Collective Contract Provisions art. 8). */
public enum Side {
    WORKERS,
    PLATFORM
}
