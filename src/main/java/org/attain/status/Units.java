package org.attain.status;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a unit measures, where the rules depend on it. */
public final class Units {

    /** Units that count people, households, times or things: what is expected of them is a whole number. */
    private static final Set<String> COUNTS = Set.of(
            "人", "人次", "名", "位", "户", "户次", "家", "家次", "次", "个", "场", "场次", "件", "所", "项", "篇", "期", "批", "台", "套", "本",
            "册", "辆", "座", "处", "条", "份", "班", "支", "队", "张", "部", "棵", "株", "头", "只", "块", "间", "栋", "门", "届", "轮",
            "批次", "个数");

    private Units() {}

    public static boolean isCount(@Nullable String unit) {
        return unit != null && COUNTS.contains(unit.strip());
    }
}
