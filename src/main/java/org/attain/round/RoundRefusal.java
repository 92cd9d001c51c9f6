package org.attain.round;

import java.util.List;

/** Why a round cannot be opened, as a message key under {@code round.refused.} and its arguments. */
public class RoundRefusal extends RuntimeException {

    private final String key;
    private final List<Object> args;

    RoundRefusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return "round.refused." + key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
