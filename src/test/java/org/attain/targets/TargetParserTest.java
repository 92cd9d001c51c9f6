package org.attain.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserTest {

    @ParameterizedTest(name = "{0} under {1} → {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥574人        | 数量指标 | >= | 574  | 人      | HIGHER_IS_BETTER | true
            ≥ 574人       | 数量指标 | >= | 574  | 人      | HIGHER_IS_BETTER | true
            >=574人       | 数量指标 | >= | 574  | 人      | HIGHER_IS_BETTER | true
            ≥ 95%         | 服务对象满意度指标 | >= | 95 | % | HIGHER_IS_BETTER | true
            >95%          | 质量指标 | >  | 95   | %       | HIGHER_IS_BETTER | true
            ＞95％        | 质量指标 | >  | 95   | %       | HIGHER_IS_BETTER | true
            ＜5%          | 质量指标 | <  | 5    | %       | LOWER_IS_BETTER  | true
            ≤52万元       | 成本指标 | <= | 52   | 万元    | LOWER_IS_BETTER  | true
            ≤ 52万元      | 成本指标 | <= | 52   | 万元    | LOWER_IS_BETTER  | true
            <=52万元      | 成本指标 | <= | 52   | 万元    | LOWER_IS_BETTER  | true
            ≤1500元/人年  | 数量指标 | <= | 1500 | 元/人年 | LOWER_IS_BETTER  | true
            ≤300元/人*月  | 成本指标 | <= | 300  | 元/人*月 | LOWER_IS_BETTER | true
            100%          | 时效指标 | >= | 100  | %       | HIGHER_IS_BETTER | false
            25人          | 数量指标 | >= | 25   | 人      | HIGHER_IS_BETTER | false
            1200人次      | 数量指标 | >= | 1200 | 人次    | HIGHER_IS_BETTER | false
            900元/人      | 成本指标 | <= | 900  | 元/人   | LOWER_IS_BETTER  | false
            3000元/人     | 成本指标 | <= | 3000 | 元/人   | LOWER_IS_BETTER  | false
            900元/人      | 数量指标 | =  | 900  | 元/人   | EQUAL            | false
            ＝12次        | 数量指标 | =  | 12   | 次      | EQUAL            | true
            ≥２０００人   | 数量指标 | >= | 2000 | 人      | HIGHER_IS_BETTER | true
            不低于95%     | 服务对象满意度指标 | >= | 95 | % | HIGHER_IS_BETTER | true
            不超过20万元  | 成本指标 | <= | 20   | 万元    | LOWER_IS_BETTER  | true
            95%以上       | 服务对象满意度指标 | >= | 95 | % | HIGHER_IS_BETTER | true
            2,000人       | 数量指标 | >= | 2000 | 人      | HIGHER_IS_BETTER | false
            12.5%         | 质量指标 | >= | 12.5 | %       | HIGHER_IS_BETTER | false
            3             | 数量指标 | >= | 3    | -       | HIGHER_IS_BETTER | false
            0%            | 社会效益指标 | <= | 0  | %       | LOWER_IS_BETTER  | false
            ±3%以内       | 质量指标 | <= | 3    | %       | LOWER_IS_BETTER  | true
            1次/月        | 质量指标 | >= | 1    | 次/月   | HIGHER_IS_BETTER | false
            ═100%         | 社会效益指标 | =  | 100 | %      | EQUAL            | true
            ≥100百分比    | 质量指标 | >= | 100  | 百分比  | HIGHER_IS_BETTER | true
            至少全年完成2次宣传 | 数量指标 | >= | 2 | 次   | HIGHER_IS_BETTER | true
            不超过发生1次投诉 | 质量指标 | <= | 1   | 次      | LOWER_IS_BETTER  | true
            """)
    void reads_quantitative_targets(
            String text,
            String subcategory,
            String comparator,
            String value,
            String unit,
            Direction direction,
            boolean explicit) {
        Target t = TargetParser.parse(text, subcategory);
        assertThat(t.text()).isEqualTo(text.strip());
        assertThat(t.comparator()).isEqualTo(Comparator.fromAscii(comparator));
        assertThat(t.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.direction()).isEqualTo(direction);
        assertThat(t.explicit()).isEqualTo(explicit);
        assertThat(t.warning()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"及时", "符合", "符合文件规定", "提升", "提高", "改善", "推动", "效果明显", "显著改善", "营造良好氛围", " 及时 "})
    void reads_known_qualitative_expectations_without_warning(String text) {
        Target t = TargetParser.parse(text, "社会效益指标");
        assertThat(t.isQualitative()).isTrue();
        assertThat(t.comparator()).isNull();
        assertThat(t.value()).isNull();
        assertThat(t.warning()).isNull();
        assertThat(TargetParser.looksLikeTarget(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2021年1月-12月", "2023.07-2024.01", "2020年1月--2020年11月", "2020.1.1-2020.12.31"})
    void a_period_is_a_qualitative_target_not_a_number(String text) {
        Target t = TargetParser.parse(text, "时效指标");
        assertThat(t.isQualitative()).isTrue();
        assertThat(t.value()).isNull();
        assertThat(t.warning()).isNull();
        assertThat(TargetParser.looksLikeTarget(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"大幅度地提升了群众的获得感", "待定", "见附件", "至少完成2次宣传和3次培训"})
    void keeps_unknown_forms_as_qualitative_with_a_warning(String text) {
        Target t = TargetParser.parse(text, "社会效益指标");
        assertThat(t.isQualitative()).isTrue();
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.warning()).isEqualTo("target.warn.unknownForm");
    }

    @ParameterizedTest
    @CsvSource({"2025年春节慰问人数", "总成本", "弘扬劳模精神，不断提高劳模的影响力", "协理员年度考核合格率"})
    void indicator_names_do_not_look_like_targets(String name) {
        assertThat(TargetParser.looksLikeTarget(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"≥574人", "> 95%", "≤52万元", "900元/人", "≤1500元/人年", "100%", "25人"})
    void targets_look_like_targets(String text) {
        assertThat(TargetParser.looksLikeTarget(text)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void an_empty_target_is_kept_with_a_warning() {
        assertThat(TargetParser.parse("  ", "数量指标").warning()).isEqualTo("target.warn.empty");
    }

    @org.junit.jupiter.api.Test
    void the_officer_may_change_the_comparator() {
        Target t = TargetParser.parse("900元/人", "数量指标").withComparator(Comparator.LE, false);
        assertThat(t.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(t.display()).isEqualTo("≤900元/人");
    }
}
