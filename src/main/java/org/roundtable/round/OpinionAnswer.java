package org.roundtable.round;

/** Platform HR's answer to an opinion. */
public enum OpinionAnswer {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED
}
