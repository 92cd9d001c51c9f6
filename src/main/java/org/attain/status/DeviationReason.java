package org.attain.status;

/** 偏差原因: the causes a deviation is put down to. */
public enum DeviationReason {
    FUNDING("经费保障", "funding"), RULES("制度保障", "rules and procedures"), STAFF("人员保障", "staffing"),
    EQUIPMENT("硬件条件保障", "equipment and facilities"), OTHER("其他", "other");

    private final String chinese;
    private final String english;

    DeviationReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label(boolean english) {
        return english ? this.english : chinese;
    }

    public static DeviationReason parse(String text) {
        String t = text.strip();
        for (DeviationReason r : values()) {
            if (r.chinese.equals(t) || r.name().equalsIgnoreCase(t) || r.english.equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("偏差原因是 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他, not '" + text + "'");
    }
}
