package org.attain.i18n;

/** A value that has a name in each language, e.g. a checkpoint ("1-6月", "Jan–Jun"). */
public interface Labelled {

    Message label();
}
