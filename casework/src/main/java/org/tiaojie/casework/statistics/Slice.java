package org.tiaojie.casework.statistics;

/** A breakdown line to narrow a drill-down to: the dimension and the line's key. */
public record Slice(Dimension dimension, String key) {
}
