package org.attain.base;

/**
 * How far a long task has come (rows or projects done of a total), told as it goes so that the command line can
 * show it. Services that take one call it from the thread doing the work; {@link #NONE} ignores it.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (task, done, total) -> {};

    /**
     * @param task what is being done, with its unit, e.g. "checking rows"
     * @param done how many of the task's units are done
     * @param total how many there are in all
     */
    void update(String task, long done, long total);
}
