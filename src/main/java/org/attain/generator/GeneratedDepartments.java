package org.attain.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The department tree of a generated portfolio, as a finance bureau has it: one 主管部门 per hundred projects (at
 * least one, at most {@value #MOST}), each with two to five 预算单位. Names carry the seed, so that portfolios of
 * different seeds live side by side.
 */
final class GeneratedDepartments {

    static final int MOST = 60;

    private static final List<String> DEPARTMENTS = List.of(
            "教育局",
            "卫生健康委员会",
            "民政局",
            "交通运输局",
            "农业农村局",
            "水利和湖泊局",
            "住房和城乡建设局",
            "文化和旅游局",
            "人力资源和社会保障局",
            "公安局",
            "司法局",
            "自然资源和规划局",
            "生态环境局",
            "市场监督管理局",
            "应急管理局",
            "科学技术局",
            "商务局",
            "退役军人事务局",
            "医疗保障局",
            "体育局");

    private static final List<String> UNITS = List.of("机关", "事务服务中心", "信息中心", "综合执法支队", "研究所");

    private GeneratedDepartments() {}

    /** Creates the tree and returns the units that hold projects, in order. */
    static List<Long> create(JdbcTemplate jdbc, long seed, int projects) {
        // a random source of its own: the projects and values of a seed stay what they were before the tree
        Random random = new Random(~seed);
        int departments = Math.min(MOST, Math.max(1, projects / 100));
        List<Long> units = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            String name = DEPARTMENTS.get(d % DEPARTMENTS.size())
                    + (d < DEPARTMENTS.size() ? "" : String.valueOf(d / DEPARTMENTS.size() + 1))
                    + "（生成" + seed + "）";
            long parent = insert(jdbc, name, null);
            int count = 2 + random.nextInt(UNITS.size() - 1);
            for (int u = 0; u < count; u++) {
                units.add(insert(jdbc, name + UNITS.get(u), parent));
            }
        }
        return units;
    }

    private static long insert(JdbcTemplate jdbc, String name, @Nullable Long parent) {
        jdbc.update("INSERT INTO department (name, parent_id) VALUES (?, ?)", name, parent);
        return jdbc.queryForObject("SELECT id FROM department WHERE name = ?", Long.class, name);
    }
}
