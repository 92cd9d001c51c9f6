package org.attain.status;

/** The word of each light in the sentences that explain lights (the screens take theirs from the message bundles). */
public final class LightWords {

    private LightWords() {
    }

    public static String of(Light l, boolean english) {
        return english ? switch (l) {
            case RED -> "Red";
            case YELLOW -> "Yellow";
            case GREEN -> "Green";
            case BLUE -> "Blue";
            case OVERDUE -> "Overdue";
            case NOT_REPORTED -> "Awaiting entry";
            case NOT_DUE -> "Not yet due";
        } : switch (l) {
            case RED -> "红";
            case YELLOW -> "黄";
            case GREEN -> "绿";
            case BLUE -> "蓝";
            case OVERDUE -> "逾期未填报";
            case NOT_REPORTED -> "待填报";
            case NOT_DUE -> "未到评价期";
        };
    }
}
