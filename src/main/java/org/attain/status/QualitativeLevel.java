package org.attain.status;

/** The three levels a qualitative indicator can reach. */
public enum QualitativeLevel {
    ACHIEVED("达成", "achieved"),
    PARTIAL("部分达成并具有一定效果", "partly achieved"),
    NOT_ACHIEVED("未达成且效果较差", "not achieved");

    private final String chinese;
    private final String english;

    QualitativeLevel(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label(boolean english) {
        return english ? this.english : chinese;
    }

    /** Reads 达成 / 部分达成… / 未达成… or the English names. */
    public static QualitativeLevel parse(String text) {
        String t = text.strip();
        if (t.startsWith("未达成") || t.equalsIgnoreCase("NOT_ACHIEVED") || t.equalsIgnoreCase("not achieved")) {
            return NOT_ACHIEVED;
        }
        if (t.startsWith("部分达成") || t.equalsIgnoreCase("PARTIAL") || t.equalsIgnoreCase("partly achieved")) {
            return PARTIAL;
        }
        if (t.equals("达成") || t.equals("已达成") || t.equalsIgnoreCase("ACHIEVED")) {
            return ACHIEVED;
        }
        throw new IllegalArgumentException("定性指标的完成情况是 达成 / 部分达成 / 未达成, not '" + text + "'");
    }
}
