package org.attain.status;

/** 完成目标可能性: how likely the annual target is still met. */
public enum Likelihood {
    CERTAIN("确定能", "certain"), POSSIBLE("有可能", "possible"), IMPOSSIBLE("完全不可能", "impossible");

    private final String chinese;
    private final String english;

    Likelihood(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label(boolean english) {
        return english ? this.english : chinese;
    }

    /** 有可能 and 完全不可能 need reasons and a corrective action. */
    public boolean atRisk() {
        return this != CERTAIN;
    }

    public static Likelihood parse(String text) {
        String t = text.strip();
        for (Likelihood l : values()) {
            if (l.chinese.equals(t) || l.name().equalsIgnoreCase(t) || l.english.equalsIgnoreCase(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("完成目标可能性是 确定能 / 有可能 / 完全不可能, not '" + text + "'");
    }
}
