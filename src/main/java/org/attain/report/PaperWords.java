package org.attain.report;

import java.util.List;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.i18n.MessagesI18NProvider.Messages;

/** The words of the official tables: Chinese, as the forms are, from the message bundles. */
final class PaperWords {

    private PaperWords() {}

    static String t(String key, Object... args) {
        return Messages.get(key, MessagesI18NProvider.CHINESE, args);
    }

    /** 项目名称, then 主管部门, 填报单位（盖章） and 金额单位 on one line. */
    static List<String> heading(String project, String department, String unit) {
        return List.of(
                t("paper.project", project),
                t("paper.department", department) + "　　" + t("paper.unit", unit) + "　　" + t("paper.amounts"));
    }
}
