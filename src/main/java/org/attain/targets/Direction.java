package org.attain.targets;

/** Whether more is better, less is better, exactly the value is wanted, or the target is a qualitative expectation. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    EQUAL,
    QUALITATIVE
}
