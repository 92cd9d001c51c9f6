package org.attain.indicator;

/** What storing a project's approved indicators changed: new indicators, revised targets, indicators kept. */
public record TargetSync(int added, int unchanged, int revised, int notInDocument) {}
